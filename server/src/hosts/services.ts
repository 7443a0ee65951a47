// Builds the core's injected services once per process for the hosts (language server, CLI).

import type { Services } from '../core/services';

let services: Services | undefined;

export function hostServices(): Services {
  if (services === undefined) services = {};
  return services;
}
