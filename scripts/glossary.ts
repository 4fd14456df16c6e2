/** `npm run glossary`: rewrites the README's field-key glossary from the catalogue. */
import { readFile, writeFile } from 'node:fs/promises';
import { withGlossary } from './lib/docs/glossary.ts';

const path = new URL('../README.md', import.meta.url);
const before = await readFile(path, 'utf8');
const after = withGlossary(before);
if (after !== before) await writeFile(path, after);
console.log(after === before ? 'README glossary is current' : 'README glossary updated');
