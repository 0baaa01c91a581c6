import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aProfile } from '../../test/fixtures';
import { actAsync, render, typeInto, type Rendered } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { SettingsPage } from './settings-page';

let fake: FakeApi;
let view: Rendered;
const production = aProfile();
const staging = aProfile({ id: 'p2', name: 'Staging' });

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
});
afterEach(async () => {
  await view?.unmount();
  resetStores(null);
});

describe('SettingsPage focus', () => {
  it('keeps focus on Save after a profile is saved', async () => {
    useProfilesStore.setState({ profiles: [production], activeProfileId: 'p1' });
    fake.handle('profiles:update', () => ({ ok: true, data: { ...production, name: 'Prod' } }));
    view = await render(<SettingsPage />);
    const save = view.byTestId<HTMLButtonElement>('profile-save')!;
    await actAsync(() => typeInto(view.byTestId('profile-name')!, 'Prod'));
    await actAsync(() => save.focus());
    await actAsync(() => save.click());
    expect(view.container.textContent).toMatch(/Profile saved/);
    expect(document.activeElement).toBe(view.byTestId('profile-save'));
  });

  it('goes from a new profile to its key, and after a removal to the profile shown', async () => {
    useProfilesStore.setState({ profiles: [production], activeProfileId: 'p1' });
    const created = { ...staging, key: { status: 'missing' as const, message: '' } };
    fake.handle('profiles:create', () => ({ ok: true, data: created }));
    view = await render(<SettingsPage />);
    await actAsync(() => view.byTestId('profile-add')?.click());
    expect(document.activeElement).toBe(view.byTestId('profile-name'));
    await actAsync(() => typeInto(view.byTestId('profile-name')!, 'Staging'));
    await actAsync(() => view.byTestId('profile-save')?.click());
    expect(view.byTestId('profile-detail')?.textContent).toMatch(/Staging/);
    expect(document.activeElement).toBe(view.byTestId('key-input'));

    fake.handle('profiles:remove', () => ({
      ok: true,
      data: { profiles: [production], activeProfileId: 'p1' },
    }));
    await actAsync(() => view.byTestId('profile-remove')?.click());
    await actAsync(() => view.byTestId('profile-remove-confirm')?.click());
    expect(view.allByTestId('profile-list-item')).toHaveLength(1);
    expect(document.activeElement).toBe(view.byTestId('profile-list-item'));
  });
});
