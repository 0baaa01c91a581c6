/**
 * The shape of `window.handoff`, built by the preload's `buildApi` and used by the renderer.
 */
import type { Channel, RequestOf, ResultOf } from './channels';
import type { AppEvent, EventPayloads } from './events';
import type { Result } from './result';

/** Sends one request over a contract channel. */
export type Invoke = <C extends Channel>(
  channel: C,
  request: RequestOf<C>,
) => Promise<Result<ResultOf<C>>>;
/** Listens to one event; returns the unsubscribe function. */
export type Subscribe = <E extends AppEvent>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
) => () => void;

/** The name the API is exposed under on `window`. */
export const API_KEY = 'handoff';
