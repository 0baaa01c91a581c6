/**
 * The ONE place thrown errors become the `AppError` the renderer sees. Services throw
 * NangoError, KeychainError, KeyMissingError or AppFailure; anything else is a bug and is
 * reported with a generic message, because its text could carry a secret.
 *
 * The message written here is the one people read: the renderer shows it as it is and only
 * adds what it alone knows (a button to Settings, the fields it marks). Server text is only
 * ever passed on where noted (a bare 400's words), bounded in length.
 */
import type { AppError, ErrorCode, FieldError } from '../../src-shared/contract/result';
import { AppFailure } from '../errors/app-failure';
import { KEY_MISSING_MESSAGE } from '../keychain/key-missing-error';
import { KeychainError, type KeychainErrorKind } from '../keychain/keychain-error';
import { KEYCHAIN_MESSAGES, KEYCHAIN_UNKNOWN_MESSAGE } from '../keychain/keychain-messages';
import { NangoError } from '../nango/nango-error';
import { describeScopes } from '../nango/required-scopes';

/** Shown for errors nobody anticipated. */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong inside Handoff. Try again; if it keeps happening, restart the app.';

/** Maps anything thrown by a handler to an error that is safe and useful to show. */
export function toAppError(error: unknown): AppError {
  if (error instanceof NangoError) return fromNangoError(error);
  if (error instanceof KeychainError) {
    return {
      code: KEYCHAIN_CODES[error.kind] ?? 'keychain_unavailable',
      message: KEYCHAIN_MESSAGES[error.kind] ?? KEYCHAIN_UNKNOWN_MESSAGE,
    };
  }
  // Matched by name, not class, so a second copy of the class (a bundling accident) still maps.
  if (error instanceof Error && error.name === 'KeyMissingError') {
    return { code: 'key_missing', message: KEY_MISSING_MESSAGE };
  }
  if (error instanceof AppFailure) {
    return withFields({ code: error.code, message: error.message }, error.fields);
  }
  return { code: 'internal', message: INTERNAL_ERROR_MESSAGE };
}

// --- Keychain ---

/** Keychain kinds → codes. The messages come from keychain-messages.ts: one wording everywhere. */
const KEYCHAIN_CODES: Readonly<Record<KeychainErrorKind, ErrorCode>> = {
  locked: 'keychain_locked',
  unavailable: 'keychain_unavailable',
  timeout: 'keychain_timeout',
};

// --- Nango ---

/** What each least-privilege scope enables, so a 403 can say which feature is off. */
const SCOPE_FEATURES: Readonly<Record<string, string>> = {
  'environment:connect_sessions:write': 'Creating connect links (new and reconnect) is off',
  'environment:connections:list':
    'Connection status, import and the reconnect desk are off; saved connections stay as they are',
  'environment:integrations:list':
    'The integration picker is off; you can still type integration ids by hand',
};

function fromNangoError(error: NangoError): AppError {
  const { details } = error;
  switch (error.kind) {
    case 'unauthorized':
      return {
        code: 'invalid_key',
        message:
          "Nango rejected this profile's secret key. Copy it again from your Nango environment settings and paste it in Settings.",
      };
    case 'forbidden':
      return {
        code: 'missing_scope',
        message: missingScopeMessage(
          details.requiredScopes ?? (details.requiredScope ? [details.requiredScope] : []),
        ),
      };
    case 'invalid_request':
      return withFields(
        { code: 'invalid_input', message: invalidInputMessage(error.message, details.fields) },
        details.fields,
      );
    case 'session_gone':
      return {
        code: 'session_gone',
        message: 'This connect link is no longer valid: it was revoked or it expired.',
      };
    case 'not_found':
      return {
        code: 'not_found',
        message: 'Nango could not find that. It may have been deleted.',
      };
    case 'rate_limited':
      return rateLimited(details.retryAfterSeconds);
    case 'server':
      return {
        code: 'server_error',
        message: `Nango had a problem on its side${details.status ? ` (HTTP ${details.status})` : ''}. Try again in a moment.`,
      };
    case 'bad_response':
      return {
        code: 'server_error',
        message:
          "Nango's answer was not in the expected shape. Check that the profile's API URL points at a Nango server.",
      };
    case 'offline':
      // The client's own words say why (DNS, refused, proxy, TLS) and name the host only.
      return {
        code: 'offline',
        message: `Handoff is offline: ${error.message} Nothing was lost; try again when the connection is back.`,
      };
    case 'timeout':
      return { code: 'timeout', message: `${error.message} Try again.` };
    default:
      return unreachable(error.kind);
  }
}

