/**
 * What shows before the first snapshot arrives, or if it could not be loaded.
 */
import { errorMessage } from '../../lib/error-message';
import { useAppStore } from '../../stores/use-app-store';

/** Loading, or a failed start with a way to try again. */
export function StartupState() {
  const phase = useAppStore((s) => s.phase);
  const error = useAppStore((s) => s.loadError);
  if (phase === 'loading') {
    return (
      <div className="startup" role="status">
        <span className="spinner" aria-hidden="true" />
        Loading…
      </div>
    );
  }
  return (
    <div className="startup startup--failed" role="alert">
      <h1 className="startup__title">Handoff could not start</h1>
      <p>{error ? errorMessage(error) : 'Something went wrong.'}</p>
      <button type="button" className="button button--primary" onClick={() => location.reload()}>
        Try again
      </button>
    </div>
  );
}
