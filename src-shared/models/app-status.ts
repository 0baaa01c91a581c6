/** Whether the app can reach Nango, as last observed. */
export interface NetworkStatus {
  online: boolean;
  /** Why the app thinks it is offline, for people. */
  reason?: string;
  /** ISO 8601 time of the last change. */
  since: string;
}

/** A keychain operation that is taking long, so the UI can say "waiting for the keychain". */
export interface KeychainActivity {
  waiting: boolean;
}

/** Something the user must be told once, e.g. a corrupt store that was backed up and reset. */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
}

/**
 * Whether the sealed session store is open. `locked`: the keychain (which holds its key) is
 * locked, missing or not answering, so saved links cannot be restored and new ones cannot be
 * made until it is unlocked; `message` says what to do. Never a plaintext fallback.
 */
export type SessionStoreStatus =
  { status: 'opening' } | { status: 'ready' } | { status: 'locked'; message: string };
