import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreflightPreset } from '../../../../src-shared/models/preflight';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { actAsync, render, type Rendered } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { PresetPicker } from './preset-picker';

const french: PreflightPreset = { id: 'p-fr', name: 'French', preflight: { lang: 'fr' } };
const dark: PreflightPreset = { id: 'p-dark', name: 'Dark', preflight: { theme: 'dark' } };

let fake: FakeApi;
let view: Rendered;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    callback(0);
    return 0;
  });
});
afterEach(async () => {
  await view?.unmount();
  resetStores(null);
  vi.restoreAllMocks();
});

const choose = (value: string) => {
  const select = view.byTestId<HTMLSelectElement>('preflight-preset')!;
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

async function setup(presets: PreflightPreset[]) {
  const handlers = { onApply: vi.fn(), onFeedback: vi.fn(), onLastDeleted: vi.fn() };
  view = await render(<PresetPicker profileId="p1" presets={presets} {...handlers} />);
  return handlers;
}

describe('PresetPicker', () => {
  it('applies a preset when chosen, and offers to delete that one only', async () => {
    const h = await setup([french, dark]);
    expect(view.byTestId('preflight-delete-preset')).toBeNull();
    await actAsync(() => choose('p-dark'));
    expect(h.onApply).toHaveBeenCalledWith(dark);
    expect(h.onFeedback).toHaveBeenLastCalledWith('Preset “Dark” applied.');
    expect(view.byTestId('preflight-delete-preset')?.textContent).toBe('Delete preset “Dark”');
  });

  it('deletes after the question, says so, and puts focus back on the presets left', async () => {
    const h = await setup([french, dark]);
    fake.handle('preflight:remove-preset', () => ({
      ok: true,
      data: { profileId: 'p1', defaults: {}, presets: [french] },
    }));
    await actAsync(() => choose('p-dark'));
    await actAsync(() => view.byTestId('preflight-delete-preset')?.click());
    expect(fake.calls).toHaveLength(0);
    expect(view.container.textContent).toContain('Delete the preset “Dark”?');
    await actAsync(() => view.byTestId('preflight-delete-preset-confirm')?.click());
    expect(fake.calls.at(-1)).toEqual({
      channel: 'preflight:remove-preset',
      request: { profileId: 'p1', presetId: 'p-dark' },
    });
    expect(h.onFeedback).toHaveBeenLastCalledWith('Preset “Dark” deleted.');
    expect(view.byTestId('preflight-delete-preset')).toBeNull();
    expect(document.activeElement).toBe(view.byTestId('preflight-preset'));
    expect(h.onLastDeleted).not.toHaveBeenCalled();
  });

  it('hands focus on when the last preset goes, and reports a failure without losing it', async () => {
    const h = await setup([french]);
    fake.handle('preflight:remove-preset', () => ({
      ok: false,
      error: { code: 'not_found', message: 'That preset is no longer there.' },
    }));
    await actAsync(() => choose('p-fr'));
    await actAsync(() => view.byTestId('preflight-delete-preset')?.click());
    await actAsync(() => view.byTestId('preflight-delete-preset-confirm')?.click());
    expect(h.onFeedback).toHaveBeenLastCalledWith('', {
      code: 'not_found',
      message: 'That preset is no longer there.',
    });
    expect(view.byTestId('preflight-delete-preset')).not.toBeNull();

    fake.handle('preflight:remove-preset', () => ({
      ok: true,
      data: { profileId: 'p1', defaults: {}, presets: [] },
    }));
    await actAsync(() => view.byTestId('preflight-delete-preset')?.click());
    await actAsync(() => view.byTestId('preflight-delete-preset-confirm')?.click());
    expect(h.onLastDeleted).toHaveBeenCalledTimes(1);
  });
});
