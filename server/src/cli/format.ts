// Output formats of `awspolicy check`: text (`file:line:col: severity CODE message`), JSON (a stable,
// documented schema, see docs/cli.md) and SARIF 2.1.0 (GitHub code scanning).

import * as path from 'path';
import { Finding, RuleDefinition, computeLineStarts, offsetToPosition, ruleDocUrl, ruleById } from '../core';

export const TOOL_VERSION = '0.1.0';

export interface CheckedFile {
  path: string;
  /** Path as shown (relative to the working directory). */
  display: string;
  kind: string;
  text: string;
  findings: Finding[];
}

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function span(text: string, offset: number, length: number, starts = computeLineStarts(text)): Span {
  const s = offsetToPosition(starts, offset);
  const e = offsetToPosition(starts, Math.min(text.length, offset + length));
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function countBySeverity(files: CheckedFile[]): Record<Finding['severity'], number> {
  const c = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) for (const x of f.findings) c[x.severity]++;
  return c;
}

export function formatText(files: CheckedFile[], color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const SEV: Record<string, string> = { error: paint('31', 'error'), warning: paint('33', 'warning'), info: paint('36', 'info'), hint: paint('2', 'hint') };
  const lines: string[] = [];
  for (const f of files) {
    const starts = computeLineStarts(f.text);
    for (const x of f.findings) {
      const s = span(f.text, x.offset, x.length, starts);
      lines.push(`${f.display}:${s.line}:${s.column}: ${SEV[x.severity]} ${x.ruleId} ${x.message}`);
      for (const r of x.related ?? []) {
        const rs = span(f.text, r.offset, r.length, starts);
        lines.push(`    ${f.display}:${rs.line}:${rs.column}: note: ${r.message}`);
      }
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function formatJson(files: CheckedFile[]): string {
  const counts = countBySeverity(files);
  const out = {
    version: 1,
    tool: { name: 'awspolicy', version: TOOL_VERSION },
    files: files.map((f) => {
      const starts = computeLineStarts(f.text);
      return {
        path: f.display,
        kind: f.kind,
        findings: f.findings.map((x) => ({
          code: x.ruleId,
          name: x.ruleName,
          severity: x.severity,
          message: x.message,
          messageId: x.messageId,
          ...span(f.text, x.offset, x.length, starts),
          offset: x.offset,
          length: x.length,
          location: x.location ?? null,
          related: (x.related ?? []).map((r) => ({ message: r.message, ...span(f.text, r.offset, r.length, starts) })),
          fixes: (x.fixes ?? []).map((fx) => ({ title: fx.title, safety: fx.safety, edits: fx.edits })),
          docs: x.ruleId.startsWith('AWSPOLICY') ? null : ruleDocUrl(x.ruleId),
        })),
      };
    }),
    summary: { files: files.length, errors: counts.error, warnings: counts.warning, infos: counts.info, hints: counts.hint },
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(files: CheckedFile[], cwd: string): string {
  const used = new Map<string, number>();
  const rules: object[] = [];
  const ruleIndex = (code: string): number => {
    let i = used.get(code);
    if (i !== undefined) return i;
    i = rules.length;
    used.set(code, i);
    const r: RuleDefinition | undefined = ruleById(code);
    rules.push(
      r
        ? {
            id: r.id,
            name: r.name,
            shortDescription: { text: r.docs.summary },
            fullDescription: { text: r.docs.why },
            helpUri: ruleDocUrl(r.id),
            help: { text: `${r.docs.summary} ${r.docs.why}`, markdown: `${r.docs.summary}\n\n${r.docs.why}\n\n[Documentation](${ruleDocUrl(r.id)})` },
            defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            properties: { tags: ['aws', ...(r.tags ?? [])], precision: 'high', ...(r.tags?.includes('security') ? { 'security-severity': r.defaultSeverity === 'error' ? '7.5' : '5.0' } : {}) },
          }
        : { id: code, name: code, shortDescription: { text: code } },
    );
    return i;
  };
  const results: object[] = [];
  for (const f of files) {
    const starts = computeLineStarts(f.text);
    const uri = path.relative(cwd, f.path).split(path.sep).join('/');
    for (const x of f.findings) {
      const s = span(f.text, x.offset, x.length, starts);
      const region = { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: Math.max(s.endColumn, s.line === s.endLine ? s.column + 1 : s.endColumn) };
      results.push({
        ruleId: x.ruleId,
        ruleIndex: ruleIndex(x.ruleId),
        level: SARIF_LEVEL[x.severity],
        message: { text: x.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region } }],
        ...(x.related && x.related.length
          ? {
              relatedLocations: x.related.map((r, id) => {
                const rs = span(f.text, r.offset, r.length, starts);
                return { id, message: { text: r.message }, physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: rs.line, startColumn: rs.column, endLine: rs.endLine, endColumn: Math.max(rs.endColumn, rs.column + 1) } } };
              }),
            }
          : {}),
        partialFingerprints: { 'awspolicy/v1': `${x.ruleId}:${uri}:${x.messageId}:${JSON.stringify(x.data)}` },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'awspolicy', version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: 'https://github.com/awspolicy/awspolicy', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function pathToFileUri(p: string): string {
  const abs = path.resolve(p).split(path.sep).join('/');
  return 'file://' + (abs.startsWith('/') ? '' : '/') + encodeURI(abs) + '/';
}