/** Names the scope, or the choice of scopes the server offered, and the feature that is off. */
function missingScopeMessage(scopes: readonly string[]): string {
  const [first] = scopes;
  if (first === undefined) {
    return 'Nango refused this action: the secret key (or your Nango plan) does not allow it.';
  }
  // Of a choice, the one this app documents as least privilege (e.g. `:list`, not
  // `:list_credentials`, which can read end users' credentials).
  const leastPrivilege = scopes.find((s) => SCOPE_FEATURES[s] !== undefined);
  const feature = SCOPE_FEATURES[leastPrivilege ?? first] ?? 'The feature that needs it is off';
  if (scopes.length === 1) {
    return `This secret key lacks the "${first}" scope. ${feature}. Add the scope to the key in Nango to turn it on.`;
  }
  const add = leastPrivilege
    ? `Add "${leastPrivilege}" (the least-privilege choice)`
    : 'Add one of them';
  return `This secret key lacks a scope this needs: one of ${describeScopes(scopes, '"')}. ${feature}. ${add} to the key in Nango to turn it on.`;
}

/** Longest server-provided text passed on; the rest is noise in a toast. */
const MAX_DETAIL_LENGTH = 300;

function invalidInputMessage(detail: string, fields: FieldError[] | undefined): string {
  if (fields && fields.length > 0) {
    return `Nango did not accept ${describePaths(fields)}. ${fields[0]?.message ?? ''}`.trim();
  }
  // Without fields the server's own words are the only clue (e.g. "ConnectionID or
  // IntegrationId does not exists" on reconnect). NangoError messages come from our client.
  const text = detail.trim().slice(0, MAX_DETAIL_LENGTH);
  if (!text) return 'Nango did not accept the request.';
  return `Nango did not accept the request: ${text}${/[.!?]$/.test(text) ? '' : '.'}`;
}

function rateLimited(retryAfterSeconds: number | undefined): AppError {
  if (retryAfterSeconds === undefined || !Number.isFinite(retryAfterSeconds)) {
    return {
      code: 'rate_limited',
      message: "Nango's rate limit was reached. Try again in a minute.",
    };
  }
  const seconds = Math.max(0, Math.ceil(retryAfterSeconds));
  return {
    code: 'rate_limited',
    message: `Nango's rate limit was reached. Try again in ${formatWait(seconds)}.`,
    retryAfterSeconds: seconds,
  };
}

// --- Helpers ---

/** "1 second", "42 seconds", "3 minutes" (rounded up). */
function formatWait(seconds: number): string {
  const whole = Math.max(1, seconds);
  if (whole < 60) return `${whole} second${whole === 1 ? '' : 's'}`;
  const minutes = Math.ceil(whole / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** "name" / "name and tags.email" / "name, tags.email and 3 more fields". */
export function describePaths(fields: readonly FieldError[]): string {
  const names = [...new Set(fields.map((f) => (f.path.length ? f.path.join('.') : 'the request')))];
  if (names.length === 1) return names[0] as string;
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  return rest > 0
    ? `${shown.join(', ')} and ${rest} more field${rest === 1 ? '' : 's'}`
    : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

const withFields = (error: AppError, fields: FieldError[] | undefined): AppError =>
  fields && fields.length > 0 ? { ...error, fields } : error;

/** An unknown kind (a newer error file than this mapping) is still reported, generically. */
const unreachable = (_kind: never): AppError => ({
  code: 'internal',
  message: INTERNAL_ERROR_MESSAGE,
});
