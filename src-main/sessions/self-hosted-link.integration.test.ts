import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffSession } from '../../src-shared/models/session';
import { startTestApp, TEST_KEY, type TestApp } from '../app/app-test-kit';

// A default self-hosted Nango hands out http://localhost:3009/?session_token=… links.
const SELF_HOSTED_UI = 'http://localhost:3009';
let t: TestApp;
let profileId: string;

beforeEach(async () => {
  t = await startTestApp({ nango: { connectUiBase: SELF_HOSTED_UI } });
  profileId = (
    await t.ok<{ id: string }>('profiles:create', {
      name: 'Self-hosted',
      apiBaseUrl: t.nango.url,
      connectUiBaseUrl: SELF_HOSTED_UI,
    })
  ).id;
  await t.ok('key:set', { profileId, secretKey: TEST_KEY });
});
afterEach(() => t.close());

describe('a default self-hosted Nango', () => {
  it('hands out its loopback http link with apiURL, and opens it in the browser', async () => {
    const session = await t.ok<HandoffSession>('sessions:create', {
      profileId,
      tags: { end_user_id: 'u-42' },
      allowedIntegrations: [],
    });
    const link = new URL(session.connectLink);
    expect(link.origin).toBe(SELF_HOSTED_UI);
    expect(link.searchParams.get('session_token')).toBe(t.nango.sessions()[0]?.token);
    expect(link.searchParams.get('apiURL')).toBe(t.nango.url);
    expect(t.nango.sessions()[0]).toMatchObject({ revoked: false });
    await t.ok('sessions:open-link', { id: session.id });
    expect(t.desktop.opened).toEqual([session.connectLink]);
  });
});
