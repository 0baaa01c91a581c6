import { describe, expect, it, vi } from 'vitest';
import config from '../../electron-builder.config';
import { APP_ID } from '../platform/app-id';
import { declareAppIdentity } from './app-identity';

describe('declareAppIdentity', () => {
  it("gives Windows the installer's id, so notifications and the taskbar match its shortcut", () => {
    const app = { setAppUserModelId: vi.fn() };
    declareAppIdentity(app, 'win32');
    expect(app.setAppUserModelId).toHaveBeenCalledWith(config.appId);
    expect(APP_ID).toBe(config.appId);
  });

  it.each(['darwin', 'linux'] as const)('sets nothing on %s', (platform) => {
    const app = { setAppUserModelId: vi.fn() };
    declareAppIdentity(app, platform);
    expect(app.setAppUserModelId).not.toHaveBeenCalled();
  });
});
