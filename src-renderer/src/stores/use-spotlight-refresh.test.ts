import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../test/fake-api';
import { aSession } from '../test/fixtures';
import { resetStores } from '../test/reset-stores';
import { useClockStore } from './use-clock-store';
import { useSessionsStore } from './use-sessions-store';
import { useSpotlightStore } from './use-spotlight-store';

beforeEach(() => {
  resetStores(createFakeApi().api);
  useClockStore.setState({ now: 60_000 });
});
afterEach(() => resetStores(null));

const a = aSession({ id: 'a' }, 0);
const b = aSession({ id: 'b' }, 1_000);
/** Card a's next link, made later than card b. */
const a2 = aSession({ id: 'a2', cardId: 'a', cardCreatedAt: a.createdAt }, 50_000);

describe('the spotlight and a refreshed card', () => {
  it('follows the card to its next link, in presenter view too', () => {
    useSessionsStore.setState({ sessions: [b, a] });
    useSpotlightStore.getState().present('a');
    useSessionsStore.getState().applyChange([a2], []);
    expect(useSpotlightStore.getState()).toMatchObject({ chosenId: 'a2', presenterId: 'a2' });
  });

  it('never takes the code from another card', () => {
    useSessionsStore.setState({ sessions: [b, a] });
    useSpotlightStore.setState({ chosenId: null });
    useSessionsStore.getState().applyChange([a2], []);
    expect(useSpotlightStore.getState().chosenId).toBe('b');
    expect(useSpotlightStore.getState().presenterId).toBeNull();
  });
});
