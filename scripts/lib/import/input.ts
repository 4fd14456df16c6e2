/**
 * Reading an input file, within a size limit told before the file is read whole. A report's text is
 * tens of kilobytes and a saved page a few hundred; a file of tens of megabytes is not a report, and
 * read anyway it would stall the import and then the build, which renders every source.
 */
import { open } from 'node:fs/promises';
import { isPdf } from './source.ts';

const MB = 1024 * 1024;

/** The largest text or web page read: 20 MB, some fifty times the largest saved report page seen. */
export const textLimit = 20 * MB;

/**
 * The largest PDF read: 50 MB. Report PDFs with a text layer are 0.2–0.5 MB (the six-page 淮安 one
 * with nine embedded fonts is 0.4 MB); pdfjs holds the whole file and its objects in memory, so the
 * limit bounds that while leaving a hundredfold room for photos. A bigger PDF is a scan (refused
 * anyway: no text layer) or not a report.
 */
export const pdfLimit = 50 * MB;

const inMB = (n: number) => `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;

/** The bytes of `path`, or why they are not read (too big for its kind, checked by its first bytes). */
export async function readInput(path: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    // Read in order (never at a position), so that a pipe is read too; a pipe says size 0.
    const chunks: Buffer[] = [];
    let length = 0;
    const readMore = async (want: number) => {
      const chunk = Buffer.alloc(want);
      const { bytesRead } = await fh.read(chunk, 0, want, null);
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      return bytesRead;
    };
    const chunkSize = 64 * 1024;
    let more = await readMore(chunkSize);
    const pdf = isPdf(chunks[0] ?? new Uint8Array());
    const limit = pdf ? pdfLimit : textLimit;
    const tooBig = (n: number) =>
      `the file is ${inMB(n)}, over the ${inMB(limit)} limit for ${pdf ? 'a PDF' : 'text or a web page'}: not read (a report is far smaller; split or trim it)`;
    if (size > limit) return { error: tooBig(size) };
    // Read to the end but never far past the limit: a file growing meanwhile is refused, not read whole.
    while (more) {
      if (length > limit) return { error: tooBig(length) };
      more = await readMore(Math.max(size - length, chunkSize));
    }
    return { bytes: Buffer.concat(chunks, length) };
  } finally {
    await fh.close();
  }
}
