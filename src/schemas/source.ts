import { z } from 'astro/zod';

/** Where a report's content came from, so that every number can be traced back. */
export const sourceSchema = z.strictObject({
  /** The original as received, relative to `content/`, e.g. sources/640302-sifaju/2023.txt. */
  file: z.string().regex(/^sources\/[^\s]+$/, 'a path under content/sources/'),
  /** SHA-256 of the original file, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a 64-digit lowercase hex SHA-256'),
  /** What the original is: extracted text, a saved web page or a PDF. */
  kind: z.enum(['text', 'html', 'pdf']),
  /** Where the agency published it, when known. */
  url: z.url().optional(),
});

export type Source = z.output<typeof sourceSchema>;
