// Builds the core's injected services once per process for the hosts (language server, CLI): the IAM
// catalog is loaded here, on first use, and shared by every document; the list of AWS managed policies
// is loaded the first time a rule or hover asks for it.

import { loadCatalog } from '../core/data/catalog/load';
import { loadManagedPolicies } from '../core/data/managed-policies/load';
import type { Services } from '../core/services';

let services: Services | undefined;

export function hostServices(): Services {
  if (services === undefined) {
    const s = { catalog: loadCatalog() };
    Object.defineProperty(s, 'managedPolicies', { get: loadManagedPolicies, enumerable: true });
    services = s;
  }
  return services;
}
