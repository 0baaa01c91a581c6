import { describe, expect, it } from 'vitest';
import { classifyKeychainError } from './classify-keychain-error';
import { KeychainError } from './keychain-error';

/** Builds an error shaped like @napi-rs/keyring's: code GenericFailure, D-Bus text nested. */
function napiError(message: string, cause?: string): Error {
  const error = new Error(message, cause === undefined ? undefined : { cause: new Error(cause) });
  return Object.assign(error, { code: 'GenericFailure' });
}

describe('classifyKeychainError', () => {
  // Real strings, seen on Linux (platform-notes: Keychain failure modes, and this repo's probes).
  it.each([
    [
      'no D-Bus session, no display (@napi-rs/keyring)',
      'Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead',
    ],
    ['no D-Bus session, no display (keytar)', 'Cannot autolaunch D-Bus without X11 $DISPLAY'],
    [
      'bus address points nowhere',
      'Platform failure: DBus error: Failed to connect to socket /nonexistent/bus: No such file or directory',
    ],
    [
      'bus but no keyring daemon',
      'Platform failure: DBus error: The name org.freedesktop.secrets was not provided by any .service files',
    ],
  ])('%s → unavailable', (_situation, message) => {
    const result = classifyKeychainError(napiError(message));
    expect(result.kind).toBe('unavailable');
    expect(result.message).toBe(
      'No OS keychain is available: Handoff needs the Secret Service (GNOME Keyring or KWallet) and never stores the key in a file.',
    );
    expect((result.cause as Error).message).toBe(message);
  });

  it.each([
    [
      'locked, no display (@napi-rs/keyring)',
      "Couldn't access platform storage: Secret Service: unlock prompt was dismissed",
    ],
    ['locked, set (keytar)', 'Cannot create an item in a locked collection'],
  ])('%s → locked', (_situation, message) => {
    const result = classifyKeychainError(napiError(message));
    expect(result.kind).toBe('locked');
    expect(result.message).toBe(
      "Your keychain is locked. Unlock it (on Linux: the 'login' keyring in Passwords and Keys) and try again.",
    );
  });

  it('reads the nested cause too', () => {
    const error = napiError('Platform failure', 'Secret Service: unlock prompt was dismissed');
    expect(classifyKeychainError(error).kind).toBe('locked');
  });

  it('passes a KeychainError through unchanged', () => {
    const original = new KeychainError('timeout', 'waiting');
    expect(classifyKeychainError(original)).toBe(original);
  });

  it('treats anything else as unavailable, with a next step and no plaintext fallback', () => {
    const result = classifyKeychainError('something odd');
    expect(result.kind).toBe('unavailable');
    expect(result.message).toMatch(/running and unlocked, then try again/);
    expect(result.cause).toBe('something odd');
  });
});
