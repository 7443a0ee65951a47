// Plain-data contracts of the editor features (hover, completion, symbols). Providers live per area
// (`features/<area>/...`) and register in `features/registry.ts`; the LSP layer converts the results.

import type { DocumentModel } from '../model/document';
import type { DocumentKind } from '../model/kinds';
import type { AnalysisUnit } from '../model/units';
import type { Node, ObjectNode, ArrayNode, PropertyNode } from '../parse/tree';
import type { Services } from '../services';

/** Where the cursor is, structurally. */
export interface CursorLocation {
  /** `key`: writing a property name; `value`: writing a value (of `property`, or an item of `array`). */
  position: 'key' | 'value' | 'none';
  /** The object whose key is being written (key position), or that holds `property`. */
  object?: ObjectNode;
  /** The property whose value (or key) is at the cursor. */
  property?: PropertyNode;
  /** The array an item is being written into. */
  array?: ArrayNode;
  /** The node under the cursor, if any. */
  node?: Node;
  /** Range of the word being completed (what a completion replaces), in host offsets. */
  replace: { offset: number; length: number };
  /** The text typed so far in that range. */
  prefix: string;
  /** Whether the value being written is inside quotes (JSON strings, quoted YAML). */
  inString: boolean;
}

export interface FeatureContext {
  doc: DocumentModel;
  offset: number;
  /** Innermost unit containing the offset (embedded units win over the file unit). */
  unit: AnalysisUnit | undefined;
  location: CursorLocation;
  /** Path of keys/indexes from the unit root to the cursor's node (property keys included). */
  path: (string | number)[];
  services: Services;
}

export interface HoverResult {
  /** Markdown. */
  contents: string;
  offset: number;
  length: number;
}

export interface HoverProvider {
  id: string;
  kinds: readonly DocumentKind[];
  provideHover(ctx: FeatureContext): HoverResult | undefined;
}

export type CompletionKind =
  | 'property' | 'value' | 'keyword' | 'snippet' | 'function' | 'reference' | 'module' | 'constant'
  | 'enum' | 'event' | 'operator' | 'variable' | 'class' | 'field' | 'text';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text to insert (defaults to the label); a snippet when `snippet` is true (`${1:placeholder}`). */
  insertText?: string;
  snippet?: boolean;
  filterText?: string;
  sortText?: string;
  /** Range to replace (defaults to the location's `replace`). */
  replace?: { offset: number; length: number };
  deprecated?: boolean;
  /** Re-trigger completion after inserting (e.g. after a service prefix `s3:`). */
  retrigger?: boolean;
}

export interface CompletionProvider {
  id: string;
  kinds: readonly DocumentKind[];
  provideCompletions(ctx: FeatureContext): CompletionItem[];
}

export type SymbolKind =
  | 'file' | 'module' | 'namespace' | 'class' | 'method' | 'property' | 'field' | 'function' | 'variable'
  | 'constant' | 'string' | 'number' | 'boolean' | 'array' | 'object' | 'key' | 'event' | 'operator' | 'struct' | 'enum';

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  offset: number;
  length: number;
  selectionOffset: number;
  selectionLength: number;
  children?: DocumentSymbol[];
}

export interface SymbolProvider {
  id: string;
  kinds: readonly DocumentKind[];
  /** Symbols of one unit (for embedded units they nest under their template resource). */
  provideSymbols(doc: DocumentModel, unit: AnalysisUnit): DocumentSymbol[];
}
