/**
 * `npm run bench:profile -- <tick|new|create|nav> [--minified]`: CPU profiles of one slow path,
 * to find the cause before optimising (for `nav`, also a traced breakdown beside the hello
 * world's: bench/nav-breakdown.ts). The renderer is built unminified (readable names) into
 * test-output/bench/renderer-profile unless `--minified` (then out/renderer as built). Chromium
 * is profiled over CDP (Profiler domain); for `create` main (which the harness runs in this
 * process) is profiled too, through node:inspector. Writes the `.cpuprofile` files (open them
 * in Chrome DevTools) to test-output/bench/ and prints self time by package and by function.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { serveRenderer } from '../e2e/harness/serve-renderer';
import { launchChromium, openBenchApp } from './bench-app';
import { formatSummary, type CpuProfile } from './cpu-profile';
import { cpuSession, createSteps, spans, type CreateSteps } from './create-steps';
import { buildHelloWorld } from './hello-world';
import { navBreakdown } from './nav-breakdown';
import { addProbes } from './probes';
import { summarise } from './stats';

const args = process.argv.slice(2);
const mode = args.find((a) => !a.startsWith('--')) ?? 'tick';
const minified = args.includes('--minified');
const OUT = resolve('test-output/bench');
const log = (text: string) => process.stdout.write(`${text}\n`);

async function buildUnminified(): Promise<string> {
  const outDir = join(OUT, 'renderer-profile');
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: resolve('src-renderer'),
    base: './',
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: false },
  });
  return outDir;
}

async function startPageProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

async function stopPageProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  return profile as unknown as CpuProfile;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread time: what the event cost with the machine's other load taken out. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Records a Chromium trace (devtools.timeline) while `during` runs; prints time per event. */
async function traceDuring(page: Page, name: string, during: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,viz',
    transferMode: 'ReportEvents',
  });
  const t0 = Date.now();
  await during();
  const seconds = (Date.now() - t0) / 1000;
  await cdp.send('Tracing.end');
  await complete;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.trace.json`), JSON.stringify({ traceEvents: events }));
  const main = events.find((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  const byName = new Map<string, { ms: number; count: number }>();
  for (const e of events) {
    const us = e.tdur ?? e.dur;
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !us) continue;
    const row = byName.get(e.name) ?? { ms: 0, count: 0 };
    row.ms += us / 1000;
    row.count += 1;
    byName.set(e.name, row);
  }
  const rows = [...byName.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
  log(
    `\n${name}: renderer main thread over ${seconds.toFixed(1)} s (thread time; nested events overlap)`,
  );
  for (const [event, { ms, count }] of rows) {
    log(`  ${(ms / seconds).toFixed(2).padStart(8)} ms/s  ${String(count).padStart(6)}×  ${event}`);
  }
}

function save(name: string, profile: CpuProfile): void {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  log(`\n${formatSummary(name, profile)}\n  (${file})`);
}

async function main(): Promise<void> {
  const root = minified ? resolve('out/renderer') : await buildUnminified();
  const server = await serveRenderer(root);
  const browser = await launchChromium();
  try {
    if (mode === 'tick') {
      const app = await openBenchApp(browser, server.url, 500);
      await app.page.waitForTimeout(2000);
      const cdp = await startPageProfile(app.page);
      await app.page.waitForTimeout(8000);
      save('tick-renderer', await stopPageProfile(cdp));
      await traceDuring(app.page, 'tick-trace', () => app.page.waitForTimeout(8000));
      await app.close();
    } else if (mode === 'new') {
      const app = await openBenchApp(browser, server.url, 500);
      await app.page.waitForTimeout(2000);
      const cdp = await startPageProfile(app.page);
      for (let i = 0; i < 5; i += 1) {
        await app.createSession(`cus_new_${i}`);
        await app.page.waitForFunction(
          (n) => Number(document.querySelector('#sessions-title + .count')?.textContent ?? 0) >= n,
          501 + i,
        );
        await app.page.waitForTimeout(300);
      }
      save('new-renderer', await stopPageProfile(cdp));
      await traceDuring(app.page, 'new-trace', async () => {
        for (let i = 5; i < 10; i += 1) {
          await app.createSession(`cus_new_${i}`);
          await app.page.waitForFunction(
            (n) =>
              Number(document.querySelector('#sessions-title + .count')?.textContent ?? 0) >= n,
            501 + i,
          );
          await app.page.waitForTimeout(300);
        }
      });
      await app.close();
    } else if (mode === 'create') {
      const app = await openBenchApp(browser, server.url, 0);
      const cpu = await cpuSession(app.page);
      await createSteps(app.page, app.main, 'cus_warm', cpu);
      const session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      const cdp = await startPageProfile(app.page);
      const steps: CreateSteps[] = [];
      for (let i = 0; i < 10; i += 1) {
        steps.push(await createSteps(app.page, app.main, `cus_${i}`, cpu));
      }
      save('create-renderer', await stopPageProfile(cdp));
      const { profile } = await session.post('Profiler.stop');
      save('create-main', profile as unknown as CpuProfile);
      session.disconnect();
      await traceDuring(app.page, 'create-trace', async () => {
        for (let i = 10; i < 20; i += 1) {
          steps.push(await createSteps(app.page, app.main, `cus_${i}`, cpu));
        }
      });
      log(`\ncreate → QR, ${steps.length} runs, medians (ms; parts of one run, not all additive):`);
      const rows = steps.map(spans);
      for (const name of Object.keys(rows[0]!)) {
        const values = rows.map((r) => r[name]!).filter(Number.isFinite);
        const median = values.length > 0 ? summarise(values).median.toFixed(2) : '—';
        log(
          `  ${median.padStart(7)}  ${name}${values.length < rows.length ? ` (${values.length} runs)` : ''}`,
        );
      }
      await app.close();
    } else if (mode === 'nav') {
      const app = await openBenchApp(browser, server.url, 0);
      const cdp = await startPageProfile(app.page);
      for (let i = 0; i < 5; i += 1) {
        await app.page.goto(server.url);
        await app.page.waitForFunction(
          () =>
            (window as unknown as { __bench: { interactiveAt: number | null } }).__bench
              .interactiveAt,
        );
      }
      save('nav-renderer', await stopPageProfile(cdp));
      // The same load traced, beside the hello world's: what each class of work costs.
      const hello = await serveRenderer(await buildHelloWorld());
      const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
      const helloPage = await context.newPage();
      await addProbes(helloPage);
      await helloPage.goto(hello.url);
      log(
        `\n${await navBreakdown({ app: [app.page, server.url], hello: [helloPage, hello.url] })}`,
      );
      await context.close();
      await hello.close();
      await app.close();
    } else {
      throw new Error(`unknown mode ${mode}: tick, new, create or nav`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`profile failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
