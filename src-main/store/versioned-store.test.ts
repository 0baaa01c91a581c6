import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MemoryJsonBackend } from './memory-backend';
import { openVersionedStore } from './versioned-store';

const schema = z.object({ items: z.array(z.object({ name: z.string() })) });
type Doc = z.infer<typeof schema>;

function open(backend: MemoryJsonBackend, version = 2) {
  const notices: string[] = [];
  const store = openVersionedStore<Doc>({
    backend,
    label: 'items',
    version,
    schema,
    defaults: () => ({ items: [] }),
    migrations: {
      1: (data) => ({ items: (data as { names: string[] }).names.map((name) => ({ name })) }),
    },
    salvage: (data) => {
      const rows = (data as { items?: unknown[] }).items;
      if (!Array.isArray(rows)) return undefined;
      const items = rows.filter(
        (r): r is { name: string } => typeof (r as { name?: unknown })?.name === 'string',
      );
      return { value: { items }, repaired: 0, dropped: rows.length - items.length };
    },
    notify: (_level, message) => notices.push(message),
  });
  return { store, notices };
}

describe('openVersionedStore', () => {
  it('starts from defaults when there is no file, without notices', () => {
    const { store, notices } = open(new MemoryJsonBackend());
    expect(store.read()).toEqual({ items: [] });
    expect(notices).toEqual([]);
  });

  it('round-trips through the backend in an envelope', () => {
    const backend = new MemoryJsonBackend();
    open(backend).store.write({ items: [{ name: 'a' }] });
    expect(JSON.parse(backend.text!)).toEqual({ version: 2, data: { items: [{ name: 'a' }] } });
    expect(open(backend).store.read()).toEqual({ items: [{ name: 'a' }] });
  });

  it('backs up a corrupt file, tells the user and starts afresh', () => {
    const backend = new MemoryJsonBackend('{"version": 2, "data": {"items": [');
    const { store, notices } = open(backend);
    expect(store.read()).toEqual({ items: [] });
    expect(backend.backups).toEqual([
      { reason: 'corrupt', text: '{"version": 2, "data": {"items": [' },
    ]);
    expect(notices[0]).toMatch(/damaged.*copy was kept at memory:corrupt/);
  });

  it('migrates an older version, keeping a backup of the original', () => {
    const original = JSON.stringify({ version: 1, data: { names: ['x', 'y'] } });
    const backend = new MemoryJsonBackend(original);
    const { store, notices } = open(backend);
    expect(store.read()).toEqual({ items: [{ name: 'x' }, { name: 'y' }] });
    expect(backend.backups).toEqual([{ reason: 'v1', text: original }]);
    expect(JSON.parse(backend.text!).version).toBe(2);
    expect(notices[0]).toMatch(/upgraded/);
  });

  it('salvages valid rows when some fail validation', () => {
    const backend = new MemoryJsonBackend(
      JSON.stringify({ version: 2, data: { items: [{ name: 'ok' }, { name: 42 }] } }),
    );
    const { store, notices } = open(backend);
    expect(store.read()).toEqual({ items: [{ name: 'ok' }] });
    expect(backend.backups[0]?.reason).toBe('invalid');
    expect(notices[0]).toMatch(/Valid entries were kept/);
  });

  it('never overwrites a file from a newer version without a backup', () => {
    const newer = JSON.stringify({ version: 9, data: { items: [{ name: 'future' }] } });
    const backend = new MemoryJsonBackend(newer);
    const { notices } = open(backend);
    expect(backend.backups).toEqual([{ reason: 'newer', text: newer }]);
    expect(notices[0]).toMatch(/newer Handoff/);
  });

  it('treats a non-envelope file as invalid', () => {
    const backend = new MemoryJsonBackend('[1,2,3]');
    const { store } = open(backend);
    expect(store.read()).toEqual({ items: [] });
    expect(backend.backups[0]?.reason).toBe('invalid');
  });

  it('hands out copies so callers cannot mutate the cache', () => {
    const { store } = open(new MemoryJsonBackend());
    store.read().items.push({ name: 'sneaky' });
    expect(store.read()).toEqual({ items: [] });
  });
});
