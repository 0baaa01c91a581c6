/**
 * The crash-consistency child: runs the stores through a storm of creates, revokes and ledger
 * writes, in the app's order (ledger entry first, then the sealed save, then "ack" — the point
 * where the renderer would be told), until the parent SIGKILLs it. Prints `ack <id>` per
 * acknowledged create. Run as: node crash-child.mjs <dir>.
 */
import { randomUUID } from 'node:crypto';
import type { SessionRecord } from '../session-record';
import { openCrashStores } from './crash-stores';

const dir = process.argv[2] as string;

async function main(): Promise<void> {
  const { sessions, ledger, state } = await openCrashStores(dir, [], 'child');
  if (state.status !== 'ready') throw new Error(`store not ready: ${JSON.stringify(state)}`);
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const doc = sessions.read();
    const live = doc.sessions.filter((s) => s.token !== null);
    if (live.length > 0 && n % 3 === 2) {
      const victim = live[n % live.length] as SessionRecord;
      const next = doc.sessions.map((s) =>
        s.view.id === victim.view.id
          ? { ...s, token: null, view: { ...s.view, status: 'revoked' as const } }
          : s,
      );
      sessions.write({ sessions: next });
      ledger.close(victim.view.id, 'revoked');
      continue;
    }
    const id = randomUUID();
    const now = new Date().toISOString();
    ledger.open({
      id,
      kind: 'connect',
      profileId: 'p1',
      profileName: 'Production',
      label: `customer ${n}`,
      tags: { end_user_id: `u${n}` },
      integrations: [],
      createdAt: now,
      expiresAt: now,
    });
    const record: SessionRecord = {
      view: {
        id,
        kind: 'connect',
        profileId: 'p1',
        label: `customer ${n}`,
        connectLink: `https://connect.nango.dev/?session_token=nango_connect_session_${id}`,
        createdAt: now,
        expiresAt: now,
        tags: { end_user_id: `u${n}`, handoff_id: id },
        allowedIntegrations: [],
        status: 'active',
      },
      token: `nango_connect_session_${id.replace(/-/g, '')}`,
      apiBaseUrl: 'http://127.0.0.1:3003',
      connectUiBaseUrl: 'https://connect.nango.dev',
    };
    sessions.write({ sessions: [...doc.sessions, record] });
    process.stdout.write(`ack ${id}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exit(2);
});
