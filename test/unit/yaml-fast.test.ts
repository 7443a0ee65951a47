// The hand-written YAML parser against the `yaml`-based path: on every YAML document of the shared
// corpus and on generated templates, the fast path either declines or builds the very same tree
// (types, values, offsets, lengths, offset maps, tags), problems and comments.

import * as assert from 'assert';
import * as fs from 'fs';
import { CFN_SHORT_TAGS, parseYaml } from '../../server/src/core/parse/yaml';
import { parseYamlFast } from '../../server/src/core/parse/yaml-fast';
import { renderYaml } from '../../bench/generate/render';
import { templateValue } from '../../bench/generate/cfn';
import { corpusFiles, requireCorpus } from '../helpers/corpus';
import { describeTree } from '../helpers/tree';

function accepted(text: string): boolean {
  return parseYamlFast(text, { wrapTag: () => ({ type: 'object', offset: 0, length: 0, parent: undefined, properties: [] }), scalarNode: (value, offset, length) => ({ type: 'string', offset, length, parent: undefined, value, contentOffset: offset }), isShortTag: (tag) => Object.prototype.hasOwnProperty.call(CFN_SHORT_TAGS, tag) }, []) !== undefined;
}

describe('hand-written YAML parser (differential against the yaml package)', function () {
  this.timeout(300000);

  it('builds the same tree as the yaml path on every corpus document it accepts', function () {
    requireCorpus(this);
    const files = corpusFiles(/\.(ya?ml|template)$/i).filter((f) => !/\.template$/.test(f) || !fs.readFileSync(f, 'utf8').trimStart().startsWith('{'));
    assert.ok(files.length > 100, `corpus YAML files: ${files.length}`);
    let fast = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      if (!accepted(text)) continue;
      fast++;
      assert.deepStrictEqual(describeTree(parseYaml(text), text), describeTree(parseYaml(text, { slowPath: true }), text), f);
    }
    // Most real templates are in the subset; a collapse of this share means the fast path broke.
    assert.ok(fast > files.length * 0.3, `fast path took ${fast} of ${files.length} corpus files`);
  });

  it('builds the same tree on generated templates (tags, literal blocks, DefinitionString)', () => {
    for (const seed of [1, 2, 3]) {
      const text = renderYaml(templateValue(seed, 12));
      assert.ok(accepted(text), 'generated templates are in the subset');
      assert.deepStrictEqual(describeTree(parseYaml(text), text), describeTree(parseYaml(text, { slowPath: true }), text));
    }
  });

  it('declines what it does not handle, so the yaml path decides', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: >\n  folded\n', 'a: "multi\n  line"\n', '---\na: 1\n---\nb: 2\n', 'a:\n\tb: 1\n', 'a: [1,\n  2]\n', 'a: b: c\n', 'a: !Unknown x\n', 'a: |+\n  x\n\n']) {
      assert.strictEqual(accepted(text), false, JSON.stringify(text));
    }
  });

  it('agrees on small hand-written cases at the edges of the subset', () => {
    const cases = [
      'a: 1\nb:\n  - x   # c\n  - y: 2\n    z: !Ref Foo\nc: |\n  line1\n  line2\n\nd: "q\\n"\ne:\nf: !Sub\n  - "${A}"\n  - {A: !GetAtt B.Arn}\n',
      'a:\n  b: 1\n\n  # comment\n\nc: 2',
      'a:\n  - 1\n  # c\nc:\n  d: x\n  # trailing\n# top\n',
      'a: |-\n  x\n\n  y\n\n\nb: c\n',
      'k:\n- a\n- b\nl: []\nm: {}\nn: ~\no: true\np: 1.5e3\nq: -7\nr: \'it\'\'s\'\ns: "\\u00e9\\x41"\nt: !Ref 123\n',
      '- - a\n  - b\n- c: d\n  e: f\n-\n- !If\n  - Cond\n  - x\n  - y\n',
      'Statement:\n  - Effect: Allow\n    Action: ["s3:GetObject", s3:PutObject]\n    Resource: "*"\n    Condition: {StringEquals: {"aws:SourceVpc": vpc-1}}\n',
      'a: b\na: c\n',
      'x: 0o17\n',
      'key\n',
      'a: # c\nb: 1\n- \n',
      'a:   \nb:\n  -\n  - \n',
    ];
    for (const text of cases) {
      if (!accepted(text)) continue;
      assert.deepStrictEqual(describeTree(parseYaml(text), text), describeTree(parseYaml(text, { slowPath: true }), text), JSON.stringify(text));
    }
    assert.ok(accepted(cases[0]) && accepted(cases[4]) && accepted(cases[5]) && accepted(cases[6]), 'the common forms are in the subset');
  });
});
