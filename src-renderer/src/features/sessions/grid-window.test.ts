import { describe, expect, it } from 'vitest';
import { gridRuns, rowAt, type GridChild, type GridView } from './grid-window';

// Three columns, rows 100 px apart (80 px cards, 20 px gap), a 300 px screen, `top` px down.
const shape = { columns: 3, pitch: 100, gap: 20 };
const view = (top: number): GridView => ({ ...shape, top: top / 100, bottom: (top + 300) / 100 });

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

describe('rowAt', () => {
  // Rows 0-1 rendered (cards 0-5), 120 px tall as drawn cards are, then a spacer for rows
  // 2-9 (8 × 100 − 20 px), then row 10 (cards 30-32), 200 px tall (a dead link's note).
  // A spacer's rows come from the cards either side of it, so the map holds even while a
  // new pitch has not yet reached the spacers' heights.
  const item = (index: number, top: number, height: number): GridChild => ({ index, top, height });
  const children: GridChild[] = [
    ...[0, 1, 2].map((i) => item(i, 0, 120)),
    ...[3, 4, 5].map((i) => item(i, 140, 120)),
    { top: 280, height: 8 * 100 - 20, rows: 8 },
    ...[30, 31, 32].map((i) => item(i, 1080, 200)),
  ];

  it('reads rendered rows at their own height, and spacer rows at the pitch', () => {
    expect(rowAt(children, 0, shape)).toBe(0);
    expect(rowAt(children, 70, shape)).toBe(0.5);
    expect(rowAt(children, 140, shape)).toBe(1);
    expect(rowAt(children, 280, shape)).toBe(2);
    expect(rowAt(children, 280 + 450, shape)).toBe(6.5);
    expect(rowAt(children, 1080, shape)).toBe(10);
    expect(rowAt(children, 1080 + 110, shape)).toBe(10.5);
  });

  it('counts a spacer as the rows it stands for, whatever its height', () => {
    const stale = children.map((c) => (c.rows ? { ...c, height: 8 * 90 - 20 } : c));
    expect(rowAt(stale, 280 + 720, shape)).toBe(10);
  });

  it('goes on at the pitch above the grid and past its last child', () => {
    expect(rowAt(children, -50, shape)).toBe(-0.5);
    expect(rowAt(children, 1300 + 250, shape)).toBe(13.5);
  });

  it('finds a card far down where it really is, however tall the rows above it are', () => {
    // Arithmetic (y / pitch) would say row 105 of 100: the window rendered for a card the
    // browser scrolled to would be six rows away from it.
    const tall = [
      ...[0, 1, 2].map((i) => item(i, 0, 700)),
      { top: 720, height: 98 * 100 - 20, rows: 98 },
      ...[297, 298, 299].map((i) => item(i, 720 + 9800, 700)),
    ];
    expect(rowAt(tall, 720 + 9800 + 10, shape)).toBeCloseTo(99 + 10 / 720);
  });

  it('counts the items of an unwindowed grid, which carry no place, in order', () => {
    const plain = [0, 1, 2, 3].map((i) => ({ top: i * 100, height: 80, index: i }));
    expect(rowAt(plain, 250, { ...shape, columns: 1 })).toBe(2.5);
    expect(rowAt([], 250, shape)).toBe(2.5);
  });
});
