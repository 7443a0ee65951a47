// Subcommands contributed by capabilities (simulate, graph, ...): one entry each.

import type { Command } from './io';

export interface ExtraCommand {
  synopsis: string;
  run: Command;
}

export const EXTRA_COMMANDS: Record<string, ExtraCommand> = {};
