// FIFO naming and FIFO-only settings, shared by the SQS and SNS rules (queues: `FifoQueue`/`QueueName`;
// topics: `FifoTopic`/`TopicName`). The name and the flag must agree in both directions, and settings
// that only FIFO resources accept must not appear on a standard one.

import { PropertyNode, getProperty } from '../../parse/tree';
import { resolveBoolean, resolveString } from '../../cfn/resolve';
import { intrinsicName } from '../../model/template';
import { AttributeView, boolAttr, nameOf, trueValue } from '../../settings/attributes';
import { insertProperty, removeProperty, replaceStringContent, setScalar } from '../fixes';
import type { Fix, RelatedInfo, RuleContext, TextEdit } from '../types';

export const FIFO_NAME_MESSAGES = {
  missingSuffix: "The {{what}} is FIFO ({{flag}}: true) but its name '{{name}}' does not end with '.fifo'.",
  suffixOnStandard: "The name '{{name}}' ends with '.fifo' but the {{what}} is not FIFO ({{flag}} is not true).",
} as const;

export const FIFO_ONLY_MESSAGES = {
  fifoOnly: '{{attribute}} applies only to FIFO {{what}}s; this {{what}} is standard ({{flag}} is not true).',
} as const;

/** The edit that makes the flag true: replace a false value, or add the flag. */
export function setFlagTrue(ctx: RuleContext, v: AttributeView, flagKey: string): TextEdit {
  const p = getProperty(v.attrs, flagKey);
  if (p?.value !== undefined) return setScalar(p.value, trueValue(v), v.flavor);
  return insertProperty(ctx.doc, v.attrs, flagKey, trueValue(v), v.flavor);
}

function flagRelated(p: PropertyNode | undefined, flagKey: string): RelatedInfo[] | undefined {
  return p === undefined ? undefined : [{ message: `${flagKey} is set here`, offset: p.offset, length: p.length }];
}

/** The `.fifo` suffix matches the FIFO flag (both directions). */
export function checkFifoName(ctx: RuleContext, v: AttributeView, flagKey: string, what: 'queue' | 'topic'): void {
  const nameNode = v.nameProp?.value;
  const name = nameOf(v);
  if (nameNode === undefined || name === undefined || ctx.isPlaceholder(nameNode)) return;
  const flag = boolAttr(v, flagKey);
  if (flag === undefined) return;
  const flagProp = getProperty(v.attrs, flagKey);
  const literal = nameNode.type === 'string';
  if (flag && !name.endsWith('.fifo')) {
    const fixes: Fix[] = [];
    if (literal) fixes.push({ title: `Add '.fifo' to the ${what} name`, safety: 'safe', preferred: true, edits: [replaceStringContent(nameNode, name + '.fifo', v.flavor)] });
    ctx.report({ node: nameNode, messageId: 'missingSuffix', data: { what, flag: flagKey, name }, related: flagRelated(flagProp, flagKey), fixes });
  } else if (!flag && name.endsWith('.fifo')) {
    const fixes: Fix[] = [{ title: `Set ${flagKey}: true`, safety: 'suggestion', preferred: true, edits: [setFlagTrue(ctx, v, flagKey)] }];
    if (literal) fixes.push({ title: `Remove '.fifo' from the ${what} name`, safety: 'suggestion', edits: [replaceStringContent(nameNode, name.slice(0, -'.fifo'.length), v.flavor)] });
    ctx.report({ node: nameNode, messageId: 'suffixOnStandard', data: { what, flag: flagKey, name }, related: flagRelated(flagProp, flagKey), fixes });
  }
}

/** Settings only FIFO resources accept, on a resource known to be standard. */
export function checkFifoOnly(ctx: RuleContext, v: AttributeView, flagKey: string, attributes: readonly string[], what: 'queue' | 'topic'): void {
  if (boolAttr(v, flagKey) !== false) return;
  // A name ending in `.fifo` contradicts the flag; the naming rule reports that, not this one.
  if (nameOf(v)?.endsWith('.fifo')) return;
  for (const key of attributes) {
    const p = getProperty(v.attrs, key);
    if (p === undefined || p.value === undefined || p.value.type === 'null') continue;
    // `!If [IsFifo, true, !Ref AWS::NoValue]` and the like may drop the attribute at deployment.
    if (intrinsicName(p.value) !== undefined && resolveString(v.t, p.value) === undefined && resolveBoolean(v.t, p.value) === undefined) continue;
    const fixes: Fix[] = [
      { title: `Remove ${key}`, safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, p, v.flavor)] },
      { title: `Set ${flagKey}: true`, safety: 'suggestion', edits: [setFlagTrue(ctx, v, flagKey)] },
    ];
    ctx.report({ node: p.key, messageId: 'fifoOnly', data: { attribute: key, what, flag: flagKey }, fixes });
  }
}
