// Hovers on SQS, SNS, Lambda, event source mapping and S3 settings (in templates and attribute files):
// what the setting does, the study notes' value and AWS's value today with since when; and hovers on
// `Ref`/`Fn::GetAtt`/`${X}` showing the resource or parameter they resolve to.

import { fact } from '../../data/facts/index';
import { renderFact } from '../../data/facts';
import { resolveScalar } from '../../cfn/resolve';
import { formatSeconds } from '../../settings/limits';
import type { HoverProvider } from '../types';
import { isString, nodeAt } from '../../parse/tree';
import { pathFrom } from '../locate';
import { PLACES, placeOf } from './schema';
import { RETURNS, referenceAt, resourceSummary } from './references';

const SECONDS = /^(VisibilityTimeout|DelaySeconds|MessageRetentionPeriod|ReceiveMessageWaitTimeSeconds|KmsDataKeyReusePeriodSeconds|Timeout|MaximumBatchingWindowInSeconds|MaximumEventAgeInSeconds|MaximumRecordAgeInSeconds|TumblingWindowInSeconds)$/;

export const configPropertyHover: HoverProvider = {
  id: 'config.property',
  kinds: ['sqs-queue-attributes', 'sns-topic-attributes', 'sqs-redrive-policy', 'sqs-redrive-allow-policy', 'sns-redrive-policy', 'cfn-template'],
  provideHover(ctx) {
    // The tree, not the completion-oriented cursor location: a hover sits on a written key or value.
    const root = ctx.unit?.root;
    const node = nodeAt(root, ctx.offset, false);
    const prop = node?.parent?.type === 'property' ? node.parent : undefined;
    if (node === undefined || prop === undefined) return undefined;
    const onKey = node === prop.key;
    const onValue = prop.value !== undefined && node === prop.value && prop.value.type !== 'object' && prop.value.type !== 'array';
    if (!onKey && !onValue) return undefined;
    // The path of the object holding the property.
    const objPath = pathFrom(prop.parent, root);
    // `Type: AWS::Lambda::Function`: the invocation payload limits of the function.
    if (onValue && prop.key.value === 'Type' && objPath.length === 2 && objPath[0] === 'Resources' && isString(prop.value) && /^AWS::(Lambda|Serverless)::Function$/.test(prop.value.value)) {
      const payload = fact('lambda.payload');
      if (payload !== undefined) return { contents: renderFact(payload), offset: prop.value.offset, length: prop.value.length };
    }
    const place = placeOf(ctx, objPath);
    if (place === undefined) return undefined;
    const spec = PLACES[place].find((s) => s.name === prop.key.value);
    const f = spec?.fact ? fact(spec.fact) : undefined;
    if (f === undefined) return undefined;
    let contents = renderFact(f);
    if (onValue && SECONDS.test(prop.key.value)) {
      const v = resolveScalar(ctx.doc.template, prop.value);
      const n = v === undefined ? undefined : Number(v.value);
      if (n !== undefined && Number.isInteger(n) && n >= 0) contents = `\`${prop.key.value}\`: ${formatSeconds(n)}\n\n${contents}`;
    }
    const at = onKey ? prop.key : prop.value!;
    return { contents, offset: at.offset, length: at.length };
  },
};

export const templateReferenceHover: HoverProvider = {
  id: 'config.reference',
  kinds: ['cfn-template', 'sqs-queue-attributes', 'sns-topic-attributes', 'sqs-redrive-policy', 'sqs-redrive-allow-policy', 'sns-redrive-policy', 'sns-filter-policy', 'iam-policy', 'asl'],
  provideHover(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return undefined;
    const ref = referenceAt(nodeAt(ctx.unit?.root ?? ctx.doc.tree.root, ctx.offset, false), ctx.offset);
    if (ref === undefined) return undefined;
    const r = t.resources.get(ref.name);
    if (r !== undefined) {
      const ret = RETURNS[r.type];
      const lines = [`**${r.name}**: \`${r.type || 'no type'}\``];
      const summary = resourceSummary(t, r);
      if (summary.length > 0) lines.push('', summary.join('; ') + '.');
      if (ret) {
        if (ref.attribute === undefined) lines.push('', `\`Ref ${r.name}\` returns ${ret.ref}.`);
        else if (ret.attributes[ref.attribute] !== undefined) lines.push('', `\`${r.name}.${ref.attribute}\` returns ${ret.attributes[ref.attribute]}.`);
        else lines.push('', `\`${ref.attribute}\` is not among the attributes listed for ${r.type} (${Object.keys(ret.attributes).join(', ')}).`);
      }
      lines.push('', `Defined at line ${lineOf(ctx.doc.text, r.keyNode.offset)}.`);
      return { contents: lines.join('\n'), offset: ref.range.offset, length: ref.range.length };
    }
    const p = t.parameters.get(ref.name);
    if (p !== undefined) {
      const def = p.defaultValue;
      const lines = [`**${p.name}**: parameter of type \`${p.type || 'String'}\``];
      if (def !== undefined) {
        const v = resolveScalar(t, def);
        lines.push('', `Default: \`${v !== undefined ? String(v.value) : ctx.doc.text.slice(def.offset, def.offset + def.length)}\` (checks use it; deployments may override it).`);
      } else lines.push('', 'No default: checks treat the value as unknown.');
      return { contents: lines.join('\n'), offset: ref.range.offset, length: ref.range.length };
    }
    if (ref.name.startsWith('AWS::')) return { contents: `**${ref.name}**: pseudo parameter, known only at deployment.`, offset: ref.range.offset, length: ref.range.length };
    return undefined;
  },
};

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
