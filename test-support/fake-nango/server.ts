/**
 * The node:http server: reads each request, applies faults, dispatches, adds rate-limit headers
 * and records the exchange in the request log.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerDeps } from './deps';
import type { Faults } from './faults';
import type { Reply } from './reply';
import { readRequest, type RequestContext } from './request-context';
import { bucketFor, dispatch } from './router';
import type { RequestLogEntry } from './types';

/** A listening server and the way to stop it. */
export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** Parts the HTTP layer needs besides the route dependencies. */
export interface ServerParts {
  deps: ServerDeps;
  faults: Faults;
  log: RequestLogEntry[];
}

function record(parts: ServerParts, ctx: RequestContext, status: number): void {
  parts.log.push({
    method: ctx.method,
    path: ctx.path,
    query: { ...ctx.query },
    body: ctx.body,
    status,
    auth: ctx.auth,
  });
}

function send(res: ServerResponse, parts: ServerParts, ctx: RequestContext, reply: Reply): void {
  // Every response carries the headers; uncounted ones (auth failures, faults) just describe
  // the bucket's current state.
  const headers = { ...parts.deps.limiter.peek(bucketFor(ctx.path)), ...reply.headers };
  // Logged before writing so a test that awaited the response always sees the entry.
  record(parts, ctx, reply.status);
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const payload = JSON.stringify(reply.body);
  res
    .writeHead(reply.status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
    .end(payload);
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  parts: ServerParts,
  wait: (ms: number) => Promise<void>,
): Promise<void> {
  const ctx = await readRequest(req);
  const plan = parts.faults.plan(ctx.method, ctx.path);
  if (plan.delayMs > 0) await wait(plan.delayMs);
  if (res.destroyed) return;
  if (plan.outcome === 'drop') {
    record(parts, ctx, 0);
    req.socket.destroy();
    return;
  }
  send(res, parts, ctx, plan.outcome ?? dispatch(ctx, parts.deps));
}

/** Starts listening; `close` also ends idle keep-alive sockets and pending slow replies. */
export async function listen(
  parts: ServerParts,
  host: string,
  port: number,
): Promise<RunningServer> {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  // Real time on purpose: a slow fault exercises the client's real timeout.
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  const server: Server = createServer((req, res) => {
    handle(req, res, parts, wait).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
