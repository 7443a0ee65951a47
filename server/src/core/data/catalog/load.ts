// Loads the generated IAM catalog (catalog.json beside this file, written by `npm run catalog`) once,
// on first call. Hosts (the language server, the CLI, tests) call `loadCatalog()` and pass the result to
// the core as `services.catalog`; nothing loads it at module top level. In the bundles (dist/) this
// `require` reads dist/catalog.json, which the build copies there (see scripts/build.js), so the
// extension and the CLI work offline.

import { Catalog, CatalogIndex } from '../../iam/catalog';

// INVARIANT: this type-only reference puts catalog.json into the TypeScript program, so `tsc` copies it
// next to the compiled loader in out/ (where the tests load it from). It emits no runtime import.
type GeneratedIndex = typeof import('./catalog.json');

let loaded: Catalog | undefined;

/** The catalog generated from the bundled data, built on first call and shared afterwards. */
export function loadCatalog(): Catalog {
  if (loaded === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const index = require('./catalog.json') as GeneratedIndex;
    loaded = new Catalog(index as unknown as CatalogIndex);
  }
  return loaded;
}
