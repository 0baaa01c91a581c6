/** Nango cloud's API. */
export const NANGO_CLOUD_API = 'https://api.nango.dev';
/** Nango cloud's Connect UI. */
export const NANGO_CLOUD_CONNECT_UI = 'https://connect.nango.dev';

/**
 * State of a profile's secret key. `ok` means stored (and, once tested, accepted);
 * the others carry a message that says what to do.
 */
export type KeyStatus = 'ok' | 'missing' | 'locked' | 'unavailable' | 'invalid' | 'unknown';

/** What a key is allowed to do, learnt from a harmless test call. `null`: not tested yet. */
export interface KeyCapabilities {
  /** `environment:integrations:list`: the integration picker. */
  integrationsList: boolean;
  /** `environment:connections:list`: statuses, import and the broken-connection worklist. */
  connectionsList: boolean;
  /** ISO 8601 time of the test. */
  testedAt: string;
}

/** A profile as the renderer sees it: never the key itself. */
export interface ProfileView {
  id: string;
  name: string;
  apiBaseUrl: string;
  connectUiBaseUrl: string;
  key: { status: KeyStatus; message: string };
  capabilities: KeyCapabilities | null;
}

/** All profiles and which one is active. */
export interface ProfilesState {
  profiles: ProfileView[];
  activeProfileId: string | null;
}
