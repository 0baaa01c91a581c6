import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PreflightSettings } from '../../src-shared/models/preflight';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';
import { DOCS_CONNECT_REFUSED } from '../sessions/session-service';

let t: TestApp;
let profileId: string;
beforeEach(async () => {
  t = await startTestApp();
  profileId = await addProfile(t);
});
afterEach(() => t.close());

const preflight = {
  lang: 'fr' as const,
  theme: 'dark' as const,
  integrations: {
    github: {
      userScopes: 'read:user',
      authorizationParams: { prompt: 'consent' },
      connectionConfig: { oauth_scopes_override: 'repo:read' },
    },
  },
};

describe('phone pre-flight', () => {
  it('sends integrations_config_defaults and puts lang/theme on the link, keeping apiURL', async () => {
    const session = await t.ok<HandoffSession>('sessions:create', {
      profileId,
      tags: { end_user_id: 'u-1' },
      allowedIntegrations: ['github'],
      preflight,
    });
    const [server] = t.nango.sessions();
    expect(server?.integrationsConfigDefaults).toEqual({
      github: {
        user_scopes: 'read:user',
        authorization_params: { prompt: 'consent' },
        connection_config: { oauth_scopes_override: 'repo:read' },
      },
    });
    const link = new URL(session.connectLink);
    expect(link.searchParams.get('lang')).toBe('fr');
    expect(link.searchParams.get('theme')).toBe('dark');
    expect(link.searchParams.get('apiURL')).toBe(t.nango.url);
    expect(link.searchParams.get('session_token')).toBe(server?.token);
    expect(session).toMatchObject({ phoneLang: 'fr', phoneTheme: 'dark' });
  });

  it('falls back to the profile defaults for language and theme', async () => {
    await t.ok('preflight:set-defaults', { profileId, lang: 'ja', theme: 'light' });
    const session = await t.ok<HandoffSession>('sessions:create', {
      profileId,
      tags: { end_user_id: 'u-1' },
      allowedIntegrations: [],
      preflight: { theme: 'system' },
    });
    const link = new URL(session.connectLink);
    expect(link.searchParams.get('lang')).toBe('ja');
    expect(link.searchParams.get('theme')).toBe('system');
  });

  it('degrades a refused docs_connect (403) to a link without it, and says so', async () => {
    const session = await t.ok<HandoffSession>('sessions:create', {
      profileId,
      tags: { end_user_id: 'u-1' },
      allowedIntegrations: ['github'],
      preflight: { integrations: { github: { docsConnect: 'https://docs.example.com/github' } } },
    });
    expect(session.notes).toEqual([DOCS_CONNECT_REFUSED]);
    const live = t.nango.sessions().filter((s) => !s.revoked);
    expect(live).toHaveLength(1);
    expect(live[0]?.overrides ?? null).toBeNull();

    t.nango.setDocsConnectAllowed(true);
    const allowed = await t.ok<HandoffSession>('sessions:create', {
      profileId,
      tags: { end_user_id: 'u-2' },
      allowedIntegrations: ['github'],
      preflight: { integrations: { github: { docsConnect: 'https://docs.example.com/github' } } },
    });
    expect(allowed.notes).toBeUndefined();
    expect(t.nango.sessions().at(-1)?.overrides).toEqual({
      github: { docs_connect: 'https://docs.example.com/github' },
    });
  });

  it('maps deprecated end_user / organization to tags and counts them toward the limit', async () => {
    const session = await t.ok<HandoffSession>('sessions:create', {
      profileId,
      tags: {},
      allowedIntegrations: [],
      endUser: { id: 'u-9', email: 'ada@example.com', displayName: 'Ada' },
      organization: { id: 'org-1', displayName: 'Analytical Engines' },
    });
    expect(t.nango.sessions()[0]?.tags).toEqual({
      end_user_id: 'u-9',
      end_user_email: 'ada@example.com',
      end_user_display_name: 'Ada',
      organization_id: 'org-1',
      organization_display_name: 'Analytical Engines',
      handoff_id: session.id,
      // Every connect session also carries the install's tag, for completion polling.
      handoff_install: expect.any(String),
    });
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`k${i}`, 'v']));
    const full = await t.call('sessions:create', {
      profileId,
      tags: many,
      allowedIntegrations: [],
      endUser: { id: 'u', email: 'a@example.com', displayName: 'A' },
      organization: { id: 'o' },
    });
    expect(full).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const clash = await t.call('sessions:create', {
      profileId,
      tags: { end_user_id: 'one' },
      allowedIntegrations: [],
      endUser: { id: 'two' },
    });
    expect(clash).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: ['endUser', 'id'] }] },
    });
    expect(t.nango.sessions()).toHaveLength(1);
  });

  it('saves, replaces and removes presets per profile', async () => {
    let settings = await t.ok<PreflightSettings>('preflight:save-preset', {
      profileId,
      name: 'Salesforce sandbox, read-only scopes',
      preflight,
    });
    expect(settings.presets.map((p) => p.name)).toEqual(['Salesforce sandbox, read-only scopes']);
    settings = await t.ok('preflight:save-preset', {
      profileId,
      name: 'salesforce SANDBOX, read-only scopes',
      preflight: { lang: 'de' },
    });
    expect(settings.presets).toHaveLength(1);
    expect(settings.presets[0]?.preflight).toEqual({ lang: 'de' });
    settings = await t.ok('preflight:remove-preset', {
      profileId,
      presetId: settings.presets[0]!.id,
    });
    expect(settings.presets).toEqual([]);
    expect(await t.call('preflight:get', { profileId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      await t.call('sessions:create', {
        profileId,
        tags: {},
        allowedIntegrations: [],
        preflight: { lang: 'xx' as never },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
