import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../src-shared/models/profile';
import { keyMoveWarning } from './key-move-warning';

const profile = (status: ProfileView['key']['status'] = 'ok'): ProfileView => ({
  id: 'p1',
  name: 'Production',
  apiBaseUrl: 'https://api.nango.dev',
  connectUiBaseUrl: 'https://connect.nango.dev',
  key: { status, message: '' },
  capabilities: null,
});

describe('keyMoveWarning', () => {
  it('warns before a save that would move a stored key to another origin', () => {
    expect(keyMoveWarning(profile(), 'https://nango.acme.test')).toMatch(
      /deletes the stored key.*enter the key for the new server/,
    );
  });

  it('says nothing when the origin stays, there is no key, or the URL is unfinished', () => {
    expect(keyMoveWarning(profile(), 'https://api.nango.dev/')).toBeUndefined();
    expect(keyMoveWarning(profile('missing'), 'https://nango.acme.test')).toBeUndefined();
    expect(keyMoveWarning(profile(), 'https://')).toBeUndefined();
    expect(keyMoveWarning(undefined, 'https://nango.acme.test')).toBeUndefined();
  });
});
