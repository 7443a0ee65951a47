// Completion of SQS, SNS, Lambda, event source mapping and S3 settings: property names and fixed values
// per place (template resources, SAM events, attribute files, redrive policies), and the targets of
// `Ref`/`Fn::GetAtt` that fit the property being written (a queue ARN for a dead-letter queue, a
// function for an event source mapping).

import { fact } from '../../data/facts/index';
import type { TemplateModel } from '../../model/template';
import type { CompletionItem, CompletionProvider, FeatureContext } from '../types';
import { pathFrom } from '../locate';
import { PLACES, PropertySpec, placeOf } from './schema';
import { RETURNS } from './references';

function isJson(ctx: FeatureContext): boolean {
  return ctx.doc.format === 'json' || ctx.unit?.embedding === 'string';
}

function keyItems(ctx: FeatureContext, specs: readonly PropertySpec[], existing: Set<string>): CompletionItem[] {
  const json = isJson(ctx);
  return specs.filter((s) => !existing.has(s.name)).map((s, i) => ({
    label: s.name,
    kind: 'property' as const,
    documentation: s.fact ? fact(s.fact)?.description : undefined,
    insertText: !json ? `${s.name}: ` : ctx.location.inString ? s.name : `"${s.name}": `,
    sortText: String(i).padStart(3, '0'),
    retrigger: s.values !== undefined,
  }));
}

function valueItems(ctx: FeatureContext, spec: PropertySpec, attributeFile: boolean): CompletionItem[] {
  const boolean = spec.values === 'boolean';
  const values = boolean ? ['true', 'false'] : (spec.values as readonly string[] | undefined) ?? [];
  const json = isJson(ctx);
  return values.map((v, i) => {
    let text = v;
    if (!ctx.location.inString) {
      // Attribute files hold strings (`"true"`); templates take booleans as such. YAML quotes digits.
      if (json) text = boolean && !attributeFile ? v : JSON.stringify(v);
      else if (/^\d+$/.test(v)) text = `'${v}'`;
    }
    return { label: v, kind: 'value' as const, detail: spec.name, insertText: text, sortText: String(i) };
  });
}

export const configCompletion: CompletionProvider = {
  id: 'config.property',
  kinds: ['sqs-queue-attributes', 'sns-topic-attributes', 'sqs-redrive-policy', 'sqs-redrive-allow-policy', 'sns-redrive-policy', 'cfn-template'],
  provideCompletions(ctx) {
    const loc = ctx.location;
    if (loc.position === 'key') {
      // The path of the object whose key is being written: the key's own object (JSON key string, YAML
      // line next to a sibling key) or, for the first key of a YAML block, the value of the owning key.
      const onKey = loc.property !== undefined && loc.node === loc.property.key;
      let objPath: (string | number)[];
      if (onKey) objPath = ctx.path.slice(0, -1);
      else if (loc.property !== undefined && loc.object !== loc.property.parent) objPath = [...ctx.path, loc.property.key.value];
      else objPath = ctx.path;
      const place = placeOf(ctx, objPath);
      if (place === undefined) return [];
      const existing = new Set((loc.object?.properties ?? []).map((p) => p.key.value));
      if (onKey && loc.prefix !== '') existing.delete(loc.property!.key.value);
      return keyItems(ctx, PLACES[place], existing);
    }
    if (loc.position === 'value' && loc.property !== undefined && loc.array === undefined) {
      const objPath = pathFrom(loc.property.parent, ctx.unit?.root);
      const place = placeOf(ctx, objPath);
      const spec = place ? PLACES[place].find((s) => s.name === loc.property!.key.value) : undefined;
      if (spec?.values === undefined) return [];
      return valueItems(ctx, spec, ctx.unit?.embedding === 'file' && ctx.unit.kind !== 'cfn-template');
    }
    return [];
  },
};

/** Which resources fit a property written with `Ref`/`Fn::GetAtt`: type → attribute (`Ref` for Ref). */
const TARGETS: Readonly<Record<string, readonly [string, string][]>> = {
  deadLetterTargetArn: [['AWS::SQS::Queue', 'Arn']],
  EventSourceArn: [['AWS::SQS::Queue', 'Arn'], ['AWS::Kinesis::Stream', 'Arn'], ['AWS::DynamoDB::Table', 'StreamArn']],
  FunctionName: [['AWS::Lambda::Function', 'Ref'], ['AWS::Serverless::Function', 'Ref'], ['AWS::Lambda::Function', 'Arn'], ['AWS::Serverless::Function', 'Arn']],
  Endpoint: [['AWS::SQS::Queue', 'Arn'], ['AWS::Lambda::Function', 'Arn'], ['AWS::Serverless::Function', 'Arn']],
  TopicArn: [['AWS::SNS::Topic', 'Ref']],
  Topic: [['AWS::SNS::Topic', 'Ref']],
  Queue: [['AWS::SQS::Queue', 'Arn']],
  Queues: [['AWS::SQS::Queue', 'Ref']],
  Topics: [['AWS::SNS::Topic', 'Ref']],
  Bucket: [['AWS::S3::Bucket', 'Ref']],
  TargetArn: [['AWS::SQS::Queue', 'Arn'], ['AWS::SNS::Topic', 'Ref']],
  Destination: [['AWS::SQS::Queue', 'Arn'], ['AWS::SNS::Topic', 'Ref'], ['AWS::Lambda::Function', 'Arn'], ['AWS::Serverless::Function', 'Arn'], ['AWS::S3::Bucket', 'Arn']],
  Stream: [['AWS::Kinesis::Stream', 'Arn'], ['AWS::DynamoDB::Table', 'StreamArn']],
  sourceQueueArns: [['AWS::SQS::Queue', 'Arn']],
  SourceArn: [['AWS::SNS::Topic', 'Ref'], ['AWS::SQS::Queue', 'Arn'], ['AWS::S3::Bucket', 'Arn']],
};

