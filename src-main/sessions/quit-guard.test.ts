import { describe, expect, it } from 'vitest';
import type { QuitChoice } from '../platform/desktop';
import { decideQuit } from './quit-guard';

const run = (
  live: number,
  answer: QuitChoice | Error,
  revokeAll = async () => ({ revoked: live, queued: 0 }),
) => {
  const asked: number[] = [];
  let revoked = 0;
  const decision = decideQuit({
    liveLinks: () => live,
    ask: async ({ liveLinks }) => {
      asked.push(liveLinks);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    revokeAll: async () => {
      revoked++;
      return revokeAll();
    },
    timeoutMs: 50,
  });
  return { decision, asked, revokedCalls: () => revoked };
};

describe('quit with live links', () => {
  it('quits without asking when no link is live', async () => {
    const r = run(0, 'cancel');
    expect(await r.decision).toEqual({ quit: true, choice: 'no-live-links' });
    expect(r.asked).toEqual([]);
  });

  it('cancel stays; keep quits without revoking', async () => {
    const cancel = run(2, 'cancel');
    expect(await cancel.decision).toMatchObject({ quit: false });
    expect(cancel.asked).toEqual([2]);
    const keep = run(2, 'keep-and-quit');
    expect(await keep.decision).toMatchObject({ quit: true, choice: 'keep-and-quit' });
    expect(keep.revokedCalls()).toBe(0);
  });

  it('revoke all and quit revokes first and reports what happened', async () => {
    const r = run(3, 'revoke-and-quit', async () => ({ revoked: 2, queued: 1 }));
    expect(await r.decision).toEqual({
      quit: true,
      choice: 'revoke-and-quit',
      revoked: { revoked: 2, queued: 1 },
    });
    expect(r.revokedCalls()).toBe(1);
  });

  it('does not hang on a dead network: quits after the time limit (queued revokes persist)', async () => {
    const r = run(1, 'revoke-and-quit', () => new Promise(() => undefined));
    expect(await r.decision).toEqual({
      quit: true,
      choice: 'revoke-and-quit',
      revoked: 'timed-out',
    });
  });

  it('stays open when the prompt itself fails', async () => {
    expect(await run(1, new Error('no window')).decision).toMatchObject({ quit: false });
  });
});
