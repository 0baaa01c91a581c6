/**
 * Create click → QR, step by step: when each part of one create happened in the page (the
 * click, the request leaving through the harness's binding, `sessions:changed` arriving and
 * its listeners returning, the reply arriving, each React commit, the new QR element in the
 * DOM, its decode, the next frame and a task after it), and how long main's handler ran
 * (timed in Node). The bench's create figure is this probe's end; `npm run bench:profile --
 * create` prints the steps' medians, to say where the app's overhead goes.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { MainHarness } from '../e2e/harness/main-harness';
import { msSince } from './stats';

/** Page-side times of one create, in ms after the click (null: not seen before the end). */
export interface CreateSteps {
  /** The renderer calls `sessions:create` (the form's submit handling before it). */
  send: number | null;
  /** `sessions:changed` enters the page, and its listeners return. */
  event: number | null;
  eventHandled: number | null;
  /** The invoke's promise resolves in the page (the reply crossed back). */
  reply: number | null;
  /** The end of each React commit after the click. */
  commits: number[];
  /** The new card's QR element is in the DOM (seen by a mutation observer). */
  qrInDom: number | null;
  /** Its image decoded (`img.decode()`; an inline SVG needs none: equal to qrInDom). */
  decoded: number | null;
  /** The next animation frame's callbacks run. */
  frame: number | null;
  /** A task after that frame: the QR has been painted. The figure. */
  end: number;
  /** Other events that reached the page meanwhile. */
  otherEvents: string[];
  /** Main's `sessions:create` handler, wall time in Node, harness process (ms). */
  mainHandler: number;
  /**
   * The page's main-thread CPU from just before the click until the end (Chrome's TaskDuration
   * in thread ticks, ms): what the renderer itself spent, much less sensitive than wall time
   * to other processes on a loaded machine. It includes the harness's own page-side work
   * (the binding, the event's delivery) and the probe's. NaN without a CDP session.
   */
  rendererCpu: number;
}

type PageSteps = Omit<CreateSteps, 'mainHandler' | 'rendererCpu'>;

/** The page's main-thread CPU so far (ms), from a CDP session with Performance enabled. */
async function pageCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
}

/** A CDP session on `page` that reads its main-thread CPU (for {@link createSteps}). */
export async function cpuSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

