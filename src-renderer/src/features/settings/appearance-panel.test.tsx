import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppearanceState } from '../../../../src-shared/models/appearance';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { actAsync, render, type Rendered } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { AppearancePanel } from './appearance-panel';

let fake: FakeApi;
let view: Rendered;
const radio = (source: string) => view.byTestId<HTMLInputElement>(`appearance-${source}`)!;

beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  fake.handle('appearance:get', () => ({ ok: true, data: { source: 'system', dark: false } }));
});
afterEach(async () => {
  await view?.unmount();
  resetStores(null);
});

describe('AppearancePanel', () => {
  it('shows the saved choice and what System means right now', async () => {
    view = await render(<AppearancePanel />);
    expect(radio('system').checked).toBe(true);
    expect(view.byTestId('appearance-note')?.textContent).toMatch(/light now/);
    // The OS switches to dark: main says so, the note follows.
    await actAsync(() => fake.emit('appearance:changed', { source: 'system', dark: true }));
    expect(view.byTestId('appearance-note')?.textContent).toMatch(/dark now/);
  });

  it('asks main to apply a choice and shows what main answered', async () => {
    fake.handle('appearance:set', (request) => ({
      ok: true,
      data: { source: (request as { source: string }).source, dark: true } as AppearanceState,
    }));
    view = await render(<AppearancePanel />);
    await actAsync(() => radio('dark').click());
    expect(fake.calls.at(-1)).toEqual({ channel: 'appearance:set', request: { source: 'dark' } });
    expect(radio('dark').checked).toBe(true);
    expect(view.byTestId('appearance-note')?.textContent).not.toMatch(/now\)/);
  });

  it('keeps the old choice and says why when main refuses', async () => {
    fake.handle('appearance:set', () => ({
      ok: false,
      error: { code: 'storage_unavailable', message: 'The disk is full.' },
    }));
    view = await render(<AppearancePanel />);
    await actAsync(() => radio('light').click());
    expect(radio('system').checked).toBe(true);
    expect(view.container.textContent).toMatch(/The disk is full/);
  });

  it('stops listening when it goes away', async () => {
    view = await render(<AppearancePanel />);
    expect(fake.listenerCount('appearance:changed')).toBe(1);
    await view.unmount();
    expect(fake.listenerCount('appearance:changed')).toBe(0);
  });
});
