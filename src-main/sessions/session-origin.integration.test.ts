import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeNango } from '../../test-support/fake-nango';
import { startTestServer } from '../../test-support/fake-nango/test-server';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';

// A session is revoked at the server that issued it, even after its profile moved elsewhere.
let t: TestApp;
let other: FakeNango;
let profileId: string;

beforeEach(async () => {
  t = await startTestApp();
  other = (await startTestServer()).nango;
  profileId = await addProfile(t);
});
afterEach(async () => {
  await t.close();
  await other.close();
});

const createOnA = () =>
  t.ok<HandoffSession>('sessions:create', {
    profileId,
    tags: { end_user_id: 'u-42' },
    allowedIntegrations: [],
  });

const status = async (id: string) =>
  (await t.ok<{ sessions: HandoffSession[] }>('app:snapshot', {})).sessions.find((s) => s.id === id)
    ?.status;

describe('a session remembers the API that issued it', () => {
  it('revokes at the issuing server after the profile moved to another one', async () => {
    const session = await createOnA();
    await t.ok('profiles:update', { id: profileId, apiBaseUrl: other.url });

    const revoked = await t.ok<HandoffSession>('sessions:revoke', { id: session.id });
    expect(revoked.status).toBe('revoked');
    // A, which issued it, no longer honours the token; B never heard of it.
    expect(t.nango.sessions()[0]).toMatchObject({ revoked: true });
    expect(other.requests.filter((r) => r.path === '/connect/session')).toEqual([]);
    const deletes = t.outgoing.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => new URL(r.url).origin)).toEqual([new URL(t.nango.url).origin]);
    expect(deletes[0]?.authorization).toBe(`Bearer ${t.nango.sessions()[0]?.token}`);
  });

  it('shows revoked only when the issuing server confirmed it', async () => {
    const session = await createOnA();
    // A 401 that is not unknown_connect_session_token proves nothing about the link.
    t.nango.setFault({ kind: 'status', status: 401 }, { path: '/connect/session', times: 1 });
    // Not confirmed: the revoke is queued (revoke pending), never shown as done.
    const refused = await t.ok<HandoffSession>('sessions:revoke', { id: session.id });
    expect(refused.revokePending?.reason).toBeTruthy();
    expect(await status(session.id)).toBe('active');
    expect(t.nango.sessions()[0]).toMatchObject({ revoked: false });
    // The profile's key is not blamed: no secret key was involved.
    const state = await t.ok<{ profiles: { profiles: { key: { status: string } }[] } }>(
      'app:snapshot',
      {},
    );
    expect(state.profiles.profiles[0]?.key.status).toBe('ok');

    expect((await t.ok<HandoffSession>('sessions:revoke', { id: session.id })).status).toBe(
      'revoked',
    );
    expect(t.nango.sessions()[0]).toMatchObject({ revoked: true });
  });

  it('still revokes a session whose profile was removed', async () => {
    const session = await createOnA();
    await t.ok('profiles:remove', { id: profileId });
    expect((await t.ok<HandoffSession>('sessions:revoke', { id: session.id })).status).toBe(
      'revoked',
    );
    expect(t.nango.sessions()[0]).toMatchObject({ revoked: true });
  });

  it('opens a link vetted against the Connect UI it was issued for', async () => {
    const session = await createOnA();
    await t.ok('profiles:update', { id: profileId, connectUiBaseUrl: 'https://connect.acme.test' });
    await t.ok('sessions:open-link', { id: session.id });
    expect(t.desktop.opened).toEqual([session.connectLink]);
  });
});
