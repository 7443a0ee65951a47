// The TextMate injection grammar (syntaxes/awspolicy.injection.tmLanguage.json), tokenized the way
// VS Code 1.100.3 does it: same vscode-textmate and vscode-oniguruma versions, same JSON/JSONC/YAML
// base grammars (vendored in test/fixtures/grammars/vscode-1.100.3; the e2e suite checks they still
// equal the running VS Code's), and the injection wired as package.json contributes it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { REPO_ROOT } from '../../helpers/fixture';

const BASE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'grammars', 'vscode-1.100.3');
const BASE: Record<string, string> = {
  'source.json': 'JSON.tmLanguage.json',
  'source.json.comments': 'JSONC.tmLanguage.json',
  'source.yaml': 'yaml.tmLanguage.json',
  'source.yaml.1.0': 'yaml-1.0.tmLanguage.json',
  'source.yaml.1.1': 'yaml-1.1.tmLanguage.json',
  'source.yaml.1.2': 'yaml-1.2.tmLanguage.json',
  'source.yaml.1.3': 'yaml-1.3.tmLanguage.json',
  'source.yaml.embedded': 'yaml-embedded.tmLanguage.json',
};

interface GrammarContribution { scopeName: string; path: string; injectTo?: string[]; language?: string }
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { grammars?: GrammarContribution[] } };
const injections = (manifest.contributes.grammars ?? []).filter((g) => g.injectTo !== undefined);

let registry: textmate.Registry;

async function setup(): Promise<void> {
  if (registry) return;
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const own = injections.find((g) => g.scopeName === scopeName);
      const file = own ? path.join(REPO_ROOT, own.path) : BASE[scopeName] ? path.join(BASE_DIR, BASE[scopeName]) : undefined;
      return file === undefined ? null : textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
    getInjections: (scopeName: string) => injections.filter((g) => g.injectTo!.includes(scopeName)).map((g) => g.scopeName),
  });
}

interface Token { line: number; start: number; text: string; scopes: string[] }

async function tokenize(scopeName: string, text: string): Promise<{ lines: string[]; tokens: Token[] }> {
  await setup();
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  const lines = text.split('\n');
  const tokens: Token[] = [];
  let state = textmate.INITIAL;
  lines.forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    for (const t of r.tokens) tokens.push({ line: i, start: t.startIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
  });
  return { lines, tokens };
}

/** The tokens covering the n-th occurrence of `needle` in the document (all of its characters). */
function covering(doc: { lines: string[]; tokens: Token[] }, needle: string, nth = 0): Token[] {
  let seen = 0;
  for (let line = 0; line < doc.lines.length; line++) {
    let at = doc.lines[line].indexOf(needle);
    while (at >= 0) {
      if (seen++ === nth) {
        const end = at + needle.length;
        return doc.tokens.filter((t) => t.line === line && t.start < end && t.start + t.text.length > at);
      }
      at = doc.lines[line].indexOf(needle, at + 1);
    }
  }
  throw new Error(`occurrence ${nth} of ${JSON.stringify(needle)} not found`);
}

/** `needle` is exactly one token carrying `scope`. */
function expectToken(doc: { lines: string[]; tokens: Token[] }, needle: string, scope: string, nth = 0): void {
  const ts = covering(doc, needle, nth);
  assert.deepStrictEqual(ts.map((t) => t.text), [needle], `${JSON.stringify(needle)} is one token (got ${JSON.stringify(ts.map((t) => t.text))})`);
  assert.ok(ts[0].scopes.includes(scope), `${JSON.stringify(needle)} has ${scope}; scopes: ${ts[0].scopes.join(' ')}`);
}

/** No character of `needle` carries any scope of the injection. */
function expectUntouched(doc: { lines: string[]; tokens: Token[] }, needle: string, nth = 0): void {
  for (const t of covering(doc, needle, nth)) {
    const ours = t.scopes.filter((s) => s.endsWith('.awspolicy'));
    assert.deepStrictEqual(ours, [], `${JSON.stringify(needle)} (token ${JSON.stringify(t.text)}) carries no awspolicy scope`);
  }
}

