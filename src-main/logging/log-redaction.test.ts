/**
 * The log-redaction proof: a secret key, a session token and a connect link go through every
 * way main writes a log line — info, warn, error, Error objects (message, stack, cause, extra
 * fields), the IPC router's log, uncaught errors and rejections, the captured console — into
 * a real log file on disk, and the files are then searched for them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src-shared/contract/channels';
import { catchMainErrors, createMainErrorReporter } from '../crash/main-error-reporter';
import type { Handlers } from '../ipc/handlers';
import { createIpcRouter } from '../ipc/ipc-router';
import { MemorySecretStore } from '../keychain/memory-secret-store';
import { captureConsole, createAppLog, type AppLog } from './app-log';
import { redactText } from './redact';
import { registeringSecretStore, SecretRegistry } from './secret-registry';

const KEY = '3f1c2b7e-9a4d-4c1e-8f2a-6b5d4e3c2a1f';
const TOKEN_HEX = 'ab12'.repeat(16);
const TOKEN = `nango_connect_session_${TOKEN_HEX}`;
const LINK = `https://connect.nango.dev/?session_token=${TOKEN}&apiURL=https%3A%2F%2Fapi.nango.dev`;
// A self-hosted server's key in no known shape: only the live-secret registry catches it.
const ODD_KEY = 'selfhosted-Zx9QwErTy8uIoP';
const SECRETS = [KEY, TOKEN_HEX, ODD_KEY, encodeURIComponent(TOKEN)];

let folder: string;
let log: AppLog;
let registry: SecretRegistry;
let counter = 0;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'handoff-logs-'));
  registry = new SecretRegistry();
  log = createAppLog({ folder, secrets: registry, console: false, logId: `test-${++counter}` });
  // The key goes through the keychain wrapper, as in the app, and so becomes a live secret.
  await registeringSecretStore(new MemorySecretStore(), registry).set('p1', ODD_KEY);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Every log file in the folder, concatenated. */
const written = () =>
  readdirSync(folder)
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) expect(text, `log contains ${secret}`).not.toContain(secret);
  expect(text).not.toMatch(/nango_connect_session_\w/);
}

describe('log redaction, end to end into the file', () => {
  it('info, warn and error lines with a key, a token, a link and a bearer header', () => {
    log.info(`key set: ${KEY}, link ${LINK}`);
    log.warn('request headers', { authorization: `Bearer ${TOKEN}`, secretKey: ODD_KEY });
    log.error(`session_token=${TOKEN} for ${ODD_KEY}`);
    const text = written();
    expectNoSecrets(text);
    expect(text).toMatch(/\[info\]\s+key set: \[redacted\], link https:\/\/connect\.nango\.dev/);
    expect(text).toContain('session_token=[redacted]');
    expect(text).toContain('Bearer [redacted]');
    expect(text).toContain('[warn]');
    expect(text).toContain('[error]');
  });

  it('Error objects: message, stack, cause and extra fields', () => {
    const cause = new Error(`upstream said ${TOKEN}`);
    const error = Object.assign(new Error(`Nango rejected ${KEY}`, { cause }), {
      request: { url: LINK, headers: { Authorization: `Bearer ${ODD_KEY}` } },
    });
    error.stack = `${error.stack}\n    at fetchWith (${LINK})`;
    log.error('create failed', error);
    const text = written();
    expectNoSecrets(text);
    expect(text).toContain('Error: Nango rejected [redacted]');
    expect(text).toMatch(/\n\s+at /); // the stack is kept
    expect(text).toContain('upstream said [redacted]');
  });

  it('the IPC router’s log (an internal failure’s stack frames)', async () => {
    const failing = new Error('boom');
    failing.stack = `Error: boom\n    at handler (${LINK})\n    at Bearer ${KEY} (x.js:1:1)`;
    const handlers = Object.fromEntries(
      CHANNELS.map((c) => [
        c,
        async () => {
          throw failing;
        },
      ]),
    ) as unknown as Handlers;
    const router = createIpcRouter(
      handlers,
      () => true,
      (line) => log.warn(line),
    );
    await router.dispatch(
      'app:snapshot',
      {},
      { webContentsId: 1, frameUrl: 'x', isMainFrame: true },
    );
    const text = written();
    expectNoSecrets(text);
    expect(text).toContain('ipc: app:snapshot: failed with internal (Error)');
  });

  it('uncaught exceptions and unhandled rejections in main', () => {
    const fakeProcess = new EventEmitter();
    const shown: string[] = [];
    const report = createMainErrorReporter({
      log: (message, error) => log.error(message, error),
      show: (_title, message) => shown.push(message),
      redact: (text) => redactText(text, registry.values()),
    });
    catchMainErrors(fakeProcess as unknown as NodeJS.Process, report);
    fakeProcess.emit('uncaughtException', new Error(`timer crashed holding ${ODD_KEY}`));
    fakeProcess.emit('unhandledRejection', new Error(`revoke failed for ${LINK}`));
    const text = written();
    expectNoSecrets(text);
    expectNoSecrets(shown.join('\n'));
    expect(text).toContain('main: uncaught exception');
    expect(text).toContain('main: unhandled rejection');
  });

  it('console output from main and its libraries', () => {
    const restore = captureConsole(log);
    try {
      console.log('library says', KEY);
      console.warn(`deprecated: ${LINK}`);
      console.error(new Error(`failed ${ODD_KEY}`));
    } finally {
      restore();
    }
    const text = written();
    expectNoSecrets(text);
    expect(text).toContain('library says [redacted]');
  });

  it('rotated files too, keeping three', () => {
    const small = createAppLog({
      folder,
      secrets: registry,
      console: false,
      maxBytes: 2_000,
      logId: `test-rotate-${counter}`,
    });
    for (let i = 0; i < 200; i++) small.info(`line ${i} ${KEY} ${LINK}`);
    const files = readdirSync(folder).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    expectNoSecrets(written());
    expect(readFileSync(join(folder, 'main.log'), 'utf8')).toContain('line 199');
  });
});
