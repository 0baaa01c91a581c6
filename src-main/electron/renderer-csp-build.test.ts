import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import config from '../../electron.vite.config';
import { metaCsp } from '../../src-shared/security/csp';
import { cspMetaTag } from '../../src-shared/security/inject-csp-meta';

type Handler = (html: string) => string;

/** The renderer's CSP plugin, as the build will run it. */
function cspPlugin(): Plugin {
  const resolved = typeof config === 'function' ? null : config;
  const plugins = (resolved as { renderer?: { plugins?: unknown[] } })?.renderer?.plugins ?? [];
  const plugin = plugins.flat().find((p) => (p as Plugin | null)?.name === 'handoff:csp-meta');
  if (!plugin) throw new Error('handoff:csp-meta is not in the renderer build');
  return plugin as Plugin;
}

describe('the renderer build', () => {
  it('injects the CSP <meta> into index.html, at build time only', () => {
    const plugin = cspPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { order: string; handler: Handler };
    const html = hook.handler('<!doctype html><html><head><title>Handoff</title></head></html>');
    expect(html).toContain(`<head>${cspMetaTag(metaCsp())}<title>`);
    expect(html).toContain("connect-src 'none'");
    expect(html).not.toContain('unsafe-inline');
  });
});
