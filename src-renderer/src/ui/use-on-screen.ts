/**
 * Whether an element is on screen (within the shared observer's margin). Starts as `true` so
 * the first paint is right, then follows the observer.
 */
import { useEffect, useState, type RefObject } from 'react';
import { watchVisibility } from '../lib/visibility-observer';

/** True while `ref`'s element is on (or near) the screen. */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    return watchVisibility(element, setOnScreen);
  }, [ref]);
  return onScreen;
}
