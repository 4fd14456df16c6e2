/**
 * Each report's original, as its `source` block names it: inside content/sources/ (no `..`, no
 * absolute path, no link leading out), present, of a kind the site publishes inertly (a PDF only if
 * its bytes are one), and byte for byte the file whose SHA-256 the report records. Run by
 * `npm run check` and before every build, so that a missing or swapped original stops both with the
 * file named, never halfway through writing the site.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ContentError } from './content.ts';

/** What the check needs of a report: its file and its `source` block. */
export interface ReportSource {
  file: string;
  data: { source: { file: string; sha256: string; kind: string } };
}

const inside = (root: string, path: string) => {
  const r = relative(root, path);
  return r !== '' && !r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r);
};

/** Problems with one report's original; none when it is there, inside the folder and unchanged. */
export async function checkSource(contentDir: string, report: ReportSource): Promise<ContentError[]> {
  const { file: named, sha256, kind } = report.data.source;
  const fail = (message: string): ContentError[] => [{ file: report.file, field: 'source.file', message }];
  const sources = join(contentDir, 'sources');
  const path = join(contentDir, named);
  if (isAbsolute(named) || named.split(/[\\/]/).includes('..') || !inside(sources, path))
    return fail(`"${named}" is not inside content/sources/`);
  const info = await lstat(path).catch(() => undefined);
  if (!info) return fail(`"${named}" does not exist: the original must be kept beside the report`);
  // Where the file really is, whether the link is the file itself or a folder on its way.
  const target = await realpath(path).catch(() => undefined);
  const root = await realpath(sources).catch(() => sources);
  if (!target || !inside(root, target)) return fail(`"${named}" is a link leading out of content/sources/`);
  if (!(await stat(target)).isFile()) return fail(`"${named}" is not a file`);
  const bytes = await readFile(target);
  const isPdf = bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  if (/\.pdf$/i.test(named) !== isPdf || (kind === 'pdf') !== isPdf)
    return fail(
      isPdf
        ? `"${named}" is a PDF, but its name or source.kind (${kind}) says otherwise`
        : `"${named}" is named or marked a PDF, but its bytes are not one (no %PDF- signature)`,
    );
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256)
    return [
      {
        file: report.file,
        field: 'source.sha256',
        message: `does not match "${named}" (its SHA-256 is ${actual}): the original changed, or is another file`,
      },
    ];
  return [];
}

/**
 * Files read at once: enough to keep the disk busy, few enough that ten thousand reports do not run
 * out of file handles (EMFILE under a limit of 1024, a common default).
 */
const parallel = 32;

/** Every report's original checked, in the reports' order. */
export async function checkSources(
  contentDir: string,
  reports: readonly ReportSource[],
): Promise<ContentError[]> {
  const results: ContentError[][] = new Array(reports.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < reports.length; i = next++)
      results[i] = await checkSource(contentDir, reports[i] as ReportSource);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, reports.length) }, worker));
  return results.flat();
}
