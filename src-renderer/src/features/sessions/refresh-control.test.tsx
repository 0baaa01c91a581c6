import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RefreshState } from '../../../../src-shared/models/refresh';
import { useClockStore } from '../../stores/use-clock-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aSession } from '../../test/fixtures';
import { actAsync, render } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { RefreshControl } from './refresh-control';

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  useClockStore.setState({ now: 0 });
});
afterEach(() => resetStores(null));

const state = (extra: Partial<RefreshState>): RefreshState => ({
  on: true,
  phase: 'scheduled',
  count: 0,
  since: new Date(0).toISOString(),
  nextAt: new Date(27 * 60_000).toISOString(),
  ...extra,
});

/** The control of the store's first session, re-rendered as main's answers arrive. */
function Live() {
  const session = useSessionsStore((s) => s.sessions[0]);
  return session ? (
    <RefreshControl session={session} status={session.status} onError={() => undefined} />
  ) : null;
}

describe('RefreshControl', () => {
  it('is a labelled switch that says its state, and asks main to turn refreshing on', async () => {
    useSessionsStore.setState({ sessions: [aSession()] });
    fake.handle('sessions:set-refresh', () => ({
      ok: true,
      data: aSession({ refresh: state({ choice: 'on' }) }),
    }));
    const view = await render(<Live />);
    const input = view.byTestId<HTMLInputElement>('refresh-toggle')!;
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.checked).toBe(false);
    expect(input.closest('label')?.textContent).toContain('Refresh automatically');
    expect(view.byTestId('refresh')?.textContent).toContain('Off');
    input.focus();
    await actAsync(() => input.click());
    expect(fake.calls.at(-1)).toEqual({
      channel: 'sessions:set-refresh',
      request: { id: 's1', enabled: true },
    });
    expect(input.checked).toBe(true);
    expect(document.activeElement).toBe(input);
    expect(view.byTestId('refresh-status')?.textContent).toMatch(
      /New code at .* \(refresh 1 of 4\)/,
    );
    expect(input.getAttribute('aria-describedby')).toBe(view.byTestId('refresh-status')?.id);
    await view.unmount();
  });

  it('says why it stopped and offers Continue', async () => {
    const capped = state({ phase: 'capped', count: 4, reason: '4 refreshes in a row.' });
    useSessionsStore.setState({ sessions: [aSession({ refresh: capped })] });
    fake.handle('sessions:continue-refresh', () => ({
      ok: true,
      data: aSession({ refresh: state({}) }),
    }));
    const view = await render(<Live />);
    expect(view.byTestId('refresh-status')?.textContent).toBe(
      'Refreshing stopped — 4 refreshes in a row.',
    );
    await actAsync(() => view.byTestId('refresh-continue')?.click());
    expect(fake.calls.at(-1)).toEqual({
      channel: 'sessions:continue-refresh',
      request: { id: 's1' },
    });
    expect(view.byTestId('refresh-continue')).toBeNull();
    await view.unmount();
  });

  it('says when refreshing waits or fails, and keeps the current code', async () => {
    const retrying = state({
      phase: 'retrying',
      attempts: 1,
      reason: 'Nango could not be reached (offline).',
    });
    useSessionsStore.setState({ sessions: [aSession({ refresh: retrying })] });
    const view = await render(<Live />);
    expect(view.byTestId('refresh-status')?.textContent).toMatch(
      /^Could not make the next code: Nango could not be reached \(offline\)\. This code still works; trying again at/,
    );
    await view.unmount();
  });

  it('is not offered on a revoked card, nor on an expired one that never refreshed', async () => {
    useSessionsStore.setState({ sessions: [aSession({ status: 'revoked', refresh: state({}) })] });
    const revoked = await render(<Live />);
    expect(revoked.byTestId('refresh')).toBeNull();
    await revoked.unmount();
    useSessionsStore.setState({ sessions: [aSession({ status: 'expired' })] });
    const expired = await render(<Live />);
    expect(expired.byTestId('refresh')).toBeNull();
    await expired.unmount();
  });
});
