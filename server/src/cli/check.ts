// `awspolicy check [PATH|GLOB...] [--format text|json|sarif] [--config FILE] [--kind KIND] [--quiet] [--fail-on LEVEL]`
// Exit codes: 0 no finding at the --fail-on level or above (default: error), 1 such findings, 2 usage or
// I/O error (other files are still checked and reported).

import * as path from 'path';
import { availableParallelism } from 'os';
import { Finding, KindSelection, mergeConfig, parseKindName, KIND_NAMES } from '../core';
import { CONFIG_FILE_NAME, LoadedConfigFile, findConfigFile, loadConfigFile } from '../hosts/config-files';
import { hostServices } from '../hosts/services';
import { UsageError, parseArgs } from './args';
import { expandArgs } from './files';
import { CheckJob, CheckOutcome, SEVERITY_ORDER, atLeast, checkInWorkers, checkJob } from './check-worker';
import { CheckedFile, countBySeverity, formatJson, formatSarif, formatText } from './format';
import type { CliIO, Command } from './io';

export const CHECK_USAGE = `Usage: awspolicy check [PATH|GLOB...] [options]

Checks IAM policies, CloudFormation/SAM templates, Step Functions state machines and SQS/SNS settings.
Directories are searched for .json, .jsonc, .yaml, .yml and .template files; files that are not AWS
documents are skipped silently.

Options:
  --format text|json|sarif   output format (default: text)
  --config FILE              use this configuration instead of the nearest ${CONFIG_FILE_NAME}
  --kind KIND                treat every file as KIND (${Object.keys(KIND_NAMES).filter((k) => k !== 'cfn').join(', ')})
  --quiet                    report errors only
  --fail-on LEVEL            exit 1 when a finding is at LEVEL or above: error (default), warning,
                             info or hint (reported or not: --quiet hides, this still counts)
  --jobs N                   check on N threads (default: up to 4 when there are many files)
  -h, --help                 show this help

Exit codes: 0 nothing at the --fail-on level, 1 findings at that level or above, 2 usage or I/O error.
`;

/** Files per thread below which extra threads cost more (start-up, a catalog each) than they save. */
const MIN_FILES_PER_THREAD = 32;
const MAX_DEFAULT_THREADS = 4;

/**
 * Threads pay off from a few dozen files per thread on, and only with cores to spare: on two cores the
 * garbage collector already keeps the second one busy (measured: 1 and 2 threads take the same time).
 */
function defaultThreads(files: number): number {
  const cores = availableParallelism();
  if (cores < 4) return 1;
  return Math.max(1, Math.min(MAX_DEFAULT_THREADS, cores - 1, Math.floor(files / MIN_FILES_PER_THREAD)));
}

