import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../src-main/nango/nango-response-error';
import { isNangoEmail } from '../../src-shared/tags/tag-rules';
import { call, startTestServer, type TestServer } from './test-server';

// The fake checks e-mails with its own copy of zod's rule (it must not share the app's code to
// be a fair test), and the app's check must agree with it both ways.
let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(() => t.nango.close());

const post = (email: string) =>
  call(t.nango, '/connect/sessions', {
    method: 'POST',
    json: { tags: { end_user_id: 'u-1', end_user_email: email } },
  });

const SAMPLES = [
  'ada@exa_mple.com',
  'a..b@example.com',
  'ädä@example.com',
  'ada@example.c0m',
  '.ada@example.com',
  'ada.@example.com',
  'ada@-example.com',
  'ada@example',
  'ada@example.com',
  'a.b+c@sub.example.co',
  "o'neil@acme-corp.ie",
];

describe('end_user_email: the app and the server agree', () => {
  it.each(SAMPLES)('%s', async (email) => {
    const res = await post(email);
    expect(res.status === 201).toBe(isNangoEmail(email));
  });

  it('maps the server\'s 400 at ["tags"] to the e-mail field', async () => {
    const res = await post('ada@example.c0m');
    expect(res.status).toBe(400);
    expect(res.body.error.errors).toEqual([
      { code: 'custom', message: 'Tag "end_user_email" must be a valid email', path: ['tags'] },
    ]);
    const call = { method: 'POST', path: '/connect/sessions' };
    const error = errorFromResponse(400, res.headers, res.body, call, t.clock.now());
    expect(error.details.fields).toEqual([
      { path: ['tags', 'end_user_email'], message: 'Tag "end_user_email" must be a valid email' },
    ]);
  });
});
