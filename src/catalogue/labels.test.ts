/**
 * The catalogue's words are typed once, in the catalogue: a page, check, CSV or importer message that
 * needs a table's name, a row's or column's label or a form's title takes it from there
 * (vocabulary.ts). This test reads every shipping source file and fails on a string that is such a
 * label, or holds one that could be nothing else (a printed row, a table's title).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  formatCatalogue,
  printedLabel,
  reportFormats,
  table3Columns,
  table4Columns,
  table4Groups,
  tableCaption,
  tableKeys,
  tableName,
  tableTitle,
} from './index.ts';

const repo = new URL('../../', import.meta.url);

/** Every label of both forms: tables, blocks, rows, headings, columns, merged headers, the forms' documents. */
function vocabulary(): { whole: Set<string>; distinctive: Set<string> } {
  const whole = new Set<string>();
  const distinctive = new Set<string>();
  const add = (label: string | undefined, printed?: string) => {
    if (label) whole.add(label);
    // A label with its ordinal is the form's own wording wherever it appears; a bare one may be a
    // word of a sentence about the concept (结转下年度继续办理 in a check's explanation).
    if (printed && printed !== label) distinctive.add(printed);
  };
  for (const t of tableKeys) {
    whole.add(tableName(t));
    distinctive.add(tableTitle(t));
    distinctive.add(tableCaption(t));
  }
  for (const f of reportFormats) {
    const { table2Blocks, table3Rows, table3Groups, basis } = formatCatalogue(f);
    distinctive.add(basis);
    for (const b of table2Blocks) {
      add(b.label);
      for (const r of b.rows) add(r.label);
      for (const c of b.columns) add(c.label);
    }
    for (const r of [...table3Rows, ...table3Groups]) add(r.label, printedLabel(r));
  }
  for (const c of [...table3Columns, ...table4Groups, ...table4Columns]) {
    add(c.label);
    if ('group' in c) add(c.group);
  }
  return { whole, distinctive };
}

/** The string literals and markup text of a source file, comments left out. */
function literals(text: string, astro: boolean): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');
  const out: string[] = [];
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const s = m[1] ?? m[2] ?? m[3] ?? '';
    // A template's fixed parts only: what is interpolated comes from elsewhere.
    out.push(...(m[3] === undefined ? [s] : s.split(/\$\{[^}]*\}/)));
  }
  if (astro) for (const m of code.matchAll(/>([^<>{}]+)</g)) out.push(m[1] ?? '');
  return out.map((s) => s.trim()).filter((s) => /\p{Script=Han}/u.test(s));
}

/**
 * Words that are also ordinary Chinese, used where no table is meant: the checks read them in a
 * report's prose (a sentence says 行政复议 of its own), and the search benchmark types them as a
 * reader would. Each entry names the file and the word; anything else is a finding.
 */
const notLabels: Record<string, readonly string[]> = {
  'src/checks/prose.ts': ['自然人', '行政复议', '行政诉讼'],
  'scripts/bench-search.ts': ['行政复议'],
  'scripts/lib/import/partTitles.ts': ['总体情况', '行政复议', '行政诉讼'],
};

test('no label of the form is typed outside the catalogue: every page, check, CSV and message takes it from there', () => {
  const { whole, distinctive } = vocabulary();
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'src', 'scripts'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\.(ts|astro|mjs)$/.test(f) && !/\.test\.ts$/.test(f) && !f.startsWith('src/catalogue/'));
  assert.ok(files.length > 100, `read ${files.length} files`);
  const found: string[] = [];
  for (const file of files) {
    const allowed = new Set(notLabels[file] ?? []);
    for (const s of literals(readFileSync(new URL(file, repo), 'utf8'), file.endsWith('.astro'))) {
      const label = whole.has(s) ? s : [...distinctive].find((d) => s.includes(d));
      if (label && !allowed.has(label))
        found.push(`${file}: “${s.length > 40 ? `${s.slice(0, 40)}…` : s}” types ${label}`);
    }
  }
  assert.deepEqual(found, []);
});
