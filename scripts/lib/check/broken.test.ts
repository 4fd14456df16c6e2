/**
 * `npm run check` on over thirty kinds of broken content, each in its own copy of the repo's content:
 * it exits 1 and names the broken file (and the line, where YAML says it), one line per problem,
 * and never prints a stack trace. The real CLI in a child process, on real files.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const script = new URL('../../check.ts', import.meta.url).pathname;
const repoContent = new URL('../../../content/', import.meta.url).pathname;
const dirs: string[] = [];
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const report = 'reports/640500-sifaju/2023.md';
const agency = 'agencies/640500-sifaju.yaml';
const source = 'sources/640500-sifaju/2023.txt';

/** One kind of broken content: how to break a copy, and what the check must name. */
interface Breakage {
  name: string;
  breakIt: (dir: string) => Promise<void>;
  /** The file the problem line names (relative to the content folder). */
  file: string;
  says: RegExp;
}

const edit = async (dir: string, file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `the edit of ${file} must change it`);
  await writeFile(path, after);
};
const inReport = (from: string | RegExp, to: string) => (dir: string) =>
  edit(dir, report, (t) => t.replace(from, to));
const inAgency = (from: string | RegExp, to: string) => (dir: string) =>
  edit(dir, agency, (t) => t.replace(from, to));
const url = (scheme: string) => inReport(/^( {2}file: .*)$/m, `$1\n  url: "${scheme}"`);
const website = (value: string) => inAgency(/^website: .*$/m, `website: "${value}"`);

/** Nine levels of ten aliases each: a billion `x`s once expanded, from a few hundred bytes of YAML. */
const laughs = Array.from({ length: 9 }, (_, i) =>
  i === 0
    ? '  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n'
    : `  a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`,
).join('');

