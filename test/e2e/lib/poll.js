// Polling with a deadline: the only way these tests wait (no fixed sleeps).
'use strict';

/**
 * Calls `probe` every `intervalMs` until it returns something other than undefined/false; resolves with that.
 * An error with `fatal: true` stops polling at once.
 * Rejects with the last probe error (or a timeout naming `what`) after `timeoutMs`.
 */
async function pollUntil(probe, { timeoutMs = 30000, intervalMs = 200, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
      lastError = undefined;
    } catch (e) {
      if (e && e.fatal) throw e;
      lastError = e;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

module.exports = { pollUntil };
