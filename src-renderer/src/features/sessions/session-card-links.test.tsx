import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useClockStore } from '../../stores/use-clock-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aSession } from '../../test/fixtures';
import { actAsync, render } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { describeRevokeAll, RevokeAll } from './revoke-all';
import { SessionCard } from './session-card';

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  useClockStore.setState({ now: 0 });
});
afterEach(() => resetStores(null));

const pendingRevoke = {
  since: new Date(0).toISOString(),
  attempts: 2,
  reason: 'Nango could not be reached (offline).',
  nextAttemptAt: new Date(15_000).toISOString(),
};

describe('a card whose link is not simply live', () => {
  it('revoke pending: no QR, no copy, says why, and offers a retry', async () => {
    const session = aSession({ revokePending: pendingRevoke }, 0);
    useSessionsStore.setState({ sessions: [session] });
    fake.handle('sessions:revoke', () => ({ ok: true, data: { ...session, status: 'revoked' } }));
    const view = await render(<SessionCard session={session} />);
    expect(view.byTestId('session-card')?.dataset.revokePending).toBe('true');
    expect(view.byTestId('session-qr')).toBeNull();
    expect(view.byTestId('session-qr-dead')?.textContent).toContain('Revoking');
    expect(view.byTestId<HTMLButtonElement>('copy-link')?.disabled).toBe(true);
    expect(view.byTestId('revoke-pending')?.textContent).toMatch(/Revoke pending.*offline/);
    expect(view.byTestId('dismiss')).toBeNull();
    await actAsync(() => view.byTestId('revoke-retry')?.click());
    expect(fake.calls).toEqual([{ channel: 'sessions:revoke', request: { id: 's1' } }]);
    await view.unmount();
  });

  it('connected: integration, connection id and time, and Save to reconnect desk', async () => {
    const session = aSession(
      {
        status: 'completed',
        completion: {
          connectionId: 'conn-1',
          integrationId: 'github',
          at: new Date(60_000).toISOString(),
        },
      },
      0,
    );
    fake.handle('sessions:save-to-desk', () => ({ ok: true, data: {} }));
    const view = await render(<SessionCard session={session} />);
    expect(view.byTestId('session-status')?.textContent).toBe('Connected');
    expect(view.byTestId('completion')?.textContent).toMatch(/github.*conn-1/);
    expect(view.byTestId('session-qr')).toBeNull();
    await actAsync(() => view.byTestId('save-to-desk')?.click());
    expect(fake.calls).toEqual([{ channel: 'sessions:save-to-desk', request: { id: 's1' } }]);
    await view.unmount();
  });

  it('unverified after a restart: says so, keeps the link usable', async () => {
    const session = aSession({ verification: 'unverified' }, 0);
    useSessionsStore.setState({ sessions: [session] });
    const view = await render(<SessionCard session={session} />);
    expect(view.byTestId('unverified')?.textContent).toMatch(/could not be asked/);
    expect(view.byTestId<HTMLButtonElement>('copy-link')?.disabled).toBe(false);
    await view.unmount();
  });
});

describe('Revoke all', () => {
  it('asks, revokes, and says what was revoked and queued', async () => {
    useSessionsStore.setState({ sessions: [aSession({ id: 'a' }), aSession({ id: 'b' })] });
    fake.handle('sessions:revoke-all', () => ({ ok: true, data: { revoked: 1, queued: 1 } }));
    const view = await render(<RevokeAll />);
    await actAsync(() => view.byTestId('revoke-all')?.click());
    expect(fake.calls).toEqual([]);
    expect(view.container.textContent).toContain('Revoke all 2 live links, in every profile?');
    await actAsync(() => view.byTestId('revoke-all-confirm')?.click());
    expect(fake.calls.map((c) => c.channel)).toEqual(['sessions:revoke-all']);
    expect(view.byTestId('revoke-all-summary')?.textContent).toBe(
      'Revoked 1 link. 1 link queued: Nango could not be reached; Handoff keeps trying.',
    );
    await view.unmount();
  });

  it('the menu command opens the question with focus on confirm; with nothing live it says so', async () => {
    useSessionsStore.setState({ sessions: [aSession({ id: 'a' })] });
    const view = await render(<RevokeAll />);
    await actAsync(() => useSessionsStore.getState().askRevokeAll());
    expect(document.activeElement).toBe(view.byTestId('revoke-all-confirm'));
    await view.unmount();
    resetStores(fake.api);
    const empty = await render(<RevokeAll />);
    await actAsync(() => useSessionsStore.getState().askRevokeAll());
    expect(empty.byTestId('revoke-all-summary')?.textContent).toBe('No link was live.');
    await empty.unmount();
  });

  it('describes summaries', () => {
    expect(describeRevokeAll({ revoked: 3, queued: 0 })).toBe('Revoked 3 links.');
  });
});
