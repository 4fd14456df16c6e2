/**
 * The CSV writer's inverse (src/utils/opendata/csv.ts): tests read the published CSV back with it to
 * prove every number comes back as written.
 */
import { bom } from '../../src/utils/opendata/csv.ts';

/** A quoted field as written: the quote `formulaSafe` put before it taken off again. */
function unquoted(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
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
      let quoted = '';
      while (i < s.length) {
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            quoted += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        quoted += s[i];
        i++;
      }
      value = unquoted(quoted);
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
