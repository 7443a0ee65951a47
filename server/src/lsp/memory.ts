// The server thread's young generation, capped before anything else loads (main.ts imports this
// first). V8 lets the young generation of every isolate grow to 16 MB semi-spaces; on this thread,
// which only moves messages (a 1 MB didOpen, diagnostics), they stayed resident as 10-18 MB of RSS
// for nothing: measured with a 1 MB YAML template, 130 to 113 MB idle and 190 to 175 MB after an edit
// storm, with the same latencies. The analysis worker sets its own limits (worker-host.ts).

import { setFlagsFromString } from 'v8';

export const SERVER_SEMI_SPACE_MB = 2;

setFlagsFromString(`--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`);
