/** GET and DELETE /connect/session, authenticated by the session token itself. */
import type { Reply } from '../reply';
import type { StoredSession } from '../state';

/** The Connect UI settings of an environment that never customised them. */
const DEFAULT_UI_SETTINGS = {
  theme: { light: { primary: '#00B2E3' }, dark: { primary: '#00B2E3' } },
  showWatermark: true,
  defaultTheme: 'system',
};

/**
 * What the Connect UI reads. No expiry and no completion state: it keeps answering 200 after
 * the customer finished, which is why the client must poll connections instead.
 */
export function getSession(session: StoredSession): Reply {
  const endUser = session.endUser;
  const data: Record<string, unknown> = {
    endUser: endUser
      ? {
          id: endUser.id,
          display_name: endUser.display_name,
          email: endUser.email,
          tags: endUser.tags,
          organization: endUser.organization,
        }
      : null,
    connectUISettings: structuredClone(DEFAULT_UI_SETTINGS),
  };
  // Optional members are omitted, not null, as on the real server.
  if (session.allowedIntegrations) data.allowed_integrations = [...session.allowedIntegrations];
  if (session.integrationsConfigDefaults) {
    data.integrations_config_defaults = Object.fromEntries(
      Object.entries(session.integrationsConfigDefaults).map(([key, value]) => {
        const v = value as Record<string, unknown>;
        return [
          key,
          { connection_config: v.connection_config, authorization_params: v.authorization_params },
        ];
      }),
    );
  }
  if (session.connectionRef !== null) data.isReconnecting = true;
  if (session.overrides) data.overrides = structuredClone(session.overrides);
  return { status: 200, body: { data } };
}

/** Revokes the token: later calls with it get 401 unknown_connect_session_token. */
export function deleteSession(session: StoredSession): Reply {
  session.revoked = true;
  return { status: 204 };
}
