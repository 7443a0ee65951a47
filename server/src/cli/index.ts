// The `awspolicy` command: dispatches to subcommands. In-process entry for tests: `runCli(args, io)`.

import { check, CHECK_USAGE } from './check';
import { TOOL_VERSION } from './format';
import { RULES } from '../core';
import type { CliIO, Command } from './io';
import { EXTRA_COMMANDS } from './commands';

const USAGE = `awspolicy ${TOOL_VERSION}: offline checks for AWS IAM policies, CloudFormation/SAM templates,
Step Functions state machines and SQS/SNS settings.

Usage:
  awspolicy check [PATH|GLOB...] [--format text|json|sarif] [--config FILE] [--kind KIND]
  awspolicy rules [--format text|json]
${Object.values(EXTRA_COMMANDS).map((c) => '  ' + c.synopsis).join('\n')}
  awspolicy --version | --help

Run \`awspolicy <command> --help\` for a command's options.
`;

const rules: Command = async (args, io) => {
  if (args.includes('--format=json') || (args.includes('--format') && args[args.indexOf('--format') + 1] === 'json')) {
    io.stdout(JSON.stringify(RULES.map((r) => ({ code: r.id, name: r.name, severity: r.defaultSeverity, appliesTo: r.appliesTo, summary: r.docs.summary })), null, 2) + '\n');
  } else {
    for (const r of RULES) io.stdout(`${r.id.padEnd(10)} ${r.defaultSeverity.padEnd(8)} ${r.name.padEnd(40)} ${r.docs.summary}\n`);
  }
  return 0;
};

export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = args;
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(USAGE);
    return cmd === undefined ? 2 : 0;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  try {
    if (cmd === 'check') return await check(rest, io);
    if (cmd === 'rules') return await rules(rest, io);
    const extra = EXTRA_COMMANDS[cmd];
    if (extra) return await extra.run(rest, io);
  } catch (e) {
    io.stderr(`awspolicy ${cmd}: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
  io.stderr(`awspolicy: unknown command '${cmd}'\n\n${USAGE}`);
  return 2;
}

export { CHECK_USAGE };
