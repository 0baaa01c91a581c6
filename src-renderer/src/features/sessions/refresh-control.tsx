/**
 * A card's "Refresh automatically" switch, what it is doing about the next code, and
 * "Continue" once refreshing stopped (cap reached, link expired while away, or a failure).
 * Shown on live cards, and on an expired one that was refreshing (to continue it).
 */
import { useId, useRef, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { HandoffSession, SessionStatus } from '../../../../src-shared/models/session';
import { offersContinue, refreshLine } from '../../lib/refresh-text';
import { useSessionsStore } from '../../stores/use-sessions-store';

/** Props for {@link RefreshControl}. */
export interface RefreshControlProps {
  session: HandoffSession;
  /** The status shown (the renderer's clock may have expired it before main said so). */
  status: SessionStatus;
  onError: (error: AppError | null) => void;
  /** Presenter view's larger, high-contrast variant. */
  variant?: 'card' | 'presenter';
}

/** The switch and its status line. */
export function RefreshControl({
  session,
  status,
  onError,
  variant = 'card',
}: RefreshControlProps) {
  const setRefresh = useSessionsStore((s) => s.setRefresh);
  const continueRefresh = useSessionsStore((s) => s.continueRefresh);
  const [busy, setBusy] = useState(false);
  // The switch moves at once; main's answer (or its refusal) then settles it.
  const [asked, setAsked] = useState<boolean | null>(null);
  const switchRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const refresh = session.refresh;
  const on = asked ?? refresh?.on === true;
  const pending = session.revokePending !== undefined;
  const live = status === 'active' && !pending;
  if (!live && !(status === 'expired' && on)) return null;
  const line = refreshLine(refresh);
  const run = async (action: () => ReturnType<typeof setRefresh>) => {
    if (busy) return;
    setBusy(true);
    const result = await action();
    setBusy(false);
    setAsked(null);
    onError(result.ok ? null : result.error);
  };

  return (
    <div
      className={`refresh refresh--${variant}`}
      data-testid="refresh"
      data-on={on ? 'true' : 'false'}
      data-phase={refresh?.phase ?? 'off'}
    >
      <label className="refresh__switch">
        <input
          ref={switchRef}
          type="checkbox"
          role="switch"
          className="refresh__input"
          checked={on}
          // Not disabled while main answers: that would take focus off the switch.
          aria-busy={busy}
          aria-describedby={line ? statusId : undefined}
          data-testid="refresh-toggle"
          onChange={(event) => {
            const enabled = event.target.checked;
            if (busy) return;
            setAsked(enabled);
            void run(() => setRefresh(session.id, enabled));
          }}
        />
        <span className="refresh__track" aria-hidden="true" />
        <span className="refresh__label">Refresh automatically</span>
        <span className="refresh__state" aria-hidden="true">
          {on ? 'On' : 'Off'}
        </span>
      </label>
      {line ? (
        <p
          id={statusId}
          className="refresh__status"
          aria-live="polite"
          data-testid="refresh-status"
        >
          {line}
        </p>
      ) : null}
      {offersContinue(refresh) ? (
        <button
          type="button"
          className="button button--secondary refresh__continue"
          disabled={busy}
          data-testid="refresh-continue"
          onClick={() =>
            void run(async () => {
              const result = await continueRefresh(session.id);
              // The button goes once refreshing runs again: keep focus on the card's switch.
              requestAnimationFrame(() => switchRef.current?.focus());
              return result;
            })
          }
        >
          Continue
        </button>
      ) : null}
    </div>
  );
}
