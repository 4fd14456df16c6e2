import { z } from 'astro/zod';
import { webUrlSchema } from './webUrl.ts';

/**
 * A calendar day, YYYY-MM-DD. Written quoted; a bare date that YAML reads as a timestamp is taken
 * as its UTC day, so a date typed by hand is not refused for its quotes.
 */
const isoDay = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ error: 'a date written YYYY-MM-DD, e.g. "2024-01-19"' }),
);

/** Where a report's content came from, so that every number can be traced back. */
export const sourceSchema = z.strictObject({
  /**
   * The original as received, relative to `content/`, e.g. sources/640302-sifaju/2023.txt: under
   * sources/, no `..`, and of a kind the site publishes inertly (a PDF as itself; text, markdown and a
   * saved web page as text). Anything else (.svg, .js, .xml) would be served as what it claims to be.
   */
  file: z
    .string()
    .regex(
      /^sources\/(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:pdf|txt|md|html|htm|shtml)$/,
      'a file under content/sources/ (no “..”) ending in .pdf, .txt, .md, .html or .htm',
    ),
  /** SHA-256 of the original file, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a 64-digit lowercase hex SHA-256'),
  /** What the original is: extracted text, a saved web page or a PDF. */
  kind: z.enum(['text', 'html', 'pdf']),
  /** Where the agency published it, when known. */
  url: webUrlSchema.optional(),
  /** When the agency published it (YYYY-MM-DD), when the source says or someone looked it up. */
  published: isoDay.optional(),
  /** The day it was imported into touming (YYYY-MM-DD). */
  imported: isoDay.optional(),
});

export type Source = z.output<typeof sourceSchema>;
