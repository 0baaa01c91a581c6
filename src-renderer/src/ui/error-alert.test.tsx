import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import type { AppError } from '../../../src-shared/contract/result';
import { createFakeApi } from '../test/fake-api';
import { actAsync, render } from '../test/render';
import { resetStores } from '../test/reset-stores';
import { ErrorAlert } from './error-alert';

beforeEach(() => resetStores(createFakeApi().api));
afterEach(() => {
  resetStores(null);
  vi.restoreAllMocks();
});

/** What the alert shows, set from the test as a failing action would. */
const useShown = create<{ error: AppError | null }>(() => ({ error: null }));
const showError = (error: AppError | null) => useShown.setState({ error });

function Harness() {
  return <ErrorAlert error={useShown((s) => s.error)} />;
}

describe('ErrorAlert', () => {
  it('scrolls itself into view when an error appears, and again for the next error', async () => {
    const scrolled = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(scrolled);
    const view = await render(<Harness />);
    expect(scrolled).not.toHaveBeenCalled();
    await actAsync(() => showError({ code: 'offline', message: 'The connection was cut.' }));
    expect(view.container.querySelector('[role="alert"]')).not.toBeNull();
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
    await actAsync(() => showError({ code: 'rate_limited', message: 'Slow down.' }));
    expect(scrolled).toHaveBeenCalledTimes(2);
    await actAsync(() => showError(null));
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
    expect(scrolled).toHaveBeenCalledTimes(2);
    await view.unmount();
  });
});
