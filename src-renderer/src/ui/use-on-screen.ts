/**
 * Whether an element is on screen (or about to be). Inside an {@link OnScreenItem} the browser's
 * own answer for that item is used; elsewhere a shared IntersectionObserver watches the element
 * (within its margin). Starts as `true` so the first paint is right.
 */
import { useContext, useEffect, useState, type RefObject } from 'react';
import { watchVisibility } from '../lib/visibility-observer';
import { OnScreenContext } from './on-screen-item';

/** True while `ref`'s element is on (or near) the screen. */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const told = useContext(OnScreenContext);
  const [observed, setObserved] = useState(true);
  const observe = told === null;
  useEffect(() => {
    const element = ref.current;
    if (!observe || !element) return;
    return watchVisibility(element, setObserved);
  }, [ref, observe]);
  return told ?? observed;
}
