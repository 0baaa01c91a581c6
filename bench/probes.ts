/**
 * Page-side instruments, installed before any page script runs: a minimal React DevTools hook
 * that counts which session cards and QR codes re-rendered in the commits between `prime()`
 * and `stop()`, and a marker for "create form interactive". Plain browser code: Playwright
 * serialises the function into the page, so it may use nothing from outside its body.
 */

import type { Page } from '@playwright/test';

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps named functions in a `__name`
 * helper; functions serialised into the page need it defined there too.
 */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Installs the probes in every document the page loads, before the page's own scripts. */
export async function addProbes(page: Page): Promise<void> {
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installProbes);
}

/** What the probes expose on `window.__bench`. */
export interface BenchProbes {
  /** performance.now() when the enabled Create button was first painted, if it has been. */
  interactiveAt: number | null;
  /** Remembers every card's and QR's current fiber, then counts renders until stop(). */
  prime(): void;
  /** Stops counting; returns the renders seen since prime(). */
  stop(): { cards: number; qrs: number; commits: number };
}

/** Installs the probes (pass to `page.addInitScript`). */
export function installProbes(): void {
  type Fiber = {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    memoizedProps: Record<string, unknown> | null;
  };
  const PERFORMED_WORK = 1;
  const FUNCTION_TAGS = new Set([0, 11, 14, 15]); // function, forwardRef, memo, simple memo
  const HOST_COMPONENT = 5;
  const w = window as unknown as { __bench: BenchProbes; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
  const seen = new Map<string, Fiber>();
  let root: { current: Fiber } | null = null;
  let counting = false;
  let counts = { cards: 0, qrs: 0, commits: 0 };

  const walk = (top: Fiber, tally: boolean) => {
    const stack: [Fiber, string, Fiber | null][] = [[top, '', null]];
    while (stack.length > 0) {
      const [fiber, sessionId, owner] = stack.pop()!;
      let id = sessionId;
      const fn = FUNCTION_TAGS.has(fiber.tag) ? fiber : owner;
      if (fiber.tag === HOST_COMPONENT && fiber.memoizedProps) {
        const testId = fiber.memoizedProps['data-testid'];
        if (testId === 'session-card') id = String(fiber.memoizedProps['data-session-id']);
        const kind = testId === 'session-card' ? 'cards' : testId === 'session-qr' ? 'qrs' : null;
        if (kind && fn) {
          const key = `${kind}:${id}`;
          if (tally && seen.get(key) !== fn && (fn.flags & PERFORMED_WORK) !== 0) counts[kind] += 1;
          seen.set(key, fn);
        }
      }
      if (fiber.sibling) stack.push([fiber.sibling, sessionId, owner]);
      if (fiber.child) stack.push([fiber.child, id, fn]);
    }
  };

  w.__bench = {
    interactiveAt: null,
    prime() {
      seen.clear();
      if (root) walk(root.current, false);
      counts = { cards: 0, qrs: 0, commits: 0 };
      counting = true;
    },
    stop() {
      counting = false;
      return counts;
    },
  };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot(_id: number, fiberRoot: { current: Fiber }) {
      root = fiberRoot;
      if (!counting) return;
      counts.commits += 1;
      walk(fiberRoot.current, true);
    },
  };

  const ready = () => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="create-submit"]');
    if (!button || button.disabled || w.__bench.interactiveAt !== null) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        w.__bench.interactiveAt = performance.now();
      }, 0),
    );
  };
  const observer = new MutationObserver(ready);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}
