// Completion of policy values: actions (service prefixes, then the service's actions with access level
// and description, and wildcards), Resource ARN templates for the statement's actions, condition
// operators, condition keys (those of the statement's actions, then the global keys), values of typed
// keys, principal forms and service principals, and policy variables inside strings.

import { coveredActions } from '../../iam/actions';
import { KNOWN_REGIONS } from '../../iam/arn';
import type { ActionInfo, Catalog, ConditionKeyInfo } from '../../iam/catalog';
import { BASE_OPERATORS, OperatorFamily, SET_QUALIFIERS, parseOperator } from '../../iam/conditions';
import { PRINCIPAL_KEYS } from '../../iam/principals';
import { KNOWN_VARIABLES, SPECIAL_VARIABLES } from '../../iam/variables';
import type { CompletionItem, CompletionProvider, FeatureContext } from '../types';
import { PolicyPlace, catalogOf, completionPlace, decodedLocation, flavorAt, literalStringsOf, snippetEscape, stringInsert } from './place';

/** Most actions a statement may cover before Resource and key completion stop expanding wildcards. */
const MAX_EXPANDED = 400;

/** A string value as a snippet: quoted (and escaped) for JSON hosts, bare inside quotes and in YAML. */
function snippetString(ctx: FeatureContext, body: string): string {
  if (ctx.location.inString) return body;
  const flavor = flavorAt(ctx);
  if (flavor === 'json') return `"${body}"`;
  if (flavor === 'json-in-string') return `\\\\"${body}\\\\"`;
  return body;
}

/** A key being written, with `body` as the snippet for its value (JSON `"k": v`, YAML `k: v`). */
function keySnippet(ctx: FeatureContext, key: string, jsonValue: string, yamlValue: string): { insertText: string; snippet: boolean } {
  if (ctx.location.inString) return { insertText: snippetEscape(key), snippet: true };
  const flavor = flavorAt(ctx);
  if (flavor === 'json') return { insertText: `"${snippetEscape(key)}": ${jsonValue}`, snippet: true };
  if (flavor === 'json-in-string') return { insertText: snippetEscape(key), snippet: true };
  return { insertText: `${snippetEscape(key)}: ${yamlValue}`, snippet: true };
}

// ---- Actions -----------------------------------------------------------------------------------------

/** The leading verb of an action name (`Get` of `GetObject`), for wildcard groups. */
function verbOf(name: string): string {
  const m = /^[A-Z][a-z]+/.exec(name);
  return m ? m[0] : name;
}

function actionItems(ctx: FeatureContext, catalog: Catalog): CompletionItem[] {
  const prefix = ctx.location.prefix;
  const colon = prefix.indexOf(':');
  if (colon < 0) {
    return catalog.services().map((s) => {
      const text = `${s.prefix}:`;
      const insert = ctx.location.inString || flavorAt(ctx) === 'yaml' ? snippetEscape(text) : snippetString(ctx, `${snippetEscape(text)}$0`);
      return { label: s.prefix, kind: 'module', detail: s.name, documentation: `${s.actionCount} actions.`, insertText: insert, snippet: true, filterText: text, retrigger: true };
    });
  }
  const service = catalog.service(prefix.slice(0, colon));
  if (service === undefined) return [];
  const actions = catalog.actionsOfService(service.prefix);
  const items: CompletionItem[] = actions.map((a) => ({
    label: a.id,
    kind: 'function',
    detail: a.accessLevel,
    documentation: a.description,
    insertText: stringInsert(ctx, a.id),
    sortText: `1${a.name}`,
  }));
  const groups = new Map<string, ActionInfo[]>();
  for (const a of actions) {
    const v = verbOf(a.name);
    const list = groups.get(v);
    if (list) list.push(a);
    else groups.set(v, [a]);
  }
  for (const [verb, list] of groups) {
    if (list.length < 2) continue;
    const id = `${service.prefix}:${verb}*`;
    items.push({ label: id, kind: 'constant', detail: `${list.length} actions`, documentation: `Every ${service.prefix} action whose name starts with ${verb}.`, insertText: stringInsert(ctx, id), sortText: `2${verb}` });
  }
  const all = `${service.prefix}:*`;
  items.push({ label: all, kind: 'constant', detail: `all ${actions.length} actions`, documentation: `Every ${service.name} action, including those AWS adds later. Prefer the actions you need.`, insertText: stringInsert(ctx, all), sortText: '3' });
  return items;
}

