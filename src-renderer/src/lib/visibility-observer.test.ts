import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchedCount, watchVisibility } from './visibility-observer';

afterEach(() => vi.unstubAllGlobals());

describe('watchVisibility', () => {
  it('grows the scroll containers’ clips too, so a countdown scrolling in is told in time', () => {
    const made: IntersectionObserverInit[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(_callback: IntersectionObserverCallback, options: IntersectionObserverInit) {
          made.push(options);
        }
        observe() {}
        unobserve() {}
      },
    );
    const stop = watchVisibility(document.createElement('p'), () => undefined);
    expect(made).toHaveLength(1);
    // The cards scroll inside `.main`: a margin on the viewport alone ends at its clip.
    expect(made[0]).toMatchObject({ rootMargin: '200px', scrollMargin: '200px' });
    expect(watchedCount()).toBe(1);
    stop();
    expect(watchedCount()).toBe(0);
  });
});
