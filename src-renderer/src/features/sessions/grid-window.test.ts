import { describe, expect, it } from 'vitest';
import { gridRuns, type GridView } from './grid-window';

// Three columns, rows 100 px apart (80 px cards, 20 px gap), a 300 px screen.
const view = (top: number): GridView => ({ columns: 3, pitch: 100, gap: 20, top, height: 300 });

describe('gridRuns', () => {
  it('renders the rows on screen and two beyond each edge, spacers standing for the rest', () => {
    // 100 rows; the screen shows rows 10-12, so rows 8-14 are rendered.
    const { runs, after } = gridRuns(300, view(1000), []);
    expect(runs).toEqual([{ start: 24, end: 45, before: 8 * 100 - 20 }]);
    expect(after).toBe((100 - 15) * 100 - 20);
  });

  it('keeps the whole scroll height: spacers plus rendered rows make every row', () => {
    const { runs, after } = gridRuns(301, view(4321), []);
    const renderedRows = runs.reduce((n, r) => n + Math.ceil((r.end - r.start) / 3), 0);
    const spacerRows = [...runs.map((r) => r.before), after]
      .filter((px) => px > 0)
      .reduce((n, px) => n + (px + 20) / 100, 0);
    expect(renderedRows + spacerRows).toBe(Math.ceil(301 / 3));
  });

  it('starts at the top with no spacer before, and clamps at the end', () => {
    expect(gridRuns(300, view(0), []).runs).toEqual([{ start: 0, end: 15, before: 0 }]);
    const end = gridRuns(10, view(5000), []);
    expect(end.runs).toEqual([{ start: 9, end: 10, before: 3 * 100 - 20 }]);
    expect(end.after).toBe(0);
  });

  it('keeps a pinned (focused) card’s row rendered far from the screen', () => {
    const { runs, after } = gridRuns(300, view(0), [250]);
    expect(runs).toEqual([
      { start: 0, end: 15, before: 0 },
      { start: 249, end: 252, before: (83 - 5) * 100 - 20 },
    ]);
    expect(after).toBe((100 - 84) * 100 - 20);
  });

  it('keeps the first row (a card just made) rendered while scrolled far down', () => {
    const { runs } = gridRuns(300, view(5000), [0]);
    expect(runs[0]).toEqual({ start: 0, end: 3, before: 0 });
    expect(runs[1]?.start).toBe(48 * 3);
  });

  it('merges a pinned row that touches the window, and ignores indices outside the list', () => {
    expect(gridRuns(300, view(1000), [45, -1, 999]).runs).toEqual([
      { start: 24, end: 48, before: 8 * 100 - 20 },
    ]);
  });
});
