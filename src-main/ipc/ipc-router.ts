/**
 * The IPC router: everything between "a message arrived on a channel" and "a Result goes
 * back", with no Electron in it. Order matters: unknown channel, then untrusted sender, then
 * schema validation, and only then the handler. It never throws and never logs payloads
 * (`key:set` carries the secret key).
 */
import { channels, isChannel } from '../../src-shared/contract/channels';
import { fail, ok, type Result } from '../../src-shared/contract/result';
import type { Handlers } from './handlers';
import { invalidRequest } from './request-validation';
import type { SenderInfo, SenderPolicy } from './sender';
import { toAppError } from './to-app-error';

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
  async function dispatch(
    channel: unknown,
    payload: unknown,
    sender: SenderInfo,
  ): Promise<Result<unknown>> {
    // The channel name comes from the renderer: only ever logged once it is known to be ours.
    if (!isChannel(channel)) {
      log('ipc: rejected a call on an unknown channel');
      return fail('invalid_request', 'Handoff does not know that request.');
    }
    if (!trusts(isTrusted, sender)) {
      log(`ipc: ${channel}: rejected untrusted sender (webContents ${sender.webContentsId})`);
      return fail('forbidden_sender', 'This window is not allowed to use Handoff.');
    }
    const parsed = channels[channel].request.safeParse(payload);
    if (!parsed.success) {
      log(`ipc: ${channel}: invalid request`);
      return { ok: false, error: invalidRequest(parsed.error) };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      const appError = toAppError(error);
      log(`ipc: ${channel}: failed with ${appError.code}${describeForLog(error, appError.code)}`);
      return { ok: false, error: appError };
    }
  }
  return { dispatch };
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
