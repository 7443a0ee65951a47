// Go to definition, find references and rename of state names, in standalone JSON and YAML and in a
// template's DefinitionString (JSON inside a JSON string), with `$0` marking the cursor.

import * as assert from 'assert';
import { model } from '../../../server/src/core/analyze';
import { applyEdits } from '../../../server/src/core/features';
import { aslDefinition, aslPrepareRename, aslReferences, aslRename } from '../../../server/src/core/features/asl/navigation';

function at(text: string, uri: string): { doc: ReturnType<typeof model>; offset: number } {
  const offset = text.indexOf('$0');
  assert.ok(offset >= 0, 'no $0 cursor');
  return { doc: model({ text: text.replace('$0', ''), uri }), offset };
}

const JSON_MACHINE = `{
  "StartAt": "Check",
  "States": {
    "Check": { "Type": "Choice", "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Do$0ne" }], "Default": "Retry" },
    "Retry": { "Type": "Pass", "Next": "Check" },
    "Done": { "Type": "Succeed" }
  }
}
`;

describe('ASL navigation', () => {
  it('goes from a Choice rule Next to the state', () => {
    const { doc, offset } = at(JSON_MACHINE, 'm.asl.json');
    const [r] = aslDefinition(doc, offset);
    assert.strictEqual(doc.text.substr(r.offset, r.length), '"Done"');
    assert.strictEqual(doc.text.lastIndexOf('"Done"'), r.offset);
  });

  it('finds every reference to a state, with or without its declaration', () => {
    const text = JSON_MACHINE.replace('Do$0ne', 'Done').replace('"Check": {', '"Ch$0eck": {');
    const { doc, offset } = at(text, 'm.asl.json');
    const refs = aslReferences(doc, offset, true).map((r) => doc.text.slice(0, r.offset).split('\n').length);
    assert.deepStrictEqual(refs, [2, 4, 5]);
    assert.strictEqual(aslReferences(doc, offset, false).length, 2);
  });

  it('renames a state and its references in JSON', () => {
    const { doc, offset } = at(JSON_MACHINE, 'm.asl.json');
    assert.deepStrictEqual(aslPrepareRename(doc, offset) && doc.text.substr(aslPrepareRename(doc, offset)!.range.offset, 4), 'Done');
    const r = aslRename(doc, offset, 'All "done"');
    assert.ok(r && 'edits' in r);
    const out = applyEdits(doc.text, r.edits);
    assert.ok(out.includes('"Next": "All \\"done\\"" }'));
    assert.ok(out.includes('"All \\"done\\"": { "Type": "Succeed" }'));
    assert.deepStrictEqual(JSON.parse(out).States['All "done"'], { Type: 'Succeed' });
  });

  it('refuses a name that is taken or too long', () => {
    const { doc, offset } = at(JSON_MACHINE, 'm.asl.json');
    assert.deepStrictEqual(aslRename(doc, offset, 'Retry'), { error: "A state named 'Retry' already exists." });
    assert.ok('error' in aslRename(doc, offset, 'x'.repeat(81))!);
  });

  it('renames in YAML, quoting the name only when a plain scalar cannot hold it', () => {
    const text = 'StartAt: First\nStates:\n  First:\n    Type: Pass\n    Next: Sec$0ond\n  Second:\n    Type: Succeed\n';
    const { doc, offset } = at(text, 'm.asl.yaml');
    const plain = aslRename(doc, offset, 'Final step');
    assert.ok(plain && 'edits' in plain);
    assert.strictEqual(applyEdits(doc.text, plain.edits), 'StartAt: First\nStates:\n  First:\n    Type: Pass\n    Next: Final step\n  Final step:\n    Type: Succeed\n');
    const quoted = aslRename(doc, offset, 'Done: ok');
    assert.ok(quoted && 'edits' in quoted);
    assert.strictEqual(applyEdits(doc.text, quoted.edits), 'StartAt: First\nStates:\n  First:\n    Type: Pass\n    Next: "Done: ok"\n  "Done: ok":\n    Type: Succeed\n');
  });

  it('renames inside a DefinitionString, escaping for the host string, and only within its scope', () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Parallel', Next: 'B', Branches: [{ StartAt: 'B', States: { B: { Type: 'Succeed' } } }] }, B: { Type: 'Succeed' } } };
    const tmpl = { Resources: { M: { Type: 'AWS::StepFunctions::StateMachine', Properties: { DefinitionString: JSON.stringify(def) } } } };
    const text = JSON.stringify(tmpl, null, 2).replace('\\"Next\\":\\"B\\"', '\\"Next\\":\\"$0B\\"');
    const { doc, offset } = at(text, 'template.json');
    const [d] = aslDefinition(doc, offset);
    // The outer B (root scope), not the branch's B.
    assert.strictEqual(d.offset, doc.text.lastIndexOf('\\"B\\"'));
    const r = aslRename(doc, offset, 'Say "hi"');
    assert.ok(r && 'edits' in r);
    const out = JSON.parse(JSON.parse(applyEdits(doc.text, r.edits)).Resources.M.Properties.DefinitionString);
    assert.deepStrictEqual(Object.keys(out.States), ['A', 'Say "hi"']);
    assert.strictEqual(out.States.A.Next, 'Say "hi"');
    assert.deepStrictEqual(Object.keys(out.States.A.Branches[0].States), ['B']);
  });

  it('renames in a YAML template Definition with substitutions', () => {
    const text = [
      'Resources:',
      '  M:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      DefinitionSubstitutions:',
      '        Fn: arn:aws:lambda:us-east-1:123456789012:function:f',
      '      Definition:',
      '        StartAt: Ca$0ll',
      '        States:',
      '          Call:',
      '            Type: Task',
      '            Resource: ${Fn}',
      '            Catch:',
      '              - ErrorEquals: [States.ALL]',
      '                Next: Call',
      '            End: true',
      '',
    ].join('\n');
    const { doc, offset } = at(text, 'template.yaml');
    const r = aslRename(doc, offset, 'Invoke');
    assert.ok(r && 'edits' in r);
    assert.strictEqual(r.edits.length, 3);
    const out = applyEdits(doc.text, r.edits);
    assert.ok(out.includes('StartAt: Invoke\n        States:\n          Invoke:\n'));
    assert.ok(out.includes('Next: Invoke\n'));
  });
});
