/**
 * Serves a pending focus request for one place: focuses the first field inside `ref` as soon
 * as it is rendered, even when that is later than the place itself (a lazily loaded view such
 * as the setup guide renders its fields once its chunk has arrived).
 */
import { useEffect, type RefObject } from 'react';
import { useFocusStore, type FocusTarget } from '../../stores/use-focus-store';

const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea';

/** Focuses the first field in `ref` whenever `target` is requested. */
export function useFocusRequest(target: FocusTarget, ref: RefObject<HTMLElement | null>): void {
  const pending = useFocusStore((s) => s.target === target);
  const serial = useFocusStore((s) => s.serial);
  useEffect(() => {
    const place = ref.current;
    if (!pending || !place) return;
    const focusField = () => {
      const field = place.querySelector<HTMLElement>(FIELD);
      if (!field) return false;
      field.focus();
      useFocusStore.getState().clear();
      return true;
    };
    if (focusField()) return;
    const observer = new MutationObserver(() => {
      if (focusField()) observer.disconnect();
    });
    observer.observe(place, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pending, serial, ref]);
}
