// Plain-words rendering of evaluation results: labels for policies and statements, condition failures,
// and the text report the CLI prints and the editor panel shows (with file:line references).

import { ConditionFailure, EvaluationResult, PolicyRef, StatementTrace } from './types';

const TYPE_LABEL: Record<PolicyRef['type'], string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  permissionsBoundary: 'permissions boundary',
  session: 'session policy',
  scp: 'SCP',
  rcp: 'RCP',
};

/** "identity-based policy #2", "SCP #1 (level 2)", "resource-based policy". */
export function policyLabel(ref: PolicyRef): string {
  const base = TYPE_LABEL[ref.type];
  if (ref.type === 'resource' || ref.type === 'permissionsBoundary' || ref.type === 'session') return base;
  return ref.level !== undefined ? `${base} #${ref.index + 1} (level ${ref.level + 1})` : `${base} #${ref.index + 1}`;
}

function statementName(t: StatementTrace): string {
  return t.sid !== undefined && t.sid !== '' ? `'${t.sid}'` : `#${t.statement + 1}`;
}

/** "statement 'AllowRead' of identity-based policy #1" or "statement #2 of the SCP #1 (level 1)". */
export function statementLabel(t: StatementTrace): string {
  return `statement ${statementName(t)} of ${policyLabel(t.policy)}`;
}

/** A statement of the resource-based policy under the name it has for the request: "statement #1 of the key policy". */
export function grantLabel(t: StatementTrace, grantName: string): string {
  return `statement ${statementName(t)} of the ${grantName}`;
}

/** Explains a failed condition. */
export function describeCondition(f: ConditionFailure): string {
  switch (f.why) {
    case 'missing':
      return 'Condition ' + f.operator + " on '" + f.key + "' is false: the key is not in the request context.";
    case 'mismatch': {
      if (f.values === undefined) return 'Condition ' + f.operator + " on '" + f.key + "' is false: the key is not in the request context.";
      let shown = '';
      for (let i = 0; i < f.values.length; i++) shown += (i > 0 ? ', ' : '') + '"' + f.values[i] + '"';
      return 'Condition ' + f.operator + " on '" + f.key + "' is false for the request value" + (f.values.length > 1 ? 's ' : ' ') + shown + '.';
    }
    case 'unknown-operator':
      return "Condition operator '" + f.operator + "' is not a known operator, so the condition is false.";
    default:
      return f.key !== '' ? 'Condition ' + f.operator + " on '" + f.key + "' has values that are not strings, numbers or booleans." : 'The Condition element is malformed.';
  }
}

/** Where a statement is: `file:line` when known, else nothing. */
export function statementLocation(t: StatementTrace): string | undefined {
  if (t.file === undefined && t.range?.line === undefined) return undefined;
  const line = t.range?.line;
  return line !== undefined ? `${t.file ?? '<input>'}:${line}${t.range?.column !== undefined ? `:${t.range.column}` : ''}` : t.file;
}

/** The multi-line text report: decision, reason, deciding statements, then why each other statement did not apply. */
export function renderText(result: EvaluationResult, request?: { principal: string; action: string; resource: string }): string {
  const lines: string[] = [];
  if (request !== undefined) lines.push(`${request.principal} → ${request.action} on ${request.resource}`);
  lines.push(`Decision: ${result.decision}`);
  lines.push(`Reason: ${result.reason}`);
  if (result.crossAccount) lines.push(`Cross-account request: principal account ${result.principalAccount}, resource account ${result.resourceAccount}.`);
  const deciding = result.statements.filter((s) => s.deciding);
  if (deciding.length > 0) {
    lines.push('Deciding statements:');
    for (const s of deciding) {
      const loc = statementLocation(s);
      lines.push(`  ${s.effect === 'Deny' ? 'DENY ' : 'ALLOW'} ${statementLabel(s)}${loc !== undefined ? ` (${loc})` : ''}`);
    }
  }
  const others = result.statements.filter((s) => !s.deciding);
  if (others.length > 0) {
    lines.push('Other statements:');
    for (const s of others) {
      const loc = statementLocation(s);
      lines.push(`  ${statementLabel(s)}${loc !== undefined ? ` (${loc})` : ''}: ${s.applies ? 'matches, but did not decide.' : s.detail}`);
    }
  }
  for (const w of result.warnings) lines.push(`Warning: ${w}`);
  return lines.join('\n') + '\n';
}
