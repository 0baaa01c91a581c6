import { describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  return { powerMonitor: new EventEmitter() };
});
vi.mock('electron', () => ({ powerMonitor: fake.powerMonitor }));

import { watchPower } from './power-events';

describe('watchPower', () => {
  it('reports suspend and resume, and stops listening when asked', () => {
    const seen: string[] = [];
    const stop = watchPower((state) => seen.push(state));
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('resume');
    expect(seen).toEqual(['suspend', 'resume']);
    stop();
    expect(fake.powerMonitor.listenerCount('suspend')).toBe(0);
    expect(fake.powerMonitor.listenerCount('resume')).toBe(0);
    fake.powerMonitor.emit('suspend');
    expect(seen).toHaveLength(2);
  });
});
