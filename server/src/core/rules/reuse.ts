// Reuse of rule findings between two versions of one document: the language server analyses every
// version of an open template, and an edit usually touches one resource of hundreds. A rule declared
// `scope: 'resource'` (see types.ts) depends only on its unit and the text of the template resource
// holding it, so when that text is the same as in the previous version, its findings there are the
// previous findings moved by however far the resource moved. Everything else runs as usual: rules
// without that scope, units outside template resources (standalone files), and any unit whose
// resource text changed.
//
// INVARIANT: a reused finding is exactly what running the rules again would give (checked against fresh
// analyses by test/unit/rule-scope.test.ts). Hence the conservative edges: a unit's findings are kept only
// when the run finished (not cancelled, not stopped by the time budget) and every offset they carry
// (finding, related information, fix edits) lies inside the resource text; a YAML document whose aliases
// copied nodes from elsewhere reuses nothing; a change of document, configuration, indentation step, rules or services starts over.
// Scoped rules may also ask for the type of other resources (RuleContext.resourceTypeOf): a unit's
// findings are kept with the types its rules asked for, and reused only while those types are the same.

import type { AwsPolicyConfig } from '../config';
import type { DocumentModel } from '../model/document';
import type { AnalysisUnit } from '../model/units';
import type { Services } from '../services';
import { indentUnit } from './fixes';
import type { Finding, RuleDefinition } from './types';

/** One unit of the current run that may reuse or record findings. */
export interface ReuseSlot {
  /** What the unit is and where (kind, policy type, location, context): unique within a version. */
  key: string;
  /** The resource text (whole lines) the findings depend on. */
  text: string;
  /** Host offset of the resource text's first character: findings are kept relative to it. */
  start: number;
  end: number;
  /** Findings of the previous version, relative to `start`: the unit's scoped rules do not run. */
  cached: readonly Finding[] | undefined;
  /** Findings of the scoped rules run now, relative to `start`; undefined once one fell outside the text. */
  recorded: Finding[] | undefined;
  /** The resource types the scoped rules asked for (logical ID → type), with the findings they depend on. */
  types: Map<string, string | undefined>;
}

/** Kept per open document by the host (the language server's analysis side); one per document. */
export class FindingsReuse {
  private entries = new Map<string, Entry>();
  private setup: { uri: string; config: string; indent: string; rules: readonly RuleDefinition[]; services: Services } | undefined;
  /** Units whose scoped findings the last finished run reused / computed (the tests read it). */
  last = { reused: 0, computed: 0 };

  /** Starts a run over `doc`; undefined when nothing of it can be reused or recorded. */
  begin(doc: DocumentModel, config: AwsPolicyConfig, rules: readonly RuleDefinition[], services: Services): ReuseRun | undefined {
    const configKey = JSON.stringify(config);
    // Fixes that insert structured values indent by the document's indentation step (fixes.ts indentUnit).
    const indent = indentUnit(doc);
    const s = this.setup;
    if (s === undefined || s.uri !== doc.uri || s.config !== configKey || s.indent !== indent || s.rules !== rules || s.services !== services) {
      this.entries = new Map();
      this.setup = { uri: doc.uri, config: configKey, indent, rules, services };
    }
    if (doc.template === undefined || doc.tree.aliased === true) {
      this.entries = new Map();
      return undefined;
    }
    return new ReuseRun(this, doc, this.entries);
  }

  /** Called by a finished run: the next version reuses what this one saw. */
  commit(entries: Map<string, Entry>, reused: number, computed: number): void {
    this.entries = entries;
    this.last = { reused, computed };
  }
}

export class ReuseRun {
  private readonly slots = new Map<AnalysisUnit, ReuseSlot>();

  constructor(
    private readonly owner: FindingsReuse,
    doc: DocumentModel,
    previous: Map<string, Entry>,
  ) {
    const byKey = new Map<string, AnalysisUnit | null>();
    for (const unit of doc.units) {
      const s = makeSlot(doc, unit, previous);
      if (s === undefined) continue;
      if (byKey.has(s.key)) {
        // Two units with one key cannot tell their findings apart: neither reuses nor records.
        const other = byKey.get(s.key);
        if (other) this.slots.delete(other);
        byKey.set(s.key, null);
        continue;
      }
      byKey.set(s.key, unit);
      this.slots.set(unit, s);
    }
  }

  /** The unit's slot, or undefined when it is not inside a template resource (or its key is not unique). */
  slot(unit: AnalysisUnit): ReuseSlot | undefined {
    return this.slots.get(unit);
  }

