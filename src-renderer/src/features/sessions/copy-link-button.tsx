/**
 * Copies a session's link (main writes it to the clipboard by id) and says "Copied" for 2 s.
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../../lib/error-message';
import { useSessionsStore } from '../../stores/use-sessions-store';

/** How long "Copied" stays. */
const COPIED_FEEDBACK_MS = 2000;

export interface CopyLinkButtonProps {
  sessionId: string;
  disabled: boolean;
  onFeedback: (message: string) => void;
}

export function CopyLinkButton({ sessionId, disabled, onFeedback }: CopyLinkButtonProps) {
  const copyLink = useSessionsStore((s) => s.copyLink);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => {
      setCopied(false);
      onFeedback('');
    }, COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copied, onFeedback]);

  return (
    <button
      type="button"
      className={`button button--secondary${copied ? ' button--done' : ''}`}
      disabled={disabled}
      data-testid="copy-link"
      onClick={async () => {
        const result = await copyLink(sessionId);
        setCopied(result.ok);
        onFeedback(result.ok ? 'Link copied to the clipboard.' : errorMessage(result.error));
      }}
    >
      {copied ? 'Copied' : 'Copy link'}
    </button>
  );
}
