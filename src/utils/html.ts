/**
 * Text and attributes as HTML, escaped as Astro escapes them (`astro/dist/runtime/server`), so that
 * markup built as strings reads the same as markup Astro renders: text `& < > ' "`, attribute
 * values `& "`.
 */

/** Text as HTML that shows it: the characters HTML could read as markup escaped. */
export function escapeHtml(s: string): string {
  return s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c] ?? c,
  );
}

/** An attribute, as Astro writes one: none for undefined, the bare name for "", else quoted and escaped. */
export function attribute(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return text === '' ? ` ${name}` : ` ${name}="${text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}
