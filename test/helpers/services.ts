// Services for tests: the real catalog when it has been generated (loaded once per process).

import type { Services } from '../../server/src/core/services';

let cached: Services | undefined;

export function testServices(): Services {
  if (cached !== undefined) return cached;
  const services: Record<string, unknown> = {};
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require('../../server/src/core/data/catalog/load') as { loadCatalog?: () => unknown };
    if (typeof mod.loadCatalog === 'function') services.catalog = mod.loadCatalog();
  } catch {
    // No catalog generated yet: rules that need it skip themselves.
  }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  services.managedPolicies = (require('../../server/src/core/data/managed-policies/load') as typeof import('../../server/src/core/data/managed-policies/load')).loadManagedPolicies();
  cached = services as Services;
  return cached;
}
