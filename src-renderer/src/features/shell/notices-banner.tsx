/**
 * One-time messages from main (e.g. a corrupt settings file that was backed up and reset).
 */
import { useAppStore } from '../../stores/use-app-store';

/** The stack of notices under the header, each dismissible. */
export function NoticesBanner() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <p className="notice__message">{notice.message}</p>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => void dismiss(notice.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
