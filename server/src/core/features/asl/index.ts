// Step Functions (ASL) feature providers.

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';

export const ASL_HOVERS: readonly HoverProvider[] = [];
export const ASL_COMPLETIONS: readonly CompletionProvider[] = [];
export const ASL_SYMBOLS: readonly SymbolProvider[] = [];
