/**
 * Provenance on a report page, as built: the original's publication date and import day from the
 * content, and a 「报告数据有误？」 link to the address the maintainers configure (or the site's own
 * 纠错 page); an address the site may not link to stops the build naming the setting.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadContent } from '../../scripts/lib/content.ts';
import { astroBuild, copyContent } from '../lib/build.ts';
import { attr, byTag, distDir, loadPage, text } from '../lib/html.ts';

const facts = async (path: string, root = distDir) => {
  const page = await loadPage(path, root);
  const dl = byTag(page, 'dl').find((d) => attr(d, 'class')?.includes('facts'));
  assert.ok(dl, `${path}: a facts list`);
  const dts = byTag(dl, 'dt');
  const dds = byTag(dl, 'dd');
  return {
    page,
    value: (label: string) => text(dds[dts.findIndex((d) => text(d).trim() === label)] ?? dl).trim(),
  };
};
/** The href of the page's 「报告数据有误？」 link ('' when there is none). */
const correction = (page: Awaited<ReturnType<typeof loadPage>>) => {
  const link = byTag(page, 'a').find((a) => text(a).trim() === '报告数据有误？');
  return link ? attr(link, 'href') : '';
};

describe('provenance on the report page', () => {
  test('every report page gives its publication date (or that the original does not), its import day and a correction link', async () => {
    const { reports, errors } = await loadContent();
    assert.deepEqual(errors, []);
    for (const r of reports) {
      const path = `agencies/${r.id}/`;
      const { page, value } = await facts(path);
      assert.equal(value('发布日期'), r.data.source.published ?? '原文未注明', `${r.id} 发布日期`);
      assert.equal(value('收录日期'), r.data.source.imported ?? '未记录', `${r.id} 收录日期`);
      assert.equal(correction(page), '/corrections/', `${r.id} correction link`);
    }
    // The 上海 2020 page says 发布日期：2021-03-30 above its text; the importer took it from there.
    assert.equal((await facts('agencies/310000-renminzhengfu/2020/')).value('发布日期'), '2021-03-30');
    const help = await loadPage('corrections/');
    assert.match(text(help), /先与原文核对/);
  });

  test('a configured corrections address gets the report’s page address; a javascript: one stops the build', async () => {
    const dir = await copyContent();
    const good = await astroBuild(dir, join(dir, 'dist'), {
      SITE_URL: 'https://example.gov.cn',
      SITE_CORRECTIONS_URL: 'https://example.gov.cn/jiucuo?page={url}&id={report}',
    });
    assert.equal(good.code, 0, good.output);
    const { page } = await facts('agencies/640302-sifaju/2023/', join(dir, 'dist/'));
    assert.equal(
      correction(page),
      'https://example.gov.cn/jiucuo?page=https%3A%2F%2Fexample.gov.cn%2Fagencies%2F640302-sifaju%2F2023%2F&id=640302-sifaju%2F2023',
    );
    const bad = await astroBuild(dir, join(dir, 'dist-bad'), { SITE_CORRECTIONS_URL: 'javascript:alert(1)' });
    assert.notEqual(bad.code, 0);
    assert.match(bad.output, /SITE_CORRECTIONS_URL: “javascript:alert\(1\)” is a javascript: address/);
    assert.doesNotMatch(bad.output, /\n\s+at .*\.(ts|js|mjs):\d+/, 'no stack trace');
  });
});