const breakages: Breakage[] = [
  {
    name: 'broken YAML in a report',
    breakIt: inReport(/^year: .*$/m, 'year: [2023'),
    file: report,
    says: /line \d+.*not valid YAML/,
  },
  {
    name: 'a duplicate key in a report',
    breakIt: inReport(/^year: (.*)$/m, 'year: $1\nyear: $1'),
    file: report,
    says: /line \d+.*duplicated mapping key/,
  },
  {
    name: 'a tab as indentation',
    breakIt: inReport(/^ {2}file: /m, '\tfile: '),
    file: report,
    says: /not valid YAML/,
  },
  {
    name: 'broken YAML in an agency',
    breakIt: (d) => writeFile(join(d, agency), 'name: [x\n'),
    file: agency,
    says: /line \d+.*not valid YAML/,
  },
  {
    name: 'a duplicate key in an agency',
    breakIt: inAgency(/^name: (.*)$/m, 'name: $1\nname: $1'),
    file: agency,
    says: /duplicated mapping key/,
  },
  {
    name: 'an empty report file',
    breakIt: (d) => writeFile(join(d, report), ''),
    file: report,
    says: /no front matter/,
  },
  {
    name: 'a report without front matter',
    breakIt: inReport(/^---\n/, ''),
    file: report,
    says: /no front matter/,
  },
  {
    name: 'binary garbage as a report',
    breakIt: (d) => writeFile(join(d, report), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9c, 0x80])),
    file: report,
    says: /not UTF-8|binary/,
  },
  {
    name: 'a report that is not UTF-8 (GBK)',
    breakIt: (d) => writeFile(join(d, report), Buffer.from('---\ntitle: \xd6\xd0\xce\xc4\n---\n', 'latin1')),
    file: report,
    says: /not UTF-8/,
  },
  {
    name: 'a count as text',
    breakIt: inReport('licensing: { decisions: 74 }', 'licensing: { decisions: 七十四 }'),
    file: report,
    says: /table2\.licensing\.decisions/,
  },
  {
    name: 'a negative count',
    breakIt: inReport('licensing: { decisions: 74 }', 'licensing: { decisions: -74 }'),
    file: report,
    says: /table2\.licensing\.decisions: a count cannot be negative/,
  },
  {
    name: 'a count beyond 2^53',
    breakIt: inReport('licensing: { decisions: 74 }', 'licensing: { decisions: 100000000000000000000 }'),
    file: report,
    says: /table2\.licensing\.decisions/,
  },
  {
    name: 'a decimal count',
    breakIt: inReport('licensing: { decisions: 74 }', 'licensing: { decisions: 7.4 }'),
    file: report,
    says: /whole number/,
  },
  {
    name: 'a year that is not a year',
    breakIt: inReport(/^year: .*$/m, 'year: twenty'),
    file: report,
    says: /year/,
  },
  {
    name: 'a cell not read that has a value',
    breakIt: inReport(
      'licensing: { decisions: 74 }',
      'licensing: { decisions: { value: 74, unread: 再核对 } }',
    ),
    file: report,
    says: /unread/,
  },
  {
    name: 'a javascript: source URL',
    breakIt: url('javascript:alert(1)'),
    file: report,
    says: /source\.url: an http\(s\) web address/,
  },
  {
    name: 'a data: source URL',
    breakIt: url('data:text/html,<script>alert(1)</script>'),
    file: report,
    says: /source\.url: an http\(s\) web address/,
  },
  { name: 'a vbscript: source URL', breakIt: url('vbscript:msgbox(1)'), file: report, says: /source\.url/ },
  { name: 'a file: source URL', breakIt: url('file:///etc/passwd'), file: report, says: /source\.url/ },
  {
    name: 'a protocol-relative website',
    breakIt: website('//evil.example/'),
    file: agency,
    says: /website: an http\(s\) web address/,
  },
  {
    name: 'a JAVASCRIPT: website in capitals',
    breakIt: website('JAVASCRIPT:alert(1)'),
    file: agency,
    says: /website: an http\(s\) web address/,
  },
  {
    name: 'a source that is missing',
    breakIt: (d) => rm(join(d, source)),
    file: report,
    says: /source\.file: .*does not exist/,
  },
  {
    name: 'a source path out of the folder',
    breakIt: inReport(/^ {2}file: .*$/m, '  file: sources/../../../../etc/hostname'),
    file: report,
    says: /source\.file: a file under content\/sources\//,
  },
  {
    name: 'a source linked out of the folder',
    breakIt: async (d) => {
      await rm(join(d, source));
      await symlink('/etc/hostname', join(d, source));
    },
    file: report,
    says: /source\.file: .*link leading out/,
  },
  {
    name: 'a source folder linked out of content/sources/',
    breakIt: async (d) => {
      // The file itself is no link: the folder holding it is, so its path looks inside but is not.
      const outside = await mkdtemp(join(tmpdir(), 'touming-outside-'));
      dirs.push(outside);
      await cp(join(d, 'sources/640500-sifaju'), outside, { recursive: true });
      await rm(join(d, 'sources/640500-sifaju'), { recursive: true });
      await symlink(outside, join(d, 'sources/640500-sifaju'));
    },
    file: report,
    says: /source\.file: .*link leading out/,
  },
  {
    name: 'a YAML alias bomb (a billion laughs)',
    breakIt: async (d) => {
      await inReport(/^---\n/, `---\nlol:\n${laughs}`)(d);
      // Used in a cell too, where a message quoting the value would expand it.
      await inReport('licensing: { decisions: 74 }', 'licensing: { decisions: *a8 }')(d);
    },
    file: report,
    says: /line \d+.*not valid YAML: .*alias/,
  },
  {
    name: 'an unquoted date where text belongs',
    breakIt: inAgency(/^shortName: .*$/m, 'shortName: 2023-01-01'),
    file: agency,
    says: /shortName: .*string/,
  },
  {
    name: 'a source changed after import (sha256)',
    breakIt: (d) => writeFile(join(d, source), 'another text'),
    file: report,
    says: /source\.sha256: does not match/,
  },
  {
    name: 'a source named .svg',
    breakIt: inReport(/^( {2}file: sources\/640500-sifaju\/2023)\.txt$/m, '$1.svg'),
    file: report,
    says: /source\.file: .*ending in \.pdf, \.txt/,
  },
  {
    name: 'a .pdf source that is not a PDF',
    breakIt: async (d) => {
      const bytes = await readFile(join(d, source));
      await writeFile(join(d, 'sources/640500-sifaju/2023.pdf'), bytes);
      await edit(d, report, (t) =>
        t
          .replace('2023.txt', '2023.pdf')
          .replace(/kind: text/, 'kind: pdf')
          .replace(/^( {2}sha256: ).*$/m, `$1${createHash('sha256').update(bytes).digest('hex')}`),
      );
    },
    file: report,
    says: /not one \(no %PDF- signature\)/,
  },
  {
    name: 'a report for an unknown agency',
    breakIt: inReport(/^agency: .*$/m, 'agency: 999999-wuming'),
    file: report,
    says: /unknown agency "999999-wuming"/,
  },
  {
    name: 'a second report for the same agency and year',
    breakIt: async (d) => {
      await cp(join(d, 'reports/640500-sifaju'), join(d, 'reports/640302-sifaju-copy'), { recursive: true });
    },
    file: 'reports/640302-sifaju-copy/2023.md',
    says: /year: is the report of 640500-sifaju\/2023, as is .*: one report per agency and year/,
  },
  {
    name: 'a report in another agency’s folder',
    breakIt: async (d) => {
      await cp(join(d, 'reports/640500-sifaju'), join(d, 'reports/640501-sifaju'), { recursive: true });
      await rm(join(d, 'reports/640500-sifaju'), { recursive: true });
    },
    file: 'reports/640501-sifaju/2023.md',
    says: /agency: is "640500-sifaju" but the file is in reports\/640501-sifaju\//,
  },
  {
    name: 'a report in the wrong year file',
    breakIt: inReport(/^year: .*$/m, 'year: 2021'),
    file: report,
    says: /year: is 2021 but the file is named 2023\.md/,
  },
];

