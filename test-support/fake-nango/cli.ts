/**
 * `npm run fake-nango`: a fake Nango for demos on PORT (default 3003), seeded with one
 * full-access key (printed), a few integrations and connections. Ctrl-C stops it.
 */
import { systemClock } from '../../src-main/platform/clock';
import { DEMO_BROKEN_CONNECTIONS, seedDemo } from './demo-seed';
import { startFakeNango } from './fake-nango';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3003);
  const nango = await startFakeNango({ clock: systemClock, port });
  const key = seedDemo(nango, systemClock.now());
  process.stdout.write(
    [
      `fake-nango listening on ${nango.url}`,
      `secret key (full access): ${key}`,
      `integrations: ${nango
        .integrations()
        .map((i) => i.unique_key)
        .join(', ')}`,
      `connections: ${nango.connections().length} (broken: ${DEMO_BROKEN_CONNECTIONS.join(', ')})`,
      '',
    ].join('\n'),
  );
  process.once('SIGINT', () => {
    void nango.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`fake-nango failed to start: ${String(error)}\n`);
  process.exit(1);
});
