// Symbol providers used for documents embedded in a template (everything but the template itself).
// A function, not a constant, because the registry imports this area's list (import cycle).

import { SYMBOL_PROVIDERS } from '../registry';
import type { SymbolProvider } from '../types';

export function SYMBOL_PROVIDERS_FOR_UNITS(): readonly SymbolProvider[] {
  return SYMBOL_PROVIDERS.filter((p) => !p.kinds.includes('cfn-template') && p.id !== 'generic.tree');
}
