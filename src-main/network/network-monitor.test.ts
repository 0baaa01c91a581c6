import { describe, expect, it } from 'vitest';
import type { NetworkStatus } from '../../src-shared/models/app-status';
import { ManualClock } from '../platform/manual-clock';
import { NetworkMonitor, OS_OFFLINE_REASON } from './network-monitor';

function setup() {
  const clock = new ManualClock();
  const changes: NetworkStatus[] = [];
  const monitor = new NetworkMonitor({ clock, onChange: (s) => changes.push(s) });
  return { clock, changes, monitor };
}

describe('NetworkMonitor', () => {
  it('starts online and emits nothing until something changes', () => {
    const { clock, changes, monitor } = setup();
    expect(monitor.status()).toEqual({ online: true, since: new Date(clock.now()).toISOString() });
    monitor.reportReachable();
    monitor.setOsOnline(true);
    expect(changes).toEqual([]);
  });

  it('goes offline on a network failure and back on the next answer, emitting once each', () => {
    const { clock, changes, monitor } = setup();
    clock.advance(1_000);
    monitor.reportUnreachable('api.nango.dev refused the connection.');
    monitor.reportUnreachable('api.nango.dev refused the connection.');
    clock.advance(1_000);
    monitor.reportReachable();
    monitor.reportReachable();
    expect(changes).toEqual([
      {
        online: false,
        reason: 'api.nango.dev refused the connection.',
        since: new Date(clock.now() - 1_000).toISOString(),
      },
      { online: true, since: new Date(clock.now()).toISOString() },
    ]);
  });

  it('follows the OS, whose online event also clears a request failure', () => {
    const { changes, monitor } = setup();
    monitor.setOsOnline(false);
    expect(monitor.status()).toMatchObject({ online: false, reason: OS_OFFLINE_REASON });
    monitor.setOsOnline(false);
    monitor.setOsOnline(true);
    monitor.reportUnreachable('cut');
    monitor.setOsOnline(true);
    expect(changes.map((c) => c.online)).toEqual([false, true, false, true]);
  });

  it('emits a new reason while offline but keeps the time it went offline', () => {
    const { clock, changes, monitor } = setup();
    monitor.reportUnreachable('cut');
    clock.advance(5_000);
    monitor.setOsOnline(false);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toEqual({ ...changes[0], reason: OS_OFFLINE_REASON });
  });

  it('treats an answer as proof of being online even if the OS said otherwise', () => {
    const { monitor } = setup();
    monitor.setOsOnline(false);
    monitor.reportReachable();
    expect(monitor.status().online).toBe(true);
  });
});
