/**
 * Settings → Appearance: System (follow the computer), Light or Dark. Main remembers the
 * choice and applies it to the OS theme the window follows; the page's colours then change
 * through `prefers-color-scheme` with nothing to do here.
 */
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../src-shared/contract/result';
import type { AppearanceState, ThemeSource } from '../../../../src-shared/models/appearance';
import { getApi } from '../../api';
import { ErrorAlert } from '../../ui/error-alert';

const OPTIONS: { source: ThemeSource; label: string }[] = [
  { source: 'system', label: 'System' },
  { source: 'light', label: 'Light' },
  { source: 'dark', label: 'Dark' },
];

/** The theme choice. */
export function AppearancePanel() {
  const [state, setState] = useState<AppearanceState | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    const api = getApi();
    const off = api.on('appearance:changed', (next) => {
      if (live) setState(next);
    });
    void api.appearance.get({}).then((result) => {
      if (!live) return;
      if (result.ok) setState(result.data);
      else setError(result.error);
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  const choose = async (source: ThemeSource) => {
    const result = await getApi().appearance.set({ source });
    if (result.ok) {
      setState(result.data);
      setError(null);
    } else setError(result.error);
  };

  return (
    <section className="panel appearance" aria-labelledby="appearance-title">
      <h2 id="appearance-title" className="page-title">
        Appearance
      </h2>
      <fieldset className="appearance__options" data-testid="appearance">
        <legend className="visually-hidden">Theme</legend>
        {OPTIONS.map(({ source, label }) => (
          <label key={source} className="appearance__option">
            <input
              type="radio"
              name="appearance"
              value={source}
              checked={state?.source === source}
              disabled={state === null}
              data-testid={`appearance-${source}`}
              onChange={() => void choose(source)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <p className="muted small" data-testid="appearance-note">
        {state?.source === 'system'
          ? `Follows your computer’s setting (${state.dark ? 'dark' : 'light'} now). `
          : ''}
        QR codes stay dark on light in every theme, so phones read them.
      </p>
      {error ? <ErrorAlert error={error} compact /> : null}
    </section>
  );
}
