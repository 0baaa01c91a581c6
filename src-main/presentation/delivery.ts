/**
 * Delivery without showing the code: "Send by e-mail" (a mailto: URL) and "Copy as message"
 * (the same text on the clipboard), built in main by session id from the rep's template. The
 * link is read from main's own record, so it never travels through the renderer, and the
 * only URL handed to the OS is a mailto: that main composed itself.
 */
import type { MessageTemplate } from '../../src-shared/models/presentation';
import type { HandoffSession } from '../../src-shared/models/session';
import { AppFailure } from '../errors/app-failure';
import type { Clock } from '../platform/clock';
import type { Desktop } from '../platform/desktop';
import type { DocumentStore } from '../store/settings-store';
import { fillTemplate, formatExpiry, templateProblems, type MessageValues } from './fill-template';
import { DEFAULT_TEMPLATE, type PresentationDoc } from './presentation-store';

export interface DeliveryDeps {
  store: DocumentStore<PresentationDoc>;
  /** Main's sessions, newest first (SessionService.list). */
  sessions: () => HandoffSession[];
  desktop: Desktop;
  clock: Clock;
}

// Conservative: only an address this plain goes into the mailto's "to" unencoded.
const PLAIN_EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** Template editing and the two delivery actions. */
export class Delivery {
  constructor(private readonly deps: DeliveryDeps) {}

  /** The template in use. */
  template(): MessageTemplate {
    const saved = this.deps.store.read().template;
    return saved ? { ...saved, isDefault: false } : { ...DEFAULT_TEMPLATE, isDefault: true };
  }

  /** Saves an edited template; refuses one without {link} or with unknown placeholders. */
  setTemplate(subject: string, body: string): MessageTemplate {
    const problems = templateProblems(subject, body);
    if (problems.length > 0) {
      throw new AppFailure('invalid_input', 'The message template needs a fix.', problems);
    }
    this.deps.store.write({ ...this.deps.store.read(), template: { subject, body } });
    return this.template();
  }

  /** Goes back to the built-in template. */
  resetTemplate(): MessageTemplate {
    this.deps.store.write({ ...this.deps.store.read(), template: null });
    return this.template();
  }

  /** Puts the filled message for a live session on the clipboard. */
  copyMessage(id: string): null {
    const { body } = this.fill(this.live(id, 'copy'));
    this.deps.desktop.writeClipboard(body);
    return null;
  }

  /** Opens the mail app with the message for a live session, addressed to its e-mail tag. */
  async emailLink(id: string): Promise<null> {
    const session = this.live(id, 'e-mail');
    const { subject, body } = this.fill(session);
    await this.deps.desktop.openMailto(mailtoUrl(session.tags['end_user_email'], subject, body));
    return null;
  }

  private fill(session: HandoffSession): { subject: string; body: string } {
    const template = this.template();
    const values: MessageValues = {
      customer: session.tags['end_user_display_name'] ?? session.label,
      link: session.connectLink,
      expires: formatExpiry(session.expiresAt),
      integrations:
        session.allowedIntegrations.length > 0
          ? session.allowedIntegrations.join(', ')
          : 'your account',
    };
    return {
      subject: fillTemplate(template.subject, values),
      body: fillTemplate(template.body, values),
    };
  }

  private live(id: string, action: string): HandoffSession {
    const session = this.deps.sessions().find((s) => s.id === id);
    if (!session) throw new AppFailure('not_found', 'That session is no longer listed.');
    const timedOut = Date.parse(session.expiresAt) <= this.deps.clock.now();
    if (session.status !== 'active' || timedOut) {
      const status = timedOut ? 'expired' : session.status;
      throw new AppFailure('conflict', `This session is ${status}; cannot ${action} its link.`);
    }
    return session;
  }
}

/** A mailto: URL (RFC 6068: CRLF line breaks, percent-encoded fields). */
export function mailtoUrl(to: string | undefined, subject: string, body: string): string {
  const address = to && PLAIN_EMAIL.test(to) ? to : '';
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}
