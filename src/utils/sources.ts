/**
 * Where a report's original is published on the site. Only a PDF and text keep their names: a saved
 * web page is published as text (`2023.html.txt`) — served as HTML from this site it would run the
 * agency's scripts and styles under our address — and so is an original under any other name
 * (`.svg`, `.js`, `.xml`…), which a host would serve as something a browser renders or runs. As text
 * it is still the original, byte for byte, for anyone to check.
 */
export function publishedSource(file: string): string {
  return /\.(pdf|txt|md)$/i.test(file) ? file : `${file}.txt`;
}
