import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useClockStore } from '../../stores/use-clock-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aSession } from '../../test/fixtures';
import { actAsync, render } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { SessionGrid } from './session-grid';

// Counts card renders through a child every card renders once per render of its own.
const rendered = vi.hoisted(() => [] as string[]);
vi.mock('./session-tags', () => ({
  SessionTags: ({ tags }: { tags: Record<string, string> }) => {
    rendered.push(tags.handoff_id ?? '');
    return null;
  },
}));

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  useClockStore.setState({ now: 0 });
  rendered.length = 0;
});
afterEach(() => resetStores(null));

const session = (id: string, createdMs: number, status: 'active' | 'revoked' = 'active') =>
  aSession({ id, status, tags: { end_user_id: `cus_${id}`, handoff_id: id } }, createdMs);

describe('SessionGrid', () => {
  it('renders only the new card (and the one it takes the spotlight from) when one arrives', async () => {
    useSessionsStore.setState({ sessions: [session('b', 2), session('a', 1)] });
    const view = await render(<SessionGrid />);
    expect(rendered.sort()).toEqual(['a', 'b']);
    rendered.length = 0;
    await actAsync(() => useSessionsStore.getState().applyChange([session('c', 3)], []));
    expect(view.allByTestId('session-card').map((c) => c.dataset.sessionId)).toEqual([
      'c',
      'b',
      'a',
    ]);
    // b drew the full QR until c took the spotlight; a's card is left alone.
    expect(rendered.sort()).toEqual(['b', 'c']);
    await view.unmount();
  });

  it('hands focus to the card that took a dismissed card’s place', async () => {
    const dead = [
      session('c', 3, 'revoked'),
      session('b', 2, 'revoked'),
      session('a', 1, 'revoked'),
    ];
    useSessionsStore.setState({ sessions: dead });
    fake.handle('sessions:dismiss', () => ({ ok: true, data: [dead[0], dead[2]] }));
    const view = await render(<SessionGrid />);
    const middle = view.container.querySelector('[data-session-id="b"]');
    await actAsync(() => middle?.querySelector<HTMLElement>('[data-testid="dismiss"]')?.click());
    await actAsync(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(view.allByTestId('session-card').map((c) => c.dataset.sessionId)).toEqual(['c', 'a']);
    expect((document.activeElement as HTMLElement | null)?.dataset.sessionId).toBe('a');
    await view.unmount();
  });
});
