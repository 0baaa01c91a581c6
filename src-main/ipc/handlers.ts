/**
 * The handler map type: one async function per contract channel, taking the already-parsed
 * request. Handlers return data and throw typed errors; the router turns both into a Result.
 */
import type { Channel, RequestOf, ResultOf } from '../../src-shared/contract/channels';

/** One handler per channel; the compiler fails if a channel is missing. */
export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResultOf<C>> };
