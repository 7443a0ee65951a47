// IAM policy feature providers. Hovers are asked in order (the first that answers wins); completions
// are merged.

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';
import { actionHover } from './action-hover';
import { conditionHover } from './condition-hover';
import { policyElementHover } from './element-hover';
import { policyElementCompletion } from './element-completion';
import { policySymbols } from './symbols';
import { valueHover } from './value-hover';
import { policyValueCompletion } from './value-completion';

export const IAM_HOVERS: readonly HoverProvider[] = [valueHover, actionHover, conditionHover, policyElementHover];
export const IAM_COMPLETIONS: readonly CompletionProvider[] = [policyElementCompletion, policyValueCompletion];
export const IAM_SYMBOLS: readonly SymbolProvider[] = [policySymbols];
