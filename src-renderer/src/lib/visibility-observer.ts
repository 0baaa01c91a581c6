/**
 * One IntersectionObserver for every element that wants to know whether it is on screen (or
 * about to be: a margin lets a countdown catch up before it scrolls in). Hundreds of cards
 * share it rather than each making its own.
 */

type Listener = (visible: boolean) => void;

/** How far outside the viewport still counts as visible, so nothing is stale when it arrives. */
const VISIBILITY_MARGIN = '200px';

const listeners = new Map<Element, Listener>();
let observer: IntersectionObserver | null = null;

/**
 * `rootMargin` only grows the viewport; the cards scroll inside `.main`, whose clip would
 * still cut an element off at its edge, so an element scrolling in would be told one frame
 * after it showed stale digits. `scrollMargin` (Chromium 120+, not yet in TypeScript's DOM
 * types; ignored where unknown) grows every scroll container's clip by the same margin.
 */
const OPTIONS: IntersectionObserverInit & { scrollMargin: string } = {
  rootMargin: VISIBILITY_MARGIN,
  scrollMargin: VISIBILITY_MARGIN,
};

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
  }, OPTIONS);
  return observer;
}

/**
 * Calls `listener` with `true`/`false` as `element` comes on and goes off screen; returns the
 * function that stops watching. Where there is no IntersectionObserver, everything is visible.
 */
export function watchVisibility(element: Element, listener: Listener): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    listener(true);
    return () => undefined;
  }
  listeners.set(element, listener);
  shared().observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
  };
}

/** Elements being watched (tests). */
export function watchedCount(): number {
  return listeners.size;
}
