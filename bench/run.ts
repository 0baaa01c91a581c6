/**
 * `npm run bench`: prints numbers for the paths people wait on. Not a test: nothing asserts
 * on time. Run on an idle machine and compare runs of the same commit.
 */
import QRCode from 'qrcode';
import { HANDOFF_TAG, validateTags } from '../src-shared/tags/tag-rules';
import { addProfile, startTestApp } from '../src-main/app/app-test-kit';

function measure(name: string, runs: number, fn: () => void): void {
  for (let i = 0; i < Math.min(50, runs); i++) fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const ns = Number(process.hrtime.bigint() - start) / runs;
  console.log(`${name.padEnd(44)} ${(ns / 1000).toFixed(2).padStart(10)} µs/op  (${runs} runs)`);
}

async function measureAsync(name: string, runs: number, fn: () => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) =>
    times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(
    `${name.padEnd(44)} p50 ${pct(0.5)} ms  p95 ${pct(0.95)} ms  max ${pct(1)} ms  (${runs} runs)`,
  );
}

const tags = {
  end_user_id: 'u-42',
  end_user_email: 'ada@example.com',
  organization_id: 'acme',
  [HANDOFF_TAG]: '1d6f0e2c-4b7a-4d0e-9a51-3f2b8c7d6e5a',
};
const link = `https://connect.nango.dev/?session_token=nango_connect_session_${'ab'.repeat(32)}&apiURL=https%3A%2F%2Fnango.internal.example.com`;

console.log('Handoff benchmarks');
measure('validateTags (4 tags)', 100_000, () => validateTags(tags));
measure('QR code SVG for a connect link', 500, () => {
  void QRCode.toString(link, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
});

async function benchApp(): Promise<void> {
  const t = await startTestApp();
  const profileId = await addProfile(t);
  t.nango.setRateLimit({ limit: 1_000_000, windowMs: 60_000 });
  await measureAsync('sessions:create via IPC router + fake Nango', 200, () =>
    t.ok('sessions:create', {
      profileId,
      tags: { end_user_id: 'u-42' },
      allowedIntegrations: ['github'],
    }),
  );
  await measureAsync('app:snapshot with 200 sessions', 200, () => t.ok('app:snapshot', {}));
  await t.close();
}

void benchApp();
