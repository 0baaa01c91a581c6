/**
 * What a saved connection may hold, checked before it reaches the store: its tags follow the
 * server's rules (a reconnect resends them unchanged, so a set the server refuses would only
 * fail later, at the customer's desk), and the desk as a whole has a ceiling.
 */
import type { FieldError } from '../../src-shared/contract/result';
import type { Tags } from '../../src-shared/models/session';
import { TAG_COUNT_MAX, validateTags } from '../../src-shared/tags/tag-rules';
import { AppFailure } from '../errors/app-failure';

/** Most saved connections the desk keeps (every profile together). */
export const MAX_SAVED_CONNECTIONS = 5000;

/** Throws `invalid_input` with every tag problem, each at `[...prefix, 'tags', key]`. */
export function assertSavedTags(sets: { tags: Tags; prefix?: string[] }[]): void {
  const fields: FieldError[] = sets.flatMap(({ tags, prefix = [] }) =>
    validateTags(tags).map((f) => ({
      path: [...prefix, ...f.path],
      // The set-level message speaks of handoff_id, which a saved connection does not get.
      message:
        f.path.length === 1
          ? `At most ${TAG_COUNT_MAX} tags; this has ${Object.keys(tags).length}.`
          : f.message,
    })),
  );
  if (fields.length > 0) {
    throw new AppFailure('invalid_input', 'Some tags break Nango’s rules.', fields);
  }
}

/** Throws `conflict` when the desk would hold more than {@link MAX_SAVED_CONNECTIONS}. */
export function assertDeskRoom(count: number): void {
  if (count > MAX_SAVED_CONNECTIONS) {
    throw new AppFailure(
      'conflict',
      `The desk holds at most ${MAX_SAVED_CONNECTIONS.toLocaleString('en')} saved connections. Remove some first.`,
    );
  }
}
