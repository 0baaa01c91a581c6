import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useClockStore } from '../../stores/use-clock-store';
import { useConnectionsStore } from '../../stores/use-connections-store';
import { useNetworkStore } from '../../stores/use-network-store';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aConnection, aProfile, aRemoteConnection, aSession } from '../../test/fixtures';
import { actAsync, pressOn, render, typeInto, type Rendered } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { DeskPage } from './desk-page';

let fake: FakeApi;
let view: Rendered;
const capabilities = { integrationsList: true, connectionsList: true, testedAt: 't1' };
const integrations = [{ id: 'hubspot', provider: 'hubspot', displayName: 'HubSpot' }];
const rows = [
  aConnection({
    id: 'c1',
    label: 'Acme Corp',
    connectionId: 'acme-hubspot',
    health: 'broken',
    errorType: 'auth',
    brokenSince: new Date(0).toISOString(),
    tags: { end_user_id: 'cus_1', handoff_id: 'h1' },
  }),
  aConnection({
    id: 'c2',
    label: 'Globex',
    connectionId: 'globex-sf',
    integrationId: 'salesforce',
  }),
  aConnection({ id: 'c3', profileId: 'p2', label: 'Other profile', connectionId: 'other' }),
];

const setup = async (profile = aProfile({ capabilities })) => {
  useProfilesStore.setState({ profiles: [profile], activeProfileId: profile.id });
  useConnectionsStore.setState({ connections: rows });
  useNetworkStore.setState({ status: { online: true, since: 'x' } });
  view = await render(<DeskPage />);
};
const rowIds = () => view.allByTestId('desk-row').map((r) => r.dataset.connectionId);
const rowOf = (connectionId: string) =>
  view.container.querySelector<HTMLElement>(
    `[data-testid="desk-row"][data-connection-id="${connectionId}"]`,
  )!;
const inRow = <T extends HTMLElement = HTMLButtonElement>(connectionId: string, testId: string) =>
  rowOf(connectionId).querySelector<T>(`[data-testid="${testId}"]`)!;
const choose = (select: HTMLSelectElement, value: string) => {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const callsTo = (channel: string) => fake.calls.filter((c) => c.channel === channel);

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  useClockStore.setState({ now: 3 * 3_600_000 });
  fake.handle('integrations:list', () => ({ ok: true, data: { available: true, integrations } }));
});
afterEach(async () => {
  await view?.unmount();
  resetStores(null);
});

