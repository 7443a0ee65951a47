// Action names as written in policies, read against the catalog: what an `Action` entry names (a known
// action, a wildcard and what it matches, an API operation written as an action, an unknown service
// or action with near names), and the actions of a statement. Shared by the IAM2xx rules, hovers and
// completions; other rules may use it too (it never reports, it only classifies).

import type { ActionInfo, Catalog } from './catalog';
import { actionsForOperation } from './operations';
import { hasWildcard } from './wildcard';

export type ActionReading =
  /** A literal action the catalog knows. */
  | { kind: 'action'; action: ActionInfo }
  /** A pattern (`s3:Get*`, `*:List*`, `*`); `catalog.matchActions(pattern)` gives what it matches. */
  | { kind: 'pattern'; pattern: string }
  /** An API operation name that is not an IAM action, with the actions that grant it. */
  | { kind: 'operation'; actions: readonly string[] }
  /** The service prefix is unknown (no wildcard in it). */
  | { kind: 'unknownService'; service: string; suggestions: string[] }
  /** The service is known but not the action. */
  | { kind: 'unknownAction'; service: string; suggestions: string[] }
  /** Not readable as an action (no colon, several colons, a variable, empty). */
  | { kind: 'other' };

/** Reads one `Action`/`NotAction` entry. Case-insensitive, as IAM matches actions. */
export function readAction(catalog: Catalog, text: string): ActionReading {
  if (text === '*') return { kind: 'pattern', pattern: text };
  if (text.indexOf('${') !== -1) return { kind: 'other' };
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1 || text.indexOf(':', colon + 1) !== -1 || /\s/.test(text)) return { kind: 'other' };
  const service = text.slice(0, colon);
  if (hasWildcard(text)) {
    if (!hasWildcard(service) && catalog.service(service) === undefined) return { kind: 'unknownService', service, suggestions: catalog.suggest(service, 'service') };
    return { kind: 'pattern', pattern: text };
  }
  const action = catalog.action(text);
  if (action !== undefined) return { kind: 'action', action };
  if (catalog.service(service) === undefined) return { kind: 'unknownService', service, suggestions: catalog.suggest(service, 'service') };
  const operation = actionsForOperation(text);
  if (operation !== undefined) return { kind: 'operation', actions: operation };
  return { kind: 'unknownAction', service, suggestions: catalog.suggest(text, 'action') };
}

/**
 * The actions a list of Action entries covers (wildcards expanded), or undefined when some entry is
 * unknown statically or unreadable (callers then cannot say what the statement covers).
 */
export function coveredActions(catalog: Catalog, texts: readonly string[]): ActionInfo[] | undefined {
  const out = new Map<string, ActionInfo>();
  for (const t of texts) {
    const r = readAction(catalog, t);
    if (r.kind === 'action') out.set(r.action.id, r.action);
    else if (r.kind === 'pattern') for (const a of catalog.matchActions(r.pattern)) out.set(a.id, a);
    else if (r.kind === 'operation') for (const id of r.actions) {
      const a = catalog.action(id);
      if (a !== undefined) out.set(a.id, a);
    }
    else if (r.kind === 'other') return undefined;
  }
  return [...out.values()];
}

/** The service prefixes (lower-cased) a list of Action entries can reach; undefined when a service part is a wildcard. */
export function servicesOf(texts: readonly string[]): Set<string> | undefined {
  const out = new Set<string>();
  for (const t of texts) {
    const colon = t.indexOf(':');
    if (t === '*' || colon < 0) return undefined;
    const service = t.slice(0, colon);
    if (hasWildcard(service)) return undefined;
    out.add(service.toLowerCase());
  }
  return out;
}

const KEY_SETS = new WeakMap<ActionInfo, ReadonlySet<string>>();

/**
 * The lower-cased condition keys an action supports (`catalog.supportedConditionKeys`), computed once per
 * action object: the catalog's action objects live as long as the catalog, so this is a cache of derived
 * data, not state between runs.
 */
export function supportedKeySet(catalog: Catalog, action: ActionInfo): ReadonlySet<string> {
  let set = KEY_SETS.get(action);
  if (set === undefined) {
    set = new Set(catalog.supportedConditionKeys(action).map((k) => k.toLowerCase()));
    KEY_SETS.set(action, set);
  }
  return set;
}
