// Feature providers, in the order they are asked. Each area adds its providers to its own list file
// (`features/<area>/index.ts`); the first hover that answers wins, completions are merged.

import type { CompletionProvider, HoverProvider, SymbolProvider } from './types';
import { IAM_COMPLETIONS, IAM_HOVERS, IAM_SYMBOLS } from './iam';
import { ASL_COMPLETIONS, ASL_HOVERS, ASL_SYMBOLS } from './asl';
import { CONFIG_COMPLETIONS, CONFIG_HOVERS, CONFIG_SYMBOLS } from './config';
import { CFN_COMPLETIONS, CFN_HOVERS, CFN_SYMBOLS } from './cfn';
import { GENERIC_SYMBOLS } from './generic';

export const HOVER_PROVIDERS: readonly HoverProvider[] = [...IAM_HOVERS, ...ASL_HOVERS, ...CONFIG_HOVERS, ...CFN_HOVERS];

export const COMPLETION_PROVIDERS: readonly CompletionProvider[] = [...IAM_COMPLETIONS, ...ASL_COMPLETIONS, ...CONFIG_COMPLETIONS, ...CFN_COMPLETIONS];

/** Symbol providers for file units; the first matching the file's kind is used. Generic last. */
export const SYMBOL_PROVIDERS: readonly SymbolProvider[] = [...IAM_SYMBOLS, ...ASL_SYMBOLS, ...CONFIG_SYMBOLS, ...CFN_SYMBOLS, ...GENERIC_SYMBOLS];
