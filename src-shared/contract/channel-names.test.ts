import { describe, expect, it } from 'vitest';
import { CHANNELS, isChannel } from './channels';
import { isChannelName } from './channel-names';

describe('isChannelName (the preload’s zod-free channel list)', () => {
  it('accepts exactly the contract’s channels', () => {
    for (const channel of CHANNELS) expect(isChannelName(channel)).toBe(true);
  });

  it('refuses what the contract refuses', () => {
    for (const value of ['app:nope', '', 'constructor', '__proto__', 'toString', 42, null, {}]) {
      expect(isChannelName(value)).toBe(false);
      expect(isChannel(value)).toBe(false);
    }
  });
});
