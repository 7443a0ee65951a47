// Runs the registered rules over every analysis unit of a document. A rule that throws becomes one
// internal-error finding naming the rule while the others still run; a time budget stops the run
// between rules on pathological documents; suppression comments and severity settings apply last.

import type { AwsPolicyConfig, Severity } from '../config';
import type { DocumentModel } from '../model/document';
import { overlapsPlaceholder } from '../model/embedded';
import type { AnalysisUnit } from '../model/units';
import type { Node } from '../parse/tree';
import { offsetToPosition, wholeCharacters } from '../text';
import type { Services } from '../services';
import type { Finding, ReportInput, RuleContext, RuleDefinition } from './types';
import type { FindingsReuse } from './reuse';

import { ENGINE_CODES } from './engine-codes';

export interface RunOptions {
  config: AwsPolicyConfig;
  services: Services;
  rules: readonly RuleDefinition[];
  /** Clock for the time budget (injectable for tests). */
  now?: () => number;
  /**
   * Polled between rules: when it returns true the run stops at once (a newer version of the document
   * arrived, so these findings would be dropped anyway). The caller learns it from `RunState.cancelled`.
   */
  shouldStop?: () => boolean;
  /** Filled in by `runRules`. */
  state?: RunState;
  /** Findings of the previous version to reuse where a template resource did not change (see reuse.ts). */
  reuse?: FindingsReuse;
}

export interface RunState {
  cancelled: boolean;
}

export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (data === undefined) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/**
 * A rule as the run loop reads it. Rule definitions are ~300 object literals of different shapes, so
 * reading `appliesTo`, `scope` or `check` off them is a megamorphic load on every (rule, unit) pair, which
 * on small policies cost more than running most rules. Plans all have one shape.
 */
interface RulePlan {
  readonly rule: RuleDefinition;
  readonly id: string;
  readonly kinds: readonly string[];
  readonly policyTypes: readonly string[] | undefined;
  readonly scoped: boolean;
  readonly check: (ctx: RuleContext) => void;
}

/** Plans per rule list (the registry's list lives as long as the process; other lists die with their callers). */
const PLANS = new WeakMap<readonly RuleDefinition[], readonly RulePlan[]>();

function plansOf(rules: readonly RuleDefinition[]): readonly RulePlan[] {
  let plans = PLANS.get(rules);
  if (plans === undefined) {
    plans = rules.map((rule) => ({ rule, id: rule.id, kinds: rule.appliesTo, policyTypes: rule.policyTypes, scoped: rule.scope === 'resource', check: rule.check }));
    PLANS.set(rules, plans);
  }
  return plans;
}

export function runRules(doc: DocumentModel, opts: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const now = opts.now ?? Date.now;
  const deadline = now() + opts.config.timeBudgetMs;
  const byKind = new Map<string, AnalysisUnit[]>();
  for (const u of doc.units) {
    const list = byKind.get(u.kind);
    if (list) list.push(u);
    else byKind.set(u.kind, [u]);
  }
  // One context per unit, pointed at each rule in turn: a document with hundreds of embedded units runs
  // a few hundred thousand (rule, unit) pairs, and most rules return at once.
  const contexts = new Map<AnalysisUnit, UnitContext>();
  const reuse = opts.reuse?.begin(doc, opts.config, opts.rules, opts.services);
  // Rules with scope 'resource' skip the units whose findings are reused.
  const scopedByKind = reuse === undefined ? byKind : reuse.unitsToRun(byKind);
  let stopped = false;
  let cancelled = false;
  const shouldStop = opts.shouldStop;
  // Read once: looking each rule's code up in the settings object (a different key every time) costs
  // more than running most rules, and a document usually has no settings at all.
  const configured = opts.config.rules;
  const settings = Object.keys(configured).length === 0 ? undefined : new Map(Object.entries(configured));
  for (const plan of plansOf(opts.rules)) {
    if (stopped) break;
    if (shouldStop !== undefined && shouldStop()) {
      if (opts.state) opts.state.cancelled = true;
      cancelled = true;
      break;
    }
    const setting = settings === undefined ? undefined : settings.get(plan.id);
    if (setting === 'off') continue;
    const scoped = plan.scoped;
    const policyTypes = plan.policyTypes;
    const kinds = plan.kinds;
    for (let k = 0; k < kinds.length; k++) {
      const units = (scoped ? scopedByKind : byKind).get(kinds[k]);
      if (units === undefined) continue;
      for (const unit of units) {
        if (policyTypes !== undefined && (unit.policyType === undefined || !policyTypes.includes(unit.policyType))) continue;
        if (now() > deadline) {
          stopped = true;
          findings.push(engineFinding(ENGINE_CODES.timeBudget, 'info', `Analysis stopped after ${opts.config.timeBudgetMs} ms (before rule ${plan.id}); results are incomplete. Raise "timeBudgetMs" in .awspolicy.json to analyse this document fully.`));
          break;
        }
        let ctx = contexts.get(unit);
        if (ctx === undefined) {
          ctx = new UnitContext(doc, unit, opts.services, findings);
          contexts.set(unit, ctx);
        }
        ctx.rule = plan.rule;
        ctx.configured = setting;
        const slot = scoped && reuse !== undefined ? reuse.slot(unit) : undefined;
        if (slot === undefined) runOne(ctx, plan);
        else {
          const before = findings.length;
          ctx.types = slot.types;
          runOne(ctx, plan);
          ctx.types = undefined;
          reuse!.record(slot, findings, before);
        }
      }
      if (stopped) break;
    }
  }
  reuse?.finish(findings, !stopped && !cancelled);
  return applySuppressions(doc, findings);
}

