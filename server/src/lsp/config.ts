// Configuration for the server: editor settings (`awspolicy.*`), the workspace `.awspolicy.json`
// (editor settings win), and per-document kind overrides chosen in the status bar.

import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Connection } from 'vscode-languageserver/node';
import type { AnalyzeOptions } from '../core/analyze';
import { PartialConfig, mergeConfig } from '../core/config';
import { parseKindName } from '../core/model/kinds';
import { LoadedConfigFile, findConfigFile, loadConfigFile } from '../hosts/config-files';

interface EditorSettings {
  enable?: boolean;
  files?: { associations?: Record<string, string> };
  rules?: Record<string, string>;
  maxFileSize?: number;
  validation?: { debounceMs?: number };
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class ConfigStore {
  supportsPull = false;
  private settings: EditorSettings = {};
  private folders: string[] = [];
  private readonly files = new Map<string, LoadedConfigFile | null>();
  private readonly overrides = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  setWorkspaceFolders(uris: string[]): void {
    this.folders = [...new Set(uris.map(uriToPath).filter((p): p is string => p !== undefined))].sort((a, b) => b.length - a.length);
  }

  onDidChangeConfiguration(settings: unknown): void {
    const s = (settings as { awspolicy?: EditorSettings } | undefined)?.awspolicy;
    if (s !== undefined) this.settings = s;
  }

  /** The editor settings as a comparable string (to tell whether a refresh changed anything). */
  settingsKey(): string {
    return JSON.stringify(this.settings);
  }

  async refresh(): Promise<void> {
    if (!this.supportsPull) return;
    try {
      const s = (await this.connection.workspace.getConfiguration('awspolicy')) as EditorSettings | null;
      if (s) this.settings = s;
    } catch {
      // Clients without workspace/configuration keep the pushed settings.
    }
  }

  reloadFiles(): void {
    this.files.clear();
  }

  get debounceMs(): number {
    const d = this.settings.validation?.debounceMs;
    return typeof d === 'number' && d >= 0 ? d : 200;
  }

  setOverride(uri: string, kind: string | undefined): void {
    if (kind === undefined) this.overrides.delete(uri);
    else this.overrides.set(uri, kind);
  }

  /** The workspace folder containing a file (deepest first), or the file's own folder. */
  private baseDir(filePath: string): string {
    return this.folders.find((f) => filePath === f || filePath.startsWith(f + path.sep)) ?? path.dirname(filePath);
  }

  private configFileFor(filePath: string): LoadedConfigFile | undefined {
    const dir = path.dirname(filePath);
    if (!this.files.has(dir)) {
      const found = findConfigFile(dir, this.baseDir(filePath));
      const loaded = found ? loadConfigFile(found) : null;
      if (loaded && loaded.errors.length > 0) this.connection.console.warn(`awspolicy: ${loaded.path}: ${loaded.errors.join('; ')}`);
      this.files.set(dir, loaded);
    }
    return this.files.get(dir) ?? undefined;
  }

  optionsFor(uri: string): AnalyzeOptions {
    const filePath = uriToPath(uri);
    const file = filePath !== undefined ? this.configFileFor(filePath) : undefined;
    const fromSettings: PartialConfig = {
      rules: this.settings.rules,
      associations: this.settings.files?.associations,
      maxFileSize: this.settings.maxFileSize,
    };
    const config = mergeConfig(file?.config, fromSettings);
    const options: AnalyzeOptions = { config };
    if (this.settings.enable === false) options.kindOverride = { kind: 'none' };
    const override = this.overrides.get(uri);
    const sel = parseKindName(override);
    if (sel !== undefined) options.kindOverride = sel;
    if (filePath !== undefined) {
      // Associations match workspace-relative paths (and `.awspolicy.json` ones, paths relative to that file).
      options.relativePath = path.relative(this.baseDir(filePath), filePath).split(path.sep).join('/');
    }
    return options;
  }
}
