import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useClockStore } from '../../stores/use-clock-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { createFakeApi } from '../../test/fake-api';
import { aSession } from '../../test/fixtures';
import { actAsync, render, type Rendered } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { SessionGrid } from './session-grid';

// jsdom lays nothing out: a two-column grid of 600 px rows in a `.main` box that shows 64-820
// px, scrolled by `scrollTop` (which jsdom does not keep either).
let scrolled = 0;
const boxOf = vi.fn(function (this: Element) {
  const box = (top: number, bottom: number) => ({ top, bottom }) as DOMRect;
  if (this.classList.contains('main')) return box(64, 820);
  if (!this.classList.contains('session-grid__item')) return box(0, 0);
  const row = Math.floor([...(this.parentElement?.children ?? [])].indexOf(this) / 2);
  const top = 64 + row * 600 - scrolled;
  return box(top, top + 580);
});

const session = (id: string, createdMs: number) =>
  aSession({ id, tags: { end_user_id: `cus_${id}`, handoff_id: id } }, createdMs);

let view: Rendered;
let main: HTMLElement;
beforeEach(async () => {
  resetStores(createFakeApi().api);
  useClockStore.setState({ now: 0 });
  scrolled = 0;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(boxOf);
  useSessionsStore.setState({ sessions: [session('c', 3), session('b', 2), session('a', 1)] });
  view = await render(
    <main className="main">
      <SessionGrid />
    </main>,
  );
  main = view.container.querySelector<HTMLElement>('.main')!;
  Object.defineProperty(main, 'scrollTop', {
    get: () => scrolled,
    set: (px: number) => (scrolled = px),
  });
});
afterEach(async () => {
  await view.unmount();
  vi.restoreAllMocks();
  resetStores(null);
});

const card = (id: string) =>
  view.container.querySelector<HTMLElement>(`[data-session-id="${id}"]`)!;

describe('SessionGrid with focus in a card', () => {
  it('scrolls by the row a focused right-hand card drops when a card arrives at the top', async () => {
    await actAsync(() => card('b').focus());
    await actAsync(() => useSessionsStore.getState().applyChange([session('d', 4)], []));
    expect(scrolled).toBe(600);
    expect(document.activeElement).toBe(card('b'));
    // Now on the left: the next arrival moves it along its row, and nothing scrolls.
    await actAsync(() => useSessionsStore.getState().applyChange([session('e', 5)], []));
    expect(scrolled).toBe(600);
  });

  it('scrolls back up when a card before it leaves', async () => {
    await actAsync(() => card('a').focus());
    scrolled = 600; // card a, third, leads the second row: at the top of the screen
    await actAsync(() => useSessionsStore.getState().applyChange([], ['c']));
    expect(scrolled).toBe(0);
  });

  it('leaves the scroll alone with focus outside the grid, or on the card the form just made', async () => {
    await actAsync(() => useSessionsStore.getState().applyChange([session('d', 4)], []));
    expect(scrolled).toBe(0);
    await actAsync(() => card('b').focus());
    await actAsync(() => useSessionsStore.getState().applyChange([session('e', 5)], [], 'e'));
    expect(scrolled).toBe(0);
    expect(document.activeElement).toBe(card('e'));
  });
});
