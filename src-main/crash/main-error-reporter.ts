/**
 * Uncaught exceptions and unhandled rejections in main: each is logged (the same error at
 * most a few times, so a loop cannot flood the log) and shown to the user once per distinct
 * error, with a cap on dialogs overall, so a failing timer cannot stack dialogs forever.
 */

/** What kind of failure reached the top of main. */
export type MainErrorKind = 'uncaught exception' | 'unhandled rejection';

export interface MainErrorReporterOptions {
  /** Writes to the log (which redacts). */
  log: (message: string, error: unknown) => void;
  /** Shows an error to the user (the dialog); the text is already redacted. */
  show: (title: string, message: string) => void;
  /** Makes text safe to show. */
  redact: (text: string) => string;
  /** Dialogs per run. Default 3. */
  maxDialogs?: number;
  /** Log entries per distinct error. Default 5. */
  maxLogsPerError?: number;
}

/** Reports one failure. */
export type MainErrorReporter = (kind: MainErrorKind, error: unknown) => void;

const asError = (value: unknown): Error =>
  value instanceof Error ? value : new Error(typeof value === 'string' ? value : String(value));

/** Same name, message and throwing frame: the same error. */
function fingerprint(error: Error): string {
  const frame = (error.stack ?? '').split('\n').find((line) => /^\s+at /.test(line)) ?? '';
  return `${error.name}\u0000${error.message}\u0000${frame.trim()}`;
}

export function createMainErrorReporter(options: MainErrorReporterOptions): MainErrorReporter {
  const maxDialogs = options.maxDialogs ?? 3;
  const maxLogs = options.maxLogsPerError ?? 5;
  const seen = new Map<string, number>();
  let dialogs = 0;

  return (kind, value) => {
    const error = asError(value);
    const key = fingerprint(error);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    // Reporting must never throw: it runs inside process-level handlers.
    try {
      if (count <= maxLogs) {
        options.log(
          `main: ${kind}${count === maxLogs ? ' (repeats are no longer logged)' : ''}`,
          value,
        );
      }
      if (count === 1 && dialogs < maxDialogs) {
        dialogs++;
        options.show(
          'Handoff hit an unexpected error',
          options.redact(
            `${error.name}: ${error.message}\n\nHandoff kept running. If something looks wrong, ` +
              'quit and reopen it. Details are in the log (Help → Open Logs Folder).',
          ),
        );
      }
    } catch {
      // Nothing left to tell.
    }
  };
}

/** Routes a process's uncaught errors to `report`; returns the undo. */
export function catchMainErrors(
  target: Pick<NodeJS.Process, 'on' | 'off'>,
  report: MainErrorReporter,
): () => void {
  const onException = (error: unknown) => report('uncaught exception', error);
  const onRejection = (reason: unknown) => report('unhandled rejection', reason);
  target.on('uncaughtException', onException);
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('uncaughtException', onException);
    target.off('unhandledRejection', onRejection);
  };
}
