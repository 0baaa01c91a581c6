/**
 * Phone pre-flight: how the customer's phone opens the Connect UI (language, theme), what each
 * chosen integration starts with, and presets to reuse them (preset-picker.tsx). Folded away
 * until needed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  CONNECT_UI_LANGS,
  CONNECT_UI_THEMES,
  LANG_NAMES,
  THEME_NAMES,
  type ConnectUiLang,
  type ConnectUiTheme,
} from '../../../../src-shared/models/preflight';
import { errorMessage } from '../../lib/error-message';
import { themePhrase } from '../../lib/phone-summary';
import { draftFromPreflight, preflightFromDraft } from '../../lib/preflight-draft';
import { usePreflightStore } from '../../stores/use-preflight-store';
import { IntegrationPreflightFields } from './integration-preflight-fields';
import { PresetPicker } from './preset-picker';
import type { CreateForm } from './use-create-form';

export interface PreflightPanelProps {
  form: CreateForm;
  profileId: string;
  profileName: string;
}

/** The collapsible pre-flight section of the create form. */
export function PreflightPanel({ form, profileId, profileName }: PreflightPanelProps) {
  const settings = usePreflightStore((s) => s.byProfile[profileId]);
  const { load, savePreset, setDefaults } = usePreflightStore.getState();
  const [presetName, setPresetName] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const [feedback, setFeedback] = useState('');
  const id = useId();
  const draft = form.preflight;
  const defaults = settings?.defaults ?? {};

  useEffect(() => {
    void load(profileId);
  }, [load, profileId]);

  const say = (ok: boolean, done: string, error?: Parameters<typeof errorMessage>[0]) =>
    setFeedback(ok ? done : error ? errorMessage(error) : '');

  return (
    <details className="preflight" data-testid="preflight">
      <summary className="preflight__summary">
        Phone pre-flight
        <span className="muted small">
          {' '}
          · {LANG_NAMES[(draft.lang || defaults.lang || 'en') as ConnectUiLang]},{' '}
          {themePhrase(draft.theme || defaults.theme || 'system')}
        </span>
      </summary>
      <div className="preflight__body">
        {settings && settings.presets.length > 0 ? (
          <PresetPicker
            profileId={profileId}
            presets={settings.presets}
            onApply={(preset) => form.setPreflight(draftFromPreflight(preset.preflight))}
            onFeedback={(message, error) => say(!error, message, error)}
            onLastDeleted={() => requestAnimationFrame(() => nameRef.current?.focus())}
          />
        ) : null}
        <div className="grid-2">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-lang`}>
              Connect UI language
            </label>
            <select
              id={`${id}-lang`}
              className="input"
              data-testid="preflight-lang"
              value={draft.lang}
              onChange={(e) =>
                form.setPreflight({ ...draft, lang: e.target.value as ConnectUiLang | '' })
              }
            >
              <option value="">Profile default ({LANG_NAMES[defaults.lang ?? 'en']})</option>
              {CONNECT_UI_LANGS.map((lang) => (
                <option key={lang} value={lang}>
                  {LANG_NAMES[lang]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-theme`}>
              Theme on the phone
            </label>
            <select
              id={`${id}-theme`}
              className="input"
              data-testid="preflight-theme"
              value={draft.theme}
              onChange={(e) =>
                form.setPreflight({ ...draft, theme: e.target.value as ConnectUiTheme | '' })
              }
            >
              <option value="">Profile default ({THEME_NAMES[defaults.theme ?? 'system']})</option>
              {CONNECT_UI_THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {THEME_NAMES[theme]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button
          type="button"
          className="button button--link preflight__defaults"
          data-testid="preflight-make-default"
          disabled={!draft.lang && !draft.theme}
          onClick={async () => {
            const result = await setDefaults(profileId, {
              ...(draft.lang ? { lang: draft.lang } : {}),
              ...(draft.theme ? { theme: draft.theme } : {}),
            });
            say(
              result.ok,
              `Language and theme are now ${profileName}’s defaults.`,
              !result.ok ? result.error : undefined,
            );
          }}
        >
          Make these {profileName}’s defaults
        </button>
        {form.integrations.length === 0 ? (
          <p className="muted small">
            Choose integrations above to set their scopes, OAuth parameters, connection config or
            docs link.
          </p>
        ) : (
          form.integrations.map((integration) => (
            <IntegrationPreflightFields key={integration} form={form} integration={integration} />
          ))
        )}
        <div className="preflight__save">
          <input
            ref={nameRef}
            className="input"
            aria-label="Preset name"
            placeholder="Preset name, e.g. Salesforce sandbox, read-only scopes"
            value={presetName}
            maxLength={80}
            data-testid="preflight-preset-name"
            onChange={(e) => setPresetName(e.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            data-testid="preflight-save-preset"
            disabled={presetName.trim() === ''}
            onClick={async () => {
              const { preflight, errors } = preflightFromDraft(draft, form.integrations);
              if (errors.length > 0)
                return say(false, '', { code: 'invalid_input', message: errors[0]! });
              const result = await savePreset(profileId, presetName.trim(), preflight ?? {});
              if (result.ok) setPresetName('');
              say(
                result.ok,
                `Preset “${presetName.trim()}” saved.`,
                !result.ok ? result.error : undefined,
              );
            }}
          >
            Save as preset
          </button>
        </div>
        <p
          className="small preflight__feedback"
          aria-live="polite"
          data-testid="preflight-feedback"
        >
          {feedback}
        </p>
      </div>
    </details>
  );
}
