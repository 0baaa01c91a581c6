/**
 * What the next link of a card is made from: the same profile, tags, integrations and
 * pre-flight as the card's current link (connect), or a new reconnect session for the same
 * connection with the same tags (reconnect). Handoff's own tags are set afresh by the service.
 */
import {
  CONNECT_UI_LANGS,
  CONNECT_UI_THEMES,
  type ConnectUiLang,
  type ConnectUiTheme,
  type Preflight,
} from '../../../src-shared/models/preflight';
import type { HandoffSession, Tags } from '../../../src-shared/models/session';
import { HANDOFF_TAG, INSTALL_TAG } from '../../../src-shared/tags/tag-rules';
import type { CreateSessionInput, ReconnectInput, SessionRecipe } from '../session-service';

/** The session service's input for the next link. */
export type SuccessorInput =
  { kind: 'connect'; input: CreateSessionInput } | { kind: 'reconnect'; input: ReconnectInput };

const ownTags = new Set([HANDOFF_TAG, INSTALL_TAG]);

/** The tags the card's link was asked with, less Handoff's own. */
function customerTags(tags: Tags): Tags {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => !ownTags.has(key)));
}

/** Builds the input for `head`'s successor. */
export function successorInput(head: HandoffSession, recipe: SessionRecipe): SuccessorInput {
  const tags = customerTags(head.tags);
  if (head.kind === 'reconnect') {
    return {
      kind: 'reconnect',
      input: {
        profileId: head.profileId,
        connectionId: head.connectionId ?? '',
        integrationId: head.integrationId ?? head.allowedIntegrations[0] ?? '',
        label: head.label,
        tags,
        broken: recipe.broken ?? false,
      },
    };
  }
  // The language and theme the card's link was made with, even if the profile's defaults
  // changed since: the customer sees the same Connect UI on every refresh.
  const preflight: Preflight = { ...recipe.preflight };
  const lang = CONNECT_UI_LANGS.find((l): l is ConnectUiLang => l === head.phoneLang);
  const theme = CONNECT_UI_THEMES.find((t): t is ConnectUiTheme => t === head.phoneTheme);
  if (lang) preflight.lang = lang;
  if (theme) preflight.theme = theme;
  return {
    kind: 'connect',
    input: {
      profileId: head.profileId,
      tags,
      allowedIntegrations: [...head.allowedIntegrations],
      ...(Object.keys(preflight).length > 0 ? { preflight } : {}),
    },
  };
}
