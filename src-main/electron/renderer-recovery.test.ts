import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
}));
vi.mock('electron', () => ({ dialog: { showMessageBox: fake.showMessageBox } }));

import { CrashLoopGuard } from '../crash/crash-loop-guard';
import { ManualClock } from '../platform/manual-clock';
import { RELOADED_NOTICE } from '../crash/recovery-messages';
import { watchRenderer } from './renderer-recovery';

class FakeContents extends EventEmitter {
  reload = vi.fn();
}

function setup() {
  const clock = new ManualClock();
  const contents = new FakeContents();
  const window = { destroyed: false, isDestroyed: () => window.destroyed, webContents: contents };
  const options = {
    guard: new CrashLoopGuard({ clock }),
    clock,
    log: vi.fn(),
    notify: vi.fn(),
    quit: vi.fn(),
  };
  watchRenderer(window as never, options);
  const gone = (reason = 'crashed') =>
    contents.emit('render-process-gone', {}, { reason, exitCode: 139 });
  return { clock, contents, window, options, gone };
}

beforeEach(() => fake.showMessageBox.mockClear());

describe('watchRenderer: a renderer that is gone', () => {
  it('is reloaded, and the user is told', () => {
    const { contents, options, gone } = setup();
    gone('crashed');
    expect(contents.reload).toHaveBeenCalledOnce();
    expect(options.notify).toHaveBeenCalledWith('warning', RELOADED_NOTICE);
    expect(options.log).toHaveBeenCalledWith('renderer: gone (crashed, exit code 139)');
  });

  it('is not reloaded after a clean exit or once the window is closed', () => {
    const { contents, window, gone } = setup();
    gone('clean-exit');
    window.destroyed = true;
    gone('crashed');
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('stops reloading after three crashes in a minute and asks; Try Again reloads', async () => {
    const { contents, clock, gone, options } = setup();
    for (let i = 0; i < 3; i++) {
      gone('oom');
      clock.advance(5_000);
    }
    expect(contents.reload).toHaveBeenCalledTimes(3);
    fake.showMessageBox.mockResolvedValueOnce({ response: 0 });
    gone('oom');
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(fake.showMessageBox).toHaveBeenCalledOnce();
    expect(fake.showMessageBox.mock.calls[0]![1]).toMatchObject({
      message: 'The Handoff window keeps crashing',
      buttons: ['Try Again', 'Quit Handoff'],
    });
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalledTimes(4));
    // The guard was reset: the next crash reloads at once again.
    gone('crashed');
    expect(contents.reload).toHaveBeenCalledTimes(5);
    expect(options.quit).not.toHaveBeenCalled();
  });

  it('quits when the user chooses Quit after a crash loop', async () => {
    const { gone, options, contents } = setup();
    fake.showMessageBox.mockResolvedValueOnce({ response: 1 });
    for (let i = 0; i < 4; i++) gone('crashed');
    await vi.waitFor(() => expect(options.quit).toHaveBeenCalledOnce());
    expect(contents.reload).toHaveBeenCalledTimes(3);
  });
});

describe('watchRenderer: a renderer that stops responding', () => {
  it('is logged, and the user is told how long once it recovers', () => {
    const { contents, clock, options } = setup();
    contents.emit('unresponsive');
    expect(options.log).toHaveBeenCalledWith('renderer: not responding');
    clock.advance(12_400);
    contents.emit('responsive');
    expect(options.log).toHaveBeenCalledWith('renderer: responding again after 12 s');
    expect(options.notify).toHaveBeenCalledWith(
      'warning',
      'The Handoff window stopped responding for 12 s and has recovered.',
    );
    contents.emit('responsive');
    expect(options.notify).toHaveBeenCalledOnce();
  });
});
