// Snippets (snippets/json.json, snippets/yaml.json): contributed for JSON, JSONC and YAML, the same set
// in both formats, well-formed snippet syntax, and, expanded with their default values, documents the
// analyzer accepts without a single finding (standalone, and YAML policies embedded in templates).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { parseKindName } from '../../server/src/core/model/kinds';
import { REPO_ROOT } from '../helpers/fixture';
import { testServices } from '../helpers/services';

interface Snippet { prefix: string; description: string; body: string[] }
type SnippetFile = Record<string, Snippet>;

const read = (f: string): SnippetFile => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'snippets', f), 'utf8')) as SnippetFile;
const JSON_SNIPPETS = read('json.json');
const YAML_SNIPPETS = read('yaml.json');

/**
 * Expands a snippet body as VS Code would with every default accepted: ${n:default} and ${n|a,b|}
 * give their default (first choice), $n and ${n} the value of the same tab stop elsewhere, \$ \} \\
 * are literals. Tabs become two spaces. Throws on malformed syntax or inconsistent tab-stop defaults.
 */
export function expand(body: string[]): string {
  const text = body.join('\n').replace(/\t/g, '  ');
  const defaults = new Map<string, string>();
  let i = 0;
  const parse = (stopAt: string | undefined): string => {
    let out = '';
    while (i < text.length) {
      const c = text[i];
      if (stopAt !== undefined && c === stopAt) return out;
      if (c === '\\' && i + 1 < text.length && '$}\\,|'.includes(text[i + 1])) { out += text[i + 1]; i += 2; continue; }
      if (c !== '$') { out += c; i++; continue; }
      const simple = /^\$(\d+)/.exec(text.slice(i));
      if (simple) { i += simple[0].length; out += `\u0000${simple[1]}\u0000`; continue; }
      const open = /^\$\{(\d+)([:|}])/.exec(text.slice(i));
      if (!open) throw new Error(`unescaped $ at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
      i += open[0].length;
      const n = open[1];
      let value: string;
      if (open[2] === '}') value = `\u0000${n}\u0000`;
      else if (open[2] === ':') {
        value = parse('}');
        if (text[i] !== '}') throw new Error(`unclosed placeholder $${n}`);
        i++;
      } else {
        const end = text.indexOf('|}', i);
        if (end < 0) throw new Error(`unclosed choice $${n}`);
        const choices = text.slice(i, end).split(',');
        value = choices[0];
        i = end + 2;
      }
      if (open[2] !== '}') {
        const before = defaults.get(n);
        if (before !== undefined && before !== value) throw new Error(`tab stop ${n} has two defaults: ${JSON.stringify(before)} and ${JSON.stringify(value)}`);
        defaults.set(n, value);
      }
      out += value;
    }
    if (stopAt !== undefined) throw new Error(`missing ${stopAt}`);
    return out;
  };
  const raw = parse(undefined);
  // eslint-disable-next-line no-control-regex
  return raw.replace(/\u0000(\d+)\u0000/g, (_, n: string) => defaults.get(n) ?? '');
}

/** What each snippet is, and how to make a whole document of it for the analyzer. */
const KIND: Record<string, string> = {
  'iam-identity-policy': 'iam-identity-policy',
  'iam-statement': 'iam-identity-policy',
  'iam-trust-lambda': 'iam-trust-policy',
  'iam-trust-ec2': 'iam-trust-policy',
  'iam-trust-ecs-tasks': 'iam-trust-policy',
  's3-bucket-policy-tls-only': 'iam-resource-policy',
  'sqs-queue-policy-sns': 'iam-resource-policy',
  'scp-deny-list': 'iam-scp',
  'asl-state-machine': 'asl',
  'asl-task-lambda': 'asl',
  'asl-choice': 'asl',
  'asl-wait': 'asl',
  'asl-parallel': 'asl',
  'asl-map': 'asl',
  'asl-pass': 'asl',
  'asl-succeed': 'asl',
  'asl-fail': 'asl',
};

function indent(text: string, by: number): string {
  return text.split('\n').map((l) => (l.length ? ' '.repeat(by) + l : l)).join('\n');
}

/** State names an expanded ASL state snippet refers to (Next, Default). */
function targets(text: string, format: 'json' | 'yaml'): string[] {
  const re = format === 'json' ? /"(?:Next|Default)": "([^"]+)"/g : /(?:Next|Default): (\S+)/g;
  return [...text.matchAll(re)].map((m) => m[1]);
}

/** A whole document for the analyzer from an expanded snippet. */
function document(prefix: string, text: string, format: 'json' | 'yaml'): string {
  if (prefix === 'iam-statement') {
    return format === 'json'
      ? `{\n  "Version": "2012-10-17",\n  "Statement": [\n${indent(text, 4)}\n  ]\n}\n`
      : `Version: '2012-10-17'\nStatement:\n${indent(text, 2)}\n`;
  }
  if (prefix.startsWith('asl-') && prefix !== 'asl-state-machine') {
    const first = format === 'json' ? /^"([^"]+)"/.exec(text)![1] : /^([^:\s]+):/.exec(text)![1];
    const others = [...new Set(targets(text, format))];
    if (format === 'json') {
      const stubs = others.map((n) => `,\n    "${n}": { "Type": "Succeed" }`).join('');
      return `{\n  "StartAt": "${first}",\n  "States": {\n${indent(text, 4)}${stubs}\n  }\n}\n`;
    }
    const stubs = others.map((n) => `\n  ${n}:\n    Type: Succeed`).join('');
    return `StartAt: ${first}\nStates:\n${indent(text, 2)}${stubs}\n`;
  }
  return `${text}\n`;
}

function findings(text: string, uri: string, kind: string | undefined): string[] {
  const kindOverride = kind === undefined ? undefined : parseKindName(kind);
  const r = analyze({ text, uri }, { kindOverride, services: testServices() });
  return r.findings.map((f) => `${f.ruleId} ${f.severity} @${f.offset}: ${f.message}`);
}

describe('snippets', () => {
  it('are contributed for json, jsonc and yaml', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: unknown } };
    assert.deepStrictEqual(manifest.contributes.snippets, [
      { language: 'json', path: './snippets/json.json' },
      { language: 'jsonc', path: './snippets/json.json' },
      { language: 'yaml', path: './snippets/yaml.json' },
    ]);
  });

  it('are the same set, with the same prefixes, in JSON and YAML; each kind is covered', () => {
    const j = Object.entries(JSON_SNIPPETS).map(([name, s]) => [name, s.prefix, s.description]);
    const y = Object.entries(YAML_SNIPPETS).map(([name, s]) => [name, s.prefix, s.description]);
    assert.deepStrictEqual(y, j);
    assert.deepStrictEqual(Object.values(JSON_SNIPPETS).map((s) => s.prefix).sort(), Object.keys(KIND).sort());
  });

  for (const [format, file] of [['json', JSON_SNIPPETS], ['yaml', YAML_SNIPPETS]] as const) {
    describe(`${format}: expanded with defaults, the analyzer accepts them`, () => {
      for (const [name, s] of Object.entries(file)) {
        it(`${s.prefix} (${name})`, () => {
          const text = document(s.prefix, expand(s.body), format);
          if (format === 'json') JSON.parse(text);
          assert.deepStrictEqual(findings(text, `snippet.${format}`, KIND[s.prefix]), [], text);
          // Without the kind forced, content detection recognises it as the same kind of document.
          const detected = analyze({ text, uri: `snippet.${format}` }, { services: testServices() }).doc;
          assert.strictEqual(detected.kind, parseKindName(KIND[s.prefix])!.kind, text);
        });
      }
    });
  }

  describe('yaml policies embedded in CloudFormation templates', () => {
    const resources: Record<string, (doc: string) => string> = {
      'iam-identity-policy': (d) => `  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n${indent(d, 8)}`,
      'iam-trust-lambda': (d) => `  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n${indent(d, 8)}`,
      'iam-trust-ec2': (d) => `  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n${indent(d, 8)}`,
      'iam-trust-ecs-tasks': (d) => `  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n${indent(d, 8)}`,
      's3-bucket-policy-tls-only': (d) => `  BucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: amzn-s3-demo-bucket\n      PolicyDocument:\n${indent(d, 8)}`,
      'sqs-queue-policy-sns': (d) => `  QueuePolicy:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues:\n        - https://sqs.us-east-1.amazonaws.com/111122223333/MyQueue\n      PolicyDocument:\n${indent(d, 8)}`,
    };
    for (const [prefix, wrap] of Object.entries(resources)) {
      it(prefix, () => {
        const s = Object.values(YAML_SNIPPETS).find((x) => x.prefix === prefix)!;
        const text = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${wrap(expand(s.body))}\n`;
        const r = analyze({ text, uri: 'template.yaml' }, { services: testServices() });
        assert.strictEqual(r.doc.kind, 'cfn-template');
        assert.ok(r.doc.units.length >= 2, 'the policy is analysed as an embedded unit');
        assert.deepStrictEqual(r.findings.map((f) => `${f.ruleId} @${f.offset}: ${f.message}`), [], text);
      });
    }
  });

  it('expand() rejects malformed bodies', () => {
    assert.throws(() => expand(['"${1:open"']), /missing \}/);
    assert.throws(() => expand(['"$.path"']), /unescaped \$/);
    assert.throws(() => expand(['${1:a} ${1:b}']), /two defaults/);
    assert.strictEqual(expand(['${1:a}-$1-${2|x,y|}-\\$.p']), 'a-a-x-$.p');
  });
});
