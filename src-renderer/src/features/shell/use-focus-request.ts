/**
 * Serves a pending focus request for one place: focuses the first field inside `ref` as soon
 * as it is rendered.
 */
import { useEffect, type RefObject } from 'react';
import { useFocusStore, type FocusTarget } from '../../stores/use-focus-store';

const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea';

/** Focuses the first field in `ref` whenever `target` is requested. */
export function useFocusRequest(target: FocusTarget, ref: RefObject<HTMLElement | null>): void {
  const pending = useFocusStore((s) => s.target === target);
  const serial = useFocusStore((s) => s.serial);
  useEffect(() => {
    if (!pending) return;
    const field = ref.current?.querySelector<HTMLElement>(FIELD);
    if (!field) return;
    field.focus();
    useFocusStore.getState().clear();
  }, [pending, serial, ref]);
}
