/**
 * The QR encoder (the `qrcode` package, ~9 kB gzipped, and qr-svg.ts) as its own chunk, so the
 * first screen's bundle does not carry it: main.tsx starts loading it beside the first render,
 * and it is ready long before anyone can click Create. Until it is, a code is drawn as its
 * blank plate (ui/qr-code.tsx) and drawn for real in the commit after it arrives; a restart
 * with live links shows their codes a few milliseconds after the cards.
 */
import type { qrDrawing } from './qr-svg';

type Draw = typeof qrDrawing;

let draw: Draw | null = null;
let loading: Promise<Draw> | null = null;
const waiting = new Set<() => void>();

/** Loads the encoder once; resolves when `currentQrEncoder()` returns it. */
export function loadQrEncoder(): Promise<Draw> {
  loading ??= import('./qr-svg').then(
    (module) => {
      draw = module.qrDrawing;
      for (const notify of waiting) notify();
      return module.qrDrawing;
    },
    (error: unknown) => {
      // A failed chunk load (e.g. the renderer was replaced under it) may be retried.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The encoder, once it is loaded; `null` until then. */
export function currentQrEncoder(): Draw | null {
  return draw;
}

/** Calls `notify` once the encoder has loaded (for useSyncExternalStore); returns a cancel. */
export function onQrEncoderLoaded(notify: () => void): () => void {
  waiting.add(notify);
  return () => waiting.delete(notify);
}
