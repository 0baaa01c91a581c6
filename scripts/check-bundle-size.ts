/**
 * `npm run check:bundle` (part of `npm test`, after the build): the renderer's gzipped
 * JavaScript against bench/bundle-budget.json. Size, unlike time, is deterministic, so this
 * one performance figure is a test: it fails when the initial chunk or the total outgrows its
 * budget. Raise a budget only on purpose, in the same commit as the code that needs it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBudget, type BundleBudget } from './bundle-budget';
import { measureBundle } from './bundle-size';

const budget = JSON.parse(readFileSync('bench/bundle-budget.json', 'utf8')) as BundleBudget;
const sizes = measureBundle(resolve('out/renderer'));
const { lines, ok } = checkBudget(sizes, budget);
for (const line of lines) process.stdout.write(`${line}\n`);
if (!ok) {
  process.stderr.write('Renderer bundle over budget (bench/bundle-budget.json).\n');
  process.exitCode = 1;
}
