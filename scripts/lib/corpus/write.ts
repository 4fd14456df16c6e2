/** Writes a corpus to a folder, replacing an earlier corpus there but never other content. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CorpusOptions, corpusFiles, emptyManifest, type Manifest } from './corpus.ts';

/** The manifest's name: its presence marks a folder as a generated corpus that may be replaced. */
export const manifestFile = 'corpus.json';

export function writeCorpus(dir: string, options: CorpusOptions): Manifest {
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, manifestFile)))
    throw new Error(`${dir} is not empty and holds no ${manifestFile}: not overwriting it`);
  for (const sub of ['agencies', 'reports', 'sources', manifestFile])
    rmSync(join(dir, sub), { recursive: true, force: true });
  const manifest = emptyManifest(options);
  const made = new Set<string>();
  for (const file of corpusFiles(options, manifest)) {
    const path = join(dir, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(path, file.content);
  }
  writeFileSync(join(dir, manifestFile), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
