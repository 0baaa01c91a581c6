import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffSession } from '../../../../src-shared/models/session';
import { useClockStore } from '../../stores/use-clock-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { useSpotlightStore } from '../../stores/use-spotlight-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aSession } from '../../test/fixtures';
import { actAsync, render } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { SessionCard } from './session-card';

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  useClockStore.setState({ now: 0 });
});
afterEach(() => resetStores(null));

/** `session` with its revoke queued (Handoff offline), as `sessions:revoke` returns it then. */
function queuedRevoke(session: HandoffSession): HandoffSession {
  return {
    ...session,
    revokePending: { since: 'x', attempts: 1, reason: 'Handoff is offline.', nextAttemptAt: null },
  };
}

/** The card of the store's first session, re-rendered as main's answers arrive. */
function Live() {
  const session = useSessionsStore((s) => s.sessions[0]);
  return session ? <SessionCard session={session} /> : null;
}

describe('SessionCard', () => {
  it('shows a scannable QR and a countdown while live', async () => {
    useSessionsStore.setState({ sessions: [aSession({}, 0)] });
    const view = await render(<SessionCard session={aSession({}, 0)} />);
    const card = view.byTestId('session-card');
    expect(card?.dataset.status).toBe('active');
    expect(card?.dataset.sessionId).toBe('s1');
    // Drawn inline (nothing to decode before it paints), named as an image.
    const qr = view.byTestId('session-qr');
    expect(qr?.tagName.toLowerCase()).toBe('svg');
    expect(qr?.getAttribute('role')).toBe('img');
    expect(qr?.getAttribute('aria-label')).toMatch(/^QR code of the connect link for /);
    expect(qr?.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(view.byTestId('session-countdown')?.textContent).toBe('30:00');
    expect(view.byTestId('revoke')).not.toBeNull();
    expect(view.byTestId('dismiss')).toBeNull();
    await view.unmount();
  });

  it('draws no code while another card holds the spotlight, until "Show QR"', async () => {
    const older = aSession({}, 0);
    const newer = aSession({ id: 's2' }, 1000);
    useSessionsStore.setState({ sessions: [older, newer] });
    const view = await render(<SessionCard session={older} />);
    expect(view.byTestId('session-qr')).toBeNull();
    expect(view.byTestId('session-qr-hidden')?.textContent).toContain('QR hidden');
    await actAsync(() => view.byTestId('show-qr')?.click());
    expect(view.byTestId('session-qr')).not.toBeNull();
    expect(view.byTestId('show-qr')).toBeNull();
    await actAsync(() => view.byTestId('present')?.click());
    expect(useSpotlightStore.getState().presenterId).toBe('s1');
    await view.unmount();
  });

  it('turns amber under 5 minutes and red under 1, from the shared clock', async () => {
    const view = await render(<SessionCard session={aSession({}, 0)} />);
    await actAsync(() => useClockStore.setState({ now: 25 * 60_000 + 1 }));
    expect(view.container.querySelector('.countdown')?.className).toContain('countdown--warning');
    expect(view.byTestId('session-countdown')?.textContent).toBe('05:00');
    await actAsync(() => useClockStore.setState({ now: 29 * 60_000 + 30_000 }));
    expect(view.container.querySelector('.countdown')?.className).toContain('countdown--critical');
    await view.unmount();
  });

  it('hides the QR once the link is out of time, and offers Dismiss', async () => {
    const view = await render(<SessionCard session={aSession({}, 0)} />);
    await actAsync(() => useClockStore.setState({ now: 30 * 60_000 }));
    expect(view.byTestId('session-card')?.dataset.status).toBe('expired');
    expect(view.byTestId('session-qr')).toBeNull();
    expect(view.byTestId('session-qr-dead')?.textContent).toContain('Expired');
    expect(view.byTestId<HTMLButtonElement>('revoke')?.disabled).toBe(true);
    expect(view.byTestId<HTMLButtonElement>('copy-link')?.disabled).toBe(true);
    fake.handle('sessions:dismiss', () => ({ ok: true, data: [] }));
    await actAsync(() => view.byTestId('dismiss')?.click());
    expect(fake.calls.at(-1)).toEqual({ channel: 'sessions:dismiss', request: { id: 's1' } });
    await view.unmount();
  });

  it('asks before revoking, then revokes', async () => {
    const session = aSession({}, 0);
    useSessionsStore.setState({ sessions: [session] });
    fake.handle('sessions:revoke', () => ({ ok: true, data: { ...session, status: 'revoked' } }));
    const view = await render(<SessionCard session={session} />);
    await actAsync(() => view.byTestId('revoke')?.click());
    expect(fake.calls).toHaveLength(0);
    await actAsync(() => view.byTestId('revoke-confirm')?.click());
    expect(fake.calls).toEqual([{ channel: 'sessions:revoke', request: { id: 's1' } }]);
    expect(useSessionsStore.getState().sessions[0]?.status).toBe('revoked');
    await view.unmount();
  });

  it('puts focus on Dismiss once a revoke is confirmed, not on the page', async () => {
    const session = aSession({}, 0);
    useSessionsStore.setState({ sessions: [session] });
    fake.handle('sessions:revoke', () => ({ ok: true, data: { ...session, status: 'revoked' } }));
    const view = await render(<Live />);
    await actAsync(() => view.byTestId('revoke')?.click());
    await actAsync(() => view.byTestId('revoke-confirm')?.click());
    expect(view.byTestId('session-card')?.dataset.status).toBe('revoked');
    expect(document.activeElement).toBe(view.byTestId('dismiss'));
    await view.unmount();
  });

  it('puts focus on "Retry revoke now" when the revoke is queued, then on Dismiss once it lands', async () => {
    const session = aSession({}, 0);
    const queued = queuedRevoke(session);
    useSessionsStore.setState({ sessions: [session] });
    fake.handle('sessions:revoke', () => ({ ok: true, data: queued }));
    const view = await render(<Live />);
    await actAsync(() => view.byTestId('revoke')?.click());
    await actAsync(() => view.byTestId('revoke-confirm')?.click());
    expect(view.byTestId('session-card')?.dataset.revokePending).toBe('true');
    expect(document.activeElement).toBe(view.byTestId('revoke-retry'));

    // Still unconfirmed: focus stays on the retry, the next thing to press.
    await actAsync(() => view.byTestId('revoke-retry')?.click());
    expect(document.activeElement).toBe(view.byTestId('revoke-retry'));

    fake.handle('sessions:revoke', () => ({ ok: true, data: { ...session, status: 'revoked' } }));
    await actAsync(() => view.byTestId('revoke-retry')?.click());
    expect(view.byTestId('session-card')?.dataset.status).toBe('revoked');
    expect(document.activeElement).toBe(view.byTestId('dismiss'));
    await view.unmount();
  });

  it('does not pull focus back when a queued revoke is confirmed in the background', async () => {
    const session = aSession({}, 0);
    const queued = queuedRevoke(session);
    useSessionsStore.setState({ sessions: [session] });
    fake.handle('sessions:revoke', () => ({ ok: true, data: queued }));
    const elsewhere = document.body.appendChild(document.createElement('button'));
    const view = await render(<Live />);
    await actAsync(() => view.byTestId('revoke')?.click());
    await actAsync(() => view.byTestId('revoke-confirm')?.click());
    expect(document.activeElement).toBe(view.byTestId('revoke-retry'));
    elsewhere.focus();
    await actAsync(() => useSessionsStore.getState().upsert({ ...session, status: 'revoked' }));
    expect(view.byTestId('dismiss')).not.toBeNull();
    expect(document.activeElement).toBe(elsewhere);
    await view.unmount();
    elsewhere.remove();
  });

  it('says "Copied" after copying', async () => {
    fake.handle('sessions:copy-link', () => ({ ok: true, data: null }));
    const view = await render(<SessionCard session={aSession({}, 0)} />);
    await actAsync(() => view.byTestId('copy-link')?.click());
    expect(view.byTestId('copy-link')?.textContent).toBe('Copied');
    expect(view.byTestId('copy-feedback')?.textContent).toMatch(/copied/i);
    await view.unmount();
  });
});
