// Lambda runtime lifecycle: when AWS deprecated each runtime and blocked creating, then updating,
// functions that use it. Versioned data, reviewed like code. Dates come from cfn-lint 1.51.0's runtime
// lifecycle data (as its messages on ../shared/corpus/cfn report them), except `python3.8`, whose dates
// follow ../shared/reference/notes-limits.md (AWS extended them). Runtimes not listed are current.
// Source: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

export interface RuntimeLifecycle {
  deprecated: string;
  createBlocked: string;
  updateBlocked: string;
  /** A current runtime of the same language. */
  successor: string;
}

export const RUNTIME_LIFECYCLE: Readonly<Record<string, RuntimeLifecycle>> = {
  nodejs: { deprecated: '2016-08-30', createBlocked: '2016-09-30', updateBlocked: '2016-10-31', successor: 'nodejs22.x' },
  'nodejs4.3': { deprecated: '2020-03-05', createBlocked: '2020-02-03', updateBlocked: '2020-03-05', successor: 'nodejs22.x' },
  'nodejs4.3-edge': { deprecated: '2020-03-05', createBlocked: '2019-04-30', updateBlocked: '2019-04-30', successor: 'nodejs22.x' },
  'nodejs6.10': { deprecated: '2019-08-12', createBlocked: '2019-07-12', updateBlocked: '2019-08-12', successor: 'nodejs22.x' },
  'nodejs8.10': { deprecated: '2020-03-06', createBlocked: '2020-03-06', updateBlocked: '2020-03-06', successor: 'nodejs22.x' },
  'nodejs10.x': { deprecated: '2021-07-30', createBlocked: '2021-07-30', updateBlocked: '2022-02-14', successor: 'nodejs22.x' },
  'nodejs12.x': { deprecated: '2023-03-31', createBlocked: '2023-03-31', updateBlocked: '2023-04-30', successor: 'nodejs22.x' },
  'nodejs14.x': { deprecated: '2023-12-04', createBlocked: '2024-01-09', updateBlocked: '2026-07-01', successor: 'nodejs22.x' },
  'nodejs16.x': { deprecated: '2024-06-12', createBlocked: '2026-06-01', updateBlocked: '2026-07-01', successor: 'nodejs22.x' },
  'nodejs18.x': { deprecated: '2025-09-01', createBlocked: '2026-06-01', updateBlocked: '2026-07-01', successor: 'nodejs22.x' },
  'nodejs20.x': { deprecated: '2026-04-30', createBlocked: '2026-06-01', updateBlocked: '2026-07-01', successor: 'nodejs22.x' },
  'python2.7': { deprecated: '2021-07-15', createBlocked: '2021-07-15', updateBlocked: '2022-05-30', successor: 'python3.13' },
  'python3.6': { deprecated: '2022-07-18', createBlocked: '2022-07-18', updateBlocked: '2022-08-29', successor: 'python3.13' },
  'python3.7': { deprecated: '2023-12-04', createBlocked: '2024-01-09', updateBlocked: '2026-03-09', successor: 'python3.13' },
  'python3.8': { deprecated: '2024-10-14', createBlocked: '2027-02-01', updateBlocked: '2027-03-03', successor: 'python3.13' },
  'python3.9': { deprecated: '2025-12-15', createBlocked: '2026-06-01', updateBlocked: '2026-07-01', successor: 'python3.13' },
  'python3.10': { deprecated: '2026-06-30', createBlocked: '2026-07-31', updateBlocked: '2026-08-31', successor: 'python3.13' },
  'python3.11': { deprecated: '2026-06-30', createBlocked: '2026-07-31', updateBlocked: '2026-08-31', successor: 'python3.13' },
  java8: { deprecated: '2024-01-08', createBlocked: '2024-02-08', updateBlocked: '2026-07-01', successor: 'java21' },
  java11: { deprecated: '2026-06-30', createBlocked: '2026-07-31', updateBlocked: '2026-08-31', successor: 'java21' },
  'dotnetcore1.0': { deprecated: '2019-06-27', createBlocked: '2019-07-30', updateBlocked: '2019-07-30', successor: 'dotnet8' },
  'dotnetcore2.0': { deprecated: '2019-05-30', createBlocked: '2019-05-30', updateBlocked: '2019-05-30', successor: 'dotnet8' },
  'dotnetcore2.1': { deprecated: '2022-01-05', createBlocked: '2022-01-05', updateBlocked: '2022-04-13', successor: 'dotnet8' },
  'dotnetcore3.1': { deprecated: '2023-04-03', createBlocked: '2023-04-03', updateBlocked: '2023-05-03', successor: 'dotnet8' },
  dotnet6: { deprecated: '2024-12-20', createBlocked: '2026-06-01', updateBlocked: '2026-07-01', successor: 'dotnet8' },
  dotnet7: { deprecated: '2024-05-14', createBlocked: '2024-05-14', updateBlocked: '2024-05-14', successor: 'dotnet8' },
  'go1.x': { deprecated: '2024-01-08', createBlocked: '2024-02-08', updateBlocked: '2026-07-01', successor: 'provided.al2023' },
  provided: { deprecated: '2024-01-08', createBlocked: '2024-02-08', updateBlocked: '2025-02-28', successor: 'provided.al2023' },
  'provided.al2': { deprecated: '2026-06-30', createBlocked: '2026-07-31', updateBlocked: '2026-08-31', successor: 'provided.al2023' },
  'ruby2.5': { deprecated: '2021-07-30', createBlocked: '2021-07-30', updateBlocked: '2022-03-31', successor: 'ruby3.3' },
  'ruby2.7': { deprecated: '2023-12-07', createBlocked: '2024-01-09', updateBlocked: '2025-02-28', successor: 'ruby3.3' },
};

/** Today as `YYYY-MM-DD`: the host may pass `services.today` (tests pin it); otherwise the clock. */
export function today(services: { readonly [key: string]: unknown }): string {
  const t = services['today'];
  if (typeof t === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  return new Date().toISOString().slice(0, 10);
}
