import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { glossaryMarkdown, withGlossary } from './glossary.ts';

test('the README glossary matches the catalogue (run `npm run glossary` after changing it)', async () => {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  assert.equal(withGlossary(readme), readme);
});

test('the glossary names every table 三 row with its printed ordinal', () => {
  const md = glossaryMarkdown();
  assert.match(
    md,
    /\| `partiallyGranted` \| （二）部分公开（区分处理的，只计这一情形，不计其他情形） \| 三、本年度办理结果 \|/,
  );
  assert.match(md, /\| `deniedInquiry` \| 8\.属于行政查询事项 \| （三）不予公开 \|/);
  assert.match(md, /\| `litigationAfterReconsideration` \| 行政诉讼·复议后起诉 \|/);
});
