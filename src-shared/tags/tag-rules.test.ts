import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isNangoEmail, NANGO_EMAIL_PATTERN, validateTags } from './tag-rules';

// Seen rejected by a real Nango 0.71.4 (400 `Tag "end_user_email" must be a valid email`).
const SERVER_REJECTS = [
  'ada@exa_mple.com',
  'a..b@example.com',
  'ädä@example.com',
  'ada@example.c0m',
];

describe('the end_user_email tag', () => {
  it("uses exactly zod's email pattern, which the server applies", () => {
    expect(NANGO_EMAIL_PATTERN.source).toBe(z.regexes.email.source);
    expect(NANGO_EMAIL_PATTERN.flags).toBe(z.regexes.email.flags);
  });

  it.each(SERVER_REJECTS)('refuses %s, as the server does, on the e-mail field', (email) => {
    expect(isNangoEmail(email)).toBe(false);
    expect(validateTags({ end_user_id: 'u-1', end_user_email: email })).toEqual([
      {
        path: ['tags', 'end_user_email'],
        message: 'end_user_email must be a valid email address.',
      },
    ]);
  });

  it.each(['ada@example.com', 'a.b+c@sub.example.co', "o'neil@acme-corp.ie", 'ADA@EXAMPLE.COM'])(
    'accepts %s',
    (email) => {
      expect(isNangoEmail(email)).toBe(true);
      expect(validateTags({ end_user_email: email })).toEqual([]);
    },
  );
});
