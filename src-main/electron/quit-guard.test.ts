import { describe, expect, it, vi } from 'vitest';
import type { QuitDecision } from '../sessions/quit-guard';
import { installQuitGuard, type QuitApp } from './quit-guard';

/** Electron's `app` as far as the guard sees it: `before-quit` listeners and `quit()`. */
function fakeApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const app = {
    quit: vi.fn(() => {
      // Electron emits before-quit again when the app quits for real.
      attempt();
    }),
    on: (_event: 'before-quit', listener: (typeof listeners)[number]) => listeners.push(listener),
  } satisfies QuitApp;
  /** One quit attempt (Cmd+Q, the menu, the last window closing); true if it was held. */
  function attempt(): boolean {
    let prevented = false;
    for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
    return prevented;
  }
  return { app, attempt, listeners };
}

/** A decision the test resolves when it wants, as the prompt and revoke-all would. */
function pending() {
  let resolve!: (decision: QuitDecision) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<QuitDecision>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('installQuitGuard', () => {
  it('holds the first quit while the app decides, then quits for real', async () => {
    const { app, attempt } = fakeApp();
    const decision = pending();
    const decide = vi.fn(() => decision.promise);
    installQuitGuard(app, decide, vi.fn());

    expect(attempt()).toBe(true);
    expect(decide).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    decision.resolve({ quit: true, choice: 'keep-and-quit' });
    await flush();
    expect(app.quit).toHaveBeenCalledTimes(1);
    // The quit it started went through unheld, and did not ask again.
    expect(decide).toHaveBeenCalledTimes(1);
    expect(attempt()).toBe(false);
  });

  it('asks once while a prompt is open, however often quit is pressed', async () => {
    const { app, attempt } = fakeApp();
    const decision = pending();
    const decide = vi.fn(() => decision.promise);
    installQuitGuard(app, decide, vi.fn());

    expect([attempt(), attempt(), attempt()]).toEqual([true, true, true]);
    expect(decide).toHaveBeenCalledTimes(1);
    decision.resolve({ quit: false, choice: 'cancel' });
    await flush();
  });

  it('stays open on Cancel and asks again on the next quit', async () => {
    const { app, attempt } = fakeApp();
    const decide = vi
      .fn<() => Promise<QuitDecision>>()
      .mockResolvedValueOnce({ quit: false, choice: 'cancel' })
      .mockResolvedValueOnce({ quit: true, choice: 'no-live-links' });
    installQuitGuard(app, decide, vi.fn());

    expect(attempt()).toBe(true);
    await flush();
    expect(app.quit).not.toHaveBeenCalled();

    expect(attempt()).toBe(true);
    await flush();
    expect(decide).toHaveBeenCalledTimes(2);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('logs what "revoke all and quit" did (counts only) before quitting', async () => {
    const { app, attempt } = fakeApp();
    const log = vi.fn();
    const revoked = { revoked: 2, queued: 1 };
    installQuitGuard(app, async () => ({ quit: true, choice: 'revoke-and-quit', revoked }), log);

    attempt();
    await flush();
    expect(log).toHaveBeenCalledWith(`quit: revoke all → ${JSON.stringify(revoked)}`);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('logs a revoke-all that timed out and quits anyway (the queue keeps the rest)', async () => {
    const { app, attempt } = fakeApp();
    const log = vi.fn();
    installQuitGuard(
      app,
      async () => ({ quit: true, choice: 'revoke-and-quit', revoked: 'timed-out' }),
      log,
    );
    attempt();
    await flush();
    expect(log).toHaveBeenCalledWith('quit: revoke all → "timed-out"');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('keeps the app open when deciding fails, and asks again next time', async () => {
    const { app, attempt } = fakeApp();
    const decision = pending();
    const decide = vi
      .fn<() => Promise<QuitDecision>>()
      .mockReturnValueOnce(decision.promise)
      .mockResolvedValueOnce({ quit: true, choice: 'keep-and-quit' });
    installQuitGuard(app, decide, vi.fn());

    attempt();
    decision.reject(new Error('dialog failed'));
    await flush();
    expect(app.quit).not.toHaveBeenCalled();

    expect(attempt()).toBe(true);
    await flush();
    expect(app.quit).toHaveBeenCalledTimes(1);
  });
});
