import { describe, expect, it } from 'vitest';
import { fillTemplate, formatExpiry, templateProblems } from './fill-template';
import { mailtoUrl } from './delivery';

const values = {
  customer: 'Ada {link}',
  link: 'https://connect.nango.dev/?session_token=t',
  expires: '14:35 UTC, Tuesday, December 1',
  integrations: 'github',
};

describe('fillTemplate', () => {
  it('fills every placeholder once, never re-reading a filled value', () => {
    expect(fillTemplate('Hi {customer}: {link} until {expires} ({integrations})', values)).toBe(
      'Hi Ada {link}: https://connect.nango.dev/?session_token=t until 14:35 UTC, Tuesday, December 1 (github)',
    );
  });

  it('leaves unknown braces alone', () => {
    expect(fillTemplate('{nope} {constructor}', values)).toBe('{nope} {constructor}');
  });
});

describe('templateProblems', () => {
  it('accepts the placeholders it knows', () => {
    expect(templateProblems('Connect {integrations}', 'Hi {customer} {link} {expires}')).toEqual(
      [],
    );
  });

  it('needs {link} in the body, keeps it out of the subject, and names unknown ones', () => {
    const problems = templateProblems('{link} {who}', 'no link');
    expect(problems.map((p) => p.path[0])).toEqual(['subject', 'subject', 'body']);
    expect(problems[0]?.message).toContain('{who}');
  });
});

describe('formatExpiry and mailtoUrl', () => {
  it('says the time and the day in the given zone', () => {
    expect(formatExpiry('2026-12-01T14:35:00Z', 'en-GB', 'UTC')).toBe(
      '14:35 UTC, Tuesday 1 December',
    );
  });

  it('encodes fields and uses CRLF line breaks; a strange address is left out', () => {
    expect(mailtoUrl('ada@example.com', 'a&b', 'x\ny')).toBe(
      'mailto:ada@example.com?subject=a%26b&body=x%0D%0Ay',
    );
    expect(mailtoUrl('x@y.com?cc=evil@z.com', 's', 'b')).toBe('mailto:?subject=s&body=b');
    expect(mailtoUrl(undefined, 's', 'b')).toBe('mailto:?subject=s&body=b');
  });
});
