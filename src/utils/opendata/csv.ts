/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote or line break, quotes doubled, CRLF
 * between records. Text a spreadsheet would run as a formula is kept as text (see `formulaSafe`).
 */

/** A UTF-8 byte-order mark: Excel and WPS need it to read a CSV's Chinese as UTF-8. */
export const bom = '\uFEFF';

/** What Excel, WPS and LibreOffice start a formula with (OWASP's list for CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;
/** A number as the site writes one: a spreadsheet reads it as the number, never as a formula. */
const number = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * An agency's name or a note is the agency's text: `=HYPERLINK(…)` or `@SUM(…)` in it would run in
 * whoever opens the CSV in a spreadsheet. As OWASP advises, such a text field gets a single quote
 * before it and is quoted, which spreadsheets show as text; numbers, negative ones too, stay numbers.
 * Text that already starts with quotes before such a character gets one more, so the reader can
 * take exactly one off.
 */
function formulaSafe(value: string): string | undefined {
  return formulaStart.test(value.replace(/^'+/, '')) && !number.test(value) ? `'${value}` : undefined;
}

function field(value: string): string {
  const safe = formulaSafe(value);
  if (safe !== undefined) return `"${safe.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records to CSV text (with BOM, CRLF after every record). */
export function toCsv(records: readonly (readonly string[])[]): string {
  return bom + records.map((r) => `${r.map(field).join(',')}\r\n`).join('');
}
