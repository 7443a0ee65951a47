// Step Functions (ASL) feature providers.

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';
import { aslCompletion } from './completion';
import { aslHover } from './hover';
import { aslSymbols } from './symbols';

export const ASL_HOVERS: readonly HoverProvider[] = [aslHover];
export const ASL_COMPLETIONS: readonly CompletionProvider[] = [aslCompletion];
export const ASL_SYMBOLS: readonly SymbolProvider[] = [aslSymbols];
