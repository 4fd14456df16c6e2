/**
 * Reads touming content from plain Node (CLIs, tests), validated by the same schemas the Astro build uses.
 * Pure helpers elsewhere take these entries as arguments.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load, timestampTag } from 'js-yaml';
import { contentDir } from '../../src/loaders/contentDir.ts';
import { type Agency, agencySchema } from '../../src/schemas/agency.ts';
import { type ReportData, reportSchema } from '../../src/schemas/report.ts';

export { contentDir };

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

/** A content file that does not match its schema, or cannot be read at all. */
export interface ContentError {
  file: string;
  /** Dotted path of the offending field, e.g. table3.newReceived.commercial; '' for the whole file. */
  field: string;
  message: string;
  /** 1-based line in the file, where known (a YAML syntax error). */
  line?: number;
}

/** A file that cannot be read as content: not UTF-8, broken YAML, no front matter. */
class UnreadableContent extends Error {
  /** 1-based line of the problem, where known. */
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    if (line !== undefined) this.line = line;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A content file's text: UTF-8 (a byte-order mark dropped), or refused with the reason. */
async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UnreadableContent('is not UTF-8 text');
  }
  if (text.includes('\u0000')) throw new UnreadableContent('holds binary data (a NUL byte), not text');
  return text.replace(/^\uFEFF/, '');
}

/**
 * How content YAML is read. Dates as the site's own reader (Astro's js-yaml 4) reads them, so an
 * unquoted `2023-01-01` is a date here too and refused where text belongs, rather than passing this
 * check and failing the build. No aliases (`*name`): content never needs them, and nine lines of
 * them make a billion values once expanded (a "billion laughs").
 */
const yamlOptions = { schema: CORE_SCHEMA.withTags(timestampTag), maxAliases: 0 };

/** YAML parsed, or refused with the line of the first error (`firstLine` is where the YAML starts). */
function parseYaml(text: string, firstLine = 1): unknown {
  try {
    return load(text, yamlOptions);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line?: number }; message?: string };
    const line = e.mark?.line === undefined ? undefined : firstLine + e.mark.line;
    const reason = e.reason ?? e.message ?? String(error);
    throw new UnreadableContent(
      `is not valid YAML: ${/^aliases exceeded/.test(reason) ? 'an alias (*name) is not allowed: write the value out' : reason}`,
      line,
    );
  }
}

/** Splits `---` YAML frontmatter from a Markdown body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: undefined, body: text };
  // The YAML starts on the line after the opening ---.
  return { frontmatter: parseYaml(match[1] ?? '', 2), body: text.slice(match[0].length) };
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
  return issues.map((i) => ({
    file,
    field: i.path.map(String).join('.'),
    // YAML reads an unquoted 2023-01-01 as a date: say how to keep it text.
    message: i.message.endsWith('received Date') ? `${i.message}: put the value in quotes` : i.message,
  }));
}

/** An agency id, or a report's folder, within the region: one of the division-code prefixes, or any. */
const inRegion = (name: string, region: readonly string[] | undefined) =>
  !region || region.some((prefix) => name.startsWith(prefix));

/**
 * Loads and validates every agency and report under `dir` (default: the repo's content folder);
 * with `region` (SITE_REGION's division-code prefixes), only that region's, the others never read.
 */
export async function loadContent(dir = contentDir, region?: readonly string[]) {
  const agencies: AgencyEntry[] = [];
  const reports: ReportEntry[] = [];
  const errors: ContentError[] = [];
  /** Runs `read` on one file; a file that cannot be read is one error naming it, never a crash. */
  const each = async (path: string, read: (file: string, text: string) => void) => {
    const file = relative(dir, path);
    try {
      read(file, await readText(path));
    } catch (error) {
      if (!(error instanceof UnreadableContent)) throw error;
      errors.push({ file, field: '', message: error.message, ...(error.line ? { line: error.line } : {}) });
    }
  };
  for (const path of await listFiles(join(dir, 'agencies'), 0)) {
    if (!path.endsWith('.yaml') || !inRegion(relative(join(dir, 'agencies'), path), region)) continue;
    await each(path, (file, text) => {
      const parsed = agencySchema.safeParse(parseYaml(text));
      const id = file.replace(/^agencies\//, '').replace(/\.yaml$/, '');
      if (parsed.success) agencies.push({ id, data: parsed.data });
      else errors.push(...issuesToErrors(file, parsed.error.issues));
    });
  }
  for (const path of await listFiles(join(dir, 'reports'), 1)) {
    if (!path.endsWith('.md') || !inRegion(relative(join(dir, 'reports'), path), region)) continue;
    await each(path, (file, text) => {
      const { frontmatter, body } = splitFrontmatter(text);
      if (frontmatter === undefined)
        throw new UnreadableContent(
          'has no front matter: it must start with a --- line, the YAML, then ---',
          1,
        );
      const parsed = reportSchema.safeParse(frontmatter);
      const id = file.replace(/^reports\//, '').replace(/\.md$/, '');
      if (parsed.success) reports.push({ id, data: parsed.data, body, file });
      else errors.push(...issuesToErrors(file, parsed.error.issues));
    });
  }
  return { agencies, reports, errors };
}