// ---- Resources ---------------------------------------------------------------------------------------

/** The actions of the place's statement (wildcards expanded), or undefined when unknown or too many. */
function statementActions(catalog: Catalog, place: PolicyPlace): ActionInfo[] | undefined {
  const texts = literalStringsOf(place.statement?.action?.value);
  if (texts.length === 0 || texts.includes('*')) return undefined;
  const actions = coveredActions(catalog, texts);
  return actions !== undefined && actions.length > 0 && actions.length <= MAX_EXPANDED ? actions : undefined;
}

/** An ARN format as a snippet: `${Partition}` → `${1:aws}`, `${Region}` → a Region, names as placeholders. */
export function arnSnippet(format: string): string {
  let n = 0;
  const defaults: Record<string, string> = { Partition: 'aws', Region: 'us-east-1', Account: '111122223333' };
  let out = '';
  let last = 0;
  const re = /\$\{([^}]*)\}/g;
  for (let m = re.exec(format); m !== null; m = re.exec(format)) {
    out += snippetEscape(format.slice(last, m.index));
    n++;
    out += `\${${n}:${snippetEscape(defaults[m[1]] ?? m[1])}}`;
    last = m.index + m[0].length;
  }
  return out + snippetEscape(format.slice(last));
}

function resourceItems(ctx: FeatureContext, catalog: Catalog, place: PolicyPlace): CompletionItem[] {
  const items: CompletionItem[] = [{ label: '*', kind: 'constant', detail: 'every resource', insertText: stringInsert(ctx, '*'), sortText: '9' }];
  const actions = statementActions(catalog, place);
  if (actions === undefined) return items;
  const seen = new Map<string, { format: string; type: string; actions: string[] }>();
  for (const a of actions) {
    for (const rt of a.resourceTypes) {
      for (const format of rt.resourceType.arnFormats) {
        const e = seen.get(format);
        if (e) e.actions.push(a.name);
        else seen.set(format, { format, type: `${rt.resourceType.service} ${rt.name}`, actions: [a.name] });
      }
    }
  }
  for (const e of seen.values()) {
    items.push({
      label: e.format,
      kind: 'snippet',
      detail: e.type,
      documentation: `ARN of a ${e.type}, for ${e.actions.slice(0, 6).join(', ')}${e.actions.length > 6 ? ', …' : ''}.`,
      insertText: snippetString(ctx, arnSnippet(e.format)),
      snippet: true,
      sortText: `1${String(9999 - e.actions.length).padStart(4, '0')}`,
    });
  }
  return items;
}

// ---- Conditions --------------------------------------------------------------------------------------

function operatorItems(ctx: FeatureContext): CompletionItem[] {
  const items: CompletionItem[] = [];
  const add = (name: string, description: string, family: string, sort: string) => {
    const { insertText, snippet } = keySnippet(ctx, name, '{ "$1": "$2" }', '');
    items.push({ label: name, kind: 'operator', detail: `${family} operator`, documentation: description, insertText, snippet, sortText: sort });
  };
  for (const b of BASE_OPERATORS) {
    add(b.name, b.description, b.family, `1${b.name}`);
    if (b.family !== 'Null') add(`${b.name}IfExists`, `${b.description} Also true when the key is missing.`, b.family, `2${b.name}`);
  }
  for (const q of SET_QUALIFIERS) {
    for (const b of BASE_OPERATORS) {
      if (b.family === 'Null') continue;
      add(`${q}:${b.name}`, `${b.description} For multivalued keys: ${q === 'ForAnyValue' ? 'at least one request value must match' : 'every request value must match (also true when the key is absent)'}.`, b.family, `3${q}${b.name}`);
    }
  }
  return items;
}

const FAMILY_FOR_TYPE: Record<string, OperatorFamily> = { String: 'String', ArrayOfString: 'String', ARN: 'Arn', ArrayOfARN: 'Arn', Bool: 'Bool', ArrayOfBool: 'Bool', Numeric: 'Numeric', Date: 'Date', IPAddress: 'IpAddress' };

