/**
 * The main process's log: a rotating file (electron-log's file transport) plus the console,
 * with every line redacted in a hook that runs before any transport writes. Uses
 * `electron-log/node`, not `electron-log/main`: the latter registers an IPC channel of its own
 * (`__ELECTRON_LOG__`) that any renderer could write to, outside the contract.
 */
import { renameSync, rmSync } from 'node:fs';
import { join, parse } from 'node:path';
import electronLog from 'electron-log/node';
import { redactValue } from './redact';
import type { SecretRegistry } from './secret-registry';

/** The log every main-process module writes to. */
export interface AppLog {
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  /** The current log file's path. */
  readonly file: string;
}

/** Where and how much to log. */
export interface AppLogOptions {
  /** The folder for `main.log` and its rotated copies. */
  folder: string;
  /** Secrets this run has seen, redacted exactly. */
  secrets: SecretRegistry;
  /** Rotate when the file passes this size. Default 2 MiB. */
  maxBytes?: number;
  /** Rotated files kept (`main.1.log` newest). Default 3. */
  keep?: number;
  /** Also print to the console (development). Default true. */
  console?: boolean;
  /** Distinguishes loggers in one process (tests). Default 'handoff'. */
  logId?: string;
}

export function createAppLog(options: AppLogOptions): AppLog {
  const file = join(options.folder, 'main.log');
  const keep = options.keep ?? 3;
  const logger = electronLog.create({ logId: options.logId ?? 'handoff' });

  // The redaction hook: every transport receives text that has already been cleaned.
  logger.hooks.push((message) => ({
    ...message,
    data: message.data.map((value: unknown) => redactValue(value, options.secrets.values())),
  }));

  const fileTransport = logger.transports.file;
  fileTransport.resolvePathFn = () => file;
  fileTransport.maxSize = options.maxBytes ?? 2 * 1024 * 1024;
  // Readable by the user only (electron-log's default is 0o666 less the umask).
  fileTransport.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  fileTransport.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}]{scope} {text}';
  fileTransport.archiveLogFn = (current) => {
    try {
      rotate(current.path, keep);
    } catch {
      // Cannot rename (e.g. another program holds the file): start it afresh rather than grow.
      current.clear();
    }
  };
  logger.transports.console.level = options.console === false ? false : 'info';
  // Nothing leaves the machine, and nothing goes to a renderer (the IPC transport exists only
  // under Electron, and only in development).
  for (const name of ['remote', 'ipc']) {
    const transport = logger.transports[name];
    if (transport) transport.level = false;
  }

  return {
    info: (...data) => logger.info(...data),
    warn: (...data) => logger.warn(...data),
    error: (...data) => logger.error(...data),
    file,
  };
}

/** `main.log` → `main.1.log` → … → `main.<keep>.log`, the oldest dropped. */
function rotate(path: string, keep: number): void {
  const { dir, name, ext } = parse(path);
  const numbered = (n: number) => join(dir, `${name}.${n}${ext}`);
  rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    try {
      renameSync(numbered(n), numbered(n + 1));
    } catch {
      // That copy does not exist yet.
    }
  }
  renameSync(path, numbered(1));
}

/**
 * Sends the console (ours and every library's) to the log, so nothing reaches stdout
 * unredacted. electron-log's console transport kept the original methods. Returns the undo.
 */
export function captureConsole(log: AppLog): () => void {
  const original = {
    log: console.log,
    info: console.info,
    warn: console.warn,
    error: console.error,
    debug: console.debug,
  };
  console.log = (...data: unknown[]) => log.info(...data);
  console.info = (...data: unknown[]) => log.info(...data);
  console.debug = (...data: unknown[]) => log.info(...data);
  console.warn = (...data: unknown[]) => log.warn(...data);
  console.error = (...data: unknown[]) => log.error(...data);
  return () => Object.assign(console, original);
}
