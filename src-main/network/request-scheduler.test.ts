import { describe, expect, it, vi } from 'vitest';
import { NangoError } from '../nango/nango-error';
import { ManualClock } from '../platform/manual-clock';
import { RequestScheduler } from './request-scheduler';

const B = 'account https://api.nango.dev key:abc';

function reply(status: number, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : '{}', { status, headers });
}

function limits(clock: ManualClock, limit: number, remaining: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': String(Math.floor(clock.now() / 1000) + 60),
  };
}

/** A send whose answer the test releases by hand. */
function deferredSend() {
  let release!: (r: Response) => void;
  const send = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
  return { send, release: (r: Response) => release(r) };
}

async function caught(promise: Promise<unknown>): Promise<NangoError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NangoError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('RequestScheduler', () => {
  it('passes responses through and records the rate-limit headers', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock });
    const response = await scheduler.run(B, 'interactive', async () =>
      reply(200, limits(clock, 200, 150)),
    );
    expect(response.status).toBe(200);
    expect(scheduler.bucketState(B)).toEqual({
      limit: 200,
      remaining: 150,
      resetAt: clock.now() + 60_000,
      pausedUntil: null,
      inFlight: 0,
      queued: 0,
    });
  });

  it('reads an unknown bucket as empty', () => {
    const scheduler = new RequestScheduler({ clock: new ManualClock() });
    expect(scheduler.bucketState('nope')).toMatchObject({ limit: null, inFlight: 0, queued: 0 });
  });

  it('pauses the bucket after a 429 until Retry-After, without touching the network', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock });
    const first = await scheduler.run(B, 'interactive', async () =>
      reply(429, { 'Retry-After': '30', ...limits(clock, 200, 0) }),
    );
    expect(first.status).toBe(429);
    expect(scheduler.bucketState(B).pausedUntil).toBe(clock.now() + 30_000);

    const send = vi.fn(async () => reply(200));
    const error = await caught(scheduler.run(B, 'interactive', send));
    expect(error.kind).toBe('rate_limited');
    expect(error.details.retryAfterSeconds).toBe(30);
    expect(send).not.toHaveBeenCalled();

    clock.advance(20_000);
    expect((await caught(scheduler.run(B, 'interactive', send))).details.retryAfterSeconds).toBe(
      10,
    );
    clock.advance(10_000);
    expect((await scheduler.run(B, 'interactive', send)).status).toBe(200);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('falls back to X-RateLimit-Reset, then to the default pause', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock, defaultPauseMs: 5_000 });
    await scheduler.run('a', 'interactive', async () =>
      reply(429, { 'X-RateLimit-Reset': String(clock.now() / 1000 + 42) }),
    );
    expect(scheduler.bucketState('a').pausedUntil).toBe(clock.now() + 42_000);
    await scheduler.run('b', 'interactive', async () => reply(429));
    expect(scheduler.bucketState('b').pausedUntil).toBe(clock.now() + 5_000);
  });

  it('keeps buckets apart', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock });
    await scheduler.run('a', 'interactive', async () => reply(429, { 'Retry-After': '60' }));
    expect((await scheduler.run('b', 'interactive', async () => reply(200))).status).toBe(200);
  });

  it('refuses background calls below the reserve but lets interactive ones through', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock });
    await scheduler.run(B, 'interactive', async () => reply(200, limits(clock, 200, 49)));
    const send = vi.fn(async () => reply(200, limits(clock, 200, 48)));
    const error = await caught(scheduler.run(B, 'background', send));
    expect(error.kind).toBe('rate_limited');
    expect(error.details.retryAfterSeconds).toBe(60);
    expect(send).not.toHaveBeenCalled();
    expect((await scheduler.run(B, 'interactive', send)).status).toBe(200);
  });

  it('allows background calls again once the window rolls over', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock });
    await scheduler.run(B, 'interactive', async () => reply(200, limits(clock, 200, 10)));
    clock.advance(60_000);
    expect(scheduler.bucketState(B).remaining).toBeNull();
    expect((await scheduler.run(B, 'background', async () => reply(200))).status).toBe(200);
  });

  it('counts calls in flight against the reserve before their answers arrive', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock, backgroundReserve: 0.25 });
    await scheduler.run(B, 'interactive', async () => reply(200, limits(clock, 8, 4)));
    const pending = [deferredSend(), deferredSend(), deferredSend()];
    const runs = pending.map((d) => scheduler.run(B, 'background', d.send));
    // 4 left, reserve 2 (25% of 8): calls go while Remaining is not below 2.
    expect(scheduler.bucketState(B).remaining).toBe(1);
    expect((await caught(scheduler.run(B, 'background', async () => reply(200)))).kind).toBe(
      'rate_limited',
    );
    pending.forEach((d) => d.release(reply(200)));
    await Promise.all(runs);
  });

  it('caps calls in flight and starts interactive ones before queued background ones', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock, maxInFlight: 2 });
    const order: string[] = [];
    const slots = [deferredSend(), deferredSend()];
    const busy = slots.map((d) => scheduler.run(B, 'background', d.send));
    const queued = [
      scheduler.run(B, 'background', async () => (order.push('bg1'), reply(200))),
      scheduler.run(B, 'background', async () => (order.push('bg2'), reply(200))),
      scheduler.run(B, 'interactive', async () => (order.push('ui1'), reply(200))),
    ];
    expect(scheduler.bucketState(B)).toMatchObject({ inFlight: 2, queued: 3 });
    slots.forEach((d) => d.release(reply(200)));
    await Promise.all([...busy, ...queued]);
    expect(order).toEqual(['ui1', 'bg1', 'bg2']);
    expect(scheduler.bucketState(B)).toMatchObject({ inFlight: 0, queued: 0 });
  });

  it('fails queued calls when a 429 pauses the bucket while they wait', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock, maxInFlight: 1 });
    const slot = deferredSend();
    const busy = scheduler.run(B, 'interactive', slot.send);
    const send = vi.fn(async () => reply(200));
    const waiting = scheduler.run(B, 'interactive', send);
    slot.release(reply(429, { 'Retry-After': '10' }));
    expect((await busy).status).toBe(429);
    expect((await caught(waiting)).kind).toBe('rate_limited');
    expect(send).not.toHaveBeenCalled();
  });

  it('passes errors from send through and frees the slot', async () => {
    const clock = new ManualClock();
    const scheduler = new RequestScheduler({ clock, maxInFlight: 1 });
    const boom = new TypeError('fetch failed');
    await expect(scheduler.run(B, 'interactive', () => Promise.reject(boom))).rejects.toBe(boom);
    await expect(
      scheduler.run(B, 'interactive', () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect((await scheduler.run(B, 'interactive', async () => reply(200))).status).toBe(200);
    expect(scheduler.bucketState(B).inFlight).toBe(0);
  });
});
