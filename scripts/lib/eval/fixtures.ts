/**
 * The disk side of the derived group: the fixtures' manifest, each fixture's base truth (a truth file by
 * name, a seed report by its content id, or a truth kept beside the manifest) and the fixture files.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { findDocuments } from './files.ts';
import { derivedTruth, type FixtureEntry, parseManifest } from './manifest.ts';
import { type Parsed, parseTruth, type Truth } from './truth.ts';

export interface Fixture {
  /** Relative to the fixtures folder. */
  file: string;
  path: string;
  /** The document it was made from, as the manifest names it. */
  base: string;
  /** The base truth minus the undetermined cells, its sample the fixture; `file` is the base truth's file. */
  truth: Truth;
  /** The cell keys the manifest's patterns name. */
  undetermined: string[];
}

export interface Fixtures {
  fixtures: Fixture[];
  /** Messages naming the manifest, the entry and what is wrong in it. */
  invalid: string[];
  /** Documents in the folder that the manifest does not list. */
  unlisted: string[];
}

export interface FixtureSources {
  /** The fixtures folder, holding MANIFEST.yaml. */
  dir: string;
  /** The valid truth files (loadTruths). */
  truths: readonly Truth[];
  /** The folder truth samples are named relative to. */
  shared: string;
  /** The repository: seed reports are content/sources/<id>.txt, and a fixture may be its own base. */
  repo: string;
  /** A path as named in messages. */
  name: (path: string) => string;
  /** Whether `--only` keeps a fixture, by its names. */
  picked: (...names: string[]) => boolean;
}

export async function loadFixtures(src: FixtureSources): Promise<Fixtures> {
  const manifestPath = join(src.dir, 'MANIFEST.yaml');
  const manifestName = src.name(manifestPath);
  const text = await readFile(manifestPath, 'utf8').catch(() => undefined);
  if (text === undefined) return { fixtures: [], invalid: [`${manifestName}: no such file`], unlisted: [] };
  const manifest = parseManifest(text, manifestName);
  const out: Fixtures = { fixtures: [], invalid: [...manifest.errors], unlisted: [] };
  const baseTruth = truthFinder(src);
  for (const entry of manifest.entries.filter((e) => src.picked(e.file, e.base))) {
    const where = `${manifestName}: ${entry.file}`;
    const path = join(src.dir, entry.file);
    if (!(await stat(path).catch(() => undefined))?.isFile()) {
      out.invalid.push(`${where}: file: no such file ${src.name(path)}`);
      continue;
    }
    const found = await baseTruth(entry);
    if (!found.ok) {
      out.invalid.push(...found.errors.map((e) => `${where}: ${e}`));
      continue;
    }
    // A truth for another document would judge the fixture against numbers it never held.
    const itself = relative(src.repo, path);
    if (found.truth.sample !== entry.base && found.truth.sample !== itself) {
      out.invalid.push(
        `${where}: base: ${entry.base} is not the document ${found.truth.file} is typed from (${found.truth.sample})`,
      );
      continue;
    }
    const derived = derivedTruth(found.truth, entry);
    if (!derived.ok) out.invalid.push(...derived.errors.map((e) => `${where}: ${e}`));
    else
      out.fixtures.push({
        file: entry.file,
        path,
        base: entry.base,
        truth: derived.truth,
        undetermined: derived.undetermined,
      });
  }
  const listed = new Set(manifest.files);
  out.unlisted = (await findDocuments(src.dir)).filter((f) => !listed.has(f) && src.picked(f));
  return out;
}

type Found = { ok: true; truth: Truth } | { ok: false; errors: string[] };

/**
 * Finds an entry's base truth: `truth_file` beside the manifest; else the truth file named `truth`; else, for a
 * seed report's content id, the truth whose sample is byte for byte content/sources/<id>.txt (how the seed
 * truths were matched to their reports: the seed files carry no id).
 */
function truthFinder(src: FixtureSources): (entry: FixtureEntry) => Promise<Found> {
  const kept = new Map<string, Promise<Parsed | undefined>>();
  const hashes = new Map<string, Promise<string | undefined>>();
  const sha256 = (path: string) => {
    let hash = hashes.get(path);
    if (!hash) {
      hash = readFile(path).then(
        (bytes) => createHash('sha256').update(bytes).digest('hex'),
        () => undefined,
      );
      hashes.set(path, hash);
    }
    return hash;
  };
  return async (entry) => {
    if (entry.truthFile !== undefined) {
      const path = join(src.dir, entry.truthFile);
      let parsed = kept.get(path);
      if (!parsed) {
        parsed = readFile(path, 'utf8').then(
          (text) => parseTruth(text, src.name(path)),
          () => undefined,
        );
        kept.set(path, parsed);
      }
      const p = await parsed;
      if (!p) return { ok: false, errors: [`truth_file: no such file ${src.name(path)}`] };
      return p.ok ? p : { ok: false, errors: p.errors.map((e) => `truth_file: ${e}`) };
    }
    const named = src.truths.filter((t) => basename(t.file).replace(/\.ya?ml$/i, '') === entry.truth);
    const [only] = named;
    if (only && named.length === 1) return { ok: true, truth: only };
    if (named.length > 1)
      return {
        ok: false,
        errors: [
          `truth: “${entry.truth}” names ${named.length} truth files: ${named.map((t) => t.file).join(', ')}`,
        ],
      };
    const source = join(src.repo, 'content/sources', `${entry.truth}.txt`);
    const want = await sha256(source);
    if (want === undefined)
      return {
        ok: false,
        errors: [
          `truth: no valid truth file named ${entry.truth}.yaml, and no seed report ${src.name(source)}`,
        ],
      };
    for (const t of src.truths)
      if ((await sha256(join(src.shared, t.sample))) === want) return { ok: true, truth: t };
    return {
      ok: false,
      errors: [
        `truth: no truth file's sample is byte for byte ${src.name(source)} (content id ${entry.truth})`,
      ],
    };
  };
}
