// `awspolicy check [PATH|GLOB...] [--format text|json|sarif] [--config FILE] [--kind KIND] [--quiet]`
// Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage or I/O error (other files are
// still checked and reported).

import * as path from 'path';
import { AnalyzeOptions, KindSelection, analyze, kindName, mergeConfig, parseKindName, KIND_NAMES } from '../core';
import { CONFIG_FILE_NAME, LoadedConfigFile, findConfigFile, loadConfigFile } from '../hosts/config-files';
import { hostServices } from '../hosts/services';
import { UsageError, parseArgs } from './args';
import { expandArgs } from './files';
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
  -h, --help                 show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.
`;

export const check: Command = async (args: string[], io: CliIO): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs(args, ['format', 'config', 'kind'], ['quiet', 'help', 'h']);
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

  const services = hostServices();
  const configCache = new Map<string, LoadedConfigFile | undefined>();
  const checked: CheckedFile[] = [];
  const quiet = parsed.options.has('quiet');
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (e) {
      io.stderr(`awspolicy: cannot read ${path.relative(io.cwd, file) || file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      ioError = true;
      continue;
    }
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
    const options: AnalyzeOptions = { config: mergeConfig(cfg?.config), services, kindOverride };
    options.relativePath = path.relative(cfg?.dir ?? io.cwd, file).split(path.sep).join('/');
    let result;
    try {
      result = analyze({ text, uri: file }, options);
    } catch (e) {
      // INVARIANT: the core does not throw; if it ever does, report and go on with the other files.
      io.stderr(`awspolicy: internal error while checking ${file}: ${(e as Error).message}\n`);
      ioError = true;
      continue;
    }
    if (result.doc.kind === 'none' && result.findings.length === 0) continue;
    const findings = quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    checked.push({ path: file, display: path.relative(io.cwd, file) || file, kind: kindName({ kind: result.doc.kind, policyType: result.doc.policyType }), text, findings });
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
  return counts.error > 0 ? 1 : 0;
};

export { UsageError };
