/**
 * Asks main for the start-up snapshot as soon as the preload runs, before the page has fetched
 * and run its bundle, so that round trip overlaps the page's own loading instead of following
 * it (the create form waits for the snapshot). The page's first `app:snapshot` request is then
 * answered with that reply, but only when nothing could have made it stale: an event main sent
 * after the prefetch left may be newer than the reply, and the page was not yet listening for
 * it, so if any event arrived before the page asked, or the prefetch failed, the page's request
 * goes to main as usual.
 */
import { EVENTS } from '../src-shared/contract/events';
import type { RawInvoke, RawSubscribe } from './build-api';

const SNAPSHOT = 'app:snapshot';

/**
 * Starts the prefetch; returns the transport to build the API on (it passes every other
 * request through untouched).
 */
export function prefetchStartupSnapshot(invoke: RawInvoke, subscribe: RawSubscribe): RawInvoke {
  let stale = false;
  const unsubscribers = EVENTS.map((event) =>
    subscribe(event, () => {
      stale = true;
    }),
  );
  let prefetched: Promise<unknown> | null = invoke(SNAPSHOT, {});
  // A failed prefetch is retried by the page's own request; it must not surface as unhandled.
  prefetched.catch(() => undefined);

  const take = (): Promise<unknown> | null => {
    const reply = prefetched;
    prefetched = null;
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
    return stale ? null : reply;
  };

  return (channel, request) => {
    if (channel !== SNAPSHOT || prefetched === null || !isEmptyObject(request)) {
      return invoke(channel, request);
    }
    const reply = take();
    if (reply === null) return invoke(channel, request);
    return reply.then(
      (result) => (isOk(result) ? result : invoke(channel, request)),
      () => invoke(channel, request),
    );
  };
}

/** The prefetch asked with `{}`; a request with anything else in it goes to main. */
function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Reflect.ownKeys(value).length === 0
  );
}

function isOk(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === true;
}
