import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../test/fixtures';
import { createFakeApi, type FakeApi } from '../test/fake-api';
import { resetStores } from '../test/reset-stores';
import { useSessionsStore } from './use-sessions-store';

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  useSessionsStore.setState({ sessions: [aSession({ id: 'old' })] });
});
afterEach(() => resetStores(null));

describe('sessions store', () => {
  it('keeps the objects of unchanged sessions when a fresh list arrives', () => {
    const [old] = useSessionsStore.getState().sessions;
    const before = useSessionsStore.getState().sessions;
    useSessionsStore.getState().replaceAll(structuredClone(before));
    expect(useSessionsStore.getState().sessions).toBe(before);

    const revoked = { ...structuredClone(old!), status: 'revoked' as const };
    useSessionsStore.getState().replaceAll([aSession({ id: 'new' }), revoked]);
    const [added, changed] = useSessionsStore.getState().sessions;
    expect(added?.id).toBe('new');
    expect(changed).toBe(revoked);

    const again = useSessionsStore.getState().sessions;
    useSessionsStore.getState().upsert(structuredClone(revoked));
    expect(useSessionsStore.getState().sessions).toBe(again);
  });

  it('folds in a delta: changes in place, removals, and new sessions first in main’s order', () => {
    const [s1] = useSessionsStore.getState().sessions;
    const ids = () => useSessionsStore.getState().sessions.map((s) => s.id);
    const { applyChange } = useSessionsStore.getState();
    applyChange([aSession({ id: 'n2' }), aSession({ id: 'n1' })], []);
    expect(ids()).toEqual(['n2', 'n1', s1!.id]);
    expect(useSessionsStore.getState().sessions[2]).toBe(s1);
    applyChange([{ ...aSession({ id: 'n1' }), status: 'revoked' }], ['n2']);
    expect(ids()).toEqual(['n1', s1!.id]);
    expect(useSessionsStore.getState().sessions[0]?.status).toBe('revoked');
    const before = useSessionsStore.getState().sessions;
    applyChange([structuredClone(s1!)], []);
    expect(useSessionsStore.getState().sessions).toBe(before);
  });

  it('creates through sessions:create and shows the new card at once', async () => {
    fake.handle('sessions:create', () => ({ ok: true, data: aSession({ id: 'new' }) }));
    const request = { profileId: 'p1', tags: { end_user_id: 'cus_1' }, allowedIntegrations: [] };
    const result = await useSessionsStore.getState().create(request);
    expect(result.ok).toBe(true);
    expect(fake.calls.at(-1)).toEqual({ channel: 'sessions:create', request });
    expect(useSessionsStore.getState().sessions.map((s) => s.id)).toEqual(['new', 'old']);
  });

  it('focuses a created card from its change, and its reply then adds nothing', async () => {
    const made = aSession({ id: 'made' });
    useSessionsStore.getState().applyChange([made], [], 'made');
    expect(useSessionsStore.getState().lastCreatedId).toBe('made');
    useSessionsStore.setState({ lastCreatedId: null }); // the grid focused it
    const before = useSessionsStore.getState();
    fake.handle('sessions:create', () => ({ ok: true, data: structuredClone(made) }));
    const request = { profileId: 'p1', tags: { end_user_id: 'cus_1' }, allowedIntegrations: [] };
    await useSessionsStore.getState().create(request);
    // No second focus (or render): the state is the very same object.
    expect(useSessionsStore.getState()).toBe(before);
  });

  it('focuses from the reply when no change named the card (missed, or a resync)', async () => {
    useSessionsStore.getState().applyChange([aSession({ id: 'other' })], []);
    expect(useSessionsStore.getState().lastCreatedId).toBeNull();
    fake.handle('sessions:create', () => ({ ok: true, data: aSession({ id: 'new' }) }));
    const request = { profileId: 'p1', tags: { end_user_id: 'cus_1' }, allowedIntegrations: [] };
    await useSessionsStore.getState().create(request);
    expect(useSessionsStore.getState().lastCreatedId).toBe('new');
  });

  it('returns the error and changes nothing when creation fails', async () => {
    const error = { code: 'rate_limited', message: 'slow down', retryAfterSeconds: 3 };
    fake.handle('sessions:create', () => ({ ok: false, error }));
    const result = await useSessionsStore
      .getState()
      .create({ profileId: 'p1', tags: {}, allowedIntegrations: [] });
    expect(result).toEqual({ ok: false, error });
    expect(useSessionsStore.getState().sessions).toHaveLength(1);
  });

  it('revokes by id and replaces the card', async () => {
    fake.handle('sessions:revoke', () => ({
      ok: true,
      data: aSession({ id: 'old', status: 'revoked' }),
    }));
    await useSessionsStore.getState().revoke('old');
    expect(fake.calls.at(-1)).toEqual({ channel: 'sessions:revoke', request: { id: 'old' } });
    expect(useSessionsStore.getState().sessions[0]?.status).toBe('revoked');
  });

  it('dismisses by id and takes main’s list', async () => {
    fake.handle('sessions:dismiss', () => ({ ok: true, data: [] }));
    await useSessionsStore.getState().dismiss('old');
    expect(useSessionsStore.getState().sessions).toEqual([]);
  });

  it('copies and opens links by id only (main looks the link up)', async () => {
    fake.handle('sessions:copy-link', () => ({ ok: true, data: null }));
    fake.handle('sessions:open-link', () => ({ ok: true, data: null }));
    await useSessionsStore.getState().copyLink('old');
    await useSessionsStore.getState().openLink('old');
    expect(fake.calls.map((c) => [c.channel, c.request])).toEqual([
      ['sessions:copy-link', { id: 'old' }],
      ['sessions:open-link', { id: 'old' }],
    ]);
  });
});
