// The core facade: text in, findings out. Hosts (LSP server, CLI, tests) call `analyze` and adapt the
// plain-data result; nothing here knows about editors, protocols, files or processes.

import { AwsPolicyConfig, DEFAULT_CONFIG, mergeConfig } from './config';
import { ClassifyOptions, DocumentInput, DocumentModel, buildDocument } from './model/document';
import { engineFinding, runRules } from './rules/engine';
import { ENGINE_CODES } from './rules/engine-codes';
import { RULES } from './rules/registry';
import type { FindingsReuse } from './rules/reuse';
import type { Finding, RuleDefinition } from './rules/types';
import { NO_SERVICES, Services } from './services';
import { computeLineStarts } from './text';

export interface AnalyzeOptions extends ClassifyOptions {
  config?: AwsPolicyConfig;
  services?: Services;
  /** Run only these rules (tests isolate one rule); default: all registered rules. */
  rules?: readonly RuleDefinition[];
  now?: () => number;
  /** Polled between rules; returning true abandons the run (see `AnalysisResult.cancelled`). */
  shouldStop?: () => boolean;
  /**
   * Kept by the caller across the versions of one document: findings of rules with `scope: 'resource'`
   * are reused on template resources whose text did not change (see rules/reuse.ts).
   */
  reuse?: FindingsReuse;
}

export interface AnalysisResult {
  doc: DocumentModel;
  findings: Finding[];
  /** The run was abandoned through `shouldStop`: the findings are incomplete and must not be shown. */
  cancelled?: boolean;
}

/** Words that make an oversized file worth a notice (we do not parse it to find out). */
const AWS_MARKERS = /"?(Statement|AWSTemplateFormatVersion|Resources|StartAt|States)"?\s*:/;

export function analyze(input: DocumentInput, options: AnalyzeOptions = {}): AnalysisResult {
  const config = options.config ?? mergeConfig(DEFAULT_CONFIG);
  const associations = { ...config.associations, ...(options.associations ?? {}) };
  if (input.text.length > config.maxFileSize) return tooLarge(input, config);
  const doc = buildDocument(input, { ...options, associations });
  if (doc.kind === 'none') return { doc, findings: [] };
  const state = { cancelled: false };
  const findings = runRules(doc, {
    config,
    services: options.services ?? NO_SERVICES,
    rules: options.rules ?? RULES,
    now: options.now,
    shouldStop: options.shouldStop,
    state,
    reuse: options.reuse,
  });
  // A total order on what a finding says, so that reused findings (added last) sort as fresh ones do.
  findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId) || a.length - b.length || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  return state.cancelled ? { doc, findings, cancelled: true } : { doc, findings };
}

/** Builds the document model only (hover, completion and the simulator need no findings). */
export function model(input: DocumentInput, options: AnalyzeOptions = {}): DocumentModel {
  const config = options.config ?? mergeConfig(DEFAULT_CONFIG);
  return buildDocument(input, { ...options, associations: { ...config.associations, ...(options.associations ?? {}) } });
}

function tooLarge(input: DocumentInput, config: AwsPolicyConfig): AnalysisResult {
  const doc: DocumentModel = {
    uri: input.uri ?? 'untitled:document',
    version: input.version,
    text: input.text,
    format: 'json',
    tree: { format: 'json', root: undefined, problems: [], comments: [] },
    kind: 'none',
    detection: { kind: 'none', reason: 'too large to analyse', source: 'content' },
    units: [],
    lineStarts: computeLineStarts(input.text),
  };
  const head = input.text.slice(0, 65536);
  if (!AWS_MARKERS.test(head)) return { doc, findings: [] };
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
  return {
    doc,
    findings: [
      engineFinding(
        ENGINE_CODES.tooLarge,
        'info',
        `This document (${mb(input.text.length)} MB) is larger than awspolicy's limit (${mb(config.maxFileSize)} MB) and was not analysed. Raise "awspolicy.maxFileSize" (or "maxFileSize" in .awspolicy.json) to analyse it.`,
        0,
        Math.min(1, input.text.length),
      ),
    ],
  };
}
