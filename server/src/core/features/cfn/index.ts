// CloudFormation/SAM feature providers.

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';
import { managedPolicyHover } from './managed-policy-hover';
import { templateSymbols } from './symbols';

export const CFN_HOVERS: readonly HoverProvider[] = [managedPolicyHover];
export const CFN_COMPLETIONS: readonly CompletionProvider[] = [];
export const CFN_SYMBOLS: readonly SymbolProvider[] = [templateSymbols];
