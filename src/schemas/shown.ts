/**
 * A value as an error message quotes it: JSON, cut short. Content can hold anything where a cell or
 * an address belongs (a list of a million items, a page of text), and one problem stays one line.
 */
export function shown(input: unknown, max = 60): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
