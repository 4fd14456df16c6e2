/**
 * The derived fixtures' manifest (tests/fixtures/shapes/MANIFEST.yaml): per fixture file the real document it
 * was made from, the truth typed from that document, importer options, and the cells the fixture no longer
 * determines. Pure: finding the truth and reading files is fixtures.ts.
 *
 * A fixture's truth is its base truth minus the undetermined cells, so those are judged as cells a truth
 * leaves out: a number there is wrong (the fixture no longer holds it), unread or blank is not counted.
 */
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { type CellPath, cellPaths, type ReportFormat } from '../../../src/catalogue/index.ts';
import { optionsSchema, type Truth, type TruthOptions, type TruthValue } from './truth.ts';

export interface FixtureEntry {
  /** The fixture, relative to the manifest's folder. */
  file: string;
  /** The document it was made from (relative to the shared folder, or the repository for one kept here). */
  base: string;
  /** A truth file's name (`huaian-gov-2024`) or a seed report's content id (`640500-sifaju/2023`). */
  truth: string;
  /** A truth file kept beside the manifest, which then stands for `truth`. */
  truthFile?: string;
  options: TruthOptions;
  /** Cell patterns: `table3.*.total`, `table2.rules.{issued,repealed}`. */
  undetermined: string[];
}

const entrySchema = z.strictObject({
  file: z.string().min(1),
  base: z.string().min(1),
  truth: z.string().min(1),
  truth_file: z.string().min(1).optional(),
  options: optionsSchema.optional(),
  // Required, though often []: `[]` says every cell was checked to be still readable, which silence does not.
  undetermined: z.array(z.string().min(1)),
  // For readers and other tests; listed so that a misspelt field fails rather than being ignored.
  made: z.string().optional(),
  shapes: z.array(z.string()).optional(),
  expect: z.record(z.string(), z.unknown()).optional(),
  notes: z.array(z.unknown()).optional(),
});

export interface Manifest {
  entries: FixtureEntry[];
  /** Every file the manifest names, valid entry or not (so an invalid entry is not also "unlisted"). */
  files: string[];
  /** Each names the manifest and the entry at fault; an invalid entry is left out of `entries`. */
  errors: string[];
}

/** Reads the manifest's text, entry by entry, so that one bad entry does not hide the others. */
export function parseManifest(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = load(text);
  } catch (e) {
    return { entries: [], files: [], errors: [`${file}: not YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  if (!Array.isArray(data))
    return { entries: [], files: [], errors: [`${file}: not a list of fixture entries`] };
  const out: Manifest = { entries: [], files: [], errors: [] };
  const seen = new Set<string>();
  data.forEach((raw: unknown, i) => {
    const named =
      raw && typeof raw === 'object' && 'file' in raw && typeof raw.file === 'string' ? raw.file : undefined;
    const where = `${file}: ${named ?? `entry ${i + 1}`}`;
    if (named !== undefined) out.files.push(named);
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        out.errors.push(`${where}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      return;
    }
    const e = parsed.data;
    if (seen.has(e.file)) {
      out.errors.push(`${where}: listed twice: two truths for one file cannot both hold`);
      return;
    }
    seen.add(e.file);
    out.entries.push({
      file: e.file,
      base: e.base,
      truth: e.truth,
      ...(e.truth_file === undefined ? {} : { truthFile: e.truth_file }),
      options: e.options ?? {},
      undetermined: e.undetermined,
    });
  });
  return out;
}

const fields = ['table', 'row', 'column'] as const;
/** One part of a pattern: any key (`*`) or one of these keys. */
type Part = '*' | string[];

export type Expanded = { ok: true; keys: string[] } | { ok: false; error: string };

/**
 * The cell keys of the form that a pattern names: `table.row.column`, each part a key, `*` or `{a,b}`.
 * A pattern, or any key in it, that matches no cell of the form is an error rather than nothing: a misspelt
 * key would otherwise leave a cell the fixture lost counted as determined, or hide that the manifest is
 * about another form.
 */
export function expandPattern(pattern: string, format: ReportFormat): Expanded {
  const texts = pattern.trim().split('.');
  if (texts.length !== 3)
    return { ok: false, error: `“${pattern}” is not table.row.column (each a key, * or {a,b})` };
  const parts: Part[] = [];
  for (const text of texts) {
    const part = partOf(text);
    if (!part) return { ok: false, error: `“${pattern}”: “${text}” is not a key, * or {a,b}` };
    parts.push(part);
  }
  const cells = cellPaths(format);
  const matching = (ps: readonly Part[]) =>
    cells.filter((c) => fields.every((f, i) => ps[i] === '*' || ps[i]?.includes(c[f])));
  // Left to right, the parts after as `*`: a key is blamed only when what comes before it leaves it nothing.
  for (const [i, part] of parts.entries()) {
    if (part === '*') continue;
    for (const key of part)
      if (!matching(parts.map((p, j) => (j < i ? p : j === i ? [key] : '*'))).length)
        return {
          ok: false,
          error: `“${pattern}” matches no cell of the ${format} form with ${fields[i]} “${key}”`,
        };
  }
  // The last part's keys (or, when it is `*`, the part before it) matched with every part before them as
  // given, so the whole pattern matches at least one cell.
  return { ok: true, keys: matching(parts).map((c: CellPath) => c.key) };
}

function partOf(text: string): Part | undefined {
  const key = /^[A-Za-z0-9_]+$/;
  if (text === '*') return '*';
  if (key.test(text)) return [text];
  const alternatives = /^\{(.*)\}$/.exec(text)?.[1]?.split(',');
  if (!alternatives?.every((a) => key.test(a.trim()))) return undefined;
  return alternatives.map((a) => a.trim());
}

export type Derived = { ok: true; truth: Truth; undetermined: string[] } | { ok: false; errors: string[] };

/**
 * The fixture's truth: the base truth's cells minus the undetermined ones, with the fixture as its sample and
 * the manifest's options (the base's are not inherited: a fixture must supply what its own text lacks, and
 * inheriting would hide a fixture that lost its title). `undetermined` is every cell key the patterns name.
 */
export function derivedTruth(base: Truth, entry: FixtureEntry): Derived {
  const errors: string[] = [];
  const removed = new Set<string>();
  for (const pattern of entry.undetermined) {
    if (!base.format) {
      errors.push(`undetermined: “${pattern}”: the truth has no form (its document is refused whole)`);
      continue;
    }
    const expanded = expandPattern(pattern, base.format);
    if (expanded.ok) for (const key of expanded.keys) removed.add(key);
    else errors.push(`undetermined: ${expanded.error}`);
  }
  if (errors.length) return { ok: false, errors };
  const cells = new Map<string, TruthValue>([...base.cells].filter(([key]) => !removed.has(key)));
  return {
    ok: true,
    truth: { ...base, sample: entry.file, options: entry.options, cells },
    undetermined: [...removed],
  };
}
