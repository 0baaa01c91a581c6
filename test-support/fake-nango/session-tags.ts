/**
 * How a session's tags are built: tags generated from the deprecated end_user / organization,
 * overlaid by the top-level tags (keys lowercased).
 */
import { lowercaseKeys } from './state';
import type { EndUser, Tags } from './types';
import type { SessionBody } from './validate-session-body';

/** Above this, the real server fails with a 500 instead of a 400 (a known pitfall). */
export const MERGED_TAGS_MAX = 10;

/** Tags the server derives from the deprecated objects; null when there are none. */
export function tagsFromEndUser(
  endUser: SessionBody['end_user'],
  organization: SessionBody['organization'],
): Tags | null {
  const tags: Tags = {};
  if (endUser) {
    tags.end_user_id = endUser.id;
    if (endUser.email) tags.end_user_email = endUser.email;
    if (endUser.display_name) tags.end_user_display_name = endUser.display_name;
  }
  if (organization) {
    tags.organization_id = organization.id;
    if (organization.display_name) tags.organization_display_name = organization.display_name;
  }
  return Object.keys(tags).length > 0 ? tags : null;
}

/** `{...endUserTags, ...tags}`; null when the body had neither (connect sessions only). */
export function mergeSessionTags(body: SessionBody): Tags | null {
  const generated = tagsFromEndUser(body.end_user, body.organization);
  if (!generated && !body.tags) return null;
  return { ...generated, ...lowercaseKeys(body.tags ?? {}) };
}

/** The stored end user for a session, or null without the deprecated object. */
export function endUserFromBody(body: SessionBody): EndUser | null {
  if (!body.end_user) return null;
  const org = body.organization;
  return {
    id: body.end_user.id,
    email: body.end_user.email ?? null,
    display_name: body.end_user.display_name ?? null,
    tags: body.end_user.tags ?? null,
    organization: org ? { id: org.id, display_name: org.display_name ?? null } : null,
  };
}
