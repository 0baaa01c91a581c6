import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useClockStore } from '../../stores/use-clock-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { useFocusStore } from '../../stores/use-focus-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aSession } from '../../test/fixtures';
import { actAsync, render } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { WINDOW_FROM } from './use-grid-window';
import { SessionGrid } from './session-grid';

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  useClockStore.setState({ now: 0 });
});
afterEach(() => {
  vi.restoreAllMocks();
  resetStores(null);
});

const session = (n: number) =>
  aSession({ id: `s${n}`, tags: { end_user_id: `cus_${n}`, handoff_id: `s${n}` } }, n);
/** `count` sessions, newest (highest number) first. */
const many = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => session(from + count - 1 - i));
// The windowing module loads on demand: let its import settle, then its first frame.
const frame = async () => {
  await actAsync(() => import('./grid-window'));
  await actAsync(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await actAsync(() => new Promise((resolve) => requestAnimationFrame(resolve)));
};

// jsdom has no layout: the grid reads one column of 640 px rows, no gap and a 768 px screen, so the
// window is rows 0-3 (one on screen, two beyond, rounding up) when the grid is at the top.
describe('SessionGrid past WINDOW_FROM cards', () => {
  it('renders every card, as before, up to WINDOW_FROM', async () => {
    useSessionsStore.setState({ sessions: many(WINDOW_FROM) });
    const view = await render(<SessionGrid />);
    await frame();
    expect(view.allByTestId('session-card')).toHaveLength(WINDOW_FROM);
    expect(view.container.querySelector('[aria-setsize], .session-grid__spacer')).toBeNull();
    await view.unmount();
  });

  it('renders a window, tells each card its place, and keeps the rest’s height in a spacer', async () => {
    useSessionsStore.setState({ sessions: many(500) });
    const view = await render(<SessionGrid />);
    await frame();
    const items = [...view.container.querySelectorAll('.session-grid__item')];
    expect(items.map((li) => li.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4']);
    expect(items.every((li) => li.getAttribute('aria-setsize') === '500')).toBe(true);
    const spacers = [...view.container.querySelectorAll<HTMLElement>('.session-grid__spacer')];
    expect(spacers.map((s) => s.style.height)).toEqual([`${496 * 640}px`]);
    expect(spacers[0]?.getAttribute('aria-hidden')).toBe('true');
    await view.unmount();
  });

  it('keeps the focused card rendered, and focused, when new cards push it far down', async () => {
    useSessionsStore.setState({ sessions: many(100) });
    const view = await render(<SessionGrid />);
    await frame();
    const card = view.container.querySelector<HTMLElement>('[data-session-id="s97"]');
    await actAsync(() => card?.focus());
    await actAsync(() =>
      useSessionsStore.setState({ sessions: [...many(200, 100), ...many(100)] }),
    );
    const kept = view.container.querySelector<HTMLElement>('[data-session-id="s97"]');
    expect(kept).not.toBeNull();
    expect(document.activeElement).toBe(kept);
    expect(kept?.closest('li')?.getAttribute('aria-posinset')).toBe('203');
    await view.unmount();
  });

  it('renders, focuses and scrolls to a card just made while the grid is scrolled far down', async () => {
    useSessionsStore.setState({ sessions: many(300) });
    const view = await render(<SessionGrid />);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, -100_000, 800, 200_000),
    );
    document.dispatchEvent(new Event('scroll'));
    await frame();
    expect(view.container.querySelector('[data-session-id="s299"]')).toBeNull();
    const shown = view.allByTestId('session-card').map((c) => c.dataset.sessionId);
    expect(shown).toContain('s143'); // row 156 of 300, 100,000 px down
    const scrolled = vi.fn();
    HTMLElement.prototype.scrollIntoView = scrolled;
    await actAsync(() =>
      useSessionsStore.setState({ sessions: [session(300), ...many(300)], lastCreatedId: 's300' }),
    );
    const made = view.container.querySelector<HTMLElement>('[data-session-id="s300"]');
    expect(made?.closest('li')?.getAttribute('aria-posinset')).toBe('1');
    expect(document.activeElement).toBe(made);
    expect(scrolled).toHaveBeenCalled();
    await view.unmount();
  });

  it('renders and focuses the card that takes a dismissed one’s place, far from the window', async () => {
    // 97 live cards, then three dead ones (d2, d1, d0) at the end of the list.
    const dead = [2, 1, 0].map((n) =>
      aSession({ id: `d${n}`, status: 'revoked', tags: { end_user_id: `dead_${n}` } }, n),
    );
    const live = many(97, 10);
    useSessionsStore.setState({ sessions: [...live, ...dead] });
    fake.handle('sessions:dismiss', () => ({ ok: true, data: [...live, dead[0], dead[2]] }));
    const view = await render(<SessionGrid />);
    // Scrolled to the end: d1 is rendered; its Dismiss takes focus.
    const at = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    at.mockReturnValue(new DOMRect(0, -97 * 640, 800, 100 * 640));
    document.dispatchEvent(new Event('scroll'));
    await frame();
    const dismiss = view.container.querySelector<HTMLElement>(
      '[data-session-id="d1"] [data-testid="dismiss"]',
    );
    await actAsync(() => dismiss?.focus());
    // Back at the top: only d1's row stays rendered, not d0 (its heir) in the next row.
    at.mockReturnValue(new DOMRect(0, 0, 800, 100 * 640));
    document.dispatchEvent(new Event('scroll'));
    await frame();
    expect(view.container.querySelector('[data-session-id="d0"]')).toBeNull();
    const formAsked = useFocusStore.getState().serial;
    await actAsync(() => dismiss?.click());
    await frame();
    const heir = view.container.querySelector<HTMLElement>('[data-session-id="d0"]');
    expect(document.activeElement).toBe(heir);
    expect(heir?.closest('li')?.getAttribute('aria-posinset')).toBe('99');
    expect(useFocusStore.getState().serial).toBe(formAsked);
    await view.unmount();
  });
});