describe('TextMate injection grammar', () => {
  it('is contributed for JSON, JSON with comments and YAML', () => {
    assert.deepStrictEqual(injections, [{
      scopeName: 'awspolicy.injection',
      path: './syntaxes/awspolicy.injection.tmLanguage.json',
      injectTo: ['source.json', 'source.json.comments', 'source.yaml'],
    }]);
  });

  describe('JSON', () => {
    const policy = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [{',
      '    "Effect": "Allow",',
      '    "Action": ["s3:GetObject", "ec2:Describe*", "sts:AssumeRole"],',
      '    "Resource": ["arn:aws:s3:::home-${aws:username}/*", "arn:aws:lambda:us-east-1:123456789012:function:my-fn"],',
      '    "Condition": {',
      '      "StringLike": { "s3:prefix": ["${aws:PrincipalTag/team, \'none\'}/*", "${*}"] },',
      '      "Bool": { "aws:SecureTransport": "false" }',
      '    }',
      '  }],',
      '  "Url": "https://example.com/a:b", "Type": "AWS::IAM::Role", "Time": "12:30"',
      '}',
    ].join('\n');

    it('highlights IAM actions as service + action name, with wildcards', async () => {
      const doc = await tokenize('source.json', policy);
      expectToken(doc, 's3', 'entity.name.namespace.service.awspolicy');
      expectToken(doc, 'GetObject', 'entity.name.function.action.awspolicy');
      expectToken(doc, 'Describe', 'entity.name.function.action.awspolicy');
      expectToken(doc, '*', 'keyword.operator.wildcard.awspolicy');
      expectToken(doc, 'AssumeRole', 'entity.name.function.action.awspolicy');
    });

    it('highlights ARNs part by part, with policy variables inside', async () => {
      const doc = await tokenize('source.json', policy);
      expectToken(doc, 'arn', 'storage.type.arn.awspolicy');
      expectToken(doc, 'aws', 'support.constant.partition.awspolicy');
      expectToken(doc, 'home-', 'meta.arn.resource.awspolicy');
      expectToken(doc, '${', 'punctuation.definition.variable.begin.awspolicy');
      expectToken(doc, 'aws:username', 'variable.other.policy-variable.awspolicy');
      expectToken(doc, 'lambda', 'support.type.service.awspolicy');
      expectToken(doc, 'us-east-1', 'constant.other.region.awspolicy');
      expectToken(doc, '123456789012', 'constant.numeric.account.awspolicy');
      expectToken(doc, 'function:my-fn', 'meta.arn.resource.awspolicy');
      // The variable inside the ARN is not read as an action (aws:username).
      for (const t of covering(doc, 'aws:username')) assert.ok(!t.scopes.includes('meta.iam-action.awspolicy'));
    });

    it('highlights policy variables with defaults and the ${*} escape', async () => {
      const doc = await tokenize('source.json', policy);
      expectToken(doc, 'aws:PrincipalTag/team', 'variable.other.policy-variable.awspolicy');
      expectToken(doc, "'none'", 'string.quoted.single.default-value.awspolicy');
      expectToken(doc, '${*}', 'constant.character.escape.policy-variable.awspolicy');
    });

    it('leaves keys, URLs, resource types, versions and times alone', async () => {
      const doc = await tokenize('source.json', policy);
      expectUntouched(doc, 's3:prefix');
      expectUntouched(doc, 'aws:SecureTransport');
      expectUntouched(doc, 'https://example.com/a:b');
      expectUntouched(doc, 'AWS::IAM::Role');
      expectUntouched(doc, '2012-10-17');
      expectUntouched(doc, '12:30');
      expectUntouched(doc, 'Allow');
    });

    const asl = [
      '{',
      '  "StartAt": "Greet",',
      '  "States": {',
      '    "Greet": {',
      '      "Type": "Task",',
      '      "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",',
      '      "InputPath": "$.detail.items[0]",',
      '      "Parameters": {',
      '        "Root.$": "$",',
      '        "Ctx.$": "$$.Execution.Id",',
      '        "Msg.$": "States.Format(\'Hello {}, it\\\\\'s {}\', $.name, States.UUID())",',
      '        "Broken.$": "States.Format(\'x\', $.a",',
      '        "After": "plain"',
      '      },',
      '      "Output": "{% $states.input.total + $fee %}",',
      '      "End": true',
      '    }',
      '  }',
      '}',
    ].join('\n');

    it('highlights Step Functions JSONPath ($, $.a[0], $$.Execution.Id)', async () => {
      const doc = await tokenize('source.json', asl);
      expectToken(doc, '.detail.items[0]', 'variable.other.jsonpath.awspolicy');
      expectToken(doc, '$', 'variable.language.jsonpath.root.awspolicy', 0);
      expectToken(doc, '$$', 'variable.language.jsonpath.root.awspolicy');
      expectToken(doc, '.Execution.Id', 'variable.other.jsonpath.awspolicy');
      expectUntouched(doc, 'Root.$'); // a key
    });

    it('highlights intrinsic functions, nested, with their arguments', async () => {
      const doc = await tokenize('source.json', asl);
      expectToken(doc, 'Format', 'support.function.intrinsic.awspolicy');
      expectToken(doc, '{}', 'constant.other.placeholder.awspolicy');
      expectToken(doc, "\\\\'", 'constant.character.escape.intrinsic.awspolicy');
      expectToken(doc, '.name', 'variable.other.jsonpath.awspolicy');
      expectToken(doc, 'UUID', 'support.function.intrinsic.awspolicy');
      const uuid = covering(doc, 'UUID')[0];
      assert.strictEqual(uuid.scopes.filter((s) => s === 'meta.intrinsic.awspolicy').length, 2, 'States.UUID() is nested in States.Format(...)');
    });

    it('stops an unbalanced intrinsic at the closing quote: the rest of the document is unaffected', async () => {
      const doc = await tokenize('source.json', asl);
      const line = doc.lines.findIndex((l) => l.includes('"Broken.$"'));
      const closing = doc.tokens.filter((t) => t.line === line && t.text === '"').pop()!;
      assert.ok(closing.scopes.includes('punctuation.definition.string.end.json'), closing.scopes.join(' '));
      assert.ok(!closing.scopes.includes('meta.intrinsic.awspolicy'));
      const after = covering(doc, 'After')[0];
      assert.ok(after.scopes.includes('support.type.property-name.json'), after.scopes.join(' '));
      assert.ok(!after.scopes.some((s) => s.endsWith('.awspolicy')), after.scopes.join(' '));
    });

    it('highlights ARNs in ASL Resource and JSONata expressions', async () => {
      const doc = await tokenize('source.json', asl);
      expectToken(doc, 'states', 'support.type.service.awspolicy');
      expectToken(doc, 'lambda:invoke.waitForTaskToken', 'meta.arn.resource.awspolicy');
      expectToken(doc, '{%', 'punctuation.section.embedded.begin.jsonata.awspolicy');
      expectToken(doc, '$states', 'variable.language.jsonata.states.awspolicy');
      expectToken(doc, '$fee', 'variable.other.jsonata.awspolicy');
    });

    it('works in JSON with comments too', async () => {
      const doc = await tokenize('source.json.comments', '{\n  // an SCP\n  "Action": "organizations:LeaveOrganization"\n}');
      expectToken(doc, 'organizations', 'entity.name.namespace.service.awspolicy');
      expectToken(doc, 'LeaveOrganization', 'entity.name.function.action.awspolicy');
    });
  });

  describe('YAML', () => {
    const template = [
      'Resources:',
      '  Policy:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Action: s3:GetObject',
      '            NotAction: [s3:DeleteObject, "s3:Put*"]',
      "            Resource: 'arn:aws:s3:::reports/*'",
      '            Condition:',
      '              StringEquals:',
      '                aws:SourceAccount: !Ref AWS::AccountId',
      '          - Effect: Deny',
      '            Action: sqs:SendMessage',
      '            Resource: !Sub arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}-${!Literal}',
      '  Machine:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      DefinitionString: !Sub |',
      '        {',
      '          "StartAt": "A",',
      '          "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "InputPath": "$.body", "End": true } }',
      '        }',
      '      Definition:',
      '        StartAt: B',
      '        States:',
      '          B: { Type: Pass, OutputPath: $.result, End: true }',
    ].join('\n');

    it('highlights actions in plain, flow and quoted scalars', async () => {
      const doc = await tokenize('source.yaml', template);
      expectToken(doc, 'GetObject', 'entity.name.function.action.awspolicy');
      expectToken(doc, 'DeleteObject', 'entity.name.function.action.awspolicy');
      expectToken(doc, 'Put', 'entity.name.function.action.awspolicy');
      expectToken(doc, 'SendMessage', 'entity.name.function.action.awspolicy');
    });

    it('highlights ARNs with CloudFormation substitutions, and the ${!Literal} escape', async () => {
      const doc = await tokenize('source.yaml', template);
      expectToken(doc, 'reports/', 'meta.arn.resource.awspolicy');
      expectToken(doc, 'AWS::Partition', 'variable.other.policy-variable.awspolicy');
      expectToken(doc, 'AWS::Region', 'variable.other.policy-variable.awspolicy');
      expectToken(doc, 'QueueName', 'variable.other.policy-variable.awspolicy');
      expectToken(doc, '${!Literal}', 'constant.character.escape.sub.awspolicy');
    });

    it('highlights JSON inside a block scalar (DefinitionString) and JSONPath in YAML state machines', async () => {
      const doc = await tokenize('source.yaml', template);
      expectToken(doc, 'sqs:sendMessage', 'meta.arn.resource.awspolicy');
      expectToken(doc, '.body', 'variable.other.jsonpath.awspolicy');
      expectToken(doc, '.result', 'variable.other.jsonpath.awspolicy');
    });

    it('leaves keys and resource types alone', async () => {
      const doc = await tokenize('source.yaml', template);
      expectUntouched(doc, 'aws:SourceAccount');
      expectUntouched(doc, 'AWS::IAM::ManagedPolicy');
      expectUntouched(doc, 'AWS::AccountId', 0);
    });
  });
});
