/**
 * Report prose that needs no Markdown parser. Most paragraphs of a report are one line of plain
 * text, and parsing them was most of the cost of rendering a report's prose (6.5 s of the
 * renderer's thread at 10,000 reports). A line passing `plainLine` is read by Markdown as one
 * paragraph of just its characters; tests hold both uses equal to the parse.
 */

/**
 * A trimmed block that Markdown would read as one paragraph of just its characters: one line, no
 * character that can open an inline mark, entity or escape (nor NUL or a carriage return, which
 * Markdown rewrites), no start that opens another block.
 */
export const plainLine = (chunk: string) =>
  !/[\n\r\0\\`*_[\]<>!&~]/.test(chunk) && !/^(?:[#>+=-]|\d{1,9}[.)])/.test(chunk);

/**
 * The paragraphs of Markdown made only of plain lines, each its own paragraph (blank lines between
 * them, none of them starting or ending in whitespace, which Markdown would trim or read as code),
 * in order; undefined if any line is anything else, to be parsed.
 */
export function plainParagraphs(markdown: string): string[] | undefined {
  const paragraphs: string[] = [];
  let blank = true;
  for (const line of markdown.split('\n')) {
    if (/^[ \t]*$/.test(line)) {
      blank = true;
      continue;
    }
    // Two lines in a row make one paragraph (or a heading, or a list): parsed.
    if (!blank || /^\s|\s$/.test(line) || !plainLine(line)) return undefined;
    paragraphs.push(line);
    blank = false;
  }
  return paragraphs;
}
