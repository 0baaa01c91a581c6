/**
 * Starts main's log before anything else runs: the rotating, redacted log file in the app's
 * logs folder, the console captured into it, and uncaught errors logged and shown once.
 */
import { join } from 'node:path';
import { app, dialog } from 'electron';
import { catchMainErrors, createMainErrorReporter } from '../crash/main-error-reporter';
import { captureConsole, createAppLog, type AppLog } from '../logging/app-log';
import { redactText } from '../logging/redact';
import { SecretRegistry } from '../logging/secret-registry';

/** The log, the secrets it redacts, and where its files are. */
export interface MainLog {
  log: AppLog;
  /** Secrets to redact; the keychain wrapper adds to it. */
  secrets: SecretRegistry;
  /** The folder Help → Open Logs Folder opens. */
  folder: string;
}

/**
 * Starts logging. `userDataOverride` (development and e2e only) keeps the log inside that
 * private folder too.
 */
export function startMainLog(options: { userDataOverride?: string } = {}): MainLog {
  app.setAppLogsPath(options.userDataOverride ? join(options.userDataOverride, 'logs') : undefined);
  const folder = app.getPath('logs');
  const secrets = new SecretRegistry();
  const log = createAppLog({ folder, secrets, console: !app.isPackaged });
  captureConsole(log);
  const report = createMainErrorReporter({
    log: (message, error) => log.error(message, error),
    // Once ready, a dialog that does not block main's event loop; before, the only kind there
    // is (on Linux without a display it prints to stderr).
    show: (title, message) => {
      if (!app.isReady()) return dialog.showErrorBox(title, message);
      void dialog.showMessageBox({
        type: 'error',
        title: 'Handoff',
        message: title,
        detail: message,
      });
    },
    redact: (text) => redactText(text, secrets.values()),
  });
  catchMainErrors(process, report);
  log.info(`Handoff ${app.getVersion()} starting (${process.platform} ${process.arch})`);
  return { log, secrets, folder };
}
