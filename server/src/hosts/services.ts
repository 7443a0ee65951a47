// Builds the core's injected services once per process for the hosts (language server, CLI): the IAM
// catalog is loaded here, on first use, and shared by every document.

import { loadCatalog } from '../core/data/catalog/load';
import type { Services } from '../core/services';

let services: Services | undefined;

export function hostServices(): Services {
  if (services === undefined) services = { catalog: loadCatalog() };
  return services;
}
