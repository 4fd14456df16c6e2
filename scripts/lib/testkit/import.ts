/** Shared fixtures for the importer's tests: the five real reports and their content paths. */

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundledContentDir } from '../../../src/loaders/contentDir.ts';
import type { AgencyEntry } from '../import/agency.ts';
import { loadAgencies } from '../import/files.ts';
import { importReport } from '../import/importReport.ts';

/** The bundled content, which re-imports are compared with (whatever CONTENT_DIR says). */
export const repoContent = `${bundledContentDir}/`;

/** The five seed reports as bundled (content/sources holds them verbatim), by seed number. */
export const seeds = {
  '000': 'sources/640302-sifaju/2023.txt',
  '001': 'sources/640302-sifaju/2022.txt',
  '002': 'sources/640500-sifaju/2023.txt',
  '003': 'sources/640303-sifaju/2024.txt',
  '004': 'sources/410307-sifaju/2023.txt',
} as const;

export type SeedName = keyof typeof seeds;

export const seedNames = Object.keys(seeds) as SeedName[];

export const seedPath = (name: SeedName) => join(repoContent, seeds[name]);

export const readSeed = (name: SeedName) => readFile(seedPath(name), 'utf8');

/** A report in the 2019 form (利通区司法局 2020), written after report-format.md: a fixture, not site content. */
export const form2019Fixture = new URL(
  '../../../tests/fixtures/reports/litong-sifaju-2020-form2019.txt',
  import.meta.url,
).pathname;

let agencyCache: AgencyEntry[] | undefined;
export async function repoAgencies(): Promise<AgencyEntry[]> {
  agencyCache ??= await loadAgencies(repoContent);
  return agencyCache;
}

/** Imports text (as a .txt file) against the repository's agencies. */
/**
 * The day the bundled report of a source records as its import, so that a test re-importing the
 * source as of that day can expect the bundled file byte for byte.
 */
export async function bundledImportDay(sourcePath: string): Promise<string> {
  const report = sourcePath.replace(/^sources\//, 'reports/').replace(/\.\w+$/, '.md');
  const day = /^ {2}imported: "([\d-]+)"$/m.exec(await readFile(join(repoContent, report), 'utf8'))?.[1];
  if (!day) throw new Error(`${report} records no import day`);
  return day;
}

export async function importText(text: string, options = {}) {
  return importReport({
    bytes: Buffer.from(text, 'utf8'),
    ext: 'txt',
    options,
    agencies: await repoAgencies(),
  });
}

/** A fresh temporary content folder; with `agencies`, a copy of the repository's agency entries. */
export async function tempContent(agencies = true): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'touming-import-'));
  if (agencies) await cp(join(repoContent, 'agencies'), join(dir, 'agencies'), { recursive: true });
  return dir;
}

/** Replaces exactly one occurrence of `from` (throws if there is not exactly one, so a test cannot silently do nothing). */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const matches =
    typeof from === 'string' ? text.split(from).length - 1 : [...text.matchAll(new RegExp(from, 'g'))].length;
  if (matches !== 1) throw new Error(`expected exactly one ${String(from)}, found ${matches}`);
  return text.replace(from, to);
}

/** The numbers of a table as plain values: { row: { column: value } }. */
export function values(table: Record<string, Record<string, { value: number | null }>> | undefined) {
  return Object.fromEntries(
    Object.entries(table ?? {}).map(([row, cols]) => [
      row,
      Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, v.value])),
    ]),
  );
}

const importScript = new URL('../../import.ts', import.meta.url).pathname;

/** Runs the npm script's entry point (`scripts/import.ts`) in a child process: exit code, stdout, stderr. */
export async function runCli(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [importScript, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

let gbkCodes: Map<string, number> | undefined;

/**
 * Text as GBK bytes, as a GBK web page or a Windows text file holds it (Node encodes only UTF-8):
 * each character's two-byte code, found by decoding every code; a character GBK lacks throws.
 */
export function gbkBytes(text: string): Uint8Array {
  if (!gbkCodes) {
    gbkCodes = new Map();
    const decoder = new TextDecoder('gbk', { fatal: false });
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if ([...ch].length === 1 && ch !== '\uFFFD' && !gbkCodes.has(ch))
          gbkCodes.set(ch, (lead << 8) | trail);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    const code = cp < 0x80 ? cp : gbkCodes.get(ch);
    if (code === undefined) throw new Error(`“${ch}” has no GBK code`);
    if (code < 0x80) out.push(code);
    else out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}

/** Text as UTF-16 bytes with the byte-order mark first, as Notepad saves "Unicode". */
export function utf16Bytes(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return out;
}
