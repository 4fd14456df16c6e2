/**
 * Where a report's original is published on the site. A saved web page is published as text
 * (`2023.html.txt`): served as HTML from this site it would run the agency's scripts and styles under
 * our address; as text it is still the original, byte for byte, for anyone to check.
 */
export function publishedSource(file: string): string {
  return /\.(x?html?|shtml)$/i.test(file) ? `${file}.txt` : file;
}