/**
 * The intrinsic being written at the cursor and the property that holds it. In the list form of
 * `Fn::GetAtt` (`["Queue", "Arn"]`), which item is being written, and the resource the first one names.
 */
interface IntrinsicAt {
  fn: 'Ref' | 'Fn::GetAtt';
  holder: string | undefined;
  item?: number;
  resource?: string;
}

function intrinsicAt(ctx: FeatureContext): IntrinsicAt | undefined {
  const loc = ctx.location;
  if (loc.position !== 'value') return undefined;
  if (ctx.doc.format === 'yaml' && ctx.unit?.embedding !== 'string') {
    const lineStart = ctx.doc.text.lastIndexOf('\n', loc.replace.offset - 1) + 1;
    const before = ctx.doc.text.slice(lineStart, loc.replace.offset);
    const m = /!(Ref|GetAtt)\s+$/.exec(before);
    if (m !== null) {
      // `- !Ref |` in a list: the list's property holds it.
      return { fn: m[1] === 'Ref' ? 'Ref' : 'Fn::GetAtt', holder: loc.property?.key.value };
    }
  }
  const key = loc.property?.key.value;
  if (key === 'Ref' || key === 'Fn::GetAtt') {
    const obj = loc.property!.parent;
    const outer = obj?.parent;
    const holder = outer?.type === 'property' ? outer.key.value : outer?.type === 'array' && outer.parent?.type === 'property' ? outer.parent.key.value : undefined;
    const list = loc.array;
    if (key === 'Fn::GetAtt' && list !== undefined && list === loc.property!.value) {
      const at = loc.replace.offset;
      const inside = list.items.findIndex((i) => i.offset <= at && at <= i.offset + i.length);
      const item = inside >= 0 ? inside : list.items.filter((i) => i.offset + i.length <= at).length;
      const first = list.items[0];
      return { fn: key, holder, item, resource: first?.type === 'string' ? first.value : undefined };
    }
    return { fn: key, holder };
  }
  return undefined;
}

/**
 * The items of the list form of `Fn::GetAtt`: the resource's logical ID first, then its attribute
 * (those that fit the property first).
 */
function listItems(t: TemplateModel, at: IntrinsicAt, quote: boolean): CompletionItem[] {
  const wanted = at.holder ? TARGETS[at.holder]?.filter(([, attr]) => attr !== 'Ref') : undefined;
  const item = (label: string, kind: CompletionItem['kind'], detail: string, fits: boolean): CompletionItem => ({ label, kind, detail, insertText: quote ? JSON.stringify(label) : label, sortText: (fits ? '0' : '1') + label });
  if (at.item === 0) {
    return [...t.resources.values()].map((r) => item(r.name, 'reference', r.type, wanted?.some(([type]) => type === r.type) === true));
  }
  const r = at.item === 1 && at.resource !== undefined ? t.resources.get(at.resource) : undefined;
  const ret = r !== undefined ? RETURNS[r.type] : undefined;
  if (r === undefined || ret === undefined) return [];
  return Object.entries(ret.attributes).map(([attr, what]) => item(attr, 'value', `${r.type} — ${what}`, wanted?.some(([type, a]) => type === r.type && a === attr) === true));
}

function targetItems(t: TemplateModel, fn: 'Ref' | 'Fn::GetAtt', holder: string | undefined, quote: boolean): CompletionItem[] {
  const wanted = holder ? TARGETS[holder] : undefined;
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const r of t.resources.values()) {
    const fits = wanted?.filter(([type, attr]) => type === r.type && (fn === 'Ref' ? attr === 'Ref' : attr !== 'Ref')) ?? [];
    const ret = RETURNS[r.type];
    const choices = fits.length > 0 ? fits.map(([, a]) => a) : wanted === undefined ? (fn === 'Ref' ? ['Ref'] : Object.keys(ret?.attributes ?? {})) : [];
    for (const attr of choices) {
      const label = fn === 'Ref' ? r.name : `${r.name}.${attr}`;
      if (seen.has(label)) continue;
      seen.add(label);
      const detail = `${r.type}${ret ? ` — ${attr === 'Ref' ? ret.ref : ret.attributes[attr] ?? attr}` : ''}`;
      out.push({ label, kind: 'reference', detail, insertText: quote ? JSON.stringify(label) : label, sortText: (fits.length > 0 ? '0' : '1') + label });
    }
  }
  if (fn === 'Ref' && wanted === undefined) {
    for (const p of t.parameters.values()) out.push({ label: p.name, kind: 'variable', detail: `parameter (${p.type || 'String'})`, insertText: quote ? JSON.stringify(p.name) : p.name, sortText: '2' + p.name });
  }
  return out;
}

export const referenceCompletion: CompletionProvider = {
  id: 'config.reference',
  kinds: ['cfn-template', 'sqs-queue-attributes', 'sns-topic-attributes', 'sqs-redrive-policy', 'sqs-redrive-allow-policy', 'sns-redrive-policy', 'iam-policy'],
  provideCompletions(ctx) {
    const t = ctx.doc.template;
    if (t === undefined) return [];
    const at = intrinsicAt(ctx);
    if (at === undefined) return [];
    const quote = ctx.doc.format === 'json' && !ctx.location.inString;
    return at.item !== undefined ? listItems(t, at, quote) : targetItems(t, at.fn, at.holder, quote);
  },
};
