/** What route handlers share. */
import type { Clock } from '../../src-main/platform/clock';
import type { RateLimiter } from './rate-limit';
import type { FakeNangoState } from './state';

/** Settings a test can flip while the server runs. */
export interface ServerSettings {
  connectUiBase: string;
  docsConnectAllowed: boolean;
}

/** Dependencies of every route. */
export interface ServerDeps {
  state: FakeNangoState;
  clock: Clock;
  limiter: RateLimiter;
  settings: ServerSettings;
}
