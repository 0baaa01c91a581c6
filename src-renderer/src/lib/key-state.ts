/**
 * A profile's key in one status and one message. Main reports where the key is (stored,
 * missing, locked keychain, rejected by Nango) and whether a test proved it; the key panel,
 * the setup guide and the header all say the same thing from here.
 */
import type { KeyStatus, ProfileView } from '../../../src-shared/models/profile';

/** What the key panel shows: a state, its tone, a title and the one message under it. */
export interface KeyState {
  /** `ok` splits into tested (Nango accepted it) and untested (stored, not proven yet). */
  state: Exclude<KeyStatus, 'ok'> | 'tested' | 'untested';
  tone: 'ok' | 'info' | 'warn';
  title: string;
  message: string;
}

const FALLBACK: Record<Exclude<KeyStatus, 'ok'>, { title: string; message: string }> = {
  missing: {
    title: 'No secret key yet',
    message:
      'Paste the environment’s secret key below. It is stored in the OS keychain, never on disk.',
  },
  locked: {
    title: 'The keychain is locked',
    message: 'Unlock your keychain (an unlock prompt may be open), then try again.',
  },
  unavailable: {
    title: 'No system keychain available',
    message: 'Handoff needs the OS keychain (Secret Service on Linux) to keep the key safe.',
  },
  invalid: {
    title: 'Nango rejected this key',
    message: 'It was revoked or belongs to another environment. Paste a current key below.',
  },
  unknown: { title: 'Key not checked yet', message: 'Test the key to make sure it works.' },
};

/** The key's state for people. `formatTime` renders the test time (tests pass a fixed one). */
export function keyState(
  profile: Pick<ProfileView, 'key' | 'capabilities'>,
  formatTime: (iso: string) => string = (iso) => new Date(iso).toLocaleString(),
): KeyState {
  const { status, message } = profile.key;
  if (status === 'ok') {
    const tested = profile.capabilities;
    return tested
      ? {
          state: 'tested',
          tone: 'ok',
          title: 'Key works',
          message: `Nango accepted it when tested, ${formatTime(tested.testedAt)}.`,
        }
      : {
          state: 'untested',
          tone: 'info',
          title: 'Key saved, not tested yet',
          message:
            'It is in the system keychain. Test it to be sure Nango accepts it and to see what it may do.',
        };
  }
  const fallback = FALLBACK[status];
  // Main's message is the specific one (which keychain, what to unlock); ours fills a gap.
  return {
    state: status,
    tone: status === 'unknown' ? 'info' : 'warn',
    title: fallback.title,
    message: message.trim() || fallback.message,
  };
}

/** The error codes whose news the key's status already gives (so no second alert says it). */
export const KEY_STATUS_CODES: readonly string[] = [
  'invalid_key',
  'key_missing',
  'keychain_locked',
  'keychain_unavailable',
];
