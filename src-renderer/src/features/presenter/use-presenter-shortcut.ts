/**
 * Ctrl+Shift+P (⌘⇧P on macOS) presents the QR code in the spotlight, or leaves presenter
 * view when it is open. The application menu sends the same command.
 */
import { useEffect } from 'react';
import { currentSpotlight, useSpotlightStore } from '../../stores/use-spotlight-store';

/** Toggles presenter view on the session whose code is on show; false when none is live. */
export function togglePresenter(): boolean {
  const store = useSpotlightStore.getState();
  if (store.presenterId !== null) {
    store.closePresenter();
    return true;
  }
  const session = currentSpotlight();
  if (!session) return false;
  store.present(session.id);
  return true;
}

/** True for the shortcut's key combination. */
export function isPresenterShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'p'
  );
}

/** Installs the shortcut for the component's lifetime. */
export function usePresenterShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPresenterShortcut(event)) return;
      // The menu's accelerator is the same combination. Electron offers a key to the page
      // first and to the menu only if the page left it unhandled, so this keeps it to once.
      event.preventDefault();
      togglePresenter();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
