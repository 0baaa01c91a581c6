/**
 * SECURITY.md maps each of Electron's 20 checklist items to the tests that prove it. This keeps
 * the page honest: every cited test file exists and still has a test by that exact name, and
 * all 20 items are there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const doc = readFileSync(resolve(ROOT, 'SECURITY.md'), 'utf8');
const flat = doc.replace(/\s+/g, ' ');

/** Every `file` › "name" (and "name" and "name") citation. */
function citations(): { file: string; name: string }[] {
  const found: { file: string; name: string }[] = [];
  const cite = /`([\w./-]+\.(?:test|spec)\.tsx?)` › ((?:"[^"]+"(?:,? and |, )?)+)/g;
  for (const match of flat.matchAll(cite)) {
    for (const name of match[2]!.matchAll(/"([^"]+)"/g)) {
      found.push({ file: match[1]!, name: name[1]! });
    }
  }
  return found;
}

describe('SECURITY.md', () => {
  it("lists Electron's 20 checklist items, in order", () => {
    const checklist = doc.slice(doc.indexOf("## Electron's security checklist"));
    const numbers = [...checklist.matchAll(/^(\d+)\. \*\*/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('cites only tests that exist, by their exact names', () => {
    const cited = citations();
    expect(cited.length).toBeGreaterThan(30);
    const missing = cited.filter(({ file, name }) => {
      const path = resolve(ROOT, file);
      return !existsSync(path) || !readFileSync(path, 'utf8').includes(name);
    });
    expect(missing).toEqual([]);
  });
});