  /** The units of each kind that scoped rules must run on: all but those whose findings are reused. */
  unitsToRun(byKind: Map<string, AnalysisUnit[]>): Map<string, AnalysisUnit[]> {
    const out = new Map<string, AnalysisUnit[]>();
    for (const [kind, units] of byKind) {
      const run = units.filter((u) => this.slots.get(u)?.cached === undefined);
      if (run.length > 0) out.set(kind, run);
    }
    return out;
  }

  /** Takes the findings a scoped rule just added to `out` (from index `from`) into the slot's record. */
  record(slot: ReuseSlot, out: readonly Finding[], from: number): void {
    if (slot.recorded === undefined) return;
    for (let i = from; i < out.length; i++) {
      const moved = moveFinding(out[i], -slot.start, slot.end - slot.start);
      if (moved === undefined) {
        slot.recorded = undefined;
        return;
      }
      slot.recorded.push(moved);
    }
  }

  /**
   * Adds the reused findings to `out`. When the run finished, the findings of this version become the
   * ones the next version may reuse.
   */
  finish(out: Finding[], finished: boolean): void {
    const next = new Map<string, Entry>();
    let reused = 0;
    let computed = 0;
    for (const s of this.slots.values()) {
      if (s.cached !== undefined) {
        for (const f of s.cached) out.push(moveFinding(f, s.start, Infinity)!);
        next.set(s.key, { text: s.text, findings: s.cached, types: s.types });
        reused++;
      } else if (s.recorded !== undefined) {
        next.set(s.key, { text: s.text, findings: s.recorded, types: s.types });
        computed++;
      }
    }
    if (finished) this.owner.commit(next, reused, computed);
  }
}

/** A unit's findings in one version, with the resource text they were computed on. */
interface Entry {
  text: string;
  findings: readonly Finding[];
  types: ReadonlyMap<string, string | undefined>;
}

/** Whether every resource type the findings depended on is still the same. */
function sameTypes(doc: DocumentModel, types: ReadonlyMap<string, string | undefined>): boolean {
  for (const [id, type] of types) if (doc.template?.resources.get(id)?.type !== type) return false;
  return true;
}

function makeSlot(doc: DocumentModel, unit: AnalysisUnit, previous: Map<string, Entry>): ReuseSlot | undefined {
  const res = unit.resource;
  if (res === undefined || unit.embedding === 'file') return undefined;
  const text = doc.text;
  // Whole lines: fix edits read the indentation and separators around the resource's first and last lines.
  const start = text.lastIndexOf('\n', res.keyNode.offset - 1) + 1;
  let end = text.indexOf('\n', res.node.offset + res.node.length);
  if (end === -1) end = text.length;
  const c = unit.context;
  const key = [
    unit.kind,
    unit.policyType ?? '',
    unit.embedding,
    unit.location,
    doc.format,
    c.resourceType ?? '',
    c.policyResource ?? '',
    c.stateMachineType ?? '',
    c.filterPolicyScope ?? '',
    c.substitutions ? [...c.substitutions].sort().join(',') : '',
    // List edits at the very end of a text without a final newline add one.
    end === text.length ? 'eof' : '',
  ].join('\u0000');
  // Same key and same text: the previous findings hold (comparing two strings is cheap; hashing the text was not).
  const own = text.slice(start, end);
  const prev = previous.get(key);
  const same = prev !== undefined && prev.text === own && sameTypes(doc, prev.types);
  return { key, text: own, start, end, cached: same ? prev.findings : undefined, recorded: [], types: same ? new Map(prev.types) : new Map() };
}

/**
 * A copy of the finding with every offset moved by `delta`; undefined when an offset falls outside
 * `[0, limit]` after the move (only checked when recording, where `limit` is the resource text's length).
 */
function moveFinding(f: Finding, delta: number, limit: number): Finding | undefined {
  const inside = (offset: number, length: number): boolean => offset >= 0 && offset + length <= limit;
  const offset = f.offset + delta;
  if (!inside(offset, f.length)) return undefined;
  const g: Finding = { ...f, offset };
  if (f.related !== undefined) {
    const related = [];
    for (const r of f.related) {
      const o = r.offset + delta;
      if (!inside(o, r.length)) return undefined;
      related.push({ ...r, offset: o });
    }
    g.related = related;
  }
  if (f.fixes !== undefined) {
    const fixes = [];
    for (const fix of f.fixes) {
      const edits = [];
      for (const e of fix.edits) {
        const o = e.offset + delta;
        if (!inside(o, e.length)) return undefined;
        edits.push({ ...e, offset: o });
      }
      fixes.push({ ...fix, edits });
    }
    g.fixes = fixes;
  }
  return g;
}
