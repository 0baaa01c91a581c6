import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../../src-shared/models/profile';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aProfile } from '../../test/fixtures';
import { actAsync, render, typeInto, type Rendered } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { SetupGuide } from './setup-guide';

let fake: FakeApi;
let view: Rendered;
let finished = 0;
const capabilities = { integrationsList: true, connectionsList: true, testedAt: 't1' };
const missing = aProfile({ key: { status: 'missing', message: 'No key stored yet.' } });
const untested = aProfile({
  key: { status: 'ok', message: 'The secret key is stored in the OS keychain.' },
});
const rejected = aProfile({
  key: {
    status: 'invalid',
    message:
      'Nango answered 401: the key was revoked or belongs to another environment. Paste a current key from Nango’s Environment settings.',
  },
});

/** Renders the guide for whatever profile the store holds, as HandoffPage does. */
function Guide() {
  const profile = useProfilesStore((s) => s.profiles[0] ?? null);
  return <SetupGuide profile={profile} onFinish={() => (finished += 1)} />;
}
const setProfile = (profile: ProfileView | null) =>
  useProfilesStore.setState({
    profiles: profile ? [profile] : [],
    activeProfileId: profile?.id ?? null,
  });
const text = () => view.byTestId('setup-guide')?.textContent ?? '';
const count = (pattern: RegExp) => text().match(new RegExp(pattern, 'g'))?.length ?? 0;

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  finished = 0;
});
afterEach(async () => {
  await view?.unmount();
  resetStores(null);
});

describe('SetupGuide key status', () => {
  it('calls a saved but untested key exactly that, once, and never "Ready"', async () => {
    setProfile(untested);
    view = await render(<Guide />);
    const status = view.byTestId('key-status')!;
    expect(status.dataset.state).toBe('untested');
    expect(status.textContent).toMatch(/Key saved, not tested yet/);
    expect(text()).not.toMatch(/Ready/);
    expect(count(/not tested yet/i)).toBe(1);
    // Main's "stored in the OS keychain" would only repeat the title.
    expect(text()).not.toMatch(/The secret key is stored in the OS keychain/);
    expect(view.byTestId('setup-finish')).not.toBeNull();
  });

  it('says a failed test once: one rejection, no "not tested"', async () => {
    setProfile(untested);
    fake.handle('key:test', () => {
      setProfile(rejected);
      return { ok: false, error: { code: 'invalid_key', message: 'Nango answered 401.' } };
    });
    view = await render(<Guide />);
    await actAsync(() => view.byTestId('key-test')?.click());
    expect(view.byTestId('key-status')?.dataset.status).toBe('invalid');
    expect(count(/rejected/i)).toBe(1);
    expect(count(/revoked or belongs to another environment/)).toBe(1);
    expect(text()).not.toMatch(/not tested/i);
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
    // A new key is what it takes now.
    expect(document.activeElement).toBe(view.byTestId('key-input'));
  });

  it('shows what a tested key may do, with the time said once, by the status', async () => {
    setProfile(aProfile({ capabilities }));
    view = await render(<Guide />);
    expect(view.byTestId('key-status')?.dataset.state).toBe('tested');
    expect(view.byTestId('key-status')?.textContent).toMatch(/Key works/);
    expect(view.byTestId('key-capabilities')?.textContent).toMatch(/List integrations/);
    expect(count(/tested/i)).toBe(1);
  });
});

describe('SetupGuide focus', () => {
  it('moves focus to each next step: name, key, Test key, Start', async () => {
    setProfile(null);
    fake.handle('profiles:create', () => {
      setProfile(missing);
      return { ok: true, data: missing };
    });
    fake.handle('profiles:activate', () => ({
      ok: true,
      data: { profiles: [missing], activeProfileId: 'p1' },
    }));
    fake.handle('key:set', () => ({ ok: true, data: untested }));
    fake.handle('key:test', () => ({ ok: true, data: aProfile({ capabilities }) }));
    view = await render(<Guide />);
    expect(document.activeElement).toBe(view.byTestId('profile-name'));

    await actAsync(() => typeInto(view.byTestId('profile-name')!, 'Production'));
    await actAsync(() => view.byTestId('profile-save')?.click());
    expect(document.activeElement).toBe(view.byTestId('key-input'));

    await actAsync(() => typeInto(view.byTestId('key-input')!, 'a-secret'));
    await actAsync(() => view.byTestId('key-save')?.click());
    expect(view.byTestId<HTMLInputElement>('key-input')?.value).toBe('');
    expect(document.activeElement).toBe(view.byTestId('key-test'));

    await actAsync(() => view.byTestId('key-test')?.click());
    expect(document.activeElement).toBe(view.byTestId('setup-finish'));
    await actAsync(() => view.byTestId('setup-finish')?.click());
    expect(finished).toBe(1);
  });
});