/** A key name as a snippet: template placeholders (`${TagKey}`, `<key>`) become tab stops. */
function keyNameSnippet(name: string): string {
  let n = 0;
  return name.replace(/\$\{([^}]*)\}|<([^>]*)>|([$}\\])/g, (m, a: string | undefined, b: string | undefined, esc: string | undefined) => {
    if (esc !== undefined) return `\\${esc}`;
    n++;
    return `\${${n}:${a ?? b}}`;
  });
}

function conditionKeyItems(ctx: FeatureContext, catalog: Catalog, place: PolicyPlace, operator: string): CompletionItem[] {
  const family = parseOperator(operator)?.base.family;
  const keys = new Map<string, { info: ConditionKeyInfo; forStatement: boolean }>();
  const actions = statementActions(catalog, place);
  if (actions !== undefined) {
    for (const a of actions) for (const k of catalog.supportedConditionKeys(a)) {
      const info = catalog.conditionKey(k);
      if (info !== undefined) keys.set(info.name.toLowerCase(), { info, forStatement: true });
    }
  }
  for (const info of catalog.globalConditionKeys()) if (!keys.has(info.name.toLowerCase())) keys.set(info.name.toLowerCase(), { info, forStatement: false });
  const items: CompletionItem[] = [];
  for (const { info, forStatement } of keys.values()) {
    const fits = family === undefined || family === 'Null' || FAMILY_FOR_TYPE[info.type] === family || (family === 'String' && FAMILY_FOR_TYPE[info.type] === 'Arn');
    const name = keyNameSnippet(info.name);
    const value = info.multivalued ? '[ "$0" ]' : '"$0"';
    const inserted = ctx.location.inString ? { insertText: name, snippet: true } : flavorAt(ctx) === 'json' ? { insertText: `"${name}": ${value}`, snippet: true } : flavorAt(ctx) === 'yaml' ? { insertText: `${name}: `, snippet: true } : { insertText: name, snippet: true };
    items.push({
      label: info.name,
      kind: 'field',
      detail: `${info.type}${info.global ? ' · global' : ''}${info.multivalued ? ' · multivalued' : ''}`,
      documentation: info.description,
      ...inserted,
      sortText: `${forStatement ? '1' : '2'}${fits ? '0' : '1'}${info.name.toLowerCase()}`,
    });
  }
  return items;
}

/** Known values of some keys (enums AWS documents). */
const KEY_VALUES: Readonly<Record<string, readonly string[]>> = {
  'aws:principaltype': ['Account', 'User', 'FederatedUser', 'AssumedRole', 'Anonymous'],
  's3:x-amz-server-side-encryption': ['AES256', 'aws:kms', 'aws:kms:dsse'],
  's3:x-amz-acl': ['private', 'public-read', 'public-read-write', 'aws-exec-read', 'authenticated-read', 'bucket-owner-read', 'bucket-owner-full-control', 'log-delivery-write'],
  'dynamodb:select': ['ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT'],
  'dynamodb:returnvalues': ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'],
  's3:x-amz-storage-class': ['STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR', 'EXPRESS_ONEZONE'],
};

function conditionValueItems(ctx: FeatureContext, catalog: Catalog | undefined, operator: string, key: string): CompletionItem[] {
  const op = parseOperator(operator);
  const info = catalog?.conditionKey(key);
  let values: readonly string[] | undefined;
  let detail = key;
  if (op?.base.family === 'Null') {
    values = ['true', 'false'];
    detail = 'true: the key is absent; false: present';
  } else if (op?.base.family === 'Bool' || info?.type === 'Bool' || info?.type === 'ArrayOfBool') {
    values = ['true', 'false'];
  } else if (key.toLowerCase() === 'aws:requestedregion' || key.toLowerCase() === 'ec2:region') {
    values = KNOWN_REGIONS;
  } else {
    values = KEY_VALUES[(info?.name ?? key).toLowerCase()];
  }
  if (values === undefined) return [];
  return values.map((v, i) => ({ label: v, kind: 'value', detail, insertText: stringInsert(ctx, v), sortText: String(i).padStart(3, '0') }));
}

// ---- Principals --------------------------------------------------------------------------------------

