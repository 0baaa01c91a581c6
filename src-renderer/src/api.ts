/**
 * The renderer's only way out: `window.handoff`, exposed by the preload (or by the e2e harness).
 * Tests swap in an API built by the real `buildApi` over a fake transport.
 */

/**
 * The API's type, taken from the global declared in env.d.ts (which imports the preload's
 * `HandoffApi`). Renderer modules use this alias rather than importing from src-preload, which
 * is outside tsconfig.web.json's file list.
 */
export type HandoffApi = Window['handoff'];

let override: HandoffApi | null = null;

/** The API to call. Throws a clear error if the preload did not expose one. */
export function getApi(): HandoffApi {
  if (override) return override;
  const api = (window as Partial<Window>).handoff;
  if (!api) throw new Error('window.handoff is missing: the preload did not run.');
  return api;
}

/** Replaces the API (tests); `null` goes back to `window.handoff`. */
export function setApi(api: HandoffApi | null): void {
  override = api;
}
