// The positioned tree: JSON and YAML give the same shape with exact offsets; CloudFormation short tags
// read as long forms; duplicate keys, comments and hostile input are handled without throwing.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { maxNestingDepth, parseJson } from '../../server/src/core/parse/json';
import { computeLineStarts } from '../../server/src/core/text';
import { parseYaml } from '../../server/src/core/parse/yaml';
import { parseText } from '../../server/src/core/parse';
import { getPath, nodeAt, stringRange, toValue, StringNode, ObjectNode } from '../../server/src/core/parse/tree';

function slice(text: string, n: { offset: number; length: number }): string {
  return text.slice(n.offset, n.offset + n.length);
}

describe('parse: JSON', () => {
  it('builds objects, arrays, properties and scalars with exact ranges', () => {
    const text = '{"a": [1, true, null, "x"], "b": {"c": -2.5e1}}';
    const t = parseJson(text);
    assert.deepStrictEqual(t.problems, []);
    assert.deepStrictEqual(toValue(t.root), Object.assign(Object.create(null), { a: [1, true, null, 'x'], b: Object.assign(Object.create(null), { c: -25 }) }));
    const a = (t.root as ObjectNode).properties[0];
    assert.strictEqual(slice(text, a), '"a": [1, true, null, "x"]');
    assert.strictEqual(slice(text, a.key), '"a"');
    assert.strictEqual(slice(text, getPath(t.root, ['a', 3])!), '"x"');
    assert.strictEqual(slice(text, getPath(t.root, ['b'])!), '{"c": -2.5e1}');
    assert.strictEqual((getPath(t.root, ['b', 'c']) as { raw: string }).raw, '-2.5e1');
  });

  it('maps string characters through escapes', () => {
    const text = '{"k": "a\\"b\\u00e9c\\\\d"}';
    const s = getPath(parseJson(text).root, ['k']) as StringNode;
    assert.strictEqual(s.value, 'a"béc\\d');
    assert.strictEqual(slice(text, stringRange(s, 0, 1)), 'a');
    assert.strictEqual(slice(text, stringRange(s, 1, 1)), '\\"');
    assert.strictEqual(slice(text, stringRange(s, 3, 1)), '\\u00e9');
    assert.strictEqual(slice(text, stringRange(s, 4, 1)), 'c');
    assert.strictEqual(slice(text, stringRange(s, 5, 2)), '\\\\d');
  });

  it('keeps going after syntax errors and reports a trailing comma on the comma', () => {
    const text = '{"a": 1,, "b": [1,], "c": }';
    const t = parseJson(text);
    assert.ok(t.problems.length >= 2);
    const trailing = t.problems.find((p) => p.message.startsWith('Trailing comma'))!;
    assert.strictEqual(text[trailing.offset], ',');
    assert.strictEqual(trailing.offset, 17);
    assert.strictEqual(toValue(getPath(t.root, ['b'])) instanceof Array, true);
  });

  it('reports duplicate keys with the first occurrence, and collects comments', () => {
    const text = '{\n  // note\n  "a": 1,\n  "a": 2\n}';
    const t = parseJson(text);
    const dup = t.problems.find((p) => p.code === 'duplicate-key')!;
    assert.strictEqual(slice(text, dup), '"a"');
    assert.strictEqual(dup.offset, text.lastIndexOf('"a"'));
    assert.strictEqual(dup.relatedOffset, text.indexOf('"a"'));
    assert.deepStrictEqual(t.comments.map((c) => c.text), ['note']);
  });

  it('refuses 10,000 nested arrays up front, and is fine with __proto__ keys', () => {
    const deep = parseJson('['.repeat(10000) + ']'.repeat(10000));
    assert.strictEqual(deep.root, undefined);
    assert.match(deep.problems[0].message, /nested 10000 levels/);
    const proto = parseJson('{"__proto__": {"x": 1}, "constructor": 2}');
    const v = toValue(proto.root) as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(v), ['__proto__', 'constructor']);
    assert.strictEqual(({} as Record<string, unknown>).x, undefined);
  });

  it('ignores a byte-order mark without shifting offsets', () => {
    const text = '\ufeff{"a": 1}';
    const t = parseText(text, 'json');
    assert.deepStrictEqual(t.problems, []);
    assert.strictEqual(slice(text, getPath(t.root, ['a'])!), '1');
  });
});

