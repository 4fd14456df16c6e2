/**
 * Which addresses text from a report may link to. An allow-list, not a block-list: browsers strip
 * whitespace and control characters inside a scheme (`java\tscript:`), ignore its case and read
 * `\` as `/`, so a block-list of bad schemes is always one spelling short.
 */

/** The schemes a report's prose may link to; anything else with a scheme is not linked. */
const allowedSchemes = new Set(['http', 'https', 'mailto']);

/**
 * True for an http(s) or mailto address written plainly, or an address on this site (a path,
 * a relative path, a query or a fragment). Never for another scheme, a scheme spelled with
 * characters a browser would strip, or a protocol-relative `//host` (another site, loaded over
 * whatever scheme the page has).
 */
export function isSafeLink(url: string): boolean {
  // Whitespace, control characters and backslashes have no business in a link a report gives, and
  // are what scheme and host tricks are made of: refuse them outright rather than guess a browser's reading.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\s\x00-\x1f\x7f\\]/.test(url)) return false;
  const scheme = /^([^:/?#]*):/.exec(url);
  if (scheme) return allowedSchemes.has((scheme[1] as string).toLowerCase()) && url.length > scheme[0].length;
  return !url.startsWith('//');
}

/** True for an absolute http(s) address: the only kind the site will show as a link to an image. */
export function isWebAddress(url: string): boolean {
  return isSafeLink(url) && /^https?:\/\/[^/?#]/i.test(url);
}
