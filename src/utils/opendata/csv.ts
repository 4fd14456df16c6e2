/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote or line break, quotes doubled, CRLF
 * between records. The reader is the writer's inverse; tests use it to prove the published CSV
 * gives back every number.
 */

/** A UTF-8 byte-order mark: Excel and WPS need it to read a CSV's Chinese as UTF-8. */
export const bom = '\uFEFF';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records to CSV text (with BOM, CRLF after every record). */
export function toCsv(records: readonly (readonly string[])[]): string {
  return bom + records.map((r) => `${r.map(field).join(',')}\r\n`).join('');
}

/** CSV text to records; a leading BOM is dropped, a final line break ends the last record. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(bom) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let i = 0;
  const endField = () => {
    record.push(value);
    value = '';
  };
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === '"' && value === '') {
      // A quoted field: runs to the next quote not doubled.
      i++;
      while (i < s.length) {
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += s[i];
        i++;
      }
      continue;
    }
    if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endField();
      records.push(record);
      record = [];
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      value += ch;
      i++;
    }
  }
  if (value !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
