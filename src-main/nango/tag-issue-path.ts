/**
 * Some of the server's tag errors name the tag only in their message and sit at `["tags"]`:
 * `Tag "end_user_email" must be a valid email` (server-behaviour.md). Moved to
 * `["tags","end_user_email"]`, they show on the field the rep typed into instead of on the
 * whole tag set.
 */
import type { NangoErrorBody } from './nango-error-body';

type Issue = NangoErrorBody['issues'][number];

const NAMED_TAG = /^Tag "([^"]+)" /;

/** The issue at the path of the tag its message names, or unchanged. */
export function atNamedTagPath(issue: Issue): Issue {
  if (issue.path.length !== 1 || issue.path[0] !== 'tags') return issue;
  const key = NAMED_TAG.exec(issue.message ?? '')?.[1];
  return key === undefined ? issue : { ...issue, path: ['tags', key] };
}
