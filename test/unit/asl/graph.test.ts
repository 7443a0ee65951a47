// The state machine graph: nodes, groups and edges from the model, the Mermaid, DOT and SVG renderings,
// and the `awspolicy graph` command (one graph per state machine of a template).

import * as assert from 'assert';
import { model } from '../../../server/src/core/analyze';
import { documentGraphs } from '../../../server/src/core/asl/graph';
import { toDot, toMermaid, toSvg } from '../../../server/src/core/asl/graph-render';
import { runCli } from '../../../server/src/cli/index';
import type { CliIO } from '../../../server/src/cli/io';

const MACHINE = JSON.stringify({
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Work' }], Default: 'Failed' },
    Work: {
      Type: 'Parallel', Next: 'Done',
      Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail' },
    Orphan: { Type: 'Pass', End: true },
  },
}, null, 2);

describe('ASL graph', () => {
  const doc = model({ text: MACHINE, uri: 'flow.asl.json' });
  const [g] = documentGraphs(doc);

  it('has a node per state, a group per Parallel with its branch, and typed edges', () => {
    assert.strictEqual(g.name, 'flow.asl.json');
    assert.deepStrictEqual(g.groups.map((x) => [x.id, x.label, x.kind, x.parent]), [['s1_group', 'Work (Parallel)', 'parallel', undefined], ['s1_b0', 'Branch 1', 'branch', 's1_group']]);
    const edges = g.edges.map((e) => `${e.from}-${e.kind}->${e.to}${e.label ? ` [${e.label}]` : ''}`);
    assert.deepStrictEqual(edges, [
      'sfn_start-start->s0',
      's0-default->s3 [Default]',
      's0-choice->s1 [$.ok BooleanEquals true]',
      's1-branch->s5',
      's5-end->s1_join',
      's1_join-next->s2',
      's1_join-catch->s3 [Catch States.ALL]',
      's2-end->sfn_end',
      's3-end->sfn_end',
      's4-end->sfn_end',
    ]);
    assert.deepStrictEqual(g.nodes.filter((n) => n.unreachable).map((n) => n.label), ['Orphan']);
  });

  it('renders Mermaid with subgraphs, dashed Catch edges and unreachable states', () => {
    const m = toMermaid(g);
    assert.ok(m.startsWith('flowchart TD\n'));
    assert.ok(m.includes('  subgraph s1_group["Work (Parallel)"]\n    s1["Work<br/><small>Parallel</small>"]'));
    assert.ok(m.includes('  s1_join -.->|"Catch States.ALL"| s3\n'));
    assert.ok(m.includes('  class s4 unreachable\n'));
  });

  it('renders DOT with clusters', () => {
    const d = toDot(g);
    assert.ok(d.includes('subgraph cluster_s1_group {'));
    assert.ok(d.includes('s1_join -> s3 [label="Catch States.ALL", style=dashed'));
  });

  it('renders SVG whose states point back at their names in the document', () => {
    const svg = toSvg(g);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    const offsets = [...svg.matchAll(/class="state( unreachable)?" data-offset="(\d+)" data-length="(\d+)" data-name="([^"]+)"/g)];
    assert.strictEqual(offsets.length, 6);
    for (const m of offsets) assert.strictEqual(MACHINE.substr(Number(m[2]), Number(m[3])), JSON.stringify(m[4]));
    assert.ok(svg.includes('class="state unreachable"'));
    assert.ok(svg.includes('class="edge edge-catch"'));
  });

  it('draws one graph per state machine of a template from the CLI', async () => {
    const template = [
      'Resources:',
      '  First:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      Definition: { StartAt: A, States: { A: { Type: Succeed } } }',
      '  Second:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      StateMachineType: EXPRESS',
      '      DefinitionString: !Sub \'{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}\'',
      '',
    ].join('\n');
    let out = '';
    let err = '';
    const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: '/w', readFile: () => template, isTTY: false };
    assert.strictEqual(await runCli(['graph', 'template.yaml', '--format', 'mermaid'], io), 0, err);
    assert.ok(out.startsWith('%% First\nflowchart TD\n'));
    assert.ok(out.includes('\n%% Second\nflowchart TD\n'));
    out = '';
    assert.strictEqual(await runCli(['graph', 'template.yaml', '--machine', 'Second', '--format', 'dot'], io), 0);
    assert.ok(out.startsWith('digraph "Second" {'));
    out = '';
    assert.strictEqual(await runCli(['graph', 'template.yaml'], io), 0);
    assert.strictEqual((out.match(/<svg /g) ?? []).length, 3);
    assert.strictEqual(await runCli(['graph', 'template.yaml', '--format', 'png'], io), 2);
  });
});
