// SQS, SNS, Lambda and S3 settings feature providers (standalone attribute files and template resources).

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';

export const CONFIG_HOVERS: readonly HoverProvider[] = [];
export const CONFIG_COMPLETIONS: readonly CompletionProvider[] = [];
export const CONFIG_SYMBOLS: readonly SymbolProvider[] = [];