/** Service principals of the services policies most often trust (the pattern is `<service>.amazonaws.com`). */
const SERVICE_PRINCIPALS: readonly string[] = [
  'lambda.amazonaws.com', 'ec2.amazonaws.com', 'ecs-tasks.amazonaws.com', 'states.amazonaws.com', 'events.amazonaws.com', 'scheduler.amazonaws.com',
  'pipes.amazonaws.com', 'sns.amazonaws.com', 'sqs.amazonaws.com', 's3.amazonaws.com', 'cloudfront.amazonaws.com', 'logs.amazonaws.com',
  'delivery.logs.amazonaws.com', 'apigateway.amazonaws.com', 'glue.amazonaws.com', 'sagemaker.amazonaws.com', 'codebuild.amazonaws.com',
  'codepipeline.amazonaws.com', 'cloudformation.amazonaws.com', 'elasticmapreduce.amazonaws.com', 'firehose.amazonaws.com', 'kinesis.amazonaws.com',
  'monitoring.amazonaws.com', 'rds.amazonaws.com', 'redshift.amazonaws.com', 'ssm.amazonaws.com', 'backup.amazonaws.com', 'batch.amazonaws.com',
  'datasync.amazonaws.com', 'dms.amazonaws.com', 'eks.amazonaws.com', 'pods.eks.amazonaws.com', 'cloudtrail.amazonaws.com', 'config.amazonaws.com',
  'bedrock.amazonaws.com', 'appsync.amazonaws.com', 'iot.amazonaws.com', 'edgelambda.amazonaws.com', 'secretsmanager.amazonaws.com',
  'rolesanywhere.amazonaws.com', 'elasticloadbalancing.amazonaws.com', 'autoscaling.amazonaws.com', 'dynamodb.amazonaws.com', 'kms.amazonaws.com',
];

const FEDERATED: readonly [string, string][] = [
  ['arn:aws:iam::${1:111122223333}:saml-provider/${2:ProviderName}', 'SAML provider'],
  ['arn:aws:iam::${1:111122223333}:oidc-provider/${2:token.actions.githubusercontent.com}', 'OIDC provider'],
  ['cognito-identity.amazonaws.com', 'Amazon Cognito identity pools'],
  ['accounts.google.com', 'Google'],
  ['graph.facebook.com', 'Facebook'],
  ['www.amazon.com', 'Login with Amazon'],
];

const AWS_PRINCIPALS: readonly [string, string][] = [
  ['arn:aws:iam::${1:111122223333}:root', 'an account (its IAM principals, as its policies allow)'],
  ['arn:aws:iam::${1:111122223333}:role/${2:RoleName}', 'an IAM role'],
  ['arn:aws:iam::${1:111122223333}:user/${2:UserName}', 'an IAM user'],
  ['arn:aws:sts::${1:111122223333}:assumed-role/${2:RoleName}/${3:SessionName}', 'a role session'],
  ['${1:111122223333}', 'an account ID (same as its root ARN)'],
  ['*', 'everyone, including anonymous callers'],
];

function principalValueItems(ctx: FeatureContext, key: string | undefined): CompletionItem[] {
  const literal = (v: string): string => v.replace(/\$\{\d+:([^}]*)\}/g, '$1');
  if (key === undefined) {
    const json = flavorAt(ctx) === 'json' && !ctx.location.inString;
    const forms: [string, string, string][] = [
      ['*', '"*"', 'Everyone, including anonymous callers. Pair it with conditions.'],
      ['{"AWS": ...}', '{ "AWS": "${1:arn:aws:iam::111122223333:root}" }', 'Accounts, IAM roles, users and role sessions.'],
      ['{"Service": ...}', '{ "Service": "${1:lambda.amazonaws.com}" }', 'An AWS service principal.'],
      ['{"Federated": ...}', '{ "Federated": "${1:arn:aws:iam::111122223333:saml-provider/ProviderName}" }', 'A SAML or OIDC identity provider (trust policies).'],
      ['{"CanonicalUser": ...}', '{ "CanonicalUser": "$1" }', 'An S3 canonical user ID.'],
    ];
    if (ctx.location.inString) return [{ label: '*', kind: 'constant', documentation: forms[0][2] }];
    return forms.map(([label, jsonText, doc], i) => ({
      label,
      kind: 'snippet',
      documentation: doc,
      insertText: json ? jsonText : flavorAt(ctx) === 'yaml' ? jsonText.replace(/"([A-Za-z]+)": /g, '$1: ') : label === '*' ? '*' : jsonText,
      snippet: true,
      sortText: String(i),
    }));
  }
  const list: readonly [string, string][] = key === 'Service' ? SERVICE_PRINCIPALS.map((s) => [s, 'service principal']) : key === 'Federated' ? FEDERATED : key === 'AWS' ? AWS_PRINCIPALS : [];
  return list.map(([v, detail], i) => ({ label: literal(v), kind: 'value', detail, insertText: snippetString(ctx, v.includes('${') ? v : snippetEscape(v)), snippet: true, sortText: String(i).padStart(3, '0') }));
}

