import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aProfile, aSession } from '../../test/fixtures';
import { actAsync, pressOn, render, typeInto } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { CreateSessionForm } from './create-form';

let fake: FakeApi;
const integrations = [{ id: 'hubspot', provider: 'hubspot', displayName: 'HubSpot' }];
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  fake.handle('integrations:list', () => ({ ok: true, data: { available: true, integrations } }));
});
afterEach(() => resetStores(null));

const creates = () => fake.calls.filter((c) => c.channel === 'sessions:create');

describe('CreateSessionForm', () => {
  it('shows inline errors on submit and sends nothing', async () => {
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    await actAsync(() => typeInto(view.byTestId('tag-end_user_email')!, 'dana@acme'));
    await actAsync(() => view.byTestId('create-submit')?.click());
    const errors = view.allByTestId('field-error').map((e) => e.textContent);
    expect(errors).toEqual([
      expect.stringMatching(/customer's id/),
      expect.stringMatching(/valid email/),
    ]);
    expect(creates()).toHaveLength(0);
    expect(document.activeElement).toBe(view.byTestId('tag-end_user_id'));
    await view.unmount();
  });

  it('shows no blur error while the submit button is pressed, so the button stays put', async () => {
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    const email = view.byTestId<HTMLInputElement>('tag-end_user_email')!;
    const submit = view.byTestId<HTMLButtonElement>('create-submit')!;
    await actAsync(() => email.focus());
    await actAsync(() => typeInto(email, 'dana@acme'));
    // A blur error would appear above the button and push it down before the click lands.
    await actAsync(() => pressOn(submit));
    expect(view.allByTestId('field-error')).toHaveLength(0);
    expect(document.activeElement).toBe(email);
    await actAsync(() => submit.click());
    expect(view.allByTestId('field-error').map((e) => e.textContent)).toEqual([
      expect.stringMatching(/customer's id/),
      expect.stringMatching(/valid email/),
    ]);
    expect(document.activeElement).toBe(view.byTestId('tag-end_user_id'));
    await view.unmount();
  });

  it('still shows a field’s error as soon as focus leaves it for another field', async () => {
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    const email = view.byTestId<HTMLInputElement>('tag-end_user_email')!;
    await actAsync(() => email.focus());
    await actAsync(() => typeInto(email, 'dana@acme'));
    await actAsync(() => pressOn(view.byTestId('tag-end_user_display_name')!));
    expect(view.allByTestId('field-error').map((e) => e.textContent)).toEqual([
      expect.stringMatching(/valid email/),
    ]);
    await view.unmount();
  });

  it('sends tags and the chosen integrations, then clears the tag fields', async () => {
    fake.handle('sessions:create', () => ({ ok: true, data: aSession() }));
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    await actAsync(() => typeInto(view.byTestId('tag-end_user_id')!, ' cus_1 '));
    await actAsync(() => view.byTestId('integration-hubspot')?.click());
    await actAsync(() => view.byTestId('create-submit')?.click());
    expect(creates()[0]?.request).toEqual({
      profileId: 'p1',
      tags: { end_user_id: 'cus_1' },
      allowedIntegrations: ['hubspot'],
    });
    expect(view.byTestId<HTMLInputElement>('tag-end_user_id')?.value).toBe('');
    expect(view.byTestId('create-announcement')?.textContent).toMatch(/Link ready/);
    await view.unmount();
  });

  it('toggles a focused integration chip with Enter, and never submits from it', async () => {
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    await actAsync(() => typeInto(view.byTestId('tag-end_user_id')!, 'cus_1'));
    const chip = view.byTestId<HTMLInputElement>('integration-hubspot')!;
    await actAsync(() => chip.focus());
    const enter = () =>
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    const first = enter();
    await actAsync(() => chip.dispatchEvent(first));
    expect(first.defaultPrevented).toBe(true);
    expect(chip.checked).toBe(true);
    expect(view.byTestId('integration-picker')?.textContent).toContain('1 selected');
    await actAsync(() => chip.dispatchEvent(enter()));
    expect(chip.checked).toBe(false);
    expect(creates()).toHaveLength(0);
    await view.unmount();
  });

  it('keeps the integration choice for the next customer, and says so', async () => {
    fake.handle('sessions:create', () => ({ ok: true, data: aSession() }));
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    expect(view.byTestId('integrations-kept')).toBeNull();
    await actAsync(() => typeInto(view.byTestId('tag-end_user_id')!, 'cus_1'));
    await actAsync(() => view.byTestId('integration-hubspot')?.click());
    expect(view.byTestId('integrations-kept')).toBeNull();
    await actAsync(() => view.byTestId('create-submit')?.click());
    expect(view.byTestId<HTMLInputElement>('integration-hubspot')?.checked).toBe(true);
    expect(view.byTestId('integrations-kept')?.textContent).toMatch(/Kept from the last link/);
    expect(view.byTestId('create-announcement')?.textContent).toMatch(
      /next link stays limited to hubspot/,
    );
    // Changing the choice makes it the rep's own again.
    await actAsync(() => view.byTestId('integration-hubspot')?.click());
    expect(view.byTestId('integrations-kept')).toBeNull();
    await view.unmount();
  });

  it('does not mark the emptied customer id red when focus leaves it after a create', async () => {
    fake.handle('sessions:create', () => ({ ok: true, data: aSession() }));
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    const id = view.byTestId<HTMLInputElement>('tag-end_user_id')!;
    const submit = view.byTestId<HTMLButtonElement>('create-submit')!;
    await actAsync(() => id.focus());
    await actAsync(() => typeInto(id, 'cus_1'));
    await actAsync(() => pressOn(submit));
    await actAsync(() => submit.click());
    expect(creates()).toHaveLength(1);
    expect(id.value).toBe('');
    expect(document.activeElement).toBe(id);
    // The rep clicks somewhere else: the empty field they have not touched since stays calm.
    await actAsync(() => pressOn(view.byTestId('tag-end_user_display_name')!));
    expect(view.allByTestId('field-error')).toHaveLength(0);
    expect(id.getAttribute('aria-invalid')).toBe('false');
    await view.unmount();
  });

  it('maps server field errors inline and keeps every value', async () => {
    fake.handle('sessions:create', () => ({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid body',
        fields: [{ path: ['tags', 'end_user_email'], message: 'Nango says no' }],
      },
    }));
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    await actAsync(() => typeInto(view.byTestId('tag-end_user_id')!, 'cus_1'));
    await actAsync(() => typeInto(view.byTestId('tag-end_user_email')!, 'dana@acme.io'));
    await actAsync(() => view.byTestId('create-submit')?.click());
    const email = view.byTestId<HTMLInputElement>('tag-end_user_email')!;
    expect(email.value).toBe('dana@acme.io');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(view.allByTestId('field-error').map((e) => e.textContent)).toEqual(['Nango says no']);
    expect(view.byTestId<HTMLInputElement>('tag-end_user_id')?.value).toBe('cus_1');
    await view.unmount();
  });

  it('explains a rejected key', async () => {
    fake.handle('sessions:create', () => ({
      ok: false,
      error: { code: 'invalid_key', message: "Nango rejected this profile's secret key." },
    }));
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    await actAsync(() => typeInto(view.byTestId('tag-end_user_id')!, 'cus_1'));
    await actAsync(() => view.byTestId('create-submit')?.click());
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("Nango rejected this profile's secret key.");
    expect(alert?.textContent).toContain('Open Settings');
    await view.unmount();
  });

  it('falls back to free text when integrations cannot be listed', async () => {
    fake.handle('integrations:list', () => ({
      ok: true,
      data: { available: false, reason: 'Key lacks integrations:list' },
    }));
    fake.handle('sessions:create', () => ({ ok: true, data: aSession() }));
    const view = await render(<CreateSessionForm profile={aProfile()} />);
    expect(view.byTestId('integration-picker')?.dataset.mode).toBe('text');
    expect(view.byTestId('integration-picker')?.textContent).toContain('Key lacks');
    await actAsync(() => typeInto(view.byTestId('tag-end_user_id')!, 'cus_1'));
    await actAsync(() => typeInto(view.byTestId('integration-text')!, 'hubspot, slack'));
    await actAsync(() => view.byTestId('create-submit')?.click());
    expect(creates()[0]?.request).toMatchObject({ allowedIntegrations: ['hubspot', 'slack'] });
    await view.unmount();
  });
});
