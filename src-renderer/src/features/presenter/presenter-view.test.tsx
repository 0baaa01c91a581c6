import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useClockStore } from '../../stores/use-clock-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { useSpotlightStore } from '../../stores/use-spotlight-store';
import { createFakeApi } from '../../test/fake-api';
import { aSession } from '../../test/fixtures';
import { actAsync, render } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { PresenterView } from './presenter-view';
import { isPresenterShortcut, togglePresenter } from './use-presenter-shortcut';

beforeEach(() => {
  resetStores(createFakeApi().api);
  useClockStore.setState({ now: 0 });
});
afterEach(() => resetStores(null));

describe('PresenterView', () => {
  it('is absent until a session is presented', async () => {
    useSessionsStore.setState({ sessions: [aSession()] });
    const view = await render(<PresenterView />);
    expect(view.byTestId('presenter')).toBeNull();
    await actAsync(() => togglePresenter());
    expect(view.byTestId('presenter')?.dataset.status).toBe('active');
    expect(view.byTestId('presenter-qr')?.tagName.toLowerCase()).toBe('svg');
    expect(view.byTestId('presenter-qr')?.querySelector('path')).not.toBeNull();
    expect(view.byTestId('presenter-countdown')?.textContent).toBe('30:00');
    expect(view.byTestId('presenter-status')?.textContent).toMatch(/waiting/i);
    await view.unmount();
  });

  it('turns into a success screen when the customer completes', async () => {
    const session = aSession({ allowedIntegrations: ['github'] });
    useSessionsStore.setState({ sessions: [session] });
    useSpotlightStore.getState().present(session.id);
    const view = await render(<PresenterView />);
    await actAsync(() =>
      useSessionsStore.getState().upsert({
        ...session,
        status: 'completed',
        completion: { connectionId: 'conn-1', integrationId: 'github', at: session.createdAt },
      }),
    );
    expect(view.byTestId('presenter')?.dataset.status).toBe('completed');
    expect(view.byTestId('presenter-qr')).toBeNull();
    expect(view.byTestId('presenter-success')?.textContent).toContain('Connected');
    expect(view.byTestId('presenter-success')?.textContent).toContain('github is connected');
    await view.unmount();
  });

  it('wraps an e-mail label before its "@", not mid-word', async () => {
    useSessionsStore.setState({ sessions: [aSession({ label: 'ada.lovelace@example.com' })] });
    useSpotlightStore.getState().present('s1');
    const view = await render(<PresenterView />);
    const name = view.byTestId('presenter-name');
    expect(name?.textContent).toBe('ada.lovelace@example.com');
    expect(name?.innerHTML).toBe('ada.lovelace<wbr>@example.com');
    await view.unmount();
  });

  it('closes on Escape, and when its session disappears', async () => {
    useSessionsStore.setState({ sessions: [aSession()] });
    useSpotlightStore.getState().present('s1');
    const view = await render(<PresenterView />);
    await actAsync(() =>
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    expect(view.byTestId('presenter')).toBeNull();
    useSpotlightStore.getState().present('s1');
    await actAsync(() => useSessionsStore.setState({ sessions: [] }));
    expect(useSpotlightStore.getState().presenterId).toBeNull();
    await view.unmount();
  });

  it('has nothing to present without a live session', () => {
    useSessionsStore.setState({ sessions: [aSession({ status: 'expired' })] });
    expect(togglePresenter()).toBe(false);
    expect(useSpotlightStore.getState().presenterId).toBeNull();
  });

  it('recognises Ctrl+Shift+P and ⌘⇧P only', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(isPresenterShortcut(key({ key: 'P', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isPresenterShortcut(key({ key: 'p', metaKey: true, shiftKey: true }))).toBe(true);
    expect(isPresenterShortcut(key({ key: 'p', ctrlKey: true }))).toBe(false);
    expect(isPresenterShortcut(key({ key: 'p', shiftKey: true }))).toBe(false);
  });
});
