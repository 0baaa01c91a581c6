import { Profiler } from 'react';
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

  it('inside an OnScreenItem, is off while the browser skips the item, and watched only while it renders it', async () => {
    const view = await render(
      <ul>
        <OnScreenItem className="item">
          <SessionCountdown expiresAt={EXPIRES} />
        </OnScreenItem>
      </ul>,
    );
    const observer = ManualObserver.instances.at(-1)!;
    expect(watchedCount()).toBe(1); // rendered: the observer says whether it is in view
    const item = view.container.querySelector('li')!;
    const skipped = (value: boolean) =>
      item.dispatchEvent(
        Object.assign(new Event('contentvisibilityautostatechange'), { skipped: value }),
      );
    await actAsync(() => useClockStore.setState({ now: 1000 }));
    expect(text()).toBe('29:59');

    await actAsync(() => skipped(true));
    expect(watchedCount()).toBe(0); // skipped: nothing watches it, nothing ticks
    await actAsync(() => useClockStore.setState({ now: 60_000 }));
    expect(text()).toBe('29:59');
    expect(item.dataset.onScreen).toBe('false');

    await actAsync(() => skipped(false));
    expect(text()).toBe('29:00');
    expect(watchedCount()).toBe(1);

    // Rendered (the browser renders items well beyond the screen) but out of view: still.
    await actAsync(() => observer.show(false));
    await actAsync(() => useClockStore.setState({ now: 90_000 }));
    expect(text()).toBe('29:00');
    await actAsync(() => observer.show(true));
    expect(text()).toBe('28:30');
    await view.unmount();
    expect(watchedCount()).toBe(0);
  });
  it('writes each second’s digits and label without a React render, and re-renders to change colour', async () => {
    const commits = vi.fn();
    const view = await render(
      <Profiler id="countdown" onRender={commits}>
        <SessionCountdown expiresAt={EXPIRES} />
      </Profiler>,
    );
    const time = () => document.querySelector('[data-testid="session-countdown"]')!;
    const box = () => view.container.querySelector('.countdown')!;
    const digits = time().querySelector('.countdown__digits')!.firstChild;
    await actAsync(() => useClockStore.setState({ now: 65_000 }));
    expect(text()).toBe('28:55');
    expect(time().getAttribute('aria-label')).toBe('28 minutes 55 seconds left');
    expect(time().querySelector('.countdown__digits')!.firstChild).toBe(digits); // same text node
    expect(box().getAttribute('data-urgency')).toBe('calm');
    const rendered = commits.mock.calls.length;
    await actAsync(() => useClockStore.setState({ now: 66_000 }));
    expect(text()).toBe('28:54');
    expect(commits.mock.calls.length).toBe(rendered); // no React commit for a plain tick

    await actAsync(() => useClockStore.setState({ now: 25 * 60_000 + 1000 }));
    expect(text()).toBe('04:59');
    expect(box().getAttribute('data-urgency')).toBe('warning');
    expect(box().className).toContain('countdown--warning');
    expect(commits.mock.calls.length).toBeGreaterThan(rendered);
    await actAsync(() => useClockStore.setState({ now: 30 * 60_000 }));
    expect(text()).toBe('00:00');
    expect(time().getAttribute('aria-label')).toBe('Expired');
    expect(box().getAttribute('data-urgency')).toBe('over');
    await view.unmount();
  });
});
