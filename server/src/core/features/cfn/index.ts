// CloudFormation/SAM feature providers.

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';
import { templateSymbols } from './symbols';

export const CFN_HOVERS: readonly HoverProvider[] = [];
export const CFN_COMPLETIONS: readonly CompletionProvider[] = [];
export const CFN_SYMBOLS: readonly SymbolProvider[] = [templateSymbols];
