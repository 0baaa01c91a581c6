/**
 * Phone pre-flight: how the customer's phone opens the Connect UI (language, theme) and what
 * each integration starts with (scopes, OAuth parameters, connection config, a docs link),
 * plus the per-profile defaults and reusable presets.
 */

/** Languages the Connect UI reads from `&lang=`. */
export const CONNECT_UI_LANGS = ['en', 'fr', 'de', 'es', 'ja'] as const;
/** A Connect UI language. */
export type ConnectUiLang = (typeof CONNECT_UI_LANGS)[number];
/** Themes the Connect UI reads from `&theme=`. */
export const CONNECT_UI_THEMES = ['light', 'dark', 'system'] as const;
/** A Connect UI theme. */
export type ConnectUiTheme = (typeof CONNECT_UI_THEMES)[number];

/** Names for the pickers. */
export const LANG_NAMES: Record<ConnectUiLang, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  ja: '日本語',
};

/** Names for the theme picker: `system` means the Connect UI follows the phone's own setting. */
export const THEME_NAMES: Record<ConnectUiTheme, string> = {
  light: 'Light',
  dark: 'Dark',
  system: 'Follow the phone',
};

/** What one integration starts with in the Connect UI. */
export interface IntegrationPreflight {
  /** `user_scopes` (Slack user scopes). */
  userScopes?: string;
  /** `authorization_params`: extra OAuth query parameters. */
  authorizationParams?: Record<string, string>;
  /** `connection_config` (e.g. `oauth_scopes_override`, a subdomain). */
  connectionConfig?: Record<string, string>;
  /** `overrides.<integration>.docs_connect`: the docs page the Connect UI links to. */
  docsConnect?: string;
}

/** The pre-flight of one handoff. */
export interface Preflight {
  lang?: ConnectUiLang;
  theme?: ConnectUiTheme;
  /** Integration id → its settings. */
  integrations?: Record<string, IntegrationPreflight>;
}

/** A named, reusable pre-flight ("Salesforce sandbox, read-only scopes"). */
export interface PreflightPreset {
  id: string;
  name: string;
  preflight: Preflight;
}

/** A profile's pre-flight defaults and presets. */
export interface PreflightSettings {
  profileId: string;
  defaults: { lang?: ConnectUiLang; theme?: ConnectUiTheme };
  presets: PreflightPreset[];
}