export const check: Command = async (args: string[], io: CliIO): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs(args, ['format', 'config', 'kind', 'jobs', 'fail-on'], ['quiet', 'help', 'h']);
  } catch (e) {
    io.stderr(`awspolicy check: ${(e as Error).message}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (parsed.options.has('help') || parsed.options.has('h')) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const format = (parsed.options.get('format') ?? 'text') as string;
  if (!['text', 'json', 'sarif'].includes(format)) {
    io.stderr(`awspolicy check: unknown format '${format}' (text, json or sarif)\n`);
    return 2;
  }
  const failOnArg = (parsed.options.get('fail-on') ?? 'error') as string;
  if (!(SEVERITY_ORDER as readonly string[]).includes(failOnArg)) {
    io.stderr(`awspolicy check: unknown level '${failOnArg}' for --fail-on (error, warning, info or hint)\n`);
    return 2;
  }
  const failOn = failOnArg as Finding['severity'];
  let kindOverride: KindSelection | undefined;
  const kindArg = parsed.options.get('kind');
  if (typeof kindArg === 'string') {
    kindOverride = parseKindName(kindArg);
    if (kindOverride === undefined) {
      io.stderr(`awspolicy check: unknown kind '${kindArg}'\n`);
      return 2;
    }
  }
  let ioError = false;
  let explicitConfig: LoadedConfigFile | undefined;
  const configArg = parsed.options.get('config');
  if (typeof configArg === 'string') {
    explicitConfig = loadConfigFile(path.resolve(io.cwd, configArg));
    if (explicitConfig.errors.length > 0) {
      io.stderr(`awspolicy: ${configArg}: ${explicitConfig.errors.join('; ')}\n`);
      return 2;
    }
  }
  const { files, errors } = expandArgs(parsed.positional, io.cwd);
  for (const e of errors) io.stderr(`awspolicy: ${e}\n`);
  if (errors.length > 0) ioError = true;

  const quiet = parsed.options.has('quiet');
  // --quiet shows errors only, but the exit code still counts what --fail-on names.
  const keepFrom: Finding['severity'] = quiet ? failOn : 'hint';
  let jobsArg: number | undefined;
  const jobsOpt = parsed.options.get('jobs');
  if (typeof jobsOpt === 'string') {
    jobsArg = Number(jobsOpt);
    if (!Number.isInteger(jobsArg) || jobsArg < 1 || jobsArg > 64) {
      io.stderr(`awspolicy check: --jobs needs a whole number from 1 to 64, not '${jobsOpt}'\n`);
      return 2;
    }
  }
  const configCache = new Map<string, LoadedConfigFile | undefined>();
  const jobs: CheckJob[] = files.map((file, index) => {
    let cfg = explicitConfig;
    if (cfg === undefined) {
      const dir = path.dirname(file);
      if (!configCache.has(dir)) {
        const found = findConfigFile(dir);
        const loaded = found ? loadConfigFile(found) : undefined;
        if (loaded && loaded.errors.length > 0) io.stderr(`awspolicy: ${loaded.path}: ${loaded.errors.join('; ')}\n`);
        configCache.set(dir, loaded);
      }
      cfg = configCache.get(dir);
    }
    return { index, file, config: mergeConfig(cfg?.config), relativePath: path.relative(cfg?.dir ?? io.cwd, file).split(path.sep).join('/'), kindOverride, keepFrom };
  });
  const threads = io.workerScript === undefined ? 1 : jobsArg ?? defaultThreads(jobs.length);
  let outcomes: CheckOutcome[];
  if (threads > 1 && jobs.length > 1) outcomes = await checkInWorkers(jobs, threads, io.workerScript!);
  else {
    const services = hostServices();
    outcomes = jobs.map((job) => checkJob(job, io.readFile, services));
  }
  const checked: CheckedFile[] = [];
  let failing = false;
  for (const o of outcomes) {
    const file = files[o.index];
    if (o.status === 'unreadable') {
      io.stderr(`awspolicy: cannot read ${path.relative(io.cwd, file) || file}: ${o.code}\n`);
      ioError = true;
    } else if (o.status === 'internal') {
      io.stderr(`awspolicy: internal error while checking ${file}: ${o.message}\n`);
      ioError = true;
    } else if (o.status === 'checked') {
      if (o.findings.some((f) => atLeast(f.severity, failOn))) failing = true;
      const findings = quiet ? o.findings.filter((f) => f.severity === 'error') : o.findings;
      checked.push({ path: file, display: path.relative(io.cwd, file) || file, kind: o.kind, text: o.text, findings });
    }
  }

  const counts = countBySeverity(checked);
  if (format === 'json') io.stdout(formatJson(checked));
  else if (format === 'sarif') io.stdout(formatSarif(checked, io.cwd));
  else {
    io.stdout(formatText(checked, io.isTTY));
    const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
    io.stdout(`${n(counts.error, 'error')}, ${n(counts.warning, 'warning')}, ${n(counts.info + counts.hint, 'note')} in ${n(checked.length, 'AWS document')} (${n(files.length, 'file')} scanned)\n`);
  }
  if (ioError) return 2;
  return failing ? 1 : 0;
};

export { UsageError };
