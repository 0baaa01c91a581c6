/**
 * A two-step button for destructive actions: the first press asks, in place, and only the
 * second one acts. Escape or "Cancel" backs out. No `window.confirm`.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface InlineConfirmProps {
  /** Text of the first button. */
  label: string;
  /** The question asked after the first press. */
  question: ReactNode;
  /** Text of the confirming button. */
  confirmLabel: string;
  /** The action; resolving `false` means it failed (focus then goes back to the first button). */
  onConfirm: () => void | boolean | Promise<void | boolean>;
  disabled?: boolean;
  pending?: boolean;
  testId?: string;
  confirmTestId?: string;
  /** Visual weight of the first button. */
  variant?: 'danger-ghost' | 'ghost';
  /**
   * Whether focus returns to the first button after the confirmed action (default). Off when
   * the action itself moves focus to its result.
   */
  refocusAfterConfirm?: boolean;
  /** Start with the question open, focus on confirm (e.g. asked for by a menu command). */
  initiallyAsking?: boolean;
  /** Called when the question closes (confirmed, cancelled or Escape). */
  onClose?: () => void;
}

/** A button that asks before it acts. */
export function InlineConfirm({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled,
  pending,
  testId,
  confirmTestId,
  variant = 'danger-ghost',
  refocusAfterConfirm = true,
  initiallyAsking = false,
  onClose,
}: InlineConfirmProps) {
  const [asking, setAsking] = useState(initiallyAsking);
  const close = () => {
    setAsking(false);
    onClose?.();
  };
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const confirmed = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current && (refocusAfterConfirm || !confirmed.current)) {
      triggerRef.current?.focus();
    }
    wasAsking.current = asking;
    confirmed.current = false;
  }, [asking, refocusAfterConfirm]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={`button button--${variant}`}
        disabled={disabled}
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <p className="confirm__question">{question}</p>
      <div className="confirm__actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--danger"
          disabled={pending}
          data-testid={confirmTestId}
          onClick={async () => {
            confirmed.current = (await onConfirm()) !== false;
            close();
          }}
        >
          {pending ? 'Working…' : confirmLabel}
        </button>
        <button type="button" className="button button--ghost" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