describe('DeskPage', () => {
  it('lists the active profile’s connections, broken first, and searches and filters them', async () => {
    await setup();
    expect(rowIds()).toEqual(['acme-hubspot', 'globex-sf']);
    expect(rowOf('acme-hubspot').dataset.health).toBe('broken');
    expect(rowOf('acme-hubspot').textContent).toMatch(/auth error since 3 h ago/);
    expect(inRow('acme-hubspot', 'desk-reconnect').className).toContain('button--primary');
    await actAsync(() => typeInto(view.byTestId<HTMLInputElement>('desk-search')!, 'salesforce'));
    expect(rowIds()).toEqual(['globex-sf']);
    await actAsync(() => typeInto(view.byTestId<HTMLInputElement>('desk-search')!, ''));
    await actAsync(() => choose(view.byTestId<HTMLSelectElement>('desk-status-filter')!, 'broken'));
    expect(rowIds()).toEqual(['acme-hubspot']);
    expect(view.byTestId('desk-count')?.textContent).toMatch(/Showing 1 of 2/);
  });

  it('explains the empty desk', async () => {
    useProfilesStore.setState({ profiles: [aProfile({ capabilities })], activeProfileId: 'p1' });
    view = await render(<DeskPage />);
    expect(view.byTestId('desk-empty')?.textContent).toMatch(/Import .* or add one by hand/);
  });

  it('reconnects a row and shows its session card right under it', async () => {
    await setup();
    const session = aSession(
      { id: 'rs', kind: 'reconnect', connectionId: 'acme-hubspot', integrationId: 'hubspot' },
      3 * 3_600_000,
    );
    fake.handle('sessions:reconnect', () => ({ ok: true, data: session }));
    await actAsync(() => inRow('acme-hubspot', 'desk-reconnect').click());
    expect(callsTo('sessions:reconnect')[0]?.request).toEqual({ savedConnectionId: 'c1' });
    const wrapper = inRow<HTMLElement>('acme-hubspot', 'desk-session');
    expect(
      wrapper.querySelector('[data-testid="session-card"]')?.getAttribute('data-session-id'),
    ).toBe('rs');
    expect(wrapper.querySelector('[data-testid="session-qr"]')).not.toBeNull();
    expect(rowOf('globex-sf').querySelector('[data-testid="desk-session"]')).toBeNull();
    expect(view.byTestId('desk-announcement')?.textContent).toMatch(
      /Reconnect link ready for Acme Corp/,
    );
  });

  it('asks before a second Reconnect replaces a live link, and says the old one was revoked', async () => {
    await setup();
    const first = aSession(
      { id: 'rs1', kind: 'reconnect', connectionId: 'acme-hubspot', integrationId: 'hubspot' },
      3 * 3_600_000,
    );
    const second = { ...first, id: 'rs2' };
    fake.handle('sessions:reconnect', () => ({ ok: true, data: first }));
    await actAsync(() => inRow('acme-hubspot', 'desk-reconnect').click());
    fake.handle('sessions:reconnect', () => ({ ok: true, data: second }));
    // The same button now asks first: one press does not swap the QR the customer may scan.
    expect(inRow('acme-hubspot', 'desk-reconnect').textContent).toBe('New link');
    await actAsync(() => inRow('acme-hubspot', 'desk-reconnect').click());
    expect(callsTo('sessions:reconnect')).toHaveLength(1);
    expect(rowOf('acme-hubspot').textContent).toMatch(/Replace the live link below\?/);
    await actAsync(() => inRow('acme-hubspot', 'desk-reconnect-confirm').click());
    expect(callsTo('sessions:reconnect')).toHaveLength(2);
    expect(view.byTestId('desk-announcement')?.textContent).toMatch(
      /New reconnect link for Acme Corp; the previous link was revoked/,
    );
    expect(document.activeElement).toBe(inRow('acme-hubspot', 'desk-session'));
  });

  it('stops saying "link ready" once the link expires, and says it expired', async () => {
    await setup();
    const session = aSession(
      { id: 'rs', kind: 'reconnect', connectionId: 'acme-hubspot', integrationId: 'hubspot' },
      3 * 3_600_000,
    );
    fake.handle('sessions:reconnect', () => ({ ok: true, data: session }));
    await actAsync(() => inRow('acme-hubspot', 'desk-reconnect').click());
    expect(view.byTestId('desk-announcement')?.textContent).toMatch(/Reconnect link ready/);
    expect(inRow('acme-hubspot', 'desk-session-intro').dataset.status).toBe('active');
    await actAsync(() => useClockStore.setState({ now: 3 * 3_600_000 + 30 * 60_000 }));
    expect(view.byTestId('desk-announcement')?.textContent).toBe('');
    expect(inRow('acme-hubspot', 'desk-session-intro').textContent).toMatch(
      /Reconnect link expired for Acme Corp.*press Reconnect for a new link/,
    );
    // A dead link is not "replaced": Reconnect is plain again.
    expect(inRow('acme-hubspot', 'desk-reconnect').textContent).toBe('Reconnect');
  });

  it('says a completed reconnect repaired the connection, also once its 30 minutes are up', async () => {
    await setup();
    const session = aSession(
      { id: 'rs', kind: 'reconnect', connectionId: 'acme-hubspot', integrationId: 'hubspot' },
      3 * 3_600_000,
    );
    fake.handle('sessions:reconnect', () => ({ ok: true, data: session }));
    await actAsync(() => inRow('acme-hubspot', 'desk-reconnect').click());
    await actAsync(() =>
      useSessionsStore.getState().upsert({
        ...session,
        status: 'completed',
        statusChangedAt: new Date(3 * 3_600_000 + 60_000).toISOString(),
        completion: {
          connectionId: 'acme-hubspot',
          integrationId: 'hubspot',
          at: new Date(3 * 3_600_000 + 60_000).toISOString(),
        },
      }),
    );
    const intro = () => inRow<HTMLElement>('acme-hubspot', 'desk-session-intro');
    expect(intro().dataset.status).toBe('completed');
    expect(intro().textContent).toMatch(/^Connection repaired for Acme Corp/);
    await actAsync(() => useClockStore.setState({ now: 3 * 3_600_000 + 31 * 60_000 }));
    expect(intro().dataset.status).toBe('completed');
    expect(intro().textContent).toMatch(/^Connection repaired for Acme Corp/);
    expect(intro().textContent).not.toMatch(/expired/);
    expect(inRow('acme-hubspot', 'desk-reconnect').textContent).toBe('Reconnect');
  });

  it('keeps relative times moving, and drops an old summary once a background check is newer', async () => {
    const checkedAt = new Date(3 * 3_600_000).toISOString();
    await setup();
    await actAsync(() =>
      useConnectionsStore.setState({
        connections: rows.map((r) => ({ ...r, checkedAt })),
        refreshByProfile: {
          p1: {
            pending: false,
            error: null,
            summary: { checked: 2, broken: 1, repaired: 0, missing: 0, refreshedAt: checkedAt },
          },
        },
      }),
    );
    const summary = () => view.byTestId('desk-refresh-summary')?.textContent;
    expect(summary()).toMatch(/1 broken.*refreshed just now/);
    expect(rowOf('acme-hubspot').textContent).toMatch(/Last checkedjust now/);
    await actAsync(() => useClockStore.setState({ now: 3 * 3_600_000 + 30 * 60_000 }));
    expect(summary()).toMatch(/refreshed 30 min ago/);
    expect(rowOf('acme-hubspot').textContent).toMatch(/Last checked30 min ago/);
    const later = new Date(3 * 3_600_000 + 25 * 60_000).toISOString();
    await actAsync(() =>
      useConnectionsStore.setState({ connections: rows.map((r) => ({ ...r, checkedAt: later })) }),
    );
    expect(summary()).toBe('Last checked 5 min ago');
  });

  it('turns the worklist and import off without the scope, but still adds and reconnects', async () => {
    await setup(aProfile({ capabilities: { ...capabilities, connectionsList: false } }));
    expect(view.byTestId('desk-scope-off')?.textContent).toMatch(
      /can’t list connections \(needs environment:connections:list\)/,
    );
    expect(view.byTestId<HTMLButtonElement>('desk-refresh')?.disabled).toBe(true);
    expect(view.byTestId<HTMLButtonElement>('desk-import-open')?.disabled).toBe(true);
    expect(inRow('acme-hubspot', 'desk-reconnect').disabled).toBe(false);
    expect(view.byTestId<HTMLButtonElement>('desk-add')?.disabled).toBe(false);
  });

  it('shows the scope panel when a refresh answers missing_scope', async () => {
    await setup();
    fake.handle('connections:refresh', () => ({
      ok: false,
      error: { code: 'missing_scope', message: 'Needs environment:connections:list.' },
    }));
    expect(view.byTestId('desk-scope-off')).toBeNull();
    await actAsync(() => view.byTestId('desk-refresh')?.click());
    expect(view.byTestId('desk-scope-off')?.textContent).toMatch(
      /Needs environment:connections:list/,
    );
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('refreshes and shows the summary', async () => {
    await setup();
    const refreshedAt = new Date(3 * 3_600_000).toISOString();
    fake.handle('connections:refresh', () => ({
      ok: true,
      data: { checked: 2, broken: 1, repaired: 0, missing: 0, refreshedAt },
    }));
    await actAsync(() => view.byTestId('desk-refresh')?.click());
    expect(callsTo('connections:refresh')[0]?.request).toEqual({ profileId: 'p1' });
    expect(view.byTestId('desk-refresh-summary')?.textContent).toMatch(
      /Checked 2 · 1 broken · 0 repaired · 0 missing — refreshed just now/,
    );
  });

  it('stays browsable offline, says so plainly, and works again once back online', async () => {
    await setup();
    await actAsync(() =>
      useNetworkStore.getState().setStatus({ online: false, reason: 'No route', since: 'x' }),
    );
    expect(view.byTestId('desk-offline')).not.toBeNull();
    expect(view.byTestId<HTMLButtonElement>('desk-refresh')?.disabled).toBe(true);
    expect(view.byTestId('desk-refresh-summary')?.textContent).toMatch(/Offline/);
    await actAsync(() => typeInto(view.byTestId<HTMLInputElement>('desk-search')!, 'globex'));
    expect(rowIds()).toEqual(['globex-sf']);
    fake.handle('sessions:reconnect', () => ({
      ok: false,
      error: { code: 'offline', message: "Handoff is offline: Can't reach api.nango.dev." },
    }));
    await actAsync(() => inRow('globex-sf', 'desk-reconnect').click());
    expect(rowOf('globex-sf').querySelector('[role="alert"]')?.textContent).toMatch(/offline/i);
    await actAsync(() => useNetworkStore.getState().setStatus({ online: true, since: 'y' }));
    expect(view.byTestId('desk-offline')).toBeNull();
    // The offline error is stale once back online; nothing was queued.
    expect(rowOf('globex-sf').querySelector('[role="alert"]')).toBeNull();
    expect(callsTo('sessions:reconnect')).toHaveLength(1);
    expect(view.byTestId<HTMLButtonElement>('desk-refresh')?.disabled).toBe(false);
  });

  it('edits label, notes and tags with the create form’s inline tag errors', async () => {
    await setup();
    await actAsync(() => inRow('acme-hubspot', 'desk-edit').click());
    const email = view.byTestId<HTMLInputElement>('desk-edit-tag-end_user_email')!;
    await actAsync(() => typeInto(email, 'dana@acme'));
    await actAsync(() => view.byTestId('desk-edit-save')?.click());
    expect(view.allByTestId('field-error').map((e) => e.textContent)).toEqual([
      expect.stringMatching(/valid email/),
    ]);
    expect(callsTo('connections:update')).toHaveLength(0);
    fake.handle('connections:update', () => ({ ok: true, data: rows[0] }));
    await actAsync(() => typeInto(email, 'dana@acme.io'));
    await actAsync(() => typeInto(view.byTestId<HTMLInputElement>('desk-edit-label')!, 'Acme Inc'));
    await actAsync(() => view.byTestId('desk-edit-save')?.click());
    expect(callsTo('connections:update')[0]?.request).toEqual({
      id: 'c1',
      label: 'Acme Inc',
      notes: '',
      // handoff_id is an ordinary tag of a saved connection: kept and resent.
      tags: { end_user_id: 'cus_1', end_user_email: 'dana@acme.io', handoff_id: 'h1' },
    });
    expect(view.byTestId('desk-edit-form')).toBeNull();
  });

  it('shows no blur error while Save is pressed, so the button stays put for the click', async () => {
    await setup();
    await actAsync(() => inRow('acme-hubspot', 'desk-edit').click());
    const email = view.byTestId<HTMLInputElement>('desk-edit-tag-end_user_email')!;
    const save = view.byTestId<HTMLButtonElement>('desk-edit-save')!;
    await actAsync(() => email.focus());
    await actAsync(() => typeInto(email, 'dana@acme'));
    await actAsync(() => pressOn(save));
    expect(view.allByTestId('field-error')).toHaveLength(0);
    expect(document.activeElement).toBe(email);
    await actAsync(() => save.click());
    expect(view.allByTestId('field-error').map((e) => e.textContent)).toEqual([
      expect.stringMatching(/valid email/),
    ]);
    expect(callsTo('connections:update')).toHaveLength(0);
  });

  it('asks before removing', async () => {
    await setup();
    fake.handle('connections:remove', () => ({ ok: true, data: [rows[1]!] }));
    await actAsync(() => inRow('acme-hubspot', 'desk-remove').click());
    expect(callsTo('connections:remove')).toHaveLength(0);
    await actAsync(() => inRow('acme-hubspot', 'desk-remove-confirm').click());
    expect(callsTo('connections:remove')[0]?.request).toEqual({ id: 'c1' });
    expect(rowIds()).toEqual(['globex-sf']);
  });

  it('adds a connection by hand, with the integration from the list', async () => {
    await setup();
    fake.handle('connections:save', () => ({ ok: true, data: aConnection({ id: 'n' }) }));
    await actAsync(() => view.byTestId('desk-add')?.click());
    await actAsync(() => view.byTestId('desk-add-save')?.click());
    expect(callsTo('connections:save')).toHaveLength(0);
    expect(view.allByTestId('field-error')).toHaveLength(2);
    await actAsync(() =>
      typeInto(view.byTestId<HTMLInputElement>('desk-add-connection-id')!, ' new-1 '),
    );
    await actAsync(() =>
      choose(view.byTestId<HTMLSelectElement>('desk-add-integration')!, 'hubspot'),
    );
    await actAsync(() => view.byTestId('desk-add-save')?.click());
    expect(callsTo('connections:save')[0]?.request).toEqual({
      profileId: 'p1',
      connectionId: 'new-1',
      integrationId: 'hubspot',
      label: '',
      notes: '',
      tags: {},
    });
    expect(view.byTestId('desk-add-form')).toBeNull();
  });

  it('imports selected connections from Nango with their tags and a default label', async () => {
    await setup();
    const broken = aRemoteConnection({
      connectionId: 'r1',
      errors: [{ type: 'auth' }],
      endUser: { id: 'cus_9', displayName: 'Dana' },
      tags: { end_user_id: 'cus_9', org: 'acme' },
    });
    const fine = aRemoteConnection({ connectionId: 'r2', tags: {} });
    fake.handle('connections:search-remote', (request) => ({
      ok: true,
      data: {
        connections: (request as { page: number }).page === 0 ? [broken] : [fine],
        page: (request as { page: number }).page,
        hasMore: (request as { page: number }).page === 0,
      },
    }));
    fake.handle('connections:import', () => ({ ok: true, data: rows }));
    await actAsync(() => view.byTestId('desk-import-open')?.click());
    await actAsync(() => typeInto(view.byTestId<HTMLInputElement>('import-search')!, 'acme'));
    await actAsync(() => typeInto(view.byTestId<HTMLInputElement>('import-tag-key')!, 'org'));
    await actAsync(() => typeInto(view.byTestId<HTMLInputElement>('import-tag-value')!, 'acme'));
    await actAsync(() => view.byTestId('import-run')?.click());
    expect(callsTo('connections:search-remote')[0]?.request).toEqual({
      profileId: 'p1',
      page: 0,
      search: 'acme',
      tag: { key: 'org', value: 'acme' },
    });
    const row = view.byTestId('import-row')!;
    expect(row.dataset.connectionId).toBe('r1');
    expect(row.textContent).toMatch(/Broken/);
    await actAsync(() => view.byTestId('import-select')?.click());
    await actAsync(() => view.byTestId('import-next')?.click());
    expect(view.byTestId('import-row')?.dataset.connectionId).toBe('r2');
    await actAsync(() => view.byTestId('import-select')?.click());
    await actAsync(() => view.byTestId('import-submit')?.click());
    expect(callsTo('connections:import')[0]?.request).toEqual({
      profileId: 'p1',
      connections: [
        { connectionId: 'r1', integrationId: 'hubspot', label: 'Dana', tags: broken.tags },
        { connectionId: 'r2', integrationId: 'hubspot', label: 'r2', tags: {} },
      ],
    });
    expect(view.byTestId('desk-announcement')?.textContent).toMatch(/Imported 2 connections/);
    expect(view.byTestId('import-panel')).toBeNull();
    expect(document.activeElement).toBe(view.byTestId('desk-import-open'));
  });
});
