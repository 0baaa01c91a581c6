/**
 * Whether an element is on screen (or about to be): in the viewport, within the shared
 * IntersectionObserver's margin. Inside an {@link OnScreenItem} the browser's own answer for
 * that item comes first: while the item is skipped (content-visibility) the element is off and
 * watched by nothing; while it is rendered, the observer says whether it is in view, since the
 * browser renders items well beyond the screen (with a 1280×820 window, three rows of cards of
 * which one is seen) and each ticking countdown there costs a layout and a repaint per second.
 * Starts as `true` so the first paint is right.
 */
import { useContext, useEffect, useState, type RefObject } from 'react';
import { watchVisibility } from '../lib/visibility-observer';
import { OnScreenContext } from './on-screen-item';

/** True while `ref`'s element is on (or near) the screen. */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const told = useContext(OnScreenContext);
  const [observed, setObserved] = useState(true);
  const rendered = told !== false;
  useEffect(() => {
    const element = ref.current;
    if (!rendered || !element) return;
    return watchVisibility(element, setObserved);
  }, [ref, rendered]);
  return rendered && observed;
}
