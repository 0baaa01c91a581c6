/**
 * The last check before a mailto: URL reaches the OS (`shell.openExternal`): only a plain
 * mailto: URL as main composes it (every field percent-encoded) passes.
 */

/** Thrown when asked to open anything but a plain mailto: URL as mail. */
export class UnsafeMailtoError extends Error {
  override readonly name = 'UnsafeMailtoError';
  constructor() {
    // The URL is left out on purpose: the message in it carries a connect link.
    super('Refused to open a URL that is not a mailto: URL');
  }
}

/** The URL when it is a mailto: URL (no other scheme, no whitespace or controls), else null. */
function mailtoUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('mailto:')) return null;
  // Main percent-encodes every field, so raw whitespace or control characters mean a bug.
  if ([...value].some((c) => c.trim() === '' || c.charCodeAt(0) < 0x20 || c === '\u007f')) {
    return null;
  }
  try {
    return new URL(value).protocol === 'mailto:' ? value : null;
  } catch {
    return null;
  }
}

/** {@link mailtoUrl} or throws {@link UnsafeMailtoError}. */
export function assertMailtoUrl(value: unknown): string {
  const safe = mailtoUrl(value);
  if (safe === null) throw new UnsafeMailtoError();
  return safe;
}
