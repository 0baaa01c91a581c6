/**
 * Removes credentials from text before it is written anywhere (log file, console, dialog).
 * Two layers: the shapes Nango's credentials have, and the exact secrets this run has seen
 * (a self-hosted server's key need not look like a UUID).
 */
import { inspect } from 'node:util';

/** What a credential is replaced with. */
export const REDACTED = '[redacted]';

const HEX = '[0-9a-f]';
/** Shapes of credentials, each replaced in full or, for labelled ones, after the label. */
const PATTERNS: { pattern: RegExp; replace: string }[] = [
  // A connect link's token parameter, raw or URL-encoded (`session_token%3D…`).
  { pattern: /(session_token(?:=|%3D))[^&#\s"'<>]+/gi, replace: `$1${REDACTED}` },
  // A connect session token: `nango_connect_session_` + 64 hex (matched loosely, any length).
  { pattern: /nango_connect_session_[0-9a-z_-]+/gi, replace: REDACTED },
  // An Authorization header's credential.
  { pattern: /\b(Bearer\s+)[^\s"',;]+/gi, replace: `$1${REDACTED}` },
  // A secret key in a labelled field (`secretKey: …`, `"secret_key":"…"`).
  {
    pattern: /(["']?secret[_-]?key["']?\s*[:=]\s*["']?)[^"'\s,;}]+/gi,
    replace: `$1${REDACTED}`,
  },
  // Nango secret keys are UUID v4, matched even inside a word (`key=<uuid>abc`). Other v4
  // UUIDs (profile ids) go too: a log loses a little detail, never a key.
  {
    pattern: new RegExp(`${HEX}{8}-${HEX}{4}-4${HEX}{3}-[89ab]${HEX}{3}-${HEX}{12}`, 'gi'),
    replace: REDACTED,
  },
];

/** Shorter strings are not treated as secrets: replacing them would shred ordinary text. */
export const MIN_SECRET_LENGTH = 8;

/** Returns `text` with every known secret and every credential-shaped string replaced. */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    result = result.split(secret).join(REDACTED);
    // The same secret inside a URL or JSON string escapes differently.
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) result = result.split(encoded).join(REDACTED);
  }
  for (const { pattern, replace } of PATTERNS) result = result.replace(pattern, replace);
  return result;
}

/**
 * Any logged value as redacted text. Errors keep their name, message, stack, cause and
 * extra fields (util.inspect prints them all), so nothing is lost but the secrets.
 */
export function redactValue(value: unknown, secrets: Iterable<string> = []): string {
  const text =
    typeof value === 'string' ? value : inspect(value, { depth: 5, breakLength: Infinity });
  return redactText(text, secrets);
}
