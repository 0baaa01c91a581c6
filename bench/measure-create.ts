/**
 * Create click → QR decoded and painted, beside its floors: the same POST /connect/sessions
 * sent raw from Node, and the harness's own crossings on that path. The page waits for the
 * `sessions:changed` event, not for the reply: the QR is drawn from the event, which main sends
 * before it answers. So what the path crosses is a binding request (page → Node) and an event
 * push (Node → page, `page.evaluate`, carrying the session delta): that pair is measured on
 * its own, with the same payloads, and subtracted. app overhead = total − floor − that pair.
 * The plain binding round trip (the reply's way back) is measured as before, and shown.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import type { SessionsChange } from '../src-shared/contract/events';
import { decodeQrPng } from '../e2e/harness/decode-qr';
import { BENCH_KEY, openBenchApp } from './bench-app';
import { cpuSession, createSteps, type CreateSteps } from './create-steps';
import { msSince } from './stats';

/** Raw per-run times (ms). */
export interface CreateTimes {
  total: number[];
  floor: number[];
  /** The harness's crossings on the path: binding request + event push. */
  pathTransport: number[];
  /** A plain binding round trip, session-sized (the reply's crossing). */
  roundTrip: number[];
  steps: CreateSteps[];
  /** The newest QR code scanned back to its session's link. */
  qrScans: boolean;
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

/**
 * The harness's crossings, timed in the page: a binding call carrying `request`, whose Node
 * side (`__benchCross`, below) pushes a session delta into the page as the harness delivers an
 * event (page.evaluate of a page function) and then answers with a session, as main's handler
 * emits and then returns. `path`: call → event received; `roundTrip`: call → reply received.
 */
function crossings(page: Page, request: unknown): Promise<{ path: number; roundTrip: number }> {
  return page.evaluate(async (request) => {
    const w = window as unknown as {
      __benchCross: (p: unknown) => Promise<unknown>;
      __benchEvent?: (p: unknown) => void;
    };
    let eventAt = Number.NaN;
    const received = new Promise<void>((done) => {
      w.__benchEvent = () => {
        eventAt = performance.now();
        done();
      };
    });
    const t0 = performance.now();
    await w.__benchCross(request);
    const replyAt = performance.now();
    await received;
    return { path: eventAt - t0, roundTrip: replyAt - t0 };
  }, request);
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
    const sample = await app.createSession('cus_sample');
    const payloads = {
      request: {
        profileId: app.profileId,
        tags: { end_user_id: 'cus_1', end_user_email: 'cus_1@example.com' },
        allowedIntegrations: ['github'],
      },
      change: { seq: 1, upserted: [sample], removed: [] } satisfies SessionsChange,
      reply: { ok: true, data: sample },
    };
    await page.exposeBinding('__benchCross', () => {
      // As the harness's `deliver`: not awaited, sent before the answer.
      void page
        .evaluate(
          ([e, p]) => (globalThis as unknown as Record<string, (p: unknown) => void>)[e]!(p),
          ['__benchEvent', payloads.change] as const,
        )
        .catch(() => undefined);
      return payloads.reply;
    });
    const cdp = await cpuSession(page);
    // Interleaved, so all see the same machine load.
    const total: number[] = [];
    const floor: number[] = [];
    const pathTransport: number[] = [];
    const roundTrip: number[] = [];
    const steps: CreateSteps[] = [];
    for (let i = 0; i <= runs; i += 1) {
      const raw = await rawCreate(nango.url);
      const crossed = await crossings(page, payloads.request);
      const made = await createSteps(page, app.main, `cus_${i}`, cdp);
      if (i === 0) continue; // warm-up
      floor.push(raw);
      pathTransport.push(crossed.path);
      roundTrip.push(crossed.roundTrip);
      total.push(made.end);
      steps.push(made);
    }
    const [newest] = app.main.app.sessions.list();
    const card = page.locator(`[data-session-id="${newest!.id}"]`);
    const png = await card.getByTestId('session-qr').screenshot();
    const qrScans = decodeQrPng(png) === newest!.connectLink;
    return { total, floor, pathTransport, roundTrip, steps, qrScans };
  } finally {
    await app.close();
  }
}
