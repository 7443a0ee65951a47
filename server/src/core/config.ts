// Configuration: severity per rule code, file associations, limits. Merged from defaults, the workspace
// `.awspolicy.json` and editor settings (later sources win). Reading files is the caller's job: the core
// only parses and merges text it is given.

import { parseJson } from './parse/json';
import { toValue } from './parse/tree';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export interface AwsPolicyConfig {
  /** Severity per rule code (`"IAM105": "off"`). */
  rules: Record<string, SeveritySetting>;
  /** Glob → kind name, e.g. `**\/policies/*.json` → `iam-policy`. */
  associations: Record<string, string>;
  /** Documents larger than this (bytes of UTF-16 text) get one information diagnostic instead of analysis. */
  maxFileSize: number;
  /** Wall-clock budget for running all rules on one document, in milliseconds. */
  timeBudgetMs: number;
}

export const DEFAULT_CONFIG: Readonly<AwsPolicyConfig> = Object.freeze({
  rules: {},
  associations: {},
  maxFileSize: 5 * 1024 * 1024,
  timeBudgetMs: 5000,
});

export interface PartialConfig {
  rules?: Record<string, string>;
  associations?: Record<string, string>;
  maxFileSize?: number;
  timeBudgetMs?: number;
}

export function mergeConfig(...parts: (PartialConfig | undefined)[]): AwsPolicyConfig {
  const out: AwsPolicyConfig = { rules: {}, associations: {}, maxFileSize: DEFAULT_CONFIG.maxFileSize, timeBudgetMs: DEFAULT_CONFIG.timeBudgetMs };
  for (const p of parts) {
    if (p === undefined) continue;
    if (p.rules) {
      for (const [code, sev] of Object.entries(p.rules)) {
        const s = String(sev).toLowerCase() as SeveritySetting;
        if (SEVERITIES.includes(s)) out.rules[code.toUpperCase()] = s;
      }
    }
    if (p.associations) Object.assign(out.associations, p.associations);
    if (typeof p.maxFileSize === 'number' && p.maxFileSize > 0) out.maxFileSize = p.maxFileSize;
    if (typeof p.timeBudgetMs === 'number' && p.timeBudgetMs > 0) out.timeBudgetMs = p.timeBudgetMs;
  }
  return out;
}

export interface ConfigFileResult {
  config: PartialConfig;
  errors: string[];
}

/**
 * Parses a `.awspolicy.json` file:
 * `{ "rules": { "IAM105": "off" }, "files": { "associations": { "**\/scp/*.json": "iam-scp" } }, "maxFileSize": 5242880 }`.
 */
export function parseConfigFile(text: string): ConfigFileResult {
  const errors: string[] = [];
  const tree = parseJson(text);
  for (const p of tree.problems) if (p.code === 'syntax') errors.push(`${p.message} (offset ${p.offset})`);
  const value = toValue(tree.root) as Record<string, unknown> | undefined;
  const config: PartialConfig = {};
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    if (text.trim() !== '') errors.push('The configuration must be a JSON object.');
    return { config, errors };
  }
  for (const key of Object.keys(value)) {
    if (!['rules', 'files', 'maxFileSize', 'timeBudgetMs', '$schema'].includes(key)) errors.push(`Unknown setting '${key}'.`);
  }
  const rules = value.rules;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) errors.push("'rules' must be an object of code → severity.");
    else {
      config.rules = {};
      for (const [code, sev] of Object.entries(rules as Record<string, unknown>)) {
        if (typeof sev !== 'string' || !SEVERITIES.includes(sev.toLowerCase() as SeveritySetting)) {
          errors.push(`Rule '${code}': severity must be one of ${SEVERITIES.join(', ')}.`);
        } else config.rules[code] = sev;
      }
    }
  }
  const files = value.files as Record<string, unknown> | undefined;
  if (files !== undefined) {
    const assoc = files && typeof files === 'object' ? files.associations : undefined;
    if (assoc !== undefined) {
      if (typeof assoc !== 'object' || assoc === null || Array.isArray(assoc)) errors.push("'files.associations' must be an object of glob → kind.");
      else {
        config.associations = {};
        for (const [glob, kind] of Object.entries(assoc as Record<string, unknown>)) {
          if (typeof kind === 'string') config.associations[glob] = kind;
          else errors.push(`Association '${glob}': the kind must be a string.`);
        }
      }
    }
  }
  if (value.maxFileSize !== undefined) {
    if (typeof value.maxFileSize === 'number' && value.maxFileSize > 0) config.maxFileSize = value.maxFileSize;
    else errors.push("'maxFileSize' must be a positive number.");
  }
  if (value.timeBudgetMs !== undefined) {
    if (typeof value.timeBudgetMs === 'number' && value.timeBudgetMs > 0) config.timeBudgetMs = value.timeBudgetMs;
    else errors.push("'timeBudgetMs' must be a positive number.");
  }
  return { config, errors };
}
