// One analysis per document version: the parse, the model and the findings are computed once and
// shared by diagnostics, hover, completion, symbols, folding and code actions.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../core/analyze';
import type { Services } from '../core/services';
import { heavy } from './heavy';
import type { ConfigStore } from './config';

interface Entry {
  version: number;
  result: AnalysisResult;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly config: ConfigStore,
    private readonly services: () => Services = () => heavy().hostServices(),
  ) {}

  get(doc: TextDocument): AnalysisResult {
    const hit = this.entries.get(doc.uri);
    if (hit !== undefined && hit.version === doc.version) return hit.result;
    const opts = this.config.optionsFor(doc.uri);
    const result = heavy().analyze({ text: doc.getText(), uri: doc.uri, languageId: doc.languageId, version: doc.version }, { ...opts, services: this.services() });
    this.entries.set(doc.uri, { version: doc.version, result });
    return result;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
