// Subcommands contributed by capabilities (simulate, graph, ...): one entry each.

import type { Command } from './io';
import { graph } from './graph';
import { simulate } from './simulate';

export interface ExtraCommand {
  synopsis: string;
  run: Command;
}

export const EXTRA_COMMANDS: Record<string, ExtraCommand> = {
  graph: { synopsis: 'awspolicy graph FILE [--format svg|mermaid|dot] [--machine NAME]', run: graph },
  simulate: { synopsis: 'awspolicy simulate --request REQ.json [--format text|json] | --batch CASES.jsonl [--format json]', run: simulate },
};
