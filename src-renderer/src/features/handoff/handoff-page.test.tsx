import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProfileView } from '../../../../src-shared/models/profile';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aProfile, aSession } from '../../test/fixtures';
import { actAsync, render, typeInto, type Rendered } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { HandoffPage } from './handoff-page';

let fake: FakeApi;
let view: Rendered;
const rejected = aProfile({
  key: { status: 'invalid', message: 'Nango answered 401: the key was revoked.' },
});
const setProfile = (profile: ProfileView) =>
  useProfilesStore.setState({ profiles: [profile], activeProfileId: profile.id });
const creates = () => fake.calls.filter((c) => c.channel === 'sessions:create');

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  fake.handle('integrations:list', () => ({
    ok: true,
    data: {
      available: true,
      integrations: [{ id: 'hubspot', provider: 'hubspot', displayName: 'HubSpot' }],
    },
  }));
});
afterEach(async () => {
  await view?.unmount();
  resetStores(null);
});

describe('HandoffPage', () => {
  it('opens with focus on the customer id', async () => {
    setProfile(aProfile());
    (document.activeElement as HTMLElement | null)?.blur();
    view = await render(<HandoffPage />);
    expect(document.activeElement).toBe(view.byTestId('tag-end_user_id'));
  });

  it('keeps the form and what was typed when Nango rejects the key mid-session', async () => {
    setProfile(aProfile());
    fake.handle('sessions:create', () => {
      // Main marks the key rejected and pushes the profile, then answers.
      setProfile(rejected);
      return {
        ok: false,
        error: { code: 'invalid_key', message: "Nango rejected this profile's secret key." },
      };
    });
    view = await render(<HandoffPage />);
    await actAsync(() => typeInto(view.byTestId('tag-end_user_id')!, 'cus_77'));
    await actAsync(() => typeInto(view.byTestId('tag-end_user_email')!, 'ada@example.com'));
    await actAsync(() => view.byTestId('integration-hubspot')?.click());
    await actAsync(() => view.byTestId('create-submit')?.click());

    expect(view.byTestId('setup-guide')).toBeNull();
    expect(view.byTestId<HTMLInputElement>('tag-end_user_id')?.value).toBe('cus_77');
    expect(view.byTestId<HTMLInputElement>('tag-end_user_email')?.value).toBe('ada@example.com');
    expect(view.byTestId<HTMLInputElement>('integration-hubspot')?.checked).toBe(true);
    expect(view.byTestId('create-form')?.querySelector('[role="alert"]')?.textContent).toMatch(
      /^No link was created\. Nango rejected this profile's secret key\. Fix the key above/,
    );
    // The fix-the-key panel is its own chunk: wait for it to arrive.
    await vi.waitFor(async () => {
      await actAsync(() => undefined);
      expect(view.byTestId('key-input')).not.toBeNull();
    });
    expect(view.byTestId('key-repair')?.textContent).toMatch(/Nango rejected this key/);
    expect(document.activeElement).toBe(view.byTestId('key-input'));

    // A new key, then the same link again: nothing had to be typed twice.
    fake.handle('key:set', () => ({ ok: true, data: aProfile() }));
    fake.handle('sessions:create', () => ({ ok: true, data: aSession() }));
    await actAsync(() => typeInto(view.byTestId('key-input')!, 'a-new-secret'));
    await actAsync(() => view.byTestId('key-save')?.click());
    expect(view.byTestId('key-repair')?.dataset.fixed).toBe('true');
    await actAsync(() => view.byTestId('create-submit')?.click());
    expect(creates()[1]?.request).toEqual({
      profileId: 'p1',
      tags: { end_user_id: 'cus_77', end_user_email: 'ada@example.com' },
      allowedIntegrations: ['hubspot'],
    });
    expect(view.byTestId('key-repair')).toBeNull();
  });

  it('focuses the new card once it is made', async () => {
    setProfile(aProfile());
    fake.handle('sessions:create', () => ({ ok: true, data: aSession({ id: 'fresh' }) }));
    view = await render(<HandoffPage />);
    await actAsync(() => typeInto(view.byTestId('tag-end_user_id')!, 'cus_1'));
    await actAsync(() => view.byTestId('create-submit')?.click());
    const card = view.container.querySelector('[data-session-id="fresh"]');
    expect(card).not.toBeNull();
    expect(document.activeElement).toBe(card);
    expect(useSessionsStore.getState().lastCreatedId).toBeNull();
  });
});
