// SQS, SNS, Lambda and S3 settings feature providers (standalone attribute files and template resources).

import type { CompletionProvider, HoverProvider, SymbolProvider } from '../types';
import { configCompletion, referenceCompletion } from './completion';
import { configPropertyHover, templateReferenceHover } from './hover';

export const CONFIG_HOVERS: readonly HoverProvider[] = [templateReferenceHover, configPropertyHover];
export const CONFIG_COMPLETIONS: readonly CompletionProvider[] = [referenceCompletion, configCompletion];
export const CONFIG_SYMBOLS: readonly SymbolProvider[] = [];
