/**
 * The IPC router: everything between "a message arrived on a channel" and "a Result goes
 * back", with no Electron in it. Order matters: unknown channel, then untrusted sender, then
 * schema validation, and only then the handler. It never rejects and never logs payloads
 * (`key:set` carries the secret key).
 */
import { channels, isChannel, type Channel } from '../../src-shared/contract/channels';
import { fail, ok, type AppError, type Result } from '../../src-shared/contract/result';
import type { Handlers } from './handlers';
import { invalidRequest } from './request-validation';
import type { SenderInfo, SenderPolicy } from './sender';
import { INTERNAL_ERROR_MESSAGE, toAppError } from './to-app-error';

/** Routes one IPC call to its handler. */
export interface IpcRouter {
  /** Resolves with the handler's data or an error; never rejects. */
  dispatch(channel: unknown, payload: unknown, sender: SenderInfo): Promise<Result<unknown>>;
}

/** A line-oriented logger; receives no payloads and no error messages. */
export type IpcLog = (message: string) => void;

/** Builds the router over the handler map and the sender policy. */
export function createIpcRouter(
  handlers: Handlers,
  isTrusted: SenderPolicy,
  log: IpcLog = () => {},
): IpcRouter {
  // A logger that throws (a full disk under a log file) must not change the answer.
  const say = (line: string): void => {
    try {
      log(line);
    } catch {
      // Nothing to do: the answer matters more than the log line.
    }
  };

  async function route(
    channel: unknown,
    payload: unknown,
    sender: SenderInfo,
  ): Promise<Result<unknown>> {
    // The channel name comes from the renderer: only ever logged once it is known to be ours.
    if (!isChannel(channel)) {
      say('ipc: rejected a call on an unknown channel');
      return fail('invalid_request', 'Handoff does not know that request.');
    }
    if (!trusts(isTrusted, sender)) {
      say(`ipc: ${channel}: rejected untrusted sender (webContents ${sender.webContentsId})`);
      return fail('forbidden_sender', 'This window is not allowed to use Handoff.');
    }
    const parsed = validate(channel, payload);
    if (!parsed.ok) {
      say(`ipc: ${channel}: invalid request${parsed.threw ? ' (its validation threw)' : ''}`);
      return { ok: false, error: parsed.error };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      const appError = toAppError(error);
      say(`ipc: ${channel}: failed with ${appError.code}${describeForLog(error, appError.code)}`);
      return { ok: false, error: appError };
    }
  }

  async function dispatch(
    channel: unknown,
    payload: unknown,
    sender: SenderInfo,
  ): Promise<Result<unknown>> {
    // The last line of defence: a sender object with a throwing getter, or anything nobody
    // thought of, still becomes an answer rather than a rejected promise.
    try {
      return await route(channel, payload, sender);
    } catch {
      return fail('internal', INTERNAL_ERROR_MESSAGE);
    }
  }
  return { dispatch };
}

type Validation = { ok: true; data: unknown } | { ok: false; error: AppError; threw: boolean };

/**
 * Parses a payload against its channel's schema. A schema that throws (a refinement bug, a
 * payload zod chokes on) is a request we cannot vouch for: it is refused like any invalid one.
 */
function validate(channel: Channel, payload: unknown): Validation {
  try {
    const parsed = channels[channel].request.safeParse(payload);
    return parsed.success
      ? { ok: true, data: parsed.data }
      : { ok: false, error: invalidRequest(parsed.error), threw: false };
  } catch {
    return {
      ok: false,
      error: { code: 'invalid_request', message: 'The request was not valid.' },
      threw: true,
    };
  }
}

/** A policy that throws is a policy that said no. */
function trusts(isTrusted: SenderPolicy, sender: SenderInfo): boolean {
  try {
    return isTrusted(sender) === true;
  } catch {
    return false;
  }
}

/**
 * For bugs, the error's name and stack frames help; its message line is dropped because an
 * unknown error's text could contain a secret.
 */
function describeForLog(error: unknown, code: string): string {
  if (code !== 'internal' || !(error instanceof Error)) return '';
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8);
  return ` (${error.name})${frames.length ? `\n${frames.join('\n')}` : ''}`;
}
