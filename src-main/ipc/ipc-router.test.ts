import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, channels, type Channel } from '../../src-shared/contract/channels';
import type { Result } from '../../src-shared/contract/result';
import { AppFailure } from '../errors/app-failure';
import { KeychainError } from '../keychain/keychain-error';
import { NangoError } from '../nango/nango-error';
import type { Handlers } from './handlers';
import { createIpcRouter } from './ipc-router';
import type { SenderInfo } from './sender';
import { INTERNAL_ERROR_MESSAGE } from './to-app-error';

const SECRET_KEY = '6f0c2a1e-1f7b-4c7e-9a4e-0c9d1b2a3f4e';
const TRUSTED: SenderInfo = {
  webContentsId: 1,
  frameUrl: 'file:///app/index.html',
  isMainFrame: true,
};

/** A handler map where every channel echoes its request. */
function fakeHandlers() {
  const entries = CHANNELS.map((channel) => [
    channel,
    vi.fn(async (request: unknown) => ({ echoed: request })),
  ]);
  return Object.fromEntries(entries) as unknown as Handlers &
    Record<Channel, ReturnType<typeof vi.fn>>;
}

function setup(isTrusted = (sender: SenderInfo) => sender.webContentsId === 1) {
  const handlers = fakeHandlers();
  const logs: string[] = [];
  const router = createIpcRouter(handlers, isTrusted, (line) => logs.push(line));
  return { handlers, logs, router };
}

const fieldsOf = (result: Result<unknown>) => (result.ok ? [] : (result.error.fields ?? []));
const pathsOf = (result: Result<unknown>) => fieldsOf(result).map((f) => f.path.join('.'));

describe('createIpcRouter: happy path', () => {
  it('calls the handler with the parsed request and wraps its data', async () => {
    const { router, handlers } = setup();
    const result = await router.dispatch('sessions:revoke', { id: 's1' }, TRUSTED);
    expect(result).toEqual({ ok: true, data: { echoed: { id: 's1' } } });
    expect(handlers['sessions:revoke']).toHaveBeenCalledWith({ id: 's1' });
  });

  it('hands the handler the parsed (trimmed) value, not the raw payload', async () => {
    const { router, handlers } = setup();
    await router.dispatch('key:set', { profileId: 'p1', secretKey: `  ${SECRET_KEY}\n` }, TRUSTED);
    expect(handlers['key:set']).toHaveBeenCalledWith({ profileId: 'p1', secretKey: SECRET_KEY });
  });
});

