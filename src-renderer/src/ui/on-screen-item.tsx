/**
 * A list item that is rendered only near the screen (`content-visibility: auto` in its CSS) and
 * tells what is inside it whether it is: Chromium already decides, for such a box, when it
 * leaves and enters the viewport's neighbourhood, and says so with
 * `contentvisibilityautostatechange`. Hundreds of cards then need no IntersectionObserver of
 * their own, which Chromium would otherwise recompute for every target on every frame.
 */
import { createContext, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Whether the enclosing {@link OnScreenItem} is near the screen; `null` outside one (then
 * `useOnScreen` watches for itself).
 */
export const OnScreenContext = createContext<boolean | null>(null);

export interface OnScreenItemProps {
  /** Must give the item `content-visibility: auto`, or the browser never says. */
  className: string;
  children: ReactNode;
  /** Its place (1-based) among `size`, told only when a part of the list is rendered. */
  position?: number | undefined;
  size?: number;
}

type StateChange = Event & { skipped?: boolean };

/** An `<li>` whose content knows whether it is on (or near) the screen. */
export function OnScreenItem({ className, children, position, size }: OnScreenItemProps) {
  const ref = useRef<HTMLLIElement>(null);
  // On until the browser says otherwise: a first paint must be right, and where the event is
  // unknown (older engines, tests) everything simply stays on.
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const item = ref.current;
    if (!item) return;
    const changed = (event: StateChange) => setOnScreen(event.skipped !== true);
    item.addEventListener('contentvisibilityautostatechange', changed);
    return () => item.removeEventListener('contentvisibilityautostatechange', changed);
  }, []);
  return (
    <li
      ref={ref}
      className={className}
      data-on-screen={onScreen}
      aria-posinset={position}
      aria-setsize={position && size}
    >
      <OnScreenContext value={onScreen}>{children}</OnScreenContext>
    </li>
  );
}
