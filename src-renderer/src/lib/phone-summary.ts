/**
 * How the app says what the customer's phone will show, in one wording for the card's meta line
 * ("Phone: Français, dark theme") and the closed pre-flight panel ("Français, auto theme"),
 * rather than the raw `lang` / `theme` codes.
 */
import { LANG_NAMES, type ConnectUiLang } from '../../../src-shared/models/preflight';

/** "dark theme", "light theme", or "auto theme" for `system` (the phone's own setting). */
export function themePhrase(theme: string): string {
  return theme === 'system' ? 'auto theme' : `${theme} theme`;
}

/** The phone's language and theme for a card's meta line, or '' when the link sets neither. */
export function phoneSummary(lang?: string, theme?: string): string {
  const parts = [
    lang ? (LANG_NAMES[lang as ConnectUiLang] ?? lang) : '',
    theme ? themePhrase(theme) : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Phone: ${parts.join(', ')}` : '';
}
