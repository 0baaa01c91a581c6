/**
 * `npm run demo`: try Handoff without a Nango account. Starts the fake Nango with the demo seed
 * (integrations, connections, two broken) and opens the app on a temp data folder with an
 * in-memory key store and a demo profile already holding the demo key.
 *
 *   npm run demo                          the Electron app (needs the Electron binary)
 *   npm run demo -- --browser             the same app through the e2e harness, in Chromium
 *   npm run demo -- --browser --headless  a screenshot smoke run (no display needed); the
 *                                         only headless run there is, so --headless alone
 *                                         means the same
 *
 * In the terminal, Enter plays the customer: the newest open link is completed as if they had
 * authorised on their phone (the links point at Nango's real Connect UI, which does not know
 * the fake server's sessions).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import { systemClock } from '../../src-main/platform/clock';
import { DEMO_BROKEN_CONNECTIONS, seedDemo } from '../../test-support/fake-nango/demo-seed';
import { startFakeNango, type FakeNango } from '../../test-support/fake-nango';
import { serveRenderer } from '../harness/serve-renderer';
import { takeDemoTour } from './demo-tour';
import { completeNewestSession, startDemo } from './start-demo';

const ROOT = resolve(__dirname, '../..');
const SCREENS_DIR = join(ROOT, 'test-output/screens');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const say = (line = ''): void => void process.stdout.write(`${line}\n`);

function banner(nango: FakeNango, key: string): void {
  say(`Fake Nango: ${nango.url}   demo key: ${key}`);
  say(
    `Integrations: ${nango
      .integrations()
      .map((i) => i.unique_key)
      .join(', ')}`,
  );
  say(`Connections: ${nango.connections().length}, broken: ${DEMO_BROKEN_CONNECTIONS.join(', ')}`);
  say('The app opens with the profile "Demo (fake Nango)" ready. Import the connections on the');
  say('Reconnect desk to repair the broken ones. Nothing here touches your keychain or a real');
  say('Nango account; the data folder is deleted when the demo stops.');
}

/** Enter in the terminal completes the newest open link (only when stdin is a terminal). */
function playCustomerOnEnter(nango: FakeNango): () => void {
  if (!process.stdin.isTTY) return () => undefined;
  say('Press Enter to play the customer (complete the newest open link); Ctrl-C stops.');
  const lines = createInterface({ input: process.stdin });
  lines.on('line', () => {
    try {
      say(completeNewestSession(nango));
    } catch (error) {
      say(`Could not complete it: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return () => lines.close();
}

/** Builds the app when `out/` is missing (a fresh clone after `npm ci`). */
function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'out/renderer/index.html'))) return;
  say('Building the app first (out/ is missing)…');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; see above.');
}

function hasElectronBinary(): boolean {
  try {
    // In plain Node the package resolves to the binary's path, or throws when it was never
    // downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or no network at install time).
    createRequire(__filename)('electron');
    return true;
  } catch {
    return false;
  }
}

function hasDisplay(): boolean {
  return (
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

async function runElectron(): Promise<number> {
  if (!hasElectronBinary()) {
    say('No Electron binary here (it could not be downloaded at install time).');
    say('Run the same app in Chromium instead:  npm run demo -- --browser');
    return 2;
  }
  const nango = await startFakeNango({ clock: systemClock });
  const key = seedDemo(nango, systemClock.now());
  const userData = mkdtempSync(join(tmpdir(), 'handoff-demo-'));
  banner(nango, key);
  const stopCustomer = playCustomerOnEnter(nango);
  const child = spawn('npx', ['electron-vite', 'preview'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      HANDOFF_USER_DATA: userData,
      HANDOFF_SECRET_STORE: 'memory',
      HANDOFF_DEMO_API_URL: nango.url,
      HANDOFF_DEMO_SECRET_KEY: key,
    },
  });
  process.once('SIGINT', () => child.kill('SIGINT'));
  const code = await new Promise<number>((done) => child.once('exit', (c) => done(c ?? 0)));
  stopCustomer();
  await nango.close();
  rmSync(userData, { recursive: true, force: true });
  return code;
}

async function runBrowser(headless: boolean): Promise<number> {
  if (!headless && !hasDisplay()) {
    say('No display. Either run it in a virtual one:');
    say('  xvfb-run -a npm run demo -- --browser');
    say('or take the screenshot tour without a window:');
    say('  npm run demo -- --headless');
    return 2;
  }
  ensureBuilt();
  const renderer = await serveRenderer(join(ROOT, 'out/renderer'));
  const browser = await chromium.launch({
    headless,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: headless ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, '--window-size=1280,860'],
  });
  const context = await browser.newContext(
    headless ? { viewport: { width: 1280, height: 820 } } : { viewport: null },
  );
  const page = await context.newPage();
  const demo = await startDemo(page, { rendererUrl: renderer.url });
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await demo.close();
    await renderer.close();
  };
  if (headless) {
    try {
      const files = await takeDemoTour(page, SCREENS_DIR);
      say(`Demo smoke run passed. Screenshots:\n${files.map((f) => `  ${f}`).join('\n')}`);
      return 0;
    } finally {
      await stop();
    }
  }
  banner(demo.nango, demo.secretKey);
  const stopCustomer = playCustomerOnEnter(demo.nango);
  await new Promise<void>((done) => {
    page.once('close', () => done());
    browser.once('disconnected', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  stopCustomer();
  await stop();
  return 0;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const headless = args.has('--headless');
  const code = args.has('--browser') || headless ? await runBrowser(headless) : await runElectron();
  process.exit(code);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The demo failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
