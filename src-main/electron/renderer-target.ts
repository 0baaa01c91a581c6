/**
 * Where the renderer comes from: the built file, or the Vite dev server under
 * `electron-vite dev`. Pure, so the choice (and the URL the sender policy trusts) is tested.
 */
import { pathToFileURL } from 'node:url';

/** The renderer document to load. */
export type RendererTarget = { kind: 'file'; path: string } | { kind: 'dev-server'; url: string };

/** Inputs to {@link resolveRendererTarget}. */
export interface RendererTargetInput {
  /** `app.isPackaged`: a packaged app never honours the dev server variable. */
  isPackaged: boolean;
  /** `process.env.ELECTRON_RENDERER_URL`, set by `electron-vite dev`. */
  devServerUrl: string | undefined;
  /** Absolute path of the built `out/renderer/index.html`. */
  rendererFile: string;
}

/** Picks the dev server only in an unpackaged app that was given a valid http(s) URL. */
export function resolveRendererTarget(input: RendererTargetInput): RendererTarget {
  const url = input.devServerUrl?.trim();
  if (!input.isPackaged && url && isHttpUrl(url)) return { kind: 'dev-server', url };
  return { kind: 'file', path: input.rendererFile };
}

/** The URL the renderer document will have once loaded (what the sender policy trusts). */
export function rendererDocumentUrl(target: RendererTarget): string {
  return target.kind === 'file' ? pathToFileURL(target.path).href : target.url;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
