/**
 * Nango's tag rules, as the real server enforces them (see shared/nango-api/server-behaviour.md).
 * Shared so the renderer can show inline errors and main can refuse before sending: the server's
 * own message for a bad key is only a generic "Invalid key in record", and a merged set over the
 * limit comes back as a 500 instead of a 400.
 */
import type { FieldError } from '../contract/result';
import type { Tags } from '../models/session';

/** Keys: a letter, then letters, digits, `_ - . /`. */
export const TAG_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_\-./]*$/;
export const TAG_KEY_MAX = 64;
export const TAG_VALUE_MAX = 255;
/** Counted after merging every source of tags (top-level and end_user / organization). */
export const TAG_COUNT_MAX = 10;
/** The tag each handoff carries so its connection can be found later. Counts toward the limit. */
export const HANDOFF_TAG = 'handoff_id';
/**
 * The tag every connect session of this install carries (value: the install id), so one
 * `GET /connections?tags[handoff_install]=…` per profile finds every finished handoff however
 * many cards are open. Counts toward the limit too.
 */
export const INSTALL_TAG = 'handoff_install';
/** Tags Handoff adds itself; people cannot use these keys on a new handoff. */
export const HANDOFF_OWN_TAGS: readonly string[] = [HANDOFF_TAG, INSTALL_TAG];

/**
 * The server checks end_user_email with zod's email rule, so the app uses the same pattern:
 * ASCII only, no `..`, no `_` in the domain, a letters-only TLD. Anything looser lets the server
 * be the one to say no (ada@exa_mple.com, a..b@example.com, ädä@example.com, ada@example.c0m).
 * Written out rather than imported so the renderer's first screen does not load zod; a test
 * holds it equal to `z.regexes.email`.
 */
export const NANGO_EMAIL_PATTERN =
  // eslint-disable-next-line no-useless-escape -- kept byte-for-byte equal to zod's source
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** True when Nango would accept `value` as an `end_user_email` tag. */
export function isNangoEmail(value: string): boolean {
  return NANGO_EMAIL_PATTERN.test(value);
}

/** Explains the key rule in words, because the server will not. */
export const TAG_KEY_RULE =
  'Tag keys start with a letter and use only letters, digits, _ - . or / (at most 64 characters).';

/**
 * Checks a tag set exactly as the server would, plus the merged-count limit.
 * Returns every problem found, each at `['tags', key]`, or at `['tags']` for set-level ones.
 */
export function validateTags(tags: Tags): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, string>();
  const keys = Object.keys(tags);
  for (const key of keys) {
    const value = tags[key] ?? '';
    const path = ['tags', key];
    if (!TAG_KEY_PATTERN.test(key) || key.length > TAG_KEY_MAX) {
      errors.push({ path, message: TAG_KEY_RULE });
    }
    const lower = key.toLowerCase();
    const clash = seen.get(lower);
    if (clash !== undefined) {
      errors.push({
        path,
        message: `"${key}" and "${clash}" are the same key: Nango lowercases keys.`,
      });
    }
    seen.set(lower, key);
    if (value.length === 0) errors.push({ path, message: 'A tag value cannot be empty.' });
    if (value.length > TAG_VALUE_MAX) {
      errors.push({ path, message: `A tag value is at most ${TAG_VALUE_MAX} characters.` });
    }
    if (lower === 'end_user_email' && value.length > 0 && !isNangoEmail(value)) {
      errors.push({ path, message: 'end_user_email must be a valid email address.' });
    }
  }
  if (keys.length > TAG_COUNT_MAX) {
    errors.push({
      path: ['tags'],
      message: `At most ${TAG_COUNT_MAX} tags in all (Handoff adds ${HANDOFF_OWN_TAGS.join(' and ')}); this has ${keys.length}.`,
    });
  }
  return errors;
}

/** Lowercases keys the way the server stores them. Call only on a set that passed validation. */
export function normaliseTags(tags: Tags): Tags {
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), v]));
}
