import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchedCount } from '../../lib/visibility-observer';
import { useClockStore } from '../../stores/use-clock-store';
import { actAsync, render } from '../../test/render';
import { OnScreenItem } from '../../ui/on-screen-item';
import { SessionCountdown } from './session-countdown';

/** A stand-in IntersectionObserver the test drives by hand. */
class ManualObserver {
  static instances: ManualObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    ManualObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  show(visible: boolean) {
    const entries = [...this.targets].map((target) => ({ target, isIntersecting: visible }));
    this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

const EXPIRES = new Date(30 * 60_000).toISOString();
const text = () => document.querySelector('[data-testid="session-countdown"]')?.textContent;

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', ManualObserver);
  useClockStore.setState({ now: 0 });
});
afterEach(() => vi.unstubAllGlobals());

describe('SessionCountdown', () => {
  it('ticks on screen, stands still off screen, and catches up when it comes back', async () => {
    const view = await render(<SessionCountdown expiresAt={EXPIRES} />);
    const observer = ManualObserver.instances.at(-1)!;
    expect(text()).toBe('30:00');
    await actAsync(() => useClockStore.setState({ now: 1000 }));
    expect(text()).toBe('29:59');

    await actAsync(() => observer.show(false));
    await actAsync(() => useClockStore.setState({ now: 60_000 }));
    expect(text()).toBe('29:59');

    await actAsync(() => observer.show(true));
    expect(text()).toBe('29:00');
    await view.unmount();
    expect(watchedCount()).toBe(0);
  });

  it('inside an OnScreenItem, follows the browser’s content-visibility answer instead', async () => {
    const view = await render(
      <ul>
        <OnScreenItem className="item">
          <SessionCountdown expiresAt={EXPIRES} />
        </OnScreenItem>
      </ul>,
    );
    expect(watchedCount()).toBe(0); // no IntersectionObserver target of its own
    const item = view.container.querySelector('li')!;
    const skipped = (value: boolean) =>
      item.dispatchEvent(
        Object.assign(new Event('contentvisibilityautostatechange'), { skipped: value }),
      );
    await actAsync(() => useClockStore.setState({ now: 1000 }));
    expect(text()).toBe('29:59');

    await actAsync(() => skipped(true));
    await actAsync(() => useClockStore.setState({ now: 60_000 }));
    expect(text()).toBe('29:59');
    expect(item.dataset.onScreen).toBe('false');

    await actAsync(() => skipped(false));
    expect(text()).toBe('29:00');
    await view.unmount();
  });
});
