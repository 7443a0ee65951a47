// Data and helpers injected into rules and features (the IAM catalog, ...). The core never loads AWS
// data at module top level: whoever hosts the core (LSP server, CLI, tests) builds a `Services` object
// once and passes it in, so tests can use a small in-test catalog.

export interface Services {
  /** Free-form extension slots; later capabilities add typed members here. */
  readonly [key: string]: unknown;
}

export const NO_SERVICES: Services = Object.freeze({});
