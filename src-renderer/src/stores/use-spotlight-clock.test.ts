import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../test/fake-api';
import { aSession } from '../test/fixtures';
import { resetStores } from '../test/reset-stores';
import { useClockStore } from './use-clock-store';
import { useSessionsStore } from './use-sessions-store';
import { onSpotlightIdChange, shownSpotlightId } from './use-spotlight-store';

const MINUTE = 60_000;
const a = aSession({ id: 'a' }, 0);
const b = aSession({ id: 'b' }, MINUTE);

beforeEach(() => {
  resetStores(createFakeApi().api);
  useClockStore.setState({ now: 2 * MINUTE });
});
afterEach(() => resetStores(null));

describe('the spotlight on the clock', () => {
  it('moves exactly when the link on show runs out, and not on the ticks between', () => {
    useSessionsStore.setState({ sessions: [a, b] });
    expect(shownSpotlightId()).toBe('b');
    let changes = 0;
    const stop = onSpotlightIdChange(() => (changes += 1));
    for (let now = 3 * MINUTE; now < 31 * MINUTE; now += 1000) useClockStore.setState({ now });
    expect(changes).toBe(0);
    expect(shownSpotlightId()).toBe('b');
    useClockStore.setState({ now: 31 * MINUTE }); // b runs out on the clock: none is live
    expect(shownSpotlightId()).toBeNull();
    expect(changes).toBe(1);
    stop();
  });

  it('answers again when the clock goes back', () => {
    useSessionsStore.setState({ sessions: [b] });
    useClockStore.setState({ now: 40 * MINUTE });
    expect(shownSpotlightId()).toBeNull();
    useClockStore.setState({ now: 10 * MINUTE }); // the system clock was corrected
    expect(shownSpotlightId()).toBe('b');
  });
});