function principalKeyItems(ctx: FeatureContext): CompletionItem[] {
  return PRINCIPAL_KEYS.map((k, i) => ({ label: k, kind: 'property', ...keySnippet(ctx, k, '"$1"', '$1'), sortText: String(i) }));
}

// ---- Variables ---------------------------------------------------------------------------------------

function variableItems(ctx: FeatureContext, start: number): CompletionItem[] {
  const from = ctx.location.replace.offset + start;
  // An editor that auto-closes braces has already typed the `}`: replace it too.
  const replace = { offset: from, length: ctx.offset - from + (ctx.doc.text[ctx.offset] === '}' ? 1 : 0) };
  const items: CompletionItem[] = [];
  for (const v of KNOWN_VARIABLES) {
    const body = v.name.replace(/\$\{([^}]*)\}/g, (_m, p: string) => `\${1:${p}}`);
    items.push({ label: `\${${v.name}}`, kind: 'variable', documentation: v.description, insertText: `\\\${${body}\\}`, snippet: true, replace });
  }
  for (const v of SPECIAL_VARIABLES) items.push({ label: `\${${v.name}}`, kind: 'variable', documentation: v.description, insertText: `\\\${${snippetEscape(v.name)}\\}`, snippet: true, replace });
  return items;
}

export const policyValueCompletion: CompletionProvider = {
  id: 'iam.values',
  kinds: ['iam-policy'],
  provideCompletions(original) {
    const location = decodedLocation(original);
    const items = valueCompletions({ ...original, location });
    // The host's default range would include a JSON string's escapes; name the decoded one.
    if (location !== original.location) for (const i of items) i.replace ??= location.replace;
    return items;
  },
};

function valueCompletions(ctx: FeatureContext): CompletionItem[] {
  const place = completionPlace(ctx);
  if (place === undefined) return [];
  const loc = ctx.location;
  const catalog = catalogOf(ctx);
  if (loc.position === 'value') {
    const varStart = loc.prefix.lastIndexOf('${');
    if (varStart !== -1 && loc.prefix.indexOf('}', varStart) === -1 && (place.element === 'Resource' || place.element === 'NotResource' || place.element === 'Condition')) return variableItems(ctx, varStart);
    switch (place.element) {
      case 'Action':
      case 'NotAction':
        return catalog !== undefined && place.rest.length === 0 ? actionItems(ctx, catalog) : [];
      case 'Resource':
      case 'NotResource':
        return catalog !== undefined && place.rest.length === 0 ? resourceItems(ctx, catalog, place) : [];
      case 'Principal':
      case 'NotPrincipal':
        if (place.rest.length === 0) return principalValueItems(ctx, undefined);
        return typeof place.rest[0] === 'string' ? principalValueItems(ctx, place.rest[0]) : [];
      case 'Condition':
        return place.rest.length >= 2 && typeof place.rest[0] === 'string' && typeof place.rest[1] === 'string' ? conditionValueItems(ctx, catalog, place.rest[0], place.rest[1]) : [];
      default:
        return [];
    }
  }
  if (loc.position === 'key') {
    if (place.element === 'Condition' && place.rest.length === 0) return operatorItems(ctx);
    if (place.element === 'Condition' && place.rest.length === 1 && typeof place.rest[0] === 'string' && catalog !== undefined) return conditionKeyItems(ctx, catalog, place, place.rest[0]);
    if ((place.element === 'Principal' || place.element === 'NotPrincipal') && place.rest.length === 0) return principalKeyItems(ctx);
  }
  return [];
}
