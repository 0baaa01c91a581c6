import type { HandoffApi } from '../../src-preload/build-api';

declare global {
  interface Window {
    /** The only bridge to main, exposed by the preload. */
    readonly handoff: HandoffApi;
  }
}
