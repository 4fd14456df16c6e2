import { resolve } from 'node:path';

/** Where the content lives; CONTENT_DIR lets a build (or a test) use another folder. */
export const contentDir: string = resolve(process.env.CONTENT_DIR ?? 'content');
