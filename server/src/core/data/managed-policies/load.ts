// Loads the generated list of AWS managed policies (managed-policies.json beside this file, written by
// `npm run managed-policies`) once, on first call. Hosts pass the result to the core as
// `services.managedPolicies`; nothing loads it at module top level. In the bundles (dist/) this
// `require` reads dist/managed-policies.json, which the build copies there (see scripts/build.js).

import { ManagedPolicies, ManagedPolicyIndex } from '../../iam/managed-policies';

// INVARIANT: this type-only reference puts the JSON file into the TypeScript program, so `tsc` copies it
// next to the compiled loader in out/ (where the tests load it from). It emits no runtime import.
type GeneratedIndex = typeof import('./managed-policies.json');

let loaded: ManagedPolicies | undefined;

/** The managed policies of the bundled list, built on first call and shared afterwards. */
export function loadManagedPolicies(): ManagedPolicies {
  if (loaded === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const index = require('./managed-policies.json') as GeneratedIndex;
    loaded = new ManagedPolicies(index as unknown as ManagedPolicyIndex);
  }
  return loaded;
}