/** Wraps the bridge's invoke and emit and React's commit hook in the page, once. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Rec = { t0: number; marks: Record<string, number>; commits: number[]; other: string[] };
    const w = window as unknown as {
      __steps?: Rec;
      __stepsWired?: boolean;
      __handoffInvoke: (channel: string, request: unknown) => Promise<unknown>;
      __handoffEmit: (event: string, payload: unknown) => void;
      __REACT_DEVTOOLS_GLOBAL_HOOK__: { onCommitFiberRoot: (...a: unknown[]) => void };
    };
    if (w.__stepsWired) return;
    w.__stepsWired = true;
    // Also as User Timing marks, so a Chromium trace of the same runs lines up with them.
    const mark = (name: string) => {
      const rec = w.__steps;
      if (!rec || rec.marks[name] !== undefined) return;
      rec.marks[name] = performance.now() - rec.t0;
      performance.mark(`create:${name}`);
    };
    // The bridge looks both up on every call, so wrapping them here sees every crossing.
    const invoke = w.__handoffInvoke;
    w.__handoffInvoke = (channel, request) => {
      if (channel !== 'sessions:create') return invoke(channel, request);
      mark('send');
      return invoke(channel, request).then((result) => {
        mark('reply');
        return result;
      });
    };
    const emit = w.__handoffEmit;
    w.__handoffEmit = (event, payload) => {
      if (event === 'sessions:changed') mark('event');
      else w.__steps?.other.push(event);
      emit(event, payload);
      if (event === 'sessions:changed') mark('eventHandled');
    };
    const hook = w.__REACT_DEVTOOLS_GLOBAL_HOOK__;
    const commit = hook.onCommitFiberRoot.bind(hook);
    hook.onCommitFiberRoot = (...args: unknown[]) => {
      commit(...args);
      const rec = w.__steps;
      if (!rec) return;
      rec.commits.push(performance.now() - rec.t0);
      performance.mark('create:commit');
    };
  });
}

/** Clicks Create (the form is filled) and records every step until the frame after the QR. */
function clickAndRecord(page: Page): Promise<PageSteps> {
  return page.evaluate(
    () =>
      new Promise<PageSteps>((resolve, reject) => {
        type Rec = {
          t0: number;
          marks: Record<string, number>;
          commits: number[];
          other: string[];
        };
        const w = window as unknown as { __steps?: Rec };
        const rec: Rec = { t0: 0, marks: {}, commits: [], other: [] };
        const before = new Set(document.querySelectorAll('[data-testid="session-qr"]'));
        const button = document.querySelector<HTMLButtonElement>('[data-testid="create-submit"]');
        if (!button) return reject(new Error('no create button'));
        const mark = (name: string) => {
          rec.marks[name] = performance.now() - rec.t0;
          performance.mark(`create:${name}`);
        };
        const at = (name: string) => rec.marks[name] ?? null;
        const finish = () => {
          mark('end');
          w.__steps = undefined;
          resolve({
            send: at('send'),
            event: at('event'),
            eventHandled: at('eventHandled'),
            reply: at('reply'),
            commits: rec.commits,
            qrInDom: at('qrInDom'),
            decoded: at('decoded'),
            frame: at('frame'),
            end: rec.marks['end']!,
            otherEvents: rec.other,
          });
        };
        const observer = new MutationObserver(() => {
          const qr = [...document.querySelectorAll('[data-testid="session-qr"]')].find(
            (el) => !before.has(el),
          );
          if (!qr) return;
          observer.disconnect();
          mark('qrInDom');
          // An <img> of a data URL is painted once decoded; an inline <svg> has nothing to decode.
          const decoded = qr instanceof HTMLImageElement ? qr.decode() : Promise.resolve();
          void decoded.then(() => {
            mark('decoded');
            requestAnimationFrame(() => {
              mark('frame');
              setTimeout(finish);
            });
          }, reject);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        w.__steps = rec;
        rec.t0 = performance.now();
        performance.mark('create:click');
        button.click();
      }),
  );
}

/** Fills the form, creates one session from the page and returns its steps. */
export async function createSteps(
  page: Page,
  main: MainHarness,
  endUserId: string,
  cdp?: CDPSession,
): Promise<CreateSteps> {
  await instrument(page);
  // The router looks its handler up per call: a wrapper here times exactly main's part.
  const handlers = main.app.handlers as unknown as Record<string, (r: unknown) => Promise<unknown>>;
  const handler = handlers['sessions:create']!;
  let mainHandler = Number.NaN;
  handlers['sessions:create'] = async (request) => {
    const start = process.hrtime.bigint();
    try {
      return await handler(request);
    } finally {
      mainHandler = msSince(start);
    }
  };
  try {
    await page.getByTestId('tag-end_user_id').fill(endUserId);
    await page.getByTestId('tag-end_user_email').fill(`${endUserId}@example.com`);
    const cpuBefore = cdp ? await pageCpuMs(cdp) : Number.NaN;
    const steps = await clickAndRecord(page);
    const rendererCpu = cdp ? (await pageCpuMs(cdp)) - cpuBefore : Number.NaN;
    return { ...steps, mainHandler, rendererCpu };
  } finally {
    handlers['sessions:create'] = handler;
  }
}

/** The step spans of one create (ms), by name; a span with a missing end is NaN. */
export function spans(s: CreateSteps): Record<string, number> {
  const n = (v: number | null) => v ?? Number.NaN;
  const render = s.commits.find((c) => c >= n(s.eventHandled)) ?? Number.NaN;
  return {
    'click → request sent (form submit handling)': n(s.send),
    'request sent → event in page (transport + main)': n(s.event) - n(s.send),
    '… main’s handler alone (Node wall)': s.mainHandler,
    'event listeners (store update)': n(s.eventHandled) - n(s.event),
    'event handled → first React commit (render, QR)': render - n(s.eventHandled),
    'that commit → its task done, QR seen (effects: focus)': n(s.qrInDom) - render,
    'QR seen → decoded': n(s.decoded) - n(s.qrInDom),
    'decoded → next frame’s rAF': n(s.frame) - n(s.decoded),
    'rAF → task after the frame (paint)': s.end - n(s.frame),
    'reply in page (after the click)': n(s.reply),
    'renderer main-thread CPU, click → end (thread time)': s.rendererCpu,
    total: s.end,
  };
}
