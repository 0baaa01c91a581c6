import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfBackend } from '../store/conf-backend';
import { openWindowStateStore } from './window-state-store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-window-state-'));
  dirs.push(dir);
  return dir;
};
const open = (cwd: string, log = vi.fn()) =>
  openWindowStateStore(createConfBackend(Conf, { cwd, name: 'window-state' }), log);

describe('openWindowStateStore', () => {
  it('remembers the window across a restart in window-state.json', () => {
    const cwd = tempDir();
    expect(open(cwd).read()).toEqual({ main: null });
    const state = { bounds: { x: 20, y: 30, width: 1300, height: 900 }, maximized: true };
    open(cwd).write({ main: state });
    expect(open(cwd).read()).toEqual({ main: state });
    expect(JSON.parse(readFileSync(join(cwd, 'window-state.json'), 'utf8'))).toEqual({
      version: 1,
      data: { main: state },
    });
  });

  it('a corrupt file is backed up and logged, and the window opens at the default', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'window-state.json'), '{ not json');
    const log = vi.fn();
    expect(open(cwd, log).read()).toEqual({ main: null });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^window-state: .*damaged/));
  });

  it('a file with the wrong shape is ignored', () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'window-state.json'),
      JSON.stringify({ version: 1, data: { main: { bounds: { x: 'left' }, maximized: 1 } } }),
    );
    expect(open(cwd).read()).toEqual({ main: null });
  });
});
