// Where intrinsic function calls appear (payload-template `.$` values, Fail ErrorPath/CausePath) and
// their parse, for the intrinsic rules (ASL510–ASL512) and hovers.

import type { AslState } from './model';
import { payloadTemplates } from './templates';
import { IntrinsicCall, parseIntrinsic } from './intrinsics';
import { dollarKeys } from './util';
import { StringNode, getValue, isString } from '../parse/tree';

export interface IntrinsicSite {
  node: StringNode;
  call: IntrinsicCall;
  /** `ErrorPath`/`CausePath` of a Fail state (must return a string). */
  failField?: string;
}

export function intrinsicSites(state: AslState): IntrinsicSite[] {
  const out: IntrinsicSite[] = [];
  const add = (v: StringNode, failField?: string): void => {
    if (!v.value.startsWith('States.')) return;
    const r = parseIntrinsic(v.value);
    if ('call' in r) out.push({ node: v, call: r.call, failField });
  };
  for (const t of payloadTemplates(state)) dollarKeys(t, (p) => { if (isString(p.value)) add(p.value); });
  if (state.type === 'Fail' && state.queryLanguage === 'JSONPath') {
    for (const f of ['ErrorPath', 'CausePath']) {
      const v = getValue(state.node, f);
      if (isString(v)) add(v, f);
    }
  }
  return out;
}
