// Analysis units: the documents inside a file. A standalone policy is one unit; a template is a unit
// of kind `cfn-template` plus one unit per embedded policy, state machine, queue, topic, redrive policy
// and filter policy. Rules declare the unit kinds they apply to, so one rule runs on every host format.

import { ObjectNode, ParseProblem, ValueNode, getProperty, getValue, isArray, isObject, isString } from '../parse/tree';
import { DocumentKind, PolicyType } from './kinds';
import { TemplateModel, TemplateResource, intrinsicArg, intrinsicName } from './template';
import { EmbeddedText, Placeholder, embeddedText, findPlaceholders, parseEmbeddedJson } from './embedded';

export interface UnitContext {
  /** The CloudFormation resource type holding the unit (`AWS::SQS::QueuePolicy`). */
  resourceType?: string;
  /** For resource-based policies: the kind of resource the policy is attached to (`AWS::S3::Bucket`). */
  policyResource?: string;
  /** For state machines: `STANDARD` or `EXPRESS` when the template says so. */
  stateMachineType?: string;
  /** Names a `${Name}` placeholder may use (DefinitionSubstitutions keys, Fn::Sub variables). */
  substitutions?: Set<string>;
  /** The substitution map node (DefinitionSubstitutions), for diagnostics on unused keys. */
  substitutionsNode?: ObjectNode;
  /** SNS subscription `FilterPolicyScope` (`MessageAttributes` or `MessageBody`). */
  filterPolicyScope?: string;
}

export interface AnalysisUnit {
  kind: DocumentKind;
  policyType?: PolicyType;
  /** Root of the unit in the host tree (host offsets, also for documents parsed out of strings). */
  root: ValueNode | undefined;
  /** `file`: the whole document; `subtree`: an object inside a template; `string`: JSON parsed out of a string. */
  embedding: 'file' | 'subtree' | 'string';
  /** For embedded units: the host node that holds the document. */
  hostNode?: ValueNode;
  /** For embedded units: the template resource that holds it. */
  resource?: TemplateResource;
  /** Human-readable location (`Resources.MyRole.Properties.Policies[0].PolicyDocument`). */
  location: string;
  /** Parse problems that belong to this unit (syntax errors of an embedded string, duplicate keys inside it). */
  parseProblems: ParseProblem[];
  /** `${...}` placeholders and intrinsic parts whose values are unknown. */
  placeholders: Placeholder[];
  /** The embedded text for `string` units (the JSON the service will receive, modulo substitutions). */
  embedded?: EmbeddedText;
  context: UnitContext;
}

interface EmbedSpec {
  types: readonly string[];
  /** Property path below `Properties`; `*` walks each array item. */
  path: readonly string[];
  kind: DocumentKind;
  policyType?: PolicyType;
  policyResource?: string;
  /** For SAM `Policies`: only objects that are policy documents (have `Statement`). */
  policyDocumentsOnly?: boolean;
}

const IDENTITY_HOLDERS = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];

