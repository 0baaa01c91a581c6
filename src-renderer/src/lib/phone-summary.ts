/**
 * How a card says what the customer's phone will show ("Phone: Français, Dark"), in the same
 * words as the pre-flight pickers rather than the raw `lang` / `theme` codes.
 */
import {
  LANG_NAMES,
  THEME_NAMES,
  type ConnectUiLang,
  type ConnectUiTheme,
} from '../../../src-shared/models/preflight';

/** The phone's language and theme for a card's meta line, or '' when the link sets neither. */
export function phoneSummary(lang?: string, theme?: string): string {
  const parts = [
    lang ? (LANG_NAMES[lang as ConnectUiLang] ?? lang) : '',
    theme === 'system'
      ? 'its own theme'
      : theme
        ? (THEME_NAMES[theme as ConnectUiTheme] ?? theme)
        : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Phone: ${parts.join(', ')}` : '';
}
