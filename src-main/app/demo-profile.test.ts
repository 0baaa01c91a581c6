import { describe, expect, it } from 'vitest';
import { readDemoProfile } from './demo-profile';

const demo = {
  HANDOFF_DEMO_API_URL: 'http://127.0.0.1:3003',
  HANDOFF_DEMO_SECRET_KEY: 'k',
  HANDOFF_SECRET_STORE: 'memory',
};

describe('readDemoProfile', () => {
  it('reads the demo profile when the key store is the in-memory one', () => {
    expect(readDemoProfile(demo)).toEqual({ apiBaseUrl: 'http://127.0.0.1:3003', secretKey: 'k' });
  });

  it('never applies a demo key to the OS keychain', () => {
    expect(readDemoProfile({ ...demo, HANDOFF_SECRET_STORE: undefined })).toBeNull();
    expect(readDemoProfile({ ...demo, HANDOFF_SECRET_STORE: 'keyring' })).toBeNull();
  });

  it('needs both the URL and the key', () => {
    expect(readDemoProfile({ ...demo, HANDOFF_DEMO_API_URL: '' })).toBeNull();
    expect(readDemoProfile({ ...demo, HANDOFF_DEMO_SECRET_KEY: undefined })).toBeNull();
  });
});
