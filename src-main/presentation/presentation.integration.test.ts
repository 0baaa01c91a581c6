import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageTemplate, PrivacyState } from '../../src-shared/models/presentation';
import type { HandoffSession } from '../../src-shared/models/session';
import { addProfile, startTestApp, type TestApp } from '../app/app-test-kit';

let t: TestApp;
let profileId: string;
beforeEach(async () => {
  t = await startTestApp();
  profileId = await addProfile(t);
});
afterEach(() => t.close());

const create = (tags: Record<string, string> = { end_user_id: 'u-1' }) =>
  t.ok<HandoffSession>('sessions:create', { profileId, tags, allowedIntegrations: ['github'] });

describe('private mode', () => {
  it('protects the window while a code is shown, not while presenting, and not when off', async () => {
    // The renderer learns the state from its first report (nothing on show yet).
    expect(
      await t.ok<PrivacyState>('privacy:report', { qrShown: false, presenting: false }),
    ).toEqual({
      enabled: true,
      protecting: false,
      supported: true,
    });
    const shown = await t.ok<PrivacyState>('privacy:report', { qrShown: true, presenting: false });
    expect(shown.protecting).toBe(true);
    expect(t.desktop.protecting).toBe(true);

    // Presenting is showing the code on purpose: a share of that screen should see it.
    await t.ok('privacy:report', { qrShown: true, presenting: true });
    expect(t.desktop.protecting).toBe(false);
    await t.ok('privacy:report', { qrShown: true, presenting: false });
    expect(t.desktop.protecting).toBe(true);

    const off = await t.ok<PrivacyState>('privacy:set', { enabled: false });
    expect(off).toMatchObject({ enabled: false, protecting: false });
    expect(t.desktop.protecting).toBe(false);
    expect(t.events.filter((e) => e.event === 'privacy:changed').at(-1)?.payload).toEqual(off);

    // The choice is remembered; no code on screen means nothing to hide.
    await t.ok('privacy:set', { enabled: true });
    await t.ok('privacy:report', { qrShown: false, presenting: false });
    expect(t.desktop.protecting).toBe(false);
  });

  it('refuses malformed reports', async () => {
    for (const bad of [{}, { qrShown: 'yes', presenting: false }, { qrShown: true }]) {
      expect(await t.call('privacy:report', bad as never)).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    }
  });
});

describe('delivery without showing the code', () => {
  it('copies the filled message with the link, built in main by session id', async () => {
    const session = await create({ end_user_id: 'u-1', end_user_display_name: 'Ada Lovelace' });
    expect(await t.call('sessions:copy-message', { id: session.id })).toEqual({
      ok: true,
      data: null,
    });
    expect(t.desktop.clipboard).toContain('Hello Ada Lovelace,');
    expect(t.desktop.clipboard).toContain(session.connectLink);
    expect(t.desktop.clipboard).toContain('connect github');
    expect(t.desktop.clipboard).toMatch(/works until \d\d:\d\d/);
  });

  it('opens a mailto: addressed to the e-mail tag, subject and body from the template', async () => {
    const session = await create({ end_user_id: 'u-1', end_user_email: 'ada@example.com' });
    await t.ok('sessions:email-link', { id: session.id });
    const [url] = t.desktop.mailed;
    expect(url).toMatch(/^mailto:ada@example\.com\?subject=/);
    const query = new URLSearchParams(url!.slice(url!.indexOf('?') + 1));
    expect(query.get('subject')).toBe('Your link to connect github');
    expect(query.get('body')).toContain(`\r\n${session.connectLink}\r\n`);
    expect(t.desktop.opened).toEqual([]);
  });

  it('uses an edited template, refuses one without {link}, and resets', async () => {
    const edited = await t.ok<MessageTemplate>('delivery:set-template', {
      subject: 'Connect {integrations} for {customer}',
      body: 'Link: {link} (until {expires})',
    });
    expect(edited.isDefault).toBe(false);
    const bad = await t.call('delivery:set-template', { subject: 'Hi {link}', body: 'No {lnk}' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const paths = !bad.ok ? (bad.error.fields ?? []).map((f) => f.path.join('.')) : [];
    expect(paths).toEqual(expect.arrayContaining(['subject', 'body']));

    const session = await create();
    await t.ok('sessions:copy-message', { id: session.id });
    expect(t.desktop.clipboard).toMatch(
      new RegExp(`^Link: ${escape(session.connectLink)} \\(until`),
    );
    expect((await t.ok<MessageTemplate>('delivery:template', {})).subject).toBe(
      'Connect {integrations} for {customer}',
    );
    expect((await t.ok<MessageTemplate>('delivery:reset-template', {})).isDefault).toBe(true);
  });

  it('refuses a dead link and an unknown id, and never returns the filled text', async () => {
    const session = await create();
    await t.ok('sessions:revoke', { id: session.id });
    expect(await t.call('sessions:copy-message', { id: session.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await t.call('sessions:email-link', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const live = await create();
    t.clock.advance(30 * 60_000);
    expect(await t.call('sessions:email-link', { id: live.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(t.desktop.mailed).toEqual([]);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
