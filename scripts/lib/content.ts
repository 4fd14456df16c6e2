/**
 * Reads touming content from plain Node (CLIs, tests), validated by the same schemas the Astro build uses.
 * Pure helpers elsewhere take these entries as arguments.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { type Agency, agencySchema } from '../../src/schemas/agency.ts';
import { type ReportData, reportSchema } from '../../src/schemas/report.ts';

export const contentDir = new URL('../../content/', import.meta.url).pathname;

export interface AgencyEntry {
  id: string;
  data: Agency;
}

export interface ReportEntry {
  /** `<agency id>/<year>`, as Astro's glob loader names it. */
  id: string;
  data: ReportData;
  /** The Markdown body: preamble and the six parts. */
  body: string;
  /** Path of the file, relative to the content folder. */
  file: string;
}

/** A content file that does not match its schema. */
export interface ContentError {
  file: string;
  /** Dotted path of the offending field, e.g. table3.newReceived.commercial. */
  field: string;
  message: string;
}

/** Splits `---` YAML frontmatter from a Markdown body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: undefined, body: text };
  return { frontmatter: load(match[1] ?? ''), body: text.slice(match[0].length) };
}

async function listFiles(dir: string, depth: number): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory() && depth > 0) out.push(...(await listFiles(full, depth - 1)));
    else if (e.isFile()) out.push(full);
  }
  return out.sort();
}

function issuesToErrors(file: string, issues: readonly { path: PropertyKey[]; message: string }[]) {
  return issues.map((i) => ({ file, field: i.path.map(String).join('.'), message: i.message }));
}

/** Loads and validates every agency and report under `dir` (default: the repo's content folder). */
export async function loadContent(dir = contentDir) {
  const agencies: AgencyEntry[] = [];
  const reports: ReportEntry[] = [];
  const errors: ContentError[] = [];
  for (const path of await listFiles(join(dir, 'agencies'), 0)) {
    if (!path.endsWith('.yaml')) continue;
    const file = relative(dir, path);
    const parsed = agencySchema.safeParse(load(await readFile(path, 'utf8')));
    const id = file.replace(/^agencies\//, '').replace(/\.yaml$/, '');
    if (parsed.success) agencies.push({ id, data: parsed.data });
    else errors.push(...issuesToErrors(file, parsed.error.issues));
  }
  for (const path of await listFiles(join(dir, 'reports'), 1)) {
    if (!path.endsWith('.md')) continue;
    const file = relative(dir, path);
    const { frontmatter, body } = splitFrontmatter(await readFile(path, 'utf8'));
    const parsed = reportSchema.safeParse(frontmatter);
    const id = file.replace(/^reports\//, '').replace(/\.md$/, '');
    if (parsed.success) reports.push({ id, data: parsed.data, body, file });
    else errors.push(...issuesToErrors(file, parsed.error.issues));
  }
  return { agencies, reports, errors };
}
