import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudget } from './bundle-budget';
import { initialScripts, measureBundle } from './bundle-size';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const HTML = `<head>
<script type="module" crossorigin src="./assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
<link rel="stylesheet" crossorigin href="./assets/index-c.css">
</head>`;

describe('bundle size', () => {
  it('finds the module script and its modulepreloads, not stylesheets', () => {
    expect(initialScripts(HTML)).toEqual(['assets/index-a.js', 'assets/vendor-b.js']);
  });

  it('counts lazy chunks in the total only', () => {
    const sizes = measureBundle(
      build({
        'index.html': HTML,
        'assets/index-a.js': 'a'.repeat(1000),
        'assets/vendor-b.js': 'b'.repeat(2000),
        'assets/desk-d.js': 'console.log(1);'.repeat(100),
      }),
    );
    expect(sizes.initial.raw).toBe(3000);
    expect(sizes.total.raw).toBe(4500);
    expect(sizes.initial.gzip).toBeLessThan(sizes.total.gzip);
    expect(Object.keys(sizes.files).sort()).toEqual([
      'assets/desk-d.js',
      'assets/index-a.js',
      'assets/vendor-b.js',
    ]);
  });

  it('fails a build over its budget and passes one within it', () => {
    const sizes = {
      initial: { raw: 0, gzip: 90_500 },
      total: { raw: 0, gzip: 150_000 },
      files: {},
    };
    expect(checkBudget(sizes, { initialGzipKb: 100, totalGzipKb: 160 }).ok).toBe(true);
    const over = checkBudget(sizes, { initialGzipKb: 90, totalGzipKb: 160 });
    expect(over.ok).toBe(false);
    expect(over.lines[0]).toMatch(/^OVER .*90\.5 kB gzip \(budget 90 kB\)/);
  });
});
