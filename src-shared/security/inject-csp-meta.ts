/**
 * Writes the CSP into an HTML document as the first thing in <head>, so it governs every
 * script and style that follows. Used by the renderer build (see electron.vite.config.ts);
 * works whatever else index.html contains.
 */

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <meta http-equiv> tag for a policy. */
export function cspMetaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
}

/**
 * Returns `html` with the policy's <meta> inserted right after the opening <head> tag. A
 * document without <head> gets one (after <html>, or at the very start).
 */
export function injectCspMeta(html: string, policy: string): string {
  const tag = cspMetaTag(policy);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return insertAt(html, head.index + head[0].length, tag);
  const root = /<html(\s[^>]*)?>/i.exec(html);
  if (root) return insertAt(html, root.index + root[0].length, `<head>${tag}</head>`);
  const doctype = /<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype.index + doctype[0].length : 0;
  return insertAt(html, at, `<head>${tag}</head>`);
}

const insertAt = (text: string, index: number, insert: string): string =>
  `${text.slice(0, index)}${insert}${text.slice(index)}`;