describe('parse: YAML', () => {
  it('gives the same shape as JSON with exact ranges', () => {
    const text = 'a:\n  - 1\n  - true\n  - x y\nb: {c: "q"}\n';
    const t = parseYaml(text);
    assert.deepStrictEqual(t.problems, []);
    assert.strictEqual(slice(text, getPath(t.root, ['a', 2])!), 'x y');
    assert.strictEqual(slice(text, getPath(t.root, ['b', 'c'])!), '"q"');
    assert.strictEqual((getPath(t.root, ['b', 'c']) as StringNode).contentOffset, text.indexOf('q"'));
  });

  it('reads every CloudFormation short tag as its long form, key on the tag', () => {
    const tags = ['Ref', 'GetAtt', 'Sub', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs', 'Equals', 'And', 'Or', 'Not', 'Condition', 'Transform'];
    const text = tags.map((t, i) => `k${i}: !${t} ${t === 'Join' || t === 'If' || t === 'Select' ? '[a, b]' : 'x'}`).join('\n') + '\n';
    const t = parseYaml(text);
    assert.deepStrictEqual(t.problems, []);
    tags.forEach((tag, i) => {
      const v = getPath(t.root, [`k${i}`]) as ObjectNode;
      const longKey = tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
      assert.strictEqual(v.properties[0].key.value, longKey);
      assert.strictEqual(slice(text, v.properties[0].key), `!${tag}`);
      assert.strictEqual(v.shortTag, `!${tag}`);
    });
    const getatt = getPath(parseYaml('A: !GetAtt Queue.Arn\n').root, ['A', 'Fn::GetAtt']) as StringNode;
    assert.strictEqual(getatt.value, 'Queue.Arn');
  });

  it('maps block scalar characters to the host text', () => {
    const text = 'D: !Sub |\n  {\n    "a": "${X}"\n  }\n';
    const s = getPath(parseYaml(text).root, ['D', 'Fn::Sub']) as StringNode;
    assert.strictEqual(s.value, '{\n  "a": "${X}"\n}\n');
    const i = s.value.indexOf('${X}');
    assert.strictEqual(slice(text, stringRange(s, i, 4)), '${X}');
    assert.strictEqual(slice(text, stringRange(s, s.value.indexOf('"a"'), 3)), '"a"');
  });

  it('maps double- and single-quoted scalars with escapes', () => {
    const text = 'a: "x\\"y\\tz"\nb: \'it\'\'s\'\n';
    const root = parseYaml(text).root;
    const a = getPath(root, ['a']) as StringNode;
    assert.strictEqual(a.value, 'x"y\tz');
    assert.strictEqual(slice(text, stringRange(a, 4, 1)), 'z');
    const b = getPath(root, ['b']) as StringNode;
    assert.strictEqual(b.value, "it's");
    assert.strictEqual(slice(text, stringRange(b, 3, 1)), 's');
  });

  it('reports duplicate keys and comments, and survives an alias bomb', () => {
    const t = parseYaml('# top\na: 1 # trailing\na: 2\ns: "#not a comment"\n');
    assert.strictEqual(t.problems.filter((p) => p.code === 'duplicate-key').length, 1);
    assert.deepStrictEqual(t.comments.map((c) => c.text), ['top', 'trailing']);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill('*' + 'abcdefghij'[i - 1]).join(',')}]`);
    const b = parseYaml(bomb.join('\n') + '\n');
    assert.ok(b.problems.some((p) => /alias bomb/.test(p.message)));
  });

  it('resolves plain scalars like the YAML 1.2 core schema', () => {
    const v = toValue(parseYaml('v: 2012-10-17\nn: 10\nb: true\nz: ~\nq: "10"\n').root) as Record<string, unknown>;
    assert.deepStrictEqual({ ...v }, { v: '2012-10-17', n: 10, b: true, z: null, q: '10' });
  });

  it('finds the innermost node at an offset', () => {
    const text = '{"a": {"b": "xyz"}}';
    const n = nodeAt(parseJson(text).root, text.indexOf('yz'));
    assert.strictEqual(n?.type, 'string');
    assert.strictEqual((n as StringNode).value, 'xyz');
  });
});

describe('parse: YAML that CloudFormation accepts but YAML 1.2 does not', () => {
  it('reads a multi-line quoted !Sub whose closing line sits at the key column', () => {
    const text = [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      Policies:',
      '        - PolicyName: p',
      "          PolicyDocument: !Sub '{",
      '              "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${Bucket}/*"}]',
      "          }'",
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '',
    ].join('\n');
    const t = parseYaml(text);
    assert.deepStrictEqual(t.problems, []);
    const sub = getPath(t.root, ['Resources', 'Role', 'Properties', 'Policies', 0, 'PolicyDocument', 'Fn::Sub']) as StringNode;
    assert.strictEqual(sub.value, '{ "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${Bucket}/*"}] }');
    const i = sub.value.indexOf('"Allow"');
    assert.strictEqual(slice(text, stringRange(sub, i, 7)), '"Allow"');
    assert.strictEqual((getPath(t.root, ['Resources', 'Bucket', 'Type']) as StringNode).value, 'AWS::S3::Bucket');
  });

  it('reads a multi-line flow sequence whose items sit at the key column', () => {
    const text = [
      'Statement:',
      '  - Effect: Allow',
      '    Action: s3:GetObject',
      '    Resource: [',
      '    !Sub "arn:aws:s3:::${A}/*",',
      '    "arn:aws:s3:::b/*"',
      '    ]',
      'Version: "2012-10-17"',
      '',
    ].join('\n');
    const t = parseYaml(text);
    assert.deepStrictEqual(t.problems, []);
    const res = getPath(t.root, ['Statement', 0, 'Resource'])!;
    assert.strictEqual(res.type, 'array');
    assert.strictEqual(slice(text, getPath(res, [1])!), '"arn:aws:s3:::b/*"');
    assert.strictEqual((getPath(res, [0, 'Fn::Sub']) as StringNode).value, 'arn:aws:s3:::${A}/*');
    assert.strictEqual((getPath(t.root, ['Version']) as StringNode).value, '2012-10-17');
  });

  it('reads a multi-line flow mapping whose closing brace alone sits left of its key', () => {
    // From a published Step Functions sample: the KeyPolicy's `}` at the column of `Properties`.
    const text = [
      'Resources:',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      '      KeyPolicy: {',
      '        "Statement": [{"Effect": "Allow", "Principal": {"AWS": {"Fn::Join": [":", ["arn:aws:iam:", "Ref" : "AWS::AccountId", "root"]]}}, "Action": "kms:*", "Resource": "*"}]',
      '    }',
      '',
      '  Alias:',
      '    Type: AWS::KMS::Alias',
      '',
    ].join('\n');
    const t = parseYaml(text);
    assert.deepStrictEqual(t.problems, []);
    assert.strictEqual((getPath(t.root, ['Resources', 'Key', 'Properties', 'KeyPolicy', 'Statement', 0, 'Action']) as StringNode).value, 'kms:*');
    assert.strictEqual(slice(text, getPath(t.root, ['Resources', 'Key', 'Properties', 'KeyPolicy'])!).slice(-6), '\n    }');
    assert.strictEqual((getPath(t.root, ['Resources', 'Alias', 'Type']) as StringNode).value, 'AWS::KMS::Alias');
  });

  it('still reports a quote that is never closed', () => {
    const t = parseYaml("a: 'open\nb: 1\n");
    assert.ok(t.problems.some((p) => p.code === 'syntax'));
  });
});

describe('parse: fast scans agree with character-by-character references', () => {
  // The references are the loops these scans replaced (kept here so a faster version can be checked).
  function refLineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    return starts;
  }
  function refDepth(text: string): number {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (c === 92) i++;
        else if (c === 34) inString = false;
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) max = Math.max(max, ++depth);
      else if ((c === 125 || c === 93) && depth > 0) depth--;
    }
    return max;
  }
  const pieces = fc.constantFrom('"', '\\', '{', '}', '[', ']', '\n', '\r', '\r\n', 'a', ' ', ':', ',', '\\"', '\\\\');
  const texts = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''));

  it('computeLineStarts', () => {
    assert.deepStrictEqual(computeLineStarts('a\nb\r\nc\rd\n'), [0, 2, 5, 7, 9]);
    assert.deepStrictEqual(computeLineStarts('a\n\nb'), [0, 2, 3]);
    fc.assert(fc.property(texts, (t) => assert.deepStrictEqual(computeLineStarts(t), refLineStarts(t))), { numRuns: 2000 });
  });

  it('maxNestingDepth (brackets inside strings, escaped quotes and backslashes, unterminated strings)', () => {
    assert.strictEqual(maxNestingDepth('{"a\\"{[": [{}], "b\\\\": [[1]]}'), 3);
    assert.strictEqual(maxNestingDepth('["\\\\\\"]]]", {"x'), 2);
    fc.assert(fc.property(texts, (t) => assert.strictEqual(maxNestingDepth(t), refDepth(t))), { numRuns: 2000 });
  });
});
