/**
 * A site built from hostile content: the repo's reports with payloads put into every field a
 * content author controls (agency names, a title, report prose, cell notes, an original's name and
 * bytes), each still valid for the schemas, so the build succeeds and the tests can look at what it
 * publishes. Built once per test file, into the project's ignored tmp/.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild, copyContent } from '../lib/build.ts';

/** Markup that runs if a page ever emits it as markup rather than text. */
export const xss = `<img src=x onerror=alert(1)>"><script>alert(1)</script>`;

/** Agency names that a spreadsheet would run as formulas, one per character that starts one. */
export const formulaNames = {
  '640302-sifaju': `@SUM(1+1)*cmd|' /C calc'!A0`,
  '640303-sifaju': `-2+3+cmd|' /C calc'!A0`,
  '410307-sifaju': `\t=1+1`,
} as const;

/** The report whose agency, title, prose, cells and original carry the payloads. */
export const hostileReport = '640500-sifaju/2023';
export const hostileAgencyName = `中卫市司法局${xss}`;
export const hostileTitle = `${xss}中卫市司法局2023年政府信息公开工作年度报告`;

/** Links, images and raw HTML in every spelling that has got past a Markdown renderer. */
export const hostileProse = [
  '[链接1](javascript:alert(1)) [链接2](JAVASCRIPT:alert(1)) [链接3](jav&#x61;script:alert(1)) ' +
    '[链接4](vbscript:msgbox(1)) [链接5](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ' +
    '<javascript:alert(1)> [链接6](<java\tscript:alert(1)>) [链接7](//evil.example/) [链接8][r]',
  '![图1](https://evil.example/x.png) ![图2](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) ' +
    '![图3](javascript:alert(1)) ![图4](/favicon.svg)',
  '<script>alert(1)</script>',
  '甲<img src=x onerror=alert(1)>乙<a href="javascript:alert(1)">丙</a><iframe src="https://evil.example/"></iframe>' +
    '<svg onload=alert(1)></svg><object data="https://evil.example/x.swf"></object>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">丁</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="https://evil.example/">' +
    '<link rel="stylesheet" href="https://evil.example/x.css"><style>body{background:url(https://evil.example/)}</style>',
  '=HYPERLINK("https://evil.example/","点击") 正常链接：[中国政府网](https://www.gov.cn/)',
  '[r]: javascript:alert(1)',
].join('\n\n');

/** An original named and written to run as an image if the site ever published it under its name. */
const hostileSource =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>\n';

async function edit(file: string, change: (text: string) => string) {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  if (after === before)
    throw new Error(`the hostile edit to ${file} changed nothing: the content has moved on`);
  await writeFile(file, after);
}

/** YAML's double-quoted strings take JSON's escapes. */
const yaml = (s: string) => JSON.stringify(s);

export async function writeHostileContent(): Promise<string> {
  const dir = await copyContent();
  await edit(join(dir, 'agencies/640500-sifaju.yaml'), (t) =>
    t
      .replace(/^name: .*$/m, `name: ${yaml(hostileAgencyName)}`)
      .replace(/^shortName: .*$/m, `shortName: ${yaml(`=HYPERLINK("https://evil.example/","x")${xss}`)}`)
      .replace(
        /^website: .*$/m,
        `website: ${yaml(`https://evil.example/?q="><img src=x onerror=alert(1)>`)}`,
      ),
  );
  for (const [id, name] of Object.entries(formulaNames))
    await edit(join(dir, `agencies/${id}.yaml`), (t) => t.replace(/^name: .*$/m, `name: ${yaml(name)}`));
  const [agency, year] = hostileReport.split('/') as [string, string];
  // An SVG with a script, kept as a saved web page: the site must publish it only as text. (A name
  // such as .svg is refused before the build: src/schemas/source.ts.)
  await rename(join(dir, `sources/${agency}/${year}.txt`), join(dir, `sources/${agency}/${year}.html`));
  await writeFile(join(dir, `sources/${agency}/${year}.html`), hostileSource);
  const sha256 = createHash('sha256').update(hostileSource).digest('hex');
  await edit(join(dir, `reports/${hostileReport}.md`), (t) =>
    t
      .replace(/^title: .*$/m, `title: ${yaml(hostileTitle)}`)
      .replace(
        /^ {2}file: sources\/640500-sifaju\/2023\.txt$/m,
        `  file: sources/640500-sifaju/2023.html\n  url: ${yaml(`https://evil.example/?a="><script>alert(1)</script>`)}`,
      )
      .replace(/^ {2}sha256: .*$/m, `  sha256: ${sha256}`)
      .replace(
        'licensing: { decisions: 74 }',
        `licensing: { decisions: { value: 74, note: ${yaml(`=1+1${xss}`)} } }`,
      )
      .replace(
        'penalties: { decisions: 0 }',
        `penalties: { decisions: { value: 0, raw: ${yaml('<svg onload=alert(1)>0')} } }`,
      )
      // Into the preamble, the first part's prose and the last part's.
      .replace(/\n## 一、总体情况\n/, `\n${hostileProse}\n\n## 一、总体情况\n\n${hostileProse}\n`)
      .replace(/\n## 六、其他需要报告的事项\n/, `\n## 六、其他需要报告的事项\n\n${hostileProse}\n`),
  );
  return dir;
}

export interface HostileBuild {
  dir: string;
  outDir: string;
  output: string;
  remove(): Promise<void>;
}

/** Writes the hostile content and builds it; throws with the build's output when it fails. */
export async function buildHostileSite(): Promise<HostileBuild> {
  const dir = await writeHostileContent();
  const outDir = join(dir, 'dist');
  const result = await astroBuild(dir, outDir);
  if (result.code !== 0) throw new Error(`the hostile content did not build:\n${result.output}`);
  return { dir, outDir, output: result.output, remove: () => rm(dir, { recursive: true, force: true }) };
}
