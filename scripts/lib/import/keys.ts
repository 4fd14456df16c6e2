/** `row.column` keys of read cells, made once per pair (cells are looked up by them thousands of times a second). */
const cache = new Map<string, Map<string, string>>();

export function cellKey(row: string, column: string): string {
  let byColumn = cache.get(row);
  if (!byColumn) {
    byColumn = new Map();
    cache.set(row, byColumn);
  }
  let key = byColumn.get(column);
  if (key === undefined) {
    key = `${row}.${column}`;
    byColumn.set(column, key);
  }
  return key;
}
