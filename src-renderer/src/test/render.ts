/**
 * Test helper: renders React into happy-dom with react-dom/client (no testing library).
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A mounted tree: its container, a query by test id, and unmount. */
export interface Rendered {
  container: HTMLElement;
  byTestId: <T extends HTMLElement = HTMLElement>(id: string) => T | null;
  allByTestId: (id: string) => HTMLElement[];
  unmount: () => Promise<void>;
}

/** Mounts `node` and flushes effects. */
export async function render(node: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  await act(async () => {
    root = createRoot(container);
    root.render(node);
  });
  return {
    container,
    byTestId: <T extends HTMLElement>(id: string) =>
      container.querySelector<T>(`[data-testid="${id}"]`),
    allByTestId: (id) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    unmount: async () => {
      await act(async () => root?.unmount());
      container.remove();
    },
  };
}

/** Runs `fn` inside act and lets promises settle. */
export async function actAsync(fn: () => unknown): Promise<void> {
  await act(async () => {
    await fn();
  });
}

/** Types into a React-controlled input. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Presses the mouse on `element` as a browser does before a click: `mousedown`, then, unless a
 * handler prevented it, focus moves to the element (blurring the field that had it).
 */
export function pressOn(element: HTMLElement): void {
  const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 });
  if (element.dispatchEvent(event)) element.focus();
}
