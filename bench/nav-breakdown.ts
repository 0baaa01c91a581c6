/**
 * Where a navigation's time goes, app beside hello world (`npm run bench:profile -- nav`): a
 * Chromium trace of each load, from navigation start until the probes saw the enabled Create
 * button painted, with the thread time of every renderer main-thread task put in one class by
 * its longest descendant event, plus the time the thread did not run (waiting on the network,
 * main or the harness, or descheduled). Traced loads run slower than the bench's; compare the
 * two columns, not the bench.
 */
import type { Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: what the task cost with the time the OS ran other processes taken out. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { isLoadingMainFrame?: boolean; documentLoaderURL?: string } };
}

/** Task classes, first match wins for a task's longest descendant event. */
const CLASSES: [string, RegExp][] = [
  ['new document (commit, JS contexts, init scripts)', /CommitNavigation/],
  ['HTML parse (and scripts it runs)', /ParseHTML|HTMLDocumentParser/],
  [
    'page JS (module evaluation, React, effects)',
    /evaluateModule|ExecuteScript|FunctionCall|v8\.callFunction|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.compile/,
  ],
  ['Playwright evaluations (harness, probes)', /EvaluateScript/],
  ['style, layout, paint', /UpdateLayoutTree|Layout|Paint|UpdateLifecycle|BeginMainFrame|^Commit$/],
  ['CSS parse', /ParseAuthorStyleSheet|DidFinishLoadingBody/],
];
const CATEGORIES =
  'devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing,loading,v8,toplevel';

/** One traced load of `url` in `page` (with the probes installed): ms per class. */
export async function traceNavigation(page: Page, url: string): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url);
  const handle = await page.waitForFunction(
    () =>
      (window as unknown as { __bench: { interactiveAt: number | null } }).__bench.interactiveAt,
  );
  const interactiveMs = (await handle.jsonValue()) as number;
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();

  const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  const onMain = (e: TraceEvent) => mains.some((m) => m.pid === e.pid && m.tid === e.tid);
  const start = events.findLast(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame === true &&
      (e.args.data.documentLoaderURL ?? '').startsWith('http'),
  )?.ts;
  if (start === undefined) throw new Error('no navigationStart in the trace');
  const end = start + interactiveMs * 1000;
  const slices = events.filter((e) => onMain(e) && e.ph === 'X' && e.dur !== undefined);
  const tasks = slices.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur! > start && e.ts < end,
  );
  const result = new Map<string, number>([['until interactive', interactiveMs]]);
  let busy = 0;
  for (const task of tasks) {
    // Thread time, for the part of the task inside the window: on this shared 2-core machine a
    // task's wall time is often mostly time the OS gave to other processes.
    const inWindow = Math.min(task.ts + task.dur!, end) - Math.max(task.ts, start);
    const ms = ((task.tdur ?? task.dur!) * (inWindow / Math.max(task.dur!, 1))) / 1000;
    busy += ms;
    const inside = slices
      .filter((e) => e !== task && e.ts >= task.ts && e.ts <= task.ts + task.dur!)
      .sort((a, b) => b.dur! - a.dur!);
    let kind = 'other (browser IPC: CDP, loading; GC)';
    for (const event of inside) {
      const match = CLASSES.find(([, pattern]) => pattern.test(event.name));
      if (match) {
        kind = match[0];
        break;
      }
    }
    result.set(kind, (result.get(kind) ?? 0) + ms);
  }
  result.set('main thread not running (waiting, or descheduled by the OS)', interactiveMs - busy);
  return result;
}

/** Medians of several traced loads, app and hello world interleaved; a printable table. */
export async function navBreakdown(
  pages: { app: [Page, string]; hello: [Page, string] },
  runs = 7,
): Promise<string> {
  const samples = { app: new Map<string, number[]>(), hello: new Map<string, number[]>() };
  for (let i = 0; i < runs; i += 1) {
    for (const which of ['app', 'hello'] as const) {
      const [page, url] = pages[which];
      for (const [kind, ms] of await traceNavigation(page, url)) {
        samples[which].set(kind, [...(samples[which].get(kind) ?? []), ms]);
      }
    }
  }
  const median = (values: number[] = []) =>
    values.length === 0 ? 0 : values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const kinds = [...new Set([...samples.app.keys(), ...samples.hello.keys()])];
  const cell = (ms: number) => ms.toFixed(1).padStart(7);
  return [
    `navigation breakdown, renderer main thread, medians of ${runs} traced loads (ms)`,
    '      app  hello',
    ...kinds.map(
      (kind) =>
        `${cell(median(samples.app.get(kind)))}${cell(median(samples.hello.get(kind)))}  ${kind}`,
    ),
  ].join('\n');
}
