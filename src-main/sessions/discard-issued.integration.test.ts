import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';

// A session the server created but the app cannot show is revoked at once, never left live.
let t: TestApp | undefined;
afterEach(() => t?.close());

const request = (profileId: string) => ({
  profileId,
  tags: { end_user_id: 'u-42' },
  allowedIntegrations: [],
});

const listed = async (app: TestApp) =>
  (await app.ok<{ sessions: HandoffSession[] }>('app:snapshot', {})).sessions;

describe('sessions the app cannot show', () => {
  it('revokes a session whose link fails vetting, and says so', async () => {
    t = await startTestApp({ nango: { connectUiBase: 'https://connect.evil.test' } });
    const profileId = await addProfile(t);
    const result = await t.call('sessions:create', request(profileId));
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain('not on this profile');
    expect(message).toContain('was revoked, so the link cannot be used');
    expect(t.nango.sessions()).toMatchObject([{ revoked: true }]);
    expect(await listed(t)).toEqual([]);
  });

  it('says how long an unvetted session stays valid when it cannot be revoked', async () => {
    t = await startTestApp({ nango: { connectUiBase: 'https://connect.evil.test' } });
    const profileId = await addProfile(t);
    t.nango.setFault({ kind: 'drop' }, { path: '/connect/session' });
    const result = await t.call('sessions:create', request(profileId));
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const until = t.nango.sessions()[0]?.expiresAt.slice(11, 16);
    expect(result.ok ? '' : result.error.message).toContain(
      `could not revoke the session Nango created for it; it stays valid until ${until} UTC`,
    );
  });

  it('revokes a session whose profile was removed while the create was in flight', async () => {
    t = await startTestApp();
    const app = t;
    const profileId = await addProfile(app);
    app.nango.setFault({ kind: 'slow', delayMs: 800 }, { path: '/connect/sessions', times: 1 });
    const creating = app.call('sessions:create', request(profileId));
    // Remove only once the create is on the wire (the key already read and sent).
    await expect.poll(() => app.outgoing.some((r) => r.method === 'POST')).toBe(true);
    await app.ok('profiles:remove', { id: profileId });
    const result = await creating;
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(result.ok ? '' : result.error.message).toContain(
      'removed while the link was being created',
    );
    expect(app.nango.sessions()).toMatchObject([{ revoked: true }]);
    expect(await listed(app)).toEqual([]);
  });
});
