// The Lambda function settings of a template as the range rules read them: each `AWS::Lambda::Function`
// and `AWS::Serverless::Function` `Properties`, plus SAM `Globals.Function` (checked once, where written).

import type { TemplateModel, TemplateResource } from '../model/template';
import { ObjectNode, getValue, isObject } from '../parse/tree';
import { FUNCTION_TYPES } from './resources';

export interface FunctionSettings {
  /** The function, or undefined for SAM `Globals.Function`. */
  resource?: TemplateResource;
  props: ObjectNode;
  label: string;
}

export function functionSettings(t: TemplateModel): FunctionSettings[] {
  const out: FunctionSettings[] = [];
  const g = getValue(t.globals, 'Function');
  if (isObject(g)) out.push({ props: g, label: 'Globals.Function' });
  for (const r of t.resources.values()) {
    if (FUNCTION_TYPES.includes(r.type) && r.properties !== undefined) out.push({ resource: r, props: r.properties, label: `function '${r.name}'` });
  }
  return out;
}
