/**
 * Fills a delivery message template. Used only in main: the filled text carries the link,
 * which goes straight to the clipboard or into a mailto: URL and never to the renderer.
 */
import type { FieldError } from '../../src-shared/contract/result';
import { MESSAGE_PLACEHOLDERS } from '../../src-shared/models/presentation';

/** The values for one message. */
export interface MessageValues {
  customer: string;
  link: string;
  expires: string;
  integrations: string;
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** The template with every `{placeholder}` replaced (one pass: values are never re-read). */
export function fillTemplate(template: string, values: MessageValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as keyof MessageValues] : whole,
  );
}

/** Problems with a template, as field errors (empty when it is fine). */
export function templateProblems(subject: string, body: string): FieldError[] {
  const problems: FieldError[] = [];
  for (const [field, text] of [
    ['subject', subject],
    ['body', body],
  ] as const) {
    const unknown = [...text.matchAll(PLACEHOLDER)]
      .map((m) => m[1] as string)
      .filter((name) => !(MESSAGE_PLACEHOLDERS as readonly string[]).includes(name));
    if (unknown.length > 0) {
      problems.push({
        path: [field],
        message: `Unknown placeholder ${[...new Set(unknown)].map((n) => `{${n}}`).join(', ')}: use {customer}, {link}, {expires} or {integrations}.`,
      });
    }
  }
  if (subject.includes('{link}')) {
    problems.push({ path: ['subject'], message: 'Keep {link} out of the subject line.' });
  }
  if (!body.includes('{link}')) {
    problems.push({ path: ['body'], message: 'The message needs {link}, or it says nothing.' });
  }
  return problems;
}

/** "14:35 (UTC+1), Tuesday 1 December": when the link stops working, in the rep's zone. */
export function formatExpiry(expiresAt: string, locale?: string, timeZone?: string): string {
  const date = new Date(expiresAt);
  const options = timeZone ? { timeZone } : {};
  const time = date.toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...options,
  });
  const day = date.toLocaleDateString(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...options,
  });
  return `${time}, ${day}`;
}
