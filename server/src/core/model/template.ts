// The CloudFormation/SAM template model: resources, parameters, conditions and SAM globals, indexed
// once per document version. Cross-resource rules (CFN*) and the embedded-document extractor read it.

import { ObjectNode, StringNode, ValueNode, getProperty, getValue, isObject, asList } from '../parse/tree';

export interface TemplateResource {
  /** Logical id. */
  name: string;
  /** The key node of the logical id (where "resource X" diagnostics point). */
  keyNode: StringNode;
  /** `Type` as written (`AWS::SQS::Queue`), or '' when missing or not a string. */
  type: string;
  typeNode: ValueNode | undefined;
  node: ObjectNode;
  properties: ObjectNode | undefined;
}

export interface TemplateParameter {
  name: string;
  keyNode: StringNode;
  node: ObjectNode;
  type: string;
  /** The Default value node, when there is one. */
  defaultValue: ValueNode | undefined;
}

export interface TemplateModel {
  root: ObjectNode;
  isSam: boolean;
  resources: Map<string, TemplateResource>;
  parameters: Map<string, TemplateParameter>;
  conditions: Set<string>;
  /** SAM `Globals` section, if any. */
  globals: ObjectNode | undefined;
}

export const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix',
]);

export function buildTemplate(root: ObjectNode): TemplateModel {
  const resources = new Map<string, TemplateResource>();
  const res = getValue(root, 'Resources');
  if (isObject(res)) {
    for (const p of res.properties) {
      if (!isObject(p.value)) continue;
      const typeNode = getValue(p.value, 'Type');
      const props = getValue(p.value, 'Properties');
      resources.set(p.key.value, {
        name: p.key.value,
        keyNode: p.key,
        type: typeNode?.type === 'string' ? typeNode.value : '',
        typeNode,
        node: p.value,
        properties: isObject(props) ? props : undefined,
      });
    }
  }
  const parameters = new Map<string, TemplateParameter>();
  const params = getValue(root, 'Parameters');
  if (isObject(params)) {
    for (const p of params.properties) {
      if (!isObject(p.value)) continue;
      const t = getValue(p.value, 'Type');
      parameters.set(p.key.value, {
        name: p.key.value,
        keyNode: p.key,
        node: p.value,
        type: t?.type === 'string' ? t.value : '',
        defaultValue: getValue(p.value, 'Default'),
      });
    }
  }
  const conditions = new Set<string>();
  const conds = getValue(root, 'Conditions');
  if (isObject(conds)) for (const p of conds.properties) conditions.add(p.key.value);
  const transform = getValue(root, 'Transform');
  const isSam = asList(transform).some((t) => t.type === 'string' && t.value.startsWith('AWS::Serverless'));
  const globals = getValue(root, 'Globals');
  return { root, isSam, resources, parameters, conditions, globals: isObject(globals) ? globals : undefined };
}

const INTRINSICS = new Set([
  'Ref', 'Condition', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::If', 'Fn::Select', 'Fn::Split', 'Fn::FindInMap',
  'Fn::ImportValue', 'Fn::Base64', 'Fn::Cidr', 'Fn::GetAZs', 'Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not',
  'Fn::Transform', 'Fn::ToJsonString', 'Fn::Length', 'Fn::ForEach', 'Fn::GetParam', 'Fn::GetStackOutput',
]);

/** The intrinsic function a node is (`{"Ref": X}` → 'Ref'), or undefined for plain values. */
export function intrinsicName(node: ValueNode | undefined): string | undefined {
  if (!isObject(node) || node.properties.length !== 1) return undefined;
  const k = node.properties[0].key.value;
  return INTRINSICS.has(k) ? k : undefined;
}

/** The argument node of an intrinsic (`{"Fn::Sub": ARG}`). */
export function intrinsicArg(node: ValueNode | undefined): ValueNode | undefined {
  return isObject(node) && node.properties.length === 1 ? node.properties[0].value : undefined;
}

/** A resource property value, following `getProperty` semantics on the resource's Properties. */
export function resourceProp(r: TemplateResource, key: string): ValueNode | undefined {
  return getProperty(r.properties, key)?.value;
}
