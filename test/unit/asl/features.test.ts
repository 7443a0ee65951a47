// Hovers, completions and symbols in state machines (standalone and embedded), `$0` marking the cursor.

import * as assert from 'assert';
import { model } from '../../../server/src/core/analyze';
import { getCompletions, getHover, getSymbols } from '../../../server/src/core/features';

function ctx(text: string, uri = 'm.asl.json') {
  const offset = text.indexOf('$0');
  assert.ok(offset >= 0, 'no $0 cursor');
  return { doc: model({ text: text.replace('$0', ''), uri }), offset };
}

const M = (states: string, extra = '') => `{\n  ${extra}"StartAt": "A",\n  "States": {\n${states}\n  }\n}\n`;

describe('ASL hovers', () => {
  it('describes a state type with the study notes and AWS today', () => {
    const { doc, offset } = ctx(M('    "A": { "Type": "Succ$0eed" }'));
    const h = getHover(doc, offset)!;
    assert.ok(h.contents.startsWith('**Succeed state**'));
    assert.ok(h.contents.includes('success - end or move on'));
    assert.ok(h.contents.includes('`Success` is not a valid type'));
    assert.strictEqual(doc.text.substr(h.offset, h.length), '"Succeed"');
  });

  it('shows the target of a transition: type and comment', () => {
    const { doc, offset } = ctx(M('    "A": { "Type": "Pass", "Next": "$0B" },\n    "B": { "Type": "Wait", "Comment": "Cool down", "Seconds": 5, "End": true }'));
    const h = getHover(doc, offset)!;
    assert.ok(h.contents.startsWith('**B**: Wait state'));
    assert.ok(h.contents.includes('Cool down'));
  });

  it('gives the quotas on the machine root, with the Express duration from the template', () => {
    const text = 'Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      StateMachineType: EXPRESS\n      Definition:\n        Start$0At: A\n        States:\n          A:\n            Type: Succeed\n';
    const { doc, offset } = ctx(text, 'template.yaml');
    const h = getHover(doc, offset)!;
    assert.ok(h.contents.includes('Workflow type: **Express**'));
    assert.ok(h.contents.includes('Standard workflows: 1 year. Express workflows: 5 minutes.'));
    assert.ok(h.contents.includes('262,144 bytes (256 KiB)'));
  });

  it('explains predefined errors and intrinsic functions', () => {
    const e = ctx(M('    "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{ "ErrorEquals": ["States.Time$0out"] }], "End": true }'));
    assert.ok(getHover(e.doc, e.offset)!.contents.startsWith('**States.Timeout** (predefined error)'));
    const f = ctx(M('    "A": { "Type": "Pass", "Parameters": { "x.$": "States.Format(\'{}\', States.Array$0Length($.l))" }, "End": true }'));
    const h = getHover(f.doc, f.offset)!;
    assert.ok(h.contents.startsWith('`States.ArrayLength(array)`'));
    assert.strictEqual(f.doc.text.substr(h.offset, h.length), 'States.ArrayLength');
  });

  it('explains the integration pattern of a Resource', () => {
    const { doc, offset } = ctx(M('    "A": { "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitFor$0TaskToken", "End": true }'));
    const h = getHover(doc, offset)!;
    assert.ok(h.contents.includes('Wait for callback'));
    assert.ok(h.contents.includes('Express workflows support neither'));
  });
});

describe('ASL completions', () => {
  const labels = (text: string, uri?: string) => {
    const { doc, offset } = ctx(text, uri);
    return getCompletions(doc, offset).map((c) => c.label);
  };

  it('offers the state names of the same scope for Next', () => {
    assert.deepStrictEqual(labels(M('    "A": { "Type": "Pass", "Next": "$0" },\n    "B": { "Type": "Succeed" },\n    "C": { "Type": "Succeed" }')), ['B', 'C']);
  });

  it('offers the state types', () => {
    assert.deepStrictEqual(labels(M('    "A": { "Type": "$0" }')), ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);
  });

  it('offers the fields of the state type in its query language', () => {
    const jsonPath = labels(M('    "A": { "Type": "Wait", $0 }'));
    assert.ok(jsonPath.includes('SecondsPath') && jsonPath.includes('Seconds') && !jsonPath.includes('Output') && !jsonPath.includes('Type'));
    const jsonata = labels(M('    "A": { "Type": "Wait", $0 }', '"QueryLanguage": "JSONata",\n  '));
    assert.ok(jsonata.includes('Output') && jsonata.includes('Seconds') && !jsonata.includes('SecondsPath') && !jsonata.includes('InputPath'));
  });

  it('offers predefined errors in ErrorEquals and intrinsic functions in .$ values', () => {
    const errors = labels(M('    "A": { "Type": "Task", "Resource": "x:y", "Retry": [{ "ErrorEquals": ["$0"] }], "End": true }'));
    assert.ok(errors.includes('States.ALL') && errors.includes('States.TaskFailed'));
    const fns = labels(M('    "A": { "Type": "Pass", "Parameters": { "id.$": "$0" }, "End": true }'));
    assert.ok(fns.includes('States.UUID') && fns.includes('States.Format'));
  });

  it('offers comparison operators in a Choice rule and state names in YAML templates', () => {
    const ops = labels(M('    "A": { "Type": "Choice", "Choices": [{ "Variable": "$.x", $0 }] }'));
    assert.ok(ops.includes('StringEquals') && ops.includes('IsPresent') && ops.includes('Next'));
    const yaml = 'Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition:\n        StartAt: A\n        States:\n          A:\n            Type: Pass\n            Next: $0\n          Last:\n            Type: Succeed\n';
    assert.deepStrictEqual(labels(yaml, 'template.yaml'), ['Last']);
  });
});

describe('ASL symbols', () => {
  it('nests branch and processor states under their Parallel or Map state', () => {
    const text = M('    "A": { "Type": "Parallel", "Next": "M", "Branches": [{ "StartAt": "B1", "States": { "B1": { "Type": "Succeed" } } }] },\n    "M": { "Type": "Map", "End": true, "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Pass", "End": true } } } }');
    const syms = getSymbols(model({ text, uri: 'm.asl.json' }));
    const shape = (s: { name: string; detail?: string; children?: unknown[] }): unknown => ({ name: s.name, detail: s.detail, children: (s.children as typeof s[] | undefined)?.map(shape) });
    assert.deepStrictEqual(syms.map(shape), [
      { name: 'A', detail: 'Parallel', children: [{ name: 'Branch 1', detail: 'starts at B1', children: [{ name: 'B1', detail: 'Succeed', children: undefined }] }] },
      { name: 'M', detail: 'Map', children: [{ name: 'I', detail: 'Pass', children: undefined }] },
    ]);
  });
});
