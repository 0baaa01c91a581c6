/**
 * A failed action explained: the message for its error code and, where the fix is elsewhere,
 * a button that goes there.
 */
import { useEffect, useRef } from 'react';
import type { AppError } from '../../../src-shared/contract/result';
import { errorAction, errorMessage } from '../lib/error-message';
import { useAppStore } from '../stores/use-app-store';
import { NetworkRetryButton } from './network-retry-button';

export interface ErrorAlertProps {
  error: AppError | null;
  /** Overrides the text (e.g. a field summary). */
  message?: string;
  compact?: boolean;
}

/** Shows an error with its fix, announced to screen readers. */
export function ErrorAlert({ error, message, compact }: ErrorAlertProps) {
  const setTab = useAppStore((s) => s.setTab);
  const ref = useRef<HTMLDivElement>(null);
  // An error that appears below the fold of a scrolling panel (the create form at 1280×800,
  // once pre-flight is open) is an error nobody reads: bring the whole alert into view. Focus
  // stays where it is, so the field to fix keeps it.
  useEffect(() => {
    if (error) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);
  if (!error) return null;
  const action = errorAction(error);
  return (
    <div ref={ref} className={`alert alert--error${compact ? ' alert--compact' : ''}`} role="alert">
      <p className="alert__message">{message ?? errorMessage(error)}</p>
      {action === 'settings' ? (
        <button type="button" className="button button--link" onClick={() => setTab('settings')}>
          Open Settings
        </button>
      ) : null}
      {action === 'retry-network' ? <NetworkRetryButton className="button button--link" /> : null}
    </div>
  );
}