/** Where templates embed documents. Ordered by resource type for readability. */
export const EMBED_SPECS: readonly EmbedSpec[] = [
  { types: ['AWS::IAM::Role'], path: ['AssumeRolePolicyDocument'], kind: 'iam-policy', policyType: 'trust' },
  { types: IDENTITY_HOLDERS, path: ['Policies', '*', 'PolicyDocument'], kind: 'iam-policy', policyType: 'identity' },
  { types: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'], path: ['PolicyDocument'], kind: 'iam-policy', policyType: 'identity' },
  { types: ['AWS::S3::BucketPolicy'], path: ['PolicyDocument'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::S3::Bucket' },
  { types: ['AWS::S3::AccessPoint'], path: ['Policy'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::S3::AccessPoint' },
  { types: ['AWS::SQS::QueuePolicy'], path: ['PolicyDocument'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::SQS::Queue' },
  { types: ['AWS::SNS::TopicPolicy'], path: ['PolicyDocument'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::SNS::Topic' },
  { types: ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey'], path: ['KeyPolicy'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::KMS::Key' },
  { types: ['AWS::SecretsManager::ResourcePolicy'], path: ['ResourcePolicy'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::SecretsManager::Secret' },
  { types: ['AWS::ECR::Repository'], path: ['RepositoryPolicyText'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::ECR::Repository' },
  { types: ['AWS::Logs::ResourcePolicy'], path: ['PolicyDocument'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::Logs::ResourcePolicy' },
  { types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'], path: ['AccessPolicies'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::OpenSearchService::Domain' },
  { types: ['AWS::EC2::VPCEndpoint'], path: ['PolicyDocument'], kind: 'iam-policy', policyType: 'endpoint' },
  { types: ['AWS::Backup::BackupVault'], path: ['AccessPolicy'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::Backup::BackupVault' },
  { types: ['AWS::EFS::FileSystem'], path: ['FileSystemPolicy'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::EFS::FileSystem' },
  { types: ['AWS::ApiGateway::RestApi'], path: ['Policy'], kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::ApiGateway::RestApi' },
  { types: ['AWS::SSO::PermissionSet'], path: ['InlinePolicy'], kind: 'iam-policy', policyType: 'identity' },
  { types: ['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'], path: ['Policies'], kind: 'iam-policy', policyType: 'identity', policyDocumentsOnly: true },
  { types: ['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'], path: ['Policies', '*'], kind: 'iam-policy', policyType: 'identity', policyDocumentsOnly: true },
  { types: ['AWS::Serverless::Function'], path: ['AssumeRolePolicyDocument'], kind: 'iam-policy', policyType: 'trust' },
  { types: ['AWS::StepFunctions::StateMachine'], path: ['Definition'], kind: 'asl' },
  { types: ['AWS::StepFunctions::StateMachine'], path: ['DefinitionString'], kind: 'asl' },
  { types: ['AWS::Serverless::StateMachine'], path: ['Definition'], kind: 'asl' },
  { types: ['AWS::SQS::Queue'], path: ['RedrivePolicy'], kind: 'sqs-redrive-policy' },
  { types: ['AWS::SQS::Queue'], path: ['RedriveAllowPolicy'], kind: 'sqs-redrive-allow-policy' },
  { types: ['AWS::SNS::Subscription'], path: ['FilterPolicy'], kind: 'sns-filter-policy' },
  { types: ['AWS::Serverless::Function'], path: ['Events', '{}', 'Properties', 'FilterPolicy'], kind: 'sns-filter-policy' },
  { types: ['AWS::Serverless::Function'], path: ['Events', '{}', 'Properties', 'RedrivePolicy'], kind: 'sns-redrive-policy' },
  { types: ['AWS::SNS::Subscription'], path: ['RedrivePolicy'], kind: 'sns-redrive-policy' },
  { types: ['AWS::SNS::Subscription'], path: ['DeliveryPolicy'], kind: 'sns-delivery-policy' },
  { types: ['AWS::SNS::Topic'], path: ['DataProtectionPolicy'], kind: 'sns-data-protection-policy' },
];

/** Resource types whose `Properties` are themselves a unit (single-resource settings rules run on them). */
const PROPERTY_UNITS: Readonly<Record<string, DocumentKind>> = {
  'AWS::SQS::Queue': 'sqs-queue-attributes',
  'AWS::SNS::Topic': 'sns-topic-attributes',
};

/** Attributes of standalone SQS/SNS attribute files that hold documents as JSON strings. */
const ATTRIBUTE_EMBEDS: Readonly<Record<string, Readonly<Record<string, { kind: DocumentKind; policyType?: PolicyType; policyResource?: string }>>>> = {
  'sqs-queue-attributes': {
    Policy: { kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::SQS::Queue' },
    RedrivePolicy: { kind: 'sqs-redrive-policy' },
    RedriveAllowPolicy: { kind: 'sqs-redrive-allow-policy' },
  },
  'sns-topic-attributes': {
    Policy: { kind: 'iam-policy', policyType: 'resource', policyResource: 'AWS::SNS::Topic' },
    DeliveryPolicy: { kind: 'sns-delivery-policy' },
    DataProtectionPolicy: { kind: 'sns-data-protection-policy' },
  },
};

/** Collects the embedded units of a template. */
export function templateUnits(template: TemplateModel): AnalysisUnit[] {
  const units: AnalysisUnit[] = [];
  for (const r of template.resources.values()) {
    const propsKind = PROPERTY_UNITS[r.type];
    if (propsKind !== undefined && r.properties !== undefined) {
      units.push({
        kind: propsKind,
        root: r.properties,
        embedding: 'subtree',
        hostNode: r.properties,
        resource: r,
        location: `Resources.${r.name}.Properties`,
        parseProblems: [],
        placeholders: [],
        context: { resourceType: r.type },
      });
    }
    for (const spec of EMBED_SPECS) {
      if (!spec.types.includes(r.type) || r.properties === undefined) continue;
      collect(r.properties, spec.path, 0, `Resources.${r.name}.Properties`, (node, loc) => {
        if (spec.policyDocumentsOnly && !(isObject(node) && getProperty(node, 'Statement') !== undefined)) return;
        for (const u of unitsFor(node, spec.kind, loc)) {
          u.resource = r;
          u.policyType = spec.policyType;
          u.context.resourceType = r.type;
          if (spec.policyResource) u.context.policyResource = spec.policyResource;
          if (spec.kind === 'asl') aslContext(u, r, template);
          if (spec.kind === 'sns-filter-policy') {
            // The scope sits next to the policy (subscription Properties, or a SAM SNS event's Properties).
            const holder = node.parent?.type === 'property' ? node.parent.parent : undefined;
            const scope = getValue(holder ?? r.properties, 'FilterPolicyScope');
            if (isString(scope)) u.context.filterPolicyScope = scope.value;
          }
          units.push(u);
        }
      });
    }
    if (r.type === 'AWS::Organizations::Policy' && r.properties !== undefined) {
      const content = getValue(r.properties, 'Content');
      for (const u of unitsFor(content, 'iam-policy', `Resources.${r.name}.Properties.Content`)) {
        u.resource = r;
        u.policyType = orgPolicyType(r);
        u.context.resourceType = r.type;
        if (u.policyType !== undefined) units.push(u);
      }
    }
  }
  return units;
}

function orgPolicyType(r: TemplateResource): PolicyType | undefined {
  const t = getValue(r.properties, 'Type');
  if (!isString(t)) return undefined;
  if (t.value === 'SERVICE_CONTROL_POLICY') return 'scp';
  if (t.value === 'RESOURCE_CONTROL_POLICY') return 'rcp';
  return undefined;
}

function aslContext(u: AnalysisUnit, r: TemplateResource, template: TemplateModel): void {
  const typeNode = getValue(r.properties, r.type === 'AWS::Serverless::StateMachine' ? 'Type' : 'StateMachineType');
  if (isString(typeNode)) u.context.stateMachineType = typeNode.value.toUpperCase();
  else if (r.type === 'AWS::Serverless::StateMachine') {
    const g = getValue(getValue(template.globals, 'StateMachine'), 'Type');
    if (isString(g)) u.context.stateMachineType = g.value.toUpperCase();
  }
  const subs = getValue(r.properties, 'DefinitionSubstitutions');
  const names = new Set<string>(u.embedded?.subVariables ?? []);
  if (isObject(subs)) {
    for (const p of subs.properties) names.add(p.key.value);
    u.context.substitutionsNode = subs;
  }
  u.context.substitutions = names;
  // A `Definition` object may use `${Name}` placeholders inside its strings (DefinitionSubstitutions).
  if (u.embedding === 'subtree' && u.root !== undefined) u.placeholders = stringPlaceholders(u.root);
}

/** `${Name}` placeholders inside the string values of a subtree, as host ranges. */
function stringPlaceholders(root: ValueNode): Placeholder[] {
  const out: Placeholder[] = [];
  const stack: ValueNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'object') for (const p of n.properties) {
      if (p.value !== undefined) stack.push(p.value);
    }
    else if (n.type === 'array') for (const i of n.items) stack.push(i);
    else if (n.type === 'string' && n.value.includes('${')) {
      for (const ph of findPlaceholders(n.value)) {
        const r = n.map === undefined ? { offset: n.contentOffset + ph.offset, length: ph.length } : n.map.rangeToHost(ph.offset, ph.length);
        out.push({ ...r, name: ph.name, inString: true, innerOffset: ph.offset });
      }
    }
  }
  return out;
}

/** Walks `path` below `node`; `*` fans out over array items, `{}` over the values of an object. */
function collect(node: ValueNode | undefined, path: readonly string[], i: number, loc: string, found: (n: ValueNode, loc: string) => void): void {
  if (node === undefined) return;
  if (i === path.length) {
    found(node, loc);
    return;
  }
  const seg = path[i];
  if (seg === '*') {
    if (isArray(node)) node.items.forEach((item, idx) => collect(item, path, i + 1, `${loc}[${idx}]`, found));
    return;
  }
  if (seg === '{}') {
    if (isObject(node)) for (const p of node.properties) collect(p.value, path, i + 1, `${loc}.${p.key.value}`, found);
    return;
  }
  collect(getValue(node, seg), path, i + 1, `${loc}.${seg}`, found);
}

/**
 * Units for a value that holds a document: an object (subtree), a string/Fn::Sub/Fn::Join (parsed),
 * or `Fn::If` whose branches hold documents.
 */
export function unitsFor(node: ValueNode | undefined, kind: DocumentKind, location: string, depth = 0): AnalysisUnit[] {
  if (node === undefined || depth > 8) return [];
  const fn = intrinsicName(node);
  if (fn === 'Fn::If') {
    const arg = intrinsicArg(node);
    if (!isArray(arg)) return [];
    return [
      ...unitsFor(arg.items[1], kind, `${location}(if true)`, depth + 1),
      ...unitsFor(arg.items[2], kind, `${location}(if false)`, depth + 1),
    ];
  }
  if (isObject(node) && fn === undefined) {
    return [{ kind, root: node, embedding: 'subtree', hostNode: node, location, parseProblems: [], placeholders: [], context: {} }];
  }
  const emb = embeddedText(node);
  if (emb === undefined) return [];
  if (emb.text.trim() === '') return [];
  const { tree } = parseEmbeddedJson(emb);
  const problems = [...tree.problems];
  for (const c of tree.comments) problems.push({ code: 'comment', message: 'Comments are not allowed in JSON documents sent to AWS.', offset: c.offset, length: c.length });
  return [{
    kind,
    root: tree.root,
    embedding: 'string',
    hostNode: node,
    location,
    parseProblems: problems,
    placeholders: emb.placeholders,
    embedded: emb,
    context: emb.via === 'Fn::Sub' ? { substitutions: new Set(emb.subVariables) } : {},
  }];
}

/** Units embedded in a standalone SQS/SNS attribute file (JSON strings in `Policy`, `RedrivePolicy`, ...). */
export function attributeUnits(kind: DocumentKind, attrs: ObjectNode): AnalysisUnit[] {
  const table = ATTRIBUTE_EMBEDS[kind];
  if (table === undefined) return [];
  const out: AnalysisUnit[] = [];
  for (const p of attrs.properties) {
    const spec = table[p.key.value];
    if (spec === undefined) continue;
    for (const u of unitsFor(p.value, spec.kind, p.key.value)) {
      u.policyType = spec.policyType;
      if (spec.policyResource) u.context.policyResource = spec.policyResource;
      out.push(u);
    }
  }
  return out;
}

/** The attribute map of a standalone attribute file (bare, or the `Attributes` of a CLI input skeleton). */
export function attributeMap(root: ValueNode | undefined): ObjectNode | undefined {
  if (!isObject(root)) return undefined;
  const inner = getValue(root, 'Attributes');
  return isObject(inner) ? inner : root;
}