describe('createIpcRouter: rejections, in order', () => {
  it.each([undefined, null, 42, 'nope', 'constructor', '__proto__', 'toString', {}])(
    'answers invalid_request for the unknown channel %s',
    async (channel) => {
      const { router } = setup();
      const result = await router.dispatch(channel, {}, TRUSTED);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    },
  );

  it('checks the channel before the sender', async () => {
    const { router } = setup(() => false);
    const result = await router.dispatch('evil:channel', {}, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('answers forbidden_sender to an untrusted sender and never calls the handler', async () => {
    const { router, handlers } = setup();
    const result = await router.dispatch(
      'key:set',
      { profileId: 'p1', secretKey: SECRET_KEY },
      { ...TRUSTED, webContentsId: 2 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(handlers['key:set']).not.toHaveBeenCalled();
  });

  it('checks the sender before the payload (no schema hints for strangers)', async () => {
    const { router } = setup(() => false);
    const result = await router.dispatch('key:set', 'garbage', TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(fieldsOf(result)).toEqual([]);
  });

  it('treats a throwing policy as a refusal', async () => {
    const { router } = setup(() => {
      throw new Error('boom');
    });
    const result = await router.dispatch('app:snapshot', {}, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });
});

describe('createIpcRouter: malformed payloads', () => {
  it.each<[string, Channel, unknown, string[]]>([
    ['wrong types', 'sessions:revoke', { id: 42 }, ['id']],
    ['an extra key', 'sessions:revoke', { id: 's1', admin: true }, ['admin']],
    ['a missing field', 'key:set', { profileId: 'p1' }, ['secretKey']],
    ['a non-object', 'sessions:revoke', 'sessions/1', ['']],
    ['null', 'app:snapshot', null, ['']],
    ['an array', 'app:snapshot', [], ['']],
    ['a huge string', 'sessions:revoke', { id: 'x'.repeat(1_000_000) }, ['id']],
    [
      'a nested bad entry',
      'connections:import',
      {
        profileId: 'p1',
        connections: [{ connectionId: 'c', integrationId: 'bad/key', label: '', tags: {} }],
      },
      ['connections.0.integrationId'],
    ],
    [
      'nested extra keys',
      'connections:search-remote',
      { profileId: 'p1', tag: { key: 'k', value: 'v', extra: 1 } },
      ['tag.extra'],
    ],
  ])(
    'rejects %s with invalid_request and the failing paths',
    async (_name, channel, payload, paths) => {
      const { router, handlers } = setup();
      const result = await router.dispatch(channel, payload, TRUSTED);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(pathsOf(result)).toEqual(paths);
      for (const field of fieldsOf(result)) expect(field.message).toEqual(expect.any(String));
      expect(handlers[channel]).not.toHaveBeenCalled();
    },
  );

  it('names the failing paths in the message', async () => {
    const { router } = setup();
    const result = await router.dispatch(
      'profiles:create',
      { name: '', apiBaseUrl: 'ftp://x', connectUiBaseUrl: 'https://connect.nango.dev' },
      TRUSTED,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/name and apiBaseUrl/);
  });

  it('keeps the reply small for a payload with thousands of bad entries', async () => {
    const { router } = setup();
    const payload = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`k${i}${'y'.repeat(500)}`, i]),
    );
    const result = await router.dispatch('app:snapshot', payload, TRUSTED);
    expect(fieldsOf(result).length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(result).length).toBeLessThan(20_000);
  });

  it('never echoes a rejected secret key back or into the log', async () => {
    const { router, logs } = setup();
    const tooLong = `${SECRET_KEY}${'z'.repeat(600)}`;
    const results = [
      await router.dispatch('key:set', { profileId: 'p1', secretKey: tooLong }, TRUSTED),
      await router.dispatch(
        'key:set',
        { profileId: 'p1', secretKey: SECRET_KEY.slice(0, 5) },
        TRUSTED,
      ),
      await router.dispatch('key:set', { profileId: 'p1', secretKey: SECRET_KEY, x: 1 }, TRUSTED),
    ];
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(JSON.stringify(result)).not.toContain(SECRET_KEY.slice(0, 5));
    }
    expect(logs.join('\n')).not.toContain(SECRET_KEY.slice(0, 5));
  });
});

describe('createIpcRouter: payloads that make validation throw', () => {
  it('answers invalid_request at the field for a URL without a scheme', async () => {
    const { router, handlers } = setup();
    const payload = {
      name: 'Prod',
      apiBaseUrl: 'api.nango.dev',
      connectUiBaseUrl: 'connect.nango.dev',
    };
    const result = await router.dispatch('profiles:create', payload, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(pathsOf(result)).toEqual(['apiBaseUrl', 'connectUiBaseUrl']);
    expect(handlers['profiles:create']).not.toHaveBeenCalled();
    const update = await router.dispatch('profiles:update', { id: 'p1', apiBaseUrl: 'x' }, TRUSTED);
    expect(pathsOf(update)).toEqual(['apiBaseUrl']);
  });

  it('refuses the request when a schema throws, and resolves', async () => {
    const { router, handlers, logs } = setup();
    const spy = vi
      .spyOn(channels['sessions:revoke'].request, 'safeParse')
      .mockImplementation(() => {
        throw new TypeError('Invalid URL');
      });
    try {
      const result = await router.dispatch('sessions:revoke', { id: 's1' }, TRUSTED);
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid_request', message: 'The request was not valid.' },
      });
      expect(handlers['sessions:revoke']).not.toHaveBeenCalled();
      expect(logs).toContain('ipc: sessions:revoke: invalid request (its validation threw)');
    } finally {
      spy.mockRestore();
    }
  });

  it('resolves even when the logger or the sender object throws', async () => {
    const handlers = fakeHandlers();
    const router = createIpcRouter(
      handlers,
      () => false,
      () => {
        throw new Error('log full');
      },
    );
    await expect(router.dispatch('app:snapshot', {}, TRUSTED)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    const hostile = {
      get webContentsId(): number {
        throw new Error('getter');
      },
    } as unknown as SenderInfo;
    const strict = createIpcRouter(handlers, (s) => s.webContentsId === 1);
    await expect(strict.dispatch('app:snapshot', {}, hostile)).resolves.toMatchObject({
      ok: false,
    });
  });
});

describe('createIpcRouter: thrown errors', () => {
  it.each([
    [new NangoError('unauthorized', 'x'), 'invalid_key'],
    [new NangoError('rate_limited', 'x', { retryAfterSeconds: 30 }), 'rate_limited'],
    [new KeychainError('locked', 'x'), 'keychain_locked'],
    [Object.assign(new Error('p1'), { name: 'KeyMissingError' }), 'key_missing'],
    [new AppFailure('not_found', 'No such session.'), 'not_found'],
    [new Error('kaboom'), 'internal'],
  ])('maps %s to %s', async (thrown, code) => {
    const { router, handlers } = setup();
    handlers['sessions:revoke'].mockRejectedValueOnce(thrown);
    const result = await router.dispatch('sessions:revoke', { id: 's1' }, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('catches a handler that throws synchronously', async () => {
    const { router, handlers } = setup();
    handlers['app:snapshot'].mockImplementationOnce(() => {
      throw new Error('sync');
    });
    const result = await router.dispatch('app:snapshot', {}, TRUSTED);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE },
    });
  });

  it('never leaks an unknown error message or stack, to the reply or the log', async () => {
    const { router, handlers, logs } = setup();
    handlers['key:test'].mockRejectedValueOnce(new Error(`Bearer ${SECRET_KEY} rejected`));
    const result = await router.dispatch('key:test', { profileId: 'p1' }, TRUSTED);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE },
    });
    expect(JSON.stringify(result)).not.toMatch(/Bearer|at .*\.ts/);
    expect(logs.join('\n')).not.toContain(SECRET_KEY);
    expect(logs.join('\n')).toContain('key:test: failed with internal (Error)');
  });

  it('never rejects, even when the handler is missing', async () => {
    const handlers = fakeHandlers();
    delete (handlers as Partial<Handlers>)['network:retry'];
    const router = createIpcRouter(handlers, () => true);
    await expect(router.dispatch('network:retry', {}, TRUSTED)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('createIpcRouter: logging', () => {
  it('logs channel names and codes but never payloads', async () => {
    const { router, logs } = setup();
    await router.dispatch('key:set', { profileId: 'p1', secretKey: SECRET_KEY }, TRUSTED);
    await router.dispatch(
      'key:set',
      { profileId: 'p1', secretKey: SECRET_KEY },
      { ...TRUSTED, webContentsId: 9 },
    );
    await router.dispatch(`steal:${SECRET_KEY}`, {}, TRUSTED);
    expect(logs.join('\n')).not.toContain(SECRET_KEY);
    expect(logs).toContain('ipc: key:set: rejected untrusted sender (webContents 9)');
  });
});
