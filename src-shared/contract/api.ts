/**
 * Where the renderer finds the API. Its shape is `HandoffApi`, the return type of the
 * preload's `buildApi` (src-preload/build-api.ts), so the two cannot drift apart.
 */

/** The name the API is exposed under on `window` (the preload and the e2e page bridge). */
export const API_KEY = 'handoff';
