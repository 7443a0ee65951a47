// ASL511: literal intrinsic arguments within their limits: ArrayRange at most 1,000 items with a
// non-zero step, ArrayPartition chunk size > 0, Base64/Hash input at most 10,000 characters, Hash
// algorithm, JsonMerge's third argument a boolean, MathAdd/MathRandom integers, Format placeholders.

import { intrinsicSites } from '../../asl/intrinsic-sites';
import { IntrinsicArg, IntrinsicCall, allCalls } from '../../asl/intrinsics';
import { aslModel } from '../../asl/model';
import { StringNode, stringRange } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

const HASHES = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];

export default defineRule({
  id: 'ASL511',
  name: 'valid-intrinsic-arguments',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Literal intrinsic arguments are within limits: `ArrayRange` ≤ 1,000 items and step ≠ 0, `ArrayPartition` size > 0, `Hash` algorithm, `JsonMerge` boolean flag, integer `MathAdd`/`MathRandom`, `Format` placeholders.',
    why: 'These fail at run time with `States.IntrinsicFailure` (or are rejected when the definition is created) although the literal values are known in advance.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Parameters": { "h.$": "States.Hash($.data, \'SHA256\')" }, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Parameters": { "h.$": "States.Hash($.data, \'SHA-256\')" }, "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html'],
  },
  messages: {
    rangeSize: 'States.ArrayRange would produce {{count}} items; the maximum is 1,000.',
    zeroStep: 'States.ArrayRange needs a non-zero step.',
    chunk: 'States.ArrayPartition needs a chunk size greater than 0.',
    tooLong: '{{name}} accepts at most 10,000 characters; this literal has {{length}}.',
    algorithm: "'{{value}}' is not a hash algorithm (MD5, SHA-1, SHA-256, SHA-384 or SHA-512).",
    mergeFlag: 'The third argument of States.JsonMerge must be a boolean (false for a shallow merge).',
    integer: '{{name}} takes integers; {{value}} is not one.',
    formatArgs: 'The template has {{placeholders}} {} placeholder(s) but {{args}} argument(s) follow it.',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) for (const site of intrinsicSites(s)) for (const c of allCalls(site.call)) checkCall(ctx, site.node, c);
  },
});

function num(a: IntrinsicArg | undefined): number | undefined {
  return a?.kind === 'number' ? a.value : undefined;
}

function checkCall(ctx: RuleContext, node: StringNode, c: IntrinsicCall): void {
  const at = (a: { offset: number; length: number }) => stringRange(node, a.offset, a.length);
  const [a0, a1, a2] = c.args;
  switch (c.name) {
    case 'States.ArrayRange': {
      const [start, end, step] = [num(a0), num(a1), num(a2)];
      if (step === 0) ctx.report({ range: at(a2!), messageId: 'zeroStep' });
      else if (start !== undefined && end !== undefined && step !== undefined) {
        const count = Math.floor((end - start) / step) + 1;
        if (count > 1000) ctx.report({ range: at(c), messageId: 'rangeSize', data: { count } });
      }
      break;
    }
    case 'States.ArrayPartition': {
      const size = num(a1);
      if (size !== undefined && size <= 0) ctx.report({ range: at(a1!), messageId: 'chunk' });
      break;
    }
    case 'States.Base64Encode':
    case 'States.Base64Decode':
    case 'States.Hash':
      if (a0?.kind === 'string' && a0.value.length > 10000) ctx.report({ range: at(a0), messageId: 'tooLong', data: { name: c.name, length: a0.value.length } });
      if (c.name === 'States.Hash' && a1?.kind === 'string' && !HASHES.includes(a1.value)) ctx.report({ range: at(a1), messageId: 'algorithm', data: { value: a1.value } });
      break;
    case 'States.JsonMerge':
      if (a2 !== undefined && a2.kind !== 'boolean' && a2.kind !== 'path' && a2.kind !== 'call') ctx.report({ range: at(a2), messageId: 'mergeFlag' });
      break;
    case 'States.MathAdd':
    case 'States.MathRandom':
      for (const a of c.args) {
        if (a.kind === 'number' && !Number.isInteger(a.value)) ctx.report({ range: at(a), messageId: 'integer', data: { name: c.name, value: a.raw } });
        else if (a.kind === 'string' || a.kind === 'boolean' || a.kind === 'null') ctx.report({ range: at(a), messageId: 'integer', data: { name: c.name, value: node.value.substr(a.offset, a.length) } });
      }
      break;
    case 'States.Format':
      if (a0?.kind === 'string') {
        const placeholders = (a0.value.match(/\{\}/g) ?? []).length;
        if (placeholders !== c.args.length - 1) ctx.report({ range: at(c), messageId: 'formatArgs', data: { placeholders, args: c.args.length - 1 } });
      }
      break;
    default:
      break;
  }
}
