import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { redactText } from '../logging/redact';
import { catchMainErrors, createMainErrorReporter } from './main-error-reporter';

const KEY = '3f1c2b7e-9a4d-4c1e-8f2a-6b5d4e3c2a1f';

function setup(overrides = {}) {
  const log = vi.fn();
  const show = vi.fn();
  const report = createMainErrorReporter({ log, show, redact: (t) => redactText(t), ...overrides });
  return { log, show, report };
}

// One throw site, so repeats share a stack frame as a loop's would.
const fail = (message: string) => new Error(message);

describe('createMainErrorReporter', () => {
  it('logs the error and shows it once, however often it repeats', () => {
    const { log, show, report } = setup();
    for (let i = 0; i < 20; i++) report('uncaught exception', fail('timer broke'));
    expect(show).toHaveBeenCalledOnce();
    expect(show.mock.calls[0]![1]).toMatch(/^Error: timer broke\n\nHandoff kept running/);
    expect(log).toHaveBeenCalledTimes(5);
    expect(log.mock.calls.at(-1)![0]).toBe(
      'main: uncaught exception (repeats are no longer logged)',
    );
  });

  it('shows each distinct error once, and at most three dialogs in all', () => {
    const { show, report } = setup();
    for (let i = 0; i < 10; i++) report('unhandled rejection', fail(`failure ${i}`));
    expect(show).toHaveBeenCalledTimes(3);
  });

  it('never shows a secret in the dialog', () => {
    const { show, report } = setup();
    report('uncaught exception', fail(`bad key ${KEY}`));
    expect(show.mock.calls[0]![1]).not.toContain(KEY);
    expect(show.mock.calls[0]![1]).toContain('[redacted]');
  });

  it('reports rejections with non-Error reasons', () => {
    const { show, report } = setup();
    report('unhandled rejection', 'plain string');
    report('unhandled rejection', undefined);
    expect(show.mock.calls.map((c) => c[1].split('\n')[0])).toEqual([
      'Error: plain string',
      'Error: undefined',
    ]);
  });

  it('does not throw when showing fails', () => {
    const { report } = setup({
      show: () => {
        throw new Error('no display');
      },
    });
    expect(() => report('uncaught exception', fail('x'))).not.toThrow();
  });
});

describe('catchMainErrors', () => {
  it('routes uncaught exceptions and unhandled rejections until undone', () => {
    const target = new EventEmitter();
    const report = vi.fn();
    const undo = catchMainErrors(target as unknown as NodeJS.Process, report);
    const error = new Error('boom');
    target.emit('uncaughtException', error);
    target.emit('unhandledRejection', 'why');
    expect(report.mock.calls).toEqual([
      ['uncaught exception', error],
      ['unhandled rejection', 'why'],
    ]);
    undo();
    expect(target.listenerCount('uncaughtException')).toBe(0);
    expect(target.listenerCount('unhandledRejection')).toBe(0);
  });
});