/** Runs the real CLI on a folder: exit code and everything it printed. */
function check(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, '--content-dir', dir], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('there are at least thirty kinds of broken content, each different', () => {
  assert.ok(breakages.length >= 30, `${breakages.length} kinds`);
  assert.equal(new Set(breakages.map((b) => b.name)).size, breakages.length);
});

test('npm run check on each of over thirty kinds of broken content exits 1, names the file on one line per problem, and prints no stack trace', async () => {
  const failures: string[] = [];
  // A few at a time: each run is a Node process reading the whole content folder.
  const queue = [...breakages];
  const worker = async () => {
    for (let b = queue.shift(); b; b = queue.shift()) {
      const dir = await mkdtemp(join(tmpdir(), 'touming-broken-'));
      dirs.push(dir);
      await cp(repoContent, dir, { recursive: true });
      await b.breakIt(dir);
      const { code, output } = await check(dir);
      const blocks = output.split('\n\n');
      const block = blocks.find((lines) => lines.split('\n')[0]?.endsWith(b.file)) ?? '';
      if (code !== 1) failures.push(`${b.name}: exit ${code}`);
      if (!b.says.test(block))
        failures.push(`${b.name}: no line under ${b.file} says ${b.says}:\n${output.slice(0, 600)}`);
      if (/^\s+at |Error:|\[ERR_/m.test(output))
        failures.push(`${b.name}: a stack trace:\n${output.slice(0, 600)}`);
      // One line per problem: each problem line under the file stands alone, with its field.
      for (const line of block.split('\n').slice(1))
        if (!/^ {2}(schema error|error|warning|notice|unchecked) +\S/.test(line))
          failures.push(`${b.name}: not a problem line: ${line}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  assert.deepEqual(failures, []);
});
