// `awspolicy graph FILE [--format svg|mermaid|dot] [--machine NAME]`: draws the state machine of a
// standalone definition, or each state machine of a template, on stdout.

import * as path from 'path';
import { model } from '../core';
import { documentGraphs } from '../core/asl/graph';
import { renderGraph, toSvg } from '../core/asl/graph-render';
import { UsageError, parseArgs } from './args';
import type { Command } from './io';

export const GRAPH_USAGE = `Usage: awspolicy graph FILE [--format svg|mermaid|dot] [--machine NAME]

Draws the Step Functions state machine of FILE (a .asl.json/.asl.yaml definition, or each
AWS::StepFunctions::StateMachine / AWS::Serverless::StateMachine of a template) on stdout.
  --format   svg (default), mermaid or dot
  --machine  only the state machine of this template resource
`;

export const graph: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs(args, ['format', 'machine'], ['help']);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`awspolicy graph: ${e.message}\n\n${GRAPH_USAGE}`);
      return 2;
    }
    throw e;
  }
  if (parsed.options.has('help')) {
    io.stdout(GRAPH_USAGE);
    return 0;
  }
  const format = (parsed.options.get('format') ?? 'svg') as string;
  if (format !== 'svg' && format !== 'mermaid' && format !== 'dot') {
    io.stderr(`awspolicy graph: unknown format '${format}' (svg, mermaid or dot)\n`);
    return 2;
  }
  if (parsed.positional.length !== 1) {
    io.stderr(`awspolicy graph: give exactly one file\n\n${GRAPH_USAGE}`);
    return 2;
  }
  const file = path.resolve(io.cwd, parsed.positional[0]);
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.stderr(`awspolicy graph: cannot read ${parsed.positional[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const doc = model({ text, uri: file });
  let graphs = documentGraphs(doc);
  const wanted = parsed.options.get('machine');
  if (typeof wanted === 'string') graphs = graphs.filter((g) => g.name === wanted || g.name.startsWith(wanted + ' '));
  if (graphs.length === 0) {
    io.stderr(`awspolicy graph: no state machine${typeof wanted === 'string' ? ` named '${wanted}'` : ''} in ${parsed.positional[0]}\n`);
    return 1;
  }
  if (format === 'svg' && graphs.length > 1) {
    io.stdout(stackSvgs(graphs.map((g) => ({ name: g.name, svg: toSvg(g) }))));
    return 0;
  }
  graphs.forEach((g, i) => {
    if (graphs.length > 1) io.stdout(`${i > 0 ? '\n' : ''}${format === 'mermaid' ? '%%' : '//'} ${g.name}\n`);
    io.stdout(renderGraph(g, format));
  });
  return 0;
};

/** Several machines in one SVG document: each drawing below the previous one, with its name. */
function stackSvgs(parts: { name: string; svg: string }[]): string {
  let y = 0;
  let width = 0;
  const body: string[] = [];
  for (const p of parts) {
    const m = /width="(\d+)" height="(\d+)"/.exec(p.svg);
    const w = m ? Number(m[1]) : 400;
    const h = m ? Number(m[2]) : 300;
    body.push(`<text x="8" y="${y + 18}" font-family="Helvetica, Arial, sans-serif" font-size="14" font-weight="bold">${p.name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`);
    body.push(p.svg.replace('<svg ', `<svg x="0" y="${y + 26}" `).trimEnd());
    y += h + 40;
    width = Math.max(width, w);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">\n${body.join('\n')}\n</svg>\n`;
}
