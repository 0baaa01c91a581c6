/**
 * Reads an incoming request into a plain object: path, query, body (parsed the way Express's
 * JSON parser would) and the Authorization header. Routes never touch node:http.
 */
import type { IncomingMessage } from 'node:http';
import type { AuthKind } from './types';

/** A request as the router sees it. */
export interface RequestContext {
  method: string;
  path: string;
  /** Query parameters; a repeated key keeps its last value. */
  query: Record<string, string>;
  hasQuery: boolean;
  contentType: string | undefined;
  authorization: string | undefined;
  rawBody: string;
  /** Parsed JSON, the raw text when not parsed, undefined when empty. */
  body: unknown;
  /** Set when a JSON Content-Type carried malformed JSON. */
  bodyError: 'invalid_json' | undefined;
  /** Filled in by authentication; recorded in the request log. */
  auth: AuthKind;
}

/** Whether a Content-Type is JSON (`application/json` or `application/*+json`). */
export function isJsonContentType(contentType: string): boolean {
  const media = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return media === 'application/json' || /^application\/[^/]+\+json$/.test(media);
}

async function readRaw(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readRequest(req: IncomingMessage): Promise<RequestContext> {
  const url = new URL(req.url ?? '/', 'http://fake-nango.local');
  const rawBody = await readRaw(req);
  const contentType = req.headers['content-type'];
  let body: unknown = rawBody.length > 0 ? rawBody : undefined;
  let bodyError: RequestContext['bodyError'];
  if (contentType !== undefined && isJsonContentType(contentType)) {
    try {
      // Express's parser turns an empty JSON body into {}.
      body = rawBody.trim().length > 0 ? JSON.parse(rawBody) : {};
    } catch {
      bodyError = 'invalid_json';
    }
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    hasQuery: [...url.searchParams.keys()].length > 0,
    contentType,
    authorization: req.headers.authorization,
    rawBody,
    body,
    bodyError,
    auth: 'none',
  };
}
