/**
 * The 术语解释 page of the built site, and the way there from a report's tables: every term of the
 * catalogue is explained under its own anchor, and a report's terms link to those anchors.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { DefaultTreeAdapterMap } from 'parse5';
import { termUses } from '../../src/catalogue/termMatches.ts';
import { attr, byTag, type Element, elements, loadPage, text } from '../lib/html.ts';

type Document = DefaultTreeAdapterMap['document'];
const clean = (s: string) => s.replace(/\s+/g, '');
const byId = (page: Document, id: string) => elements(page).find((e) => attr(e, 'id') === id);

let glossary: Document;
let report: Document;

before(async () => {
  glossary = await loadPage('glossary/');
  report = await loadPage('agencies/640500-sifaju/2023/');
});

describe('the glossary page', () => {
  test('is a Chinese-language page headed 术语解释', () => {
    assert.equal(attr(byTag(glossary, 'html')[0] as Element, 'lang'), 'zh-CN');
    assert.deepEqual(
      byTag(glossary, 'h1').map((h) => clean(text(h))),
      ['术语解释'],
    );
  });

  test('explains every term of the catalogue in a definition list, each under its own anchor', () => {
    const terms = byTag(glossary, 'dl').flatMap((dl) => byTag(dl, 'dt'));
    assert.deepEqual(
      terms.map((dt) => [attr(dt, 'id'), clean(text(dt))]),
      termUses()
        .sort((a, b) => 'table2table3table4'.indexOf(a.table) - 'table2table3table4'.indexOf(b.table))
        .map((u) => [`term-${u.term.key}`, u.term.term]),
    );
  });

  test('says what 三安全一稳定 means and where that comes from', () => {
    const dt = byId(glossary, 'term-threeSecurities') as Element;
    const siblings = (dt.parentNode?.childNodes ?? []).filter((n): n is Element => 'tagName' in n);
    const dd = siblings[siblings.indexOf(dt) + 1];
    assert.equal(dd?.tagName, 'dd', 'a dd follows the dt');
    if (!dd) return;
    assert.match(clean(text(dd)), /国家安全、公共安全、经济安全.*社会稳定/);
    assert.match(clean(text(dd)), /《条例》第十四条/);
  });

  test('groups the terms by the table that prints them', () => {
    const headings = byTag(glossary, 'h2').map((h) => clean(text(h)));
    assert.deepEqual(headings, [
      '表二主动公开政府信息情况',
      '表三收到和处理政府信息公开申请情况',
      '表四政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  test('is linked from every page’s footer', () => {
    for (const page of [glossary, report]) {
      const footer = byTag(page, 'footer')[0] as Element;
      assert.ok(
        byTag(footer, 'a').some((a) => attr(a, 'href') === '/glossary/' && clean(text(a)) === '术语解释'),
      );
    }
  });
});

describe('a report page’s terms', () => {
  test('the 三安全一稳定 row of table 三 links to its explanation, keeping its label as printed', () => {
    const table = byTag(report, 'table').find((t) => attr(t, 'id') === 'table3') as Element;
    const th = byTag(table, 'th').find((h) => clean(text(h)).includes('三安全一稳定')) as Element;
    assert.equal(attr(th, 'scope'), 'row');
    assert.equal(clean(text(th)), '3.危及“三安全一稳定”');
    const links = byTag(th, 'a');
    assert.deepEqual(
      links.map((a) => [attr(a, 'href'), clean(text(a))]),
      [['/glossary/#term-threeSecurities', '三安全一稳定']],
    );
    assert.ok(byId(glossary, 'term-threeSecurities'), 'the anchor it links to exists');
  });

  test('every term link of the tables leads to an anchor of the glossary page, once per term and table', () => {
    for (const id of ['table2', 'table3', 'table4']) {
      const table = byTag(report, 'table').find((t) => attr(t, 'id') === id) as Element;
      const targets = byTag(table, 'a')
        .filter((a) => attr(a, 'class') === 'term-link')
        .map((a) => attr(a, 'href') ?? '');
      assert.ok(targets.length > 0, `${id} links its terms`);
      assert.equal(new Set(targets).size, targets.length, `${id} links a term twice`);
      for (const t of targets) {
        assert.match(t, /^\/glossary\/#term-/);
        assert.ok(byId(glossary, t.split('#')[1] ?? ''), `${id}: ${t}`);
      }
    }
  });

  test('a note before the tables leads to the glossary', () => {
    const note = elements(report).find((e) => (attr(e, 'class') ?? '').includes('terms-note')) as Element;
    assert.ok(byTag(note, 'a').some((a) => attr(a, 'href') === '/glossary/'));
  });
});
