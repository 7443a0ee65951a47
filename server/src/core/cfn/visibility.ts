// Visibility timeout against the consuming function, for SQS event sources (CFN101, CFN102): the numbers,
// the nodes that set them, and the fix that raises the queue's visibility timeout to AWS's guidance
// (six times the function timeout plus the batching window, at most 12 hours).

import type { DocumentModel } from '../model/document';
import { SQS_NUMBERS, formatSeconds } from '../settings/limits';
import type { Fix, RelatedInfo } from '../rules/types';
import { setResourceProperty } from './edits';
import { Setting, SqsConsumer, eventSourceLabel, functionTimeout, numberSetting, resourceAnchor, sqsConsumers } from './resources';
import type { TemplateModel } from '../model/template';

export interface VisibilityCheck extends SqsConsumer {
  visibility: Setting;
  timeout: Setting;
  window: Setting;
  /** 6 × timeout + window (AWS's guidance). */
  recommended: number;
}

export function visibilityChecks(t: TemplateModel): VisibilityCheck[] {
  const out: VisibilityCheck[] = [];
  for (const c of sqsConsumers(t)) {
    const visibility = numberSetting(t, c.queue.properties, 'VisibilityTimeout', SQS_NUMBERS.VisibilityTimeout.default);
    const timeout = functionTimeout(t, c.fn);
    const window = numberSetting(t, c.es.props, 'MaximumBatchingWindowInSeconds', 0);
    if (visibility === undefined || timeout === undefined || window === undefined) continue;
    out.push({ ...c, visibility, timeout, window, recommended: 6 * timeout.value + window.value });
  }
  return out;
}

function settingRelated(s: Setting, what: string, fallback: { offset: number; length: number }): RelatedInfo {
  const n = s.node ?? s.prop;
  const where = s.from === 'default' ? ' (the default)' : s.from === 'globals' ? ' (from SAM Globals)' : s.from === 'parameter' ? ` (default of parameter '${s.paramName}')` : '';
  return { message: `${what}${where}`, ...(n ? { offset: n.offset, length: n.length } : fallback) };
}

export function visibilityRelated(c: VisibilityCheck): RelatedInfo[] {
  const out = [
    settingRelated(c.visibility, `Visibility timeout of queue '${c.queue.name}': ${formatSeconds(c.visibility.value)}`, resourceAnchor(c.queue)),
    settingRelated(c.timeout, `Timeout of function '${c.fn.name}': ${formatSeconds(c.timeout.value)}`, resourceAnchor(c.fn)),
  ];
  if (c.window.from !== 'default') out.push(settingRelated(c.window, `Batching window of ${eventSourceLabel(c.es)}: ${c.window.value} s`, resourceAnchor(c.es.owner)));
  return out;
}

/** The fix raising the queue's `VisibilityTimeout` to the recommended value (capped at 12 hours). */
export function raiseVisibilityFix(doc: DocumentModel, c: VisibilityCheck): Fix[] {
  const target = Math.min(c.recommended, SQS_NUMBERS.VisibilityTimeout.max);
  if (target < c.timeout.value || target <= c.visibility.value || c.visibility.from === 'parameter') return [];
  const edit = setResourceProperty(doc, c.queue, 'VisibilityTimeout', target);
  if (edit === undefined) return [];
  return [{ title: `Set VisibilityTimeout of '${c.queue.name}' to ${target} (6 × ${c.timeout.value} s${c.window.value ? ` + ${c.window.value} s` : ''})`, safety: 'safe', preferred: true, edits: [edit] }];
}
