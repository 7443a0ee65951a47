// Data and helpers injected into rules and features (the IAM catalog, ...). The core never loads AWS
// data at module top level: whoever hosts the core (LSP server, CLI, tests) builds a `Services` object
// once and passes it in, so tests can use a small in-test catalog.

export interface Services {
  /** Free-form extension slots; later capabilities add typed members here. */
  readonly [key: string]: unknown;
  /** The IAM catalog (services, actions, resource types, condition keys); hosts pass `loadCatalog()`. */
  readonly catalog?: import('./iam/catalog').Catalog;
  /** The AWS managed policies (names, paths, summaries); hosts pass `loadManagedPolicies()`. */
  readonly managedPolicies?: import('./iam/managed-policies').ManagedPolicies;
}

export const NO_SERVICES: Services = Object.freeze({});
