import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../../src-shared/contract/events';
import { useAppStore } from '../../stores/use-app-store';
import { useClockStore } from '../../stores/use-clock-store';
import { useProfilesStore } from '../../stores/use-profiles-store';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { useSpotlightStore } from '../../stores/use-spotlight-store';
import { createFakeApi, type FakeApi } from '../../test/fake-api';
import { aProfile, aSession } from '../../test/fixtures';
import { actAsync, render } from '../../test/render';
import { resetStores } from '../../test/reset-stores';
import { AppShell } from './app-shell';
import { MENU_COMMAND_HANDLERS, runMenuCommand, useMenuCommands } from './use-menu-commands';

let fake: FakeApi;
beforeEach(() => {
  fake = createFakeApi();
  resetStores(fake.api);
  fake.handle('integrations:list', () => ({ ok: true, data: { available: false, reason: 'x' } }));
  useProfilesStore.getState().apply({ profiles: [aProfile()], activeProfileId: 'p1' });
  useAppStore.getState().setPhase('ready');
});
afterEach(() => resetStores(null));

function Shell() {
  useMenuCommands(fake.api);
  return <AppShell />;
}

const send = (command: string) => actAsync(() => fake.emit('menu:command', { command } as never));

describe('menu commands', () => {
  it('New handoff opens the create form with focus in its first field, from any tab', async () => {
    const view = await render(<Shell />);
    await send('desk');
    expect(view.byTestId('create-form')).toBeNull();
    await send('new-handoff');
    expect(useAppStore.getState().tab).toBe('handoff');
    expect(document.activeElement).toBe(view.byTestId('tag-end_user_id'));

    // Again while already there: focus goes back to the first field.
    view.byTestId<HTMLButtonElement>('create-submit')!.focus();
    await send('new-handoff');
    expect(document.activeElement).toBe(view.byTestId('tag-end_user_id'));
    await view.unmount();
  });

  it('New handoff focuses the setup guide when there is no working key yet', async () => {
    useProfilesStore.getState().apply({ profiles: [], activeProfileId: null });
    const view = await render(<Shell />);
    await send('settings');
    await send('new-handoff');
    // The setup guide is loaded lazily: focus lands in its first field once it has rendered.
    await vi.waitFor(() => expect(document.activeElement?.tagName).toBe('INPUT'));
    const focused = document.activeElement as HTMLElement;
    expect(view.container.contains(focused)).toBe(true);
    await view.unmount();
  });

  it('Reconnect desk and Settings switch to their tabs', async () => {
    const view = await render(<Shell />);
    await send('desk');
    expect(useAppStore.getState().tab).toBe('desk');
    await send('settings');
    expect(useAppStore.getState().tab).toBe('settings');
    await view.unmount();
  });

  it('Presenter View opens the code on show full-window, and closes it', async () => {
    useSessionsStore.setState({ sessions: [aSession()] });
    const view = await render(<Shell />);
    await actAsync(() => useClockStore.setState({ now: 0 }));
    await send('presenter');
    expect(useSpotlightStore.getState().presenterId).toBe('s1');
    await send('presenter');
    expect(useSpotlightStore.getState().presenterId).toBeNull();
    await view.unmount();
  });

  it('ignores commands no feature handles yet, and names that are not commands', async () => {
    const view = await render(<Shell />);
    for (const command of MENU_COMMANDS.filter((c) => !Object.hasOwn(MENU_COMMAND_HANDLERS, c))) {
      expect(runMenuCommand(command)).toBe(false);
    }
    for (const command of ['constructor', '__proto__', 'toString']) {
      expect(runMenuCommand(command as never)).toBe(false);
    }
    expect(useAppStore.getState().tab).toBe('handoff');
    await view.unmount();
  });

  it('handles only contract commands and stops listening on unmount', async () => {
    for (const command of Object.keys(MENU_COMMAND_HANDLERS)) {
      expect(MENU_COMMANDS).toContain(command);
    }
    const view = await render(<Shell />);
    expect(fake.listenerCount('menu:command')).toBe(1);
    await view.unmount();
    expect(fake.listenerCount('menu:command')).toBe(0);
  });
});
