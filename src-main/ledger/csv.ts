/**
 * CSV as RFC 4180 has it (CRLF lines, fields quoted when they hold a comma, quote, CR or LF,
 * quotes doubled), with cells that a spreadsheet would run as a formula neutralised: a leading
 * `= + - @`, tab or CR gets a `'` in front (OWASP's advice), so a customer label such as
 * `=HYPERLINK(...)` shows as text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, escaped and neutralised. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole document: header row, then rows; CRLF after every record. */
export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