/** The context rules see, for one unit; `rule` and `configured` change between rules. */
class UnitContext implements RuleContext {
  rule!: RuleDefinition;
  configured: Severity | 'off' | undefined;
  readonly text: string;
  constructor(readonly doc: DocumentModel, readonly unit: AnalysisUnit, readonly services: Services, readonly out: Finding[]) {
    this.text = doc.text;
  }

  // Arrow properties: a rule may pass `ctx.report` or `ctx.isPlaceholder` on as a plain function.
  readonly isPlaceholder = (node: Node): boolean => this.unit.placeholders.length > 0 && overlapsPlaceholder(node, this.unit.placeholders);

  /** Where a scoped rule's lookups of resource types are recorded while it runs on a reusable unit (see reuse.ts). */
  types: Map<string, string | undefined> | undefined;

  readonly resourceTypeOf = (logicalId: string): string | undefined => {
    const type = this.doc.template?.resources.get(logicalId)?.type;
    this.types?.set(logicalId, type);
    return type;
  };

  readonly report = (input: ReportInput): void => {
    const rule = this.rule;
    const unit = this.unit;
    const configured = this.configured;
    // INVARIANT: a finding never splits a surrogate pair (see wholeCharacters).
    const given = input.range ?? input.node;
    const range = given !== undefined ? wholeCharacters(this.text, given.offset, given.length) : { offset: 0, length: 0 };
    const template = rule.messages[input.messageId];
    if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId '${input.messageId}'`);
    const severity: Severity = configured !== undefined && configured !== 'off' ? configured : input.severity ?? rule.defaultSeverity;
    const f: Finding = {
      ruleId: rule.id,
      ruleName: rule.name,
      severity,
      messageId: input.messageId,
      data: input.data ?? {},
      message: formatMessage(template, input.data),
      offset: range.offset,
      length: range.length,
    };
    if (input.related && input.related.length > 0) f.related = input.related;
    if (input.fixes && input.fixes.length > 0) f.fixes = input.fixes;
    if (input.tags) f.tags = input.tags;
    if (unit.location) f.location = unit.location;
    this.out.push(f);
  };
}

function runOne(ctx: UnitContext, plan: RulePlan): void {
  const { rule, unit, out } = ctx;
  const before = out.length;
  try {
    plan.check.call(rule, ctx);
  } catch (e) {
    // INVARIANT: a failing rule never takes the others down; its partial findings are dropped.
    out.length = before;
    const err = e as Error;
    const at = unit.root ? wholeCharacters(ctx.text, unit.root.offset, Math.min(unit.root.length, 1)) : { offset: 0, length: 0 };
    out.push({
      ruleId: rule.id,
      ruleName: rule.name,
      severity: 'warning',
      messageId: 'internalError',
      data: { error: String(err?.message ?? err) },
      message: `Internal error in rule ${rule.id} (${rule.name}): ${String(err?.message ?? err)}. The other rules still ran; please report this.`,
      offset: at.offset,
      length: at.length,
      location: unit.location || undefined,
    });
  }
}

export function engineFinding(code: string, severity: Severity, message: string, offset = 0, length = 0): Finding {
  return { ruleId: code, ruleName: code === ENGINE_CODES.tooLarge ? 'document-too-large' : 'time-budget', severity, messageId: 'engine', data: {}, message, offset, length };
}

const DISABLE_NEXT_LINE = /^awspolicy-disable-next-line\b\s*(.*)$/;
const DISABLE_FILE = /^awspolicy-disable\b\s*(.*)$/;

/**
 * `# awspolicy-disable-next-line IAM105, SEC101` drops findings that start on the next line;
 * `# awspolicy-disable IAM105` at any line drops them in the whole file. No codes = every code.
 */
export function applySuppressions(doc: DocumentModel, findings: Finding[]): Finding[] {
  const comments = doc.tree.comments;
  if (comments.length === 0 || findings.length === 0) return findings;
  const perLine = new Map<number, Set<string> | 'all'>();
  let fileWide: Set<string> | 'all' | undefined;
  for (const c of comments) {
    const next = DISABLE_NEXT_LINE.exec(c.text);
    const file = next ? null : DISABLE_FILE.exec(c.text);
    const m = next ?? file;
    if (!m) continue;
    const codes = parseCodes(m[1]);
    if (next) {
      const line = offsetToPosition(doc.lineStarts, c.offset).line + 1;
      perLine.set(line, mergeCodes(perLine.get(line), codes));
    } else {
      fileWide = mergeCodes(fileWide, codes);
    }
  }
  if (perLine.size === 0 && fileWide === undefined) return findings;
  return findings.filter((f) => {
    if (fileWide === 'all' || (fileWide !== undefined && fileWide.has(f.ruleId))) return false;
    const s = perLine.get(offsetToPosition(doc.lineStarts, f.offset).line);
    if (s === undefined) return true;
    return !(s === 'all' || s.has(f.ruleId));
  });
}

function parseCodes(rest: string): Set<string> | 'all' {
  // Text after `--` is a reason, not codes.
  const list = rest.split('--')[0].split(/[\s,]+/).map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0);
  return list.length === 0 ? 'all' : new Set(list);
}

function mergeCodes(a: Set<string> | 'all' | undefined, b: Set<string> | 'all'): Set<string> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  if (a === undefined) return b;
  return new Set([...a, ...b]);
}
