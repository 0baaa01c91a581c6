/**
 * Reads the scope(s) a 403 names. The real server (0.71.4) words it two ways:
 * `Insufficient scope. Required: environment:connect_sessions:write` and, on GET /integrations
 * and GET /connections, `Insufficient scope. Required one of: environment:integrations:list or
 * environment:integrations:list_credentials` (shared/nango-api/server-behaviour.md).
 */

const SCOPE_MESSAGE = /Insufficient scope\. Required(?: one of)?:\s*(.+)/;
const SCOPE_NAME = /^[A-Za-z0-9_:.-]+$/;

/**
 * The scopes named in a 403 message, in the server's order; any one of them is enough. Empty
 * when the message is not a scope refusal (e.g. a plan without a feature).
 */
export function parseRequiredScopes(message: string | undefined): string[] {
  const listed = SCOPE_MESSAGE.exec(message ?? '')?.[1];
  if (listed === undefined) return [];
  return listed
    .split(/\s*,\s*|\s+or\s+/)
    .map((scope) => scope.trim().replace(/\.$/, ''))
    .filter((scope) => SCOPE_NAME.test(scope));
}

/** "a", "a or b", "a, b or c": for messages. */
export function describeScopes(scopes: readonly string[], quote = ''): string {
  const quoted = scopes.map((s) => `${quote}${s}${quote}`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
