/**
 * Keeps the window usable when its renderer fails: a renderer that is gone (crashed, killed,
 * out of memory) is reloaded and the user is told; one that crashes again and again is not
 * reloaded in a loop: the user chooses to try again or quit. A renderer that stops
 * responding is logged, and the user is told once it recovers. Sessions live in main, so a
 * reloaded window shows every live link again.
 */
import { dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import type { CrashLoopGuard } from '../crash/crash-loop-guard';
import { recoveredNotice, RELOADED_NOTICE } from '../crash/recovery-messages';
import type { Notice } from '../../src-shared/models/app-status';
import type { Clock } from '../platform/clock';

export interface RendererRecoveryOptions {
  guard: CrashLoopGuard;
  clock: Pick<Clock, 'now'>;
  log: (message: string) => void;
  /** Adds a notice (shown by the reloaded window). */
  notify: (level: Notice['level'], message: string) => void;
  quit: () => void;
}

type Watched = Pick<BrowserWindow, 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'reload'>;
};

/** Watches one window's renderer. */
export function watchRenderer(window: Watched, options: RendererRecoveryOptions): void {
  const contents = window.webContents;
  let unresponsiveSince: number | null = null;

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    options.log(`renderer: gone (${details.reason}, exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    if (options.guard.recordCrash()) {
      options.notify('warning', RELOADED_NOTICE);
      contents.reload();
      return;
    }
    options.log('renderer: crashing repeatedly; not reloading without the user');
    void askAfterCrashLoop(window as BrowserWindow).then((retry) => {
      if (window.isDestroyed()) return;
      if (!retry) return options.quit();
      options.guard.reset();
      contents.reload();
    });
  });

  contents.on('unresponsive', () => {
    unresponsiveSince = options.clock.now();
    options.log('renderer: not responding');
  });
  contents.on('responsive', () => {
    if (unresponsiveSince === null) return;
    const seconds = Math.max(1, Math.round((options.clock.now() - unresponsiveSince) / 1000));
    unresponsiveSince = null;
    options.log(`renderer: responding again after ${seconds} s`);
    options.notify('warning', recoveredNotice(seconds));
  });
}

/** True when the user wants another reload. */
async function askAfterCrashLoop(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    title: 'Handoff',
    message: 'The Handoff window keeps crashing',
    detail:
      'It stopped several times in the last minute, so Handoff did not reload it again. ' +
      'Your live links are still valid until they expire or are revoked. ' +
      'Details are in the log (Help → Open Logs Folder).',
    buttons: ['Try Again', 'Quit Handoff'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0;
}
