/**
 * GET /connections with the filters Handoff uses to find a finished handoff (tag filter) and to
 * refresh the reconnect desk.
 */
import type { ServerDeps } from '../deps';
import { type Issue, unrecognizedKeys } from '../issues';
import { issuesReply, type Reply } from '../reply';
import type { Connection } from '../types';

const KNOWN = [
  'connectionId',
  'search',
  'endUserId',
  'endUserOrganizationId',
  'integrationId',
  'limit',
  'page',
];
const TAG_PARAM = /^tags\[(.+)\]$/;
const LIMIT_MAX = 1000;

function intParam(query: Record<string, string>, name: string, min: number, max: number) {
  const raw = query[name];
  if (raw === undefined) return { value: undefined, issue: undefined };
  const value = Number(raw);
  if (/^\d+$/.test(raw) && value >= min && value <= max) return { value, issue: undefined };
  const message = `Invalid input: expected an integer between ${min} and ${max}`;
  return { value: undefined, issue: { code: 'invalid_type', message, path: [name] } as Issue };
}

function matchesFilters(c: Connection, q: Record<string, string>, tags: [string, string][]) {
  if (q.connectionId !== undefined && c.connection_id !== q.connectionId) return false;
  if (
    q.integrationId !== undefined &&
    !q.integrationId.split(',').includes(c.provider_config_key)
  ) {
    return false;
  }
  if (q.endUserId !== undefined && c.end_user?.id !== q.endUserId) return false;
  if (q.endUserOrganizationId !== undefined) {
    if (c.end_user?.organization?.id !== q.endUserOrganizationId) return false;
  }
  if (q.search !== undefined) {
    const needle = q.search.toLowerCase();
    const haystack = [c.connection_id, c.end_user?.id, c.end_user?.email, c.end_user?.display_name];
    if (!haystack.some((s) => s?.toLowerCase().includes(needle))) return false;
  }
  // AND of exact values; keys are stored lowercased, so the filter key is lowercased too.
  return tags.every(([key, value]) => c.tags[key.toLowerCase()] === value);
}

/** Lists matching connections, newest first. */
export function listConnections(query: Record<string, string>, deps: ServerDeps): Reply {
  const unknown = Object.keys(query).filter((k) => !KNOWN.includes(k) && !TAG_PARAM.test(k));
  const limit = intParam(query, 'limit', 1, LIMIT_MAX);
  const page = intParam(query, 'page', 0, Number.MAX_SAFE_INTEGER);
  const issues: Issue[] = [limit.issue, page.issue].filter((i): i is Issue => i !== undefined);
  issues.push(...unrecognizedKeys(Object.fromEntries(unknown.map((k) => [k, true])), [], []));
  if (issues.length > 0) return issuesReply('invalid_query_params', issues);

  const tags = Object.entries(query)
    .map(([k, v]): [string, string] | undefined => {
      const key = TAG_PARAM.exec(k)?.[1];
      return key === undefined ? undefined : [key, v];
    })
    .filter((t): t is [string, string] => t !== undefined);
  const size = limit.value ?? LIMIT_MAX;
  const start = (page.value ?? 0) * size;
  const connections = deps.state.connections
    .filter((c) => matchesFilters(c, query, tags))
    .sort((a, b) => b.created.localeCompare(a.created) || b.id - a.id)
    .slice(start, start + size)
    .map((c) => structuredClone(c));
  return { status: 200, body: { connections } };
}
