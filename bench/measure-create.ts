/**
 * Create click → QR decoded and painted, beside its floors: the same POST /connect/sessions
 * sent raw from Node, and the harness's own transport (a page → Node → page binding round trip
 * carrying a session-sized payload), so app overhead = total − floor − transport.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { decodeQrPng } from '../e2e/harness/decode-qr';
import { BENCH_KEY, openBenchApp } from './bench-app';
import { msSince } from './stats';

/** Raw per-run times (ms). */
export interface CreateTimes {
  total: number[];
  floor: number[];
  transport: number[];
  /** The first QR code scanned back to its session's link. */
  qrScans: boolean;
}

/** Clicks Create in the page and resolves when the new QR is decoded and a frame has painted. */
async function clickToQr(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const before = new Set(document.querySelectorAll('[data-testid="session-qr"]'));
        const button = document.querySelector<HTMLButtonElement>('[data-testid="create-submit"]');
        if (!button) return reject(new Error('no create button'));
        const done = (img: HTMLImageElement, t0: number) =>
          img
            .decode()
            .then(() =>
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0))),
            )
            .catch(reject);
        let t0 = 0;
        const observer = new MutationObserver(() => {
          const img = [
            ...document.querySelectorAll<HTMLImageElement>('[data-testid="session-qr"]'),
          ].find((i) => !before.has(i));
          if (!img) return;
          observer.disconnect();
          void done(img, t0);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        t0 = performance.now();
        button.click();
      }),
  );
}

/** Fills the form and times click → QR (ms). */
export async function createInPage(page: Page, endUserId: string): Promise<number> {
  await page.getByTestId('tag-end_user_id').fill(endUserId);
  await page.getByTestId('tag-end_user_email').fill(`${endUserId}@example.com`);
  return clickToQr(page);
}

/** The floor: the same request sent straight from Node. */
async function rawCreate(nangoUrl: string): Promise<number> {
  const body = JSON.stringify({
    tags: { end_user_id: 'cus_1', end_user_email: 'cus_1@example.com', handoff_id: randomUUID() },
    allowed_integrations: ['github'],
  });
  const start = process.hrtime.bigint();
  const res = await fetch(`${nangoUrl}/connect/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BENCH_KEY}`, 'content-type': 'application/json' },
    body,
  });
  await res.json();
  return msSince(start);
}

/** The harness's transport: a binding round trip carrying a session, timed in the page. */
function echo(page: Page, payload: unknown): Promise<number> {
  return page.evaluate(async (p) => {
    const bridge = window as unknown as { __benchEcho: (p: unknown) => Promise<unknown> };
    const t0 = performance.now();
    await bridge.__benchEcho(p);
    return performance.now() - t0;
  }, payload);
}

/** Runs the create path `runs` times and its floors as many. */
export async function measureCreate(
  browser: Browser,
  rendererUrl: string,
  runs: number,
): Promise<CreateTimes> {
  const app = await openBenchApp(browser, rendererUrl);
  const { page, nango } = app;
  try {
    await page.exposeBinding('__benchEcho', (_source, payload: unknown) => ({
      ok: true,
      data: payload,
    }));
    const sample = await app.createSession('cus_sample');
    // Interleaved, so the three see the same machine load.
    const total: number[] = [];
    const floor: number[] = [];
    const transport: number[] = [];
    for (let i = 0; i <= runs; i += 1) {
      const times = [
        await rawCreate(nango.url),
        await echo(page, sample),
        await createInPage(page, `cus_${i}`),
      ];
      if (i === 0) continue; // warm-up
      floor.push(times[0]!);
      transport.push(times[1]!);
      total.push(times[2]!);
    }
    const [newest] = app.main.app.sessions.list();
    const card = page.locator(`[data-session-id="${newest!.id}"]`);
    const png = await card.getByTestId('session-qr').screenshot();
    const qrScans = decodeQrPng(png) === newest!.connectLink;
    return { total, floor, transport, qrScans };
  } finally {
    await app.close();
  }
}
