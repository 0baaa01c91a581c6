/**
 * bench/RESULTS.md, written from the run just made and the labelled runs kept in
 * bench/history.json (`npm run bench -- --label after-bundle` records one), so the file always
 * shows the latest table and the before/after rows of every step. Text below the
 * `<!-- notes -->` marker is kept as written by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { central, formatRatio, formatValue, type Figure } from './figures';

/** One recorded run. */
export interface Run {
  label: string;
  date: string;
  commit: string;
  machine: string;
  /** The groups measured, when the run was limited with `--only`. */
  only?: string[];
  figures: Figure[];
}

const NOTES = '<!-- notes -->';
const HISTORY = 'bench/history.json';
const RESULTS = 'bench/RESULTS.md';

/** The labelled runs so far, oldest first. */
export function readHistory(): Run[] {
  return existsSync(HISTORY) ? (JSON.parse(readFileSync(HISTORY, 'utf8')) as Run[]) : [];
}

/** Writes `text` as Prettier would (`npm run format:check` covers these files too). */
async function writeFormatted(path: string, text: string): Promise<void> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}

/** Adds (or replaces) a labelled run. */
export async function recordRun(run: Run): Promise<Run[]> {
  const runs = readHistory().filter((r) => r.label !== run.label);
  runs.push(run);
  await writeFormatted(HISTORY, JSON.stringify(runs, null, 2));
  return runs;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The run's table as Markdown. */
export function table(run: Run): string {
  const rows = run.figures.map((f) =>
    [
      f.name,
      formatValue(f.value, f.unit),
      f.floorName ? `${f.floorName}: ${formatValue(f.floor, f.unit)}` : '—',
      formatRatio(f),
      f.goal,
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    '| figure | now (median) | floor, same run | ratio | goal |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

/** Every figure any run has, in the order of the run with the most. */
function figureList(runs: Run[]): Figure[] {
  const fullest = runs.reduce((a, b) => (b.figures.length >= a.figures.length ? b : a));
  const ids = [...fullest.figures];
  for (const run of runs) {
    for (const f of run.figures) if (!ids.some((x) => x.id === f.id)) ids.push(f);
  }
  return ids;
}

/** A figure's median as a cell, with its ratio to the floor: "12.3 ms (3.10×)". */
function brief(f: Figure | undefined): string {
  if (!f) return '—';
  const c = central(f.value);
  if (c === null) return cell(String(f.value));
  const ratio = formatRatio(f);
  return `${formatValue(c, f.unit)}${ratio === '—' ? '' : ` (${ratio})`}`;
}

/**
 * Per figure: its first labelled run and its latest, side by side with the goal. Every run is
 * in the full table below it; this one stays readable however many steps there were.
 */
function summary(runs: Run[]): string {
  const rows = figureList(runs).map((figure) => {
    const having = runs.filter((r) => r.figures.some((x) => x.id === figure.id));
    const at = (run: Run | undefined) => run?.figures.find((x) => x.id === figure.id);
    const first = having[0];
    const last = having.at(-1);
    const label = (run: Run | undefined) => (run ? ` — ${cell(run.label)}` : '');
    return `| ${cell(figure.name)} | ${brief(at(first))}${label(first)} | ${brief(at(last))}${label(last)} | ${cell(figure.goal)} |`;
  });
  return ['| figure | first run | latest run | goal |', '|---|---|---|---|', ...rows].join('\n');
}

function history(runs: Run[]): string {
  // A partial run (e.g. `--only tick`) shows — for the figures it did not measure.
  const ids = figureList(runs);
  const head = `| figure | ${runs.map((r) => cell(r.label)).join(' | ')} | goal |`;
  const rows = ids.map((figure) => {
    const values = runs.map((run) => brief(run.figures.find((x) => x.id === figure.id)));
    return `| ${cell(figure.name)} | ${values.join(' | ')} | ${cell(figure.goal)} |`;
  });
  const dates = runs.map((r) => `- **${r.label}**: ${r.date}, commit ${r.commit}`).join('\n');
  return [head, `|---|${runs.map(() => '---|').join('')}---|`, ...rows, '', dates].join('\n');
}

/** Writes RESULTS.md for `latest`, keeping the hand-written notes. */
export async function writeResults(latest: Run, runs: Run[]): Promise<void> {
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const notes = old.includes(NOTES) ? old.slice(old.indexOf(NOTES) + NOTES.length) : '\n';
  const text = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see bench/run.ts). Numbers, not tests: nothing here fails CI.',
    'Medians with p90 over repetitions in one run; each floor is measured in the same run.',
    '',
    `- Machine: ${latest.machine}`,
    `- Date: ${latest.date}`,
    `- Commit: ${latest.commit}${latest.label ? ` (recorded as "${latest.label}")` : ''}`,
    '',
    latest.only ? `## Latest run (only: ${latest.only.join(', ')})` : '## Latest run',
    '',
    table(latest),
    '',
    ...(runs.length === 0
      ? ['_No labelled runs yet (`npm run bench -- --label before`)._']
      : [
          '## Before / after: first and latest labelled run of each figure (medians)',
          '',
          summary(runs),
          '',
          '## Every labelled run (medians, oldest first)',
          '',
          history(runs),
        ]),
    '',
    NOTES,
  ].join('\n');
  await writeFormatted(RESULTS, text + notes);
}
