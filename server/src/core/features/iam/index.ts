// IAM policy feature providers.

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';
import { policyElementHover } from './element-hover';
import { policyElementCompletion } from './element-completion';
import { policySymbols } from './symbols';

export const IAM_HOVERS: readonly HoverProvider[] = [policyElementHover];
export const IAM_COMPLETIONS: readonly CompletionProvider[] = [policyElementCompletion];
export const IAM_SYMBOLS: readonly SymbolProvider[] = [policySymbols];
