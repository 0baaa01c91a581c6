/**
 * A card's link actions (copy, open) and its end-of-life actions (revoke with an inline
 * confirmation while live; dismiss once dead).
 */
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { HandoffSession, SessionStatus } from '../../../../src-shared/models/session';
import { useSessionsStore } from '../../stores/use-sessions-store';
import { InlineConfirm } from '../../ui/inline-confirm';
import { CopyLinkButton } from './copy-link-button';

export interface LinkActionsProps {
  session: HandoffSession;
  live: boolean;
  onFeedback: (message: string) => void;
  onError: (error: AppError | null) => void;
}

/** Copy link, Open in browser, and delivery without showing the code. */
export function LinkActions({ session, live, onFeedback, onError }: LinkActionsProps) {
  const openLink = useSessionsStore((s) => s.openLink);
  const emailLink = useSessionsStore((s) => s.emailLink);
  const copyMessage = useSessionsStore((s) => s.copyMessage);
  const deliver = async (action: typeof emailLink, done: string) => {
    const result = await action(session.id);
    onError(result.ok ? null : result.error);
    onFeedback(result.ok ? done : '');
  };
  return (
    <>
      <div className="card-actions">
        <CopyLinkButton sessionId={session.id} disabled={!live} onFeedback={onFeedback} />
        <button
          type="button"
          className="button button--ghost"
          disabled={!live}
          data-testid="open-link"
          onClick={async () => {
            const result = await openLink(session.id);
            onError(result.ok ? null : result.error);
          }}
        >
          Open in browser
        </button>
      </div>
      <div className="card-actions card-actions--delivery">
        <button
          type="button"
          className="button button--ghost"
          disabled={!live}
          data-testid="email-link"
          title="Opens your mail app with a message holding the link (edit it in Settings)"
          onClick={() => void deliver(emailLink, 'Your mail app has the message ready to send.')}
        >
          Send by e-mail
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={!live}
          data-testid="copy-message"
          title="Copies a message holding the link, to paste into chat or SMS"
          onClick={() => void deliver(copyMessage, 'Message with the link copied.')}
        >
          Copy as message
        </button>
      </div>
    </>
  );
}

export interface LifecycleActionsProps {
  session: HandoffSession;
  status: SessionStatus;
  /** A revoke is queued: offer to retry it now; the card cannot be dismissed yet. */
  pending?: boolean;
  onError: (error: AppError | null) => void;
  /** After the card was dismissed (it is gone, and focus with it). */
  onDismissed?: (() => void) | undefined;
}

/** Revoke (live), Retry revoke (queued), or Dismiss (expired, revoked, completed). */
export function LifecycleActions({
  session,
  status,
  pending: revokePending = false,
  onError,
  onDismissed,
}: LifecycleActionsProps) {
  const revoke = useSessionsStore((s) => s.revoke);
  const dismiss = useSessionsStore((s) => s.dismiss);
  const [pending, setPending] = useState(false);
  // Counts the revokes (and retries) asked for from this card: focus follows their outcome.
  const [asked, setAsked] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const live = status === 'active' && !revokePending;

  // The button pressed is replaced, so focus goes where the next action is: "Retry revoke now"
  // while Nango has not confirmed, Dismiss once the link is dead. Only when focus was lost
  // with the button (or is still in these actions), so a later background confirmation
  // never pulls focus away from wherever the person has gone since.
  useEffect(() => {
    if (asked === 0) return;
    const target = revokePending ? retryRef.current : live ? null : dismissRef.current;
    const active = document.activeElement;
    const lost = !active || active === document.body || boxRef.current?.contains(active);
    if (target && lost) target.focus();
  }, [asked, revokePending, live]);

  const run = async (action: () => Promise<{ ok: boolean; error?: AppError }>) => {
    setPending(true);
    const result = await action();
    setPending(false);
    onError(result.ok ? null : (result.error ?? null));
    return result.ok;
  };
  const runRevoke = async () => {
    const ok = await run(() => revoke(session.id));
    setAsked((n) => n + 1);
    return ok;
  };

  return (
    <div className="card-lifecycle" ref={boxRef}>
      {revokePending ? (
        <button
          ref={retryRef}
          type="button"
          className="button button--secondary"
          disabled={pending}
          data-testid="revoke-retry"
          onClick={() => void runRevoke()}
        >
          {pending ? 'Retrying…' : 'Retry revoke now'}
        </button>
      ) : live ? (
        <InlineConfirm
          label="Revoke"
          question="Revoke this link? It stops working at once, even if the customer has it open."
          confirmLabel="Revoke link"
          pending={pending}
          testId="revoke"
          confirmTestId="revoke-confirm"
          refocusAfterConfirm={false}
          onConfirm={runRevoke}
        />
      ) : (
        <>
          <button
            type="button"
            className="button button--danger-ghost"
            disabled
            data-testid="revoke"
            title="Only a live link can be revoked"
          >
            Revoke
          </button>
          <button
            ref={dismissRef}
            type="button"
            className="button button--secondary"
            disabled={pending}
            data-testid="dismiss"
            onClick={async () => {
              if (await run(() => dismiss(session.id))) onDismissed?.();
            }}
          >
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
