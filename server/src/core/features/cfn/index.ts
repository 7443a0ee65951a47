// CloudFormation/SAM feature providers.

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';
import { managedPolicyCompletion, managedPolicyHover } from './managed-policies';
import { templateSymbols } from './symbols';

export const CFN_HOVERS: readonly HoverProvider[] = [managedPolicyHover];
export const CFN_COMPLETIONS: readonly CompletionProvider[] = [managedPolicyCompletion];
export const CFN_SYMBOLS: readonly SymbolProvider[] = [templateSymbols];
