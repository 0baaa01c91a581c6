import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, toCsv } from './csv';

/** A strict RFC 4180 reader, to prove what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '"' || ch === '\n' || ch === '\r') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

describe('CSV (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, doubling quotes; CRLF after every record', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['two\nlines', 'plain'],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"two\nlines",plain\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const cell = parseCsv(csvCell(evil) + '\r\n')[0]![0]!;
      expect(cell).toBe(`'${evil}`);
    }
    expect(csvCell('ada@example.com')).toBe('ada@example.com');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('reads back exactly for any text (neutralised cells keep their text after the quote)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const header = rows[0]?.map((_, i) => `c${i}`) ?? ['c0'];
          const width = header.length;
          const fixed = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const back = parseCsv(toCsv(header, fixed));
          expect(back[0]).toEqual(header);
          back.slice(1).forEach((r, i) =>
            r.forEach((cell, j) => {
              const original = fixed[i]![j]!;
              expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
            }),
          );
        },
      ),
    );
  });
});
