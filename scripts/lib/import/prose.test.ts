import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { readSeed } from '../testkit/import.ts';
import { type Block, buildBody, linesToBlocks, proseLines, wrapWidth } from './prose.ts';

/** The blocks of the lines between two headings of a seed (prose parts only). */
async function blocksOf(seed: '000' | '002' | '003' | '004', from: RegExp, to: RegExp) {
  const lines = (await readSeed(seed)).split('\n');
  const start = lines.findIndex((l) => from.test(l));
  const found = lines.findIndex((l, i) => i > start && to.test(l));
  const end = found < 0 ? lines.length : found;
  const all = proseLines(lines, 1, () => {});
  const width = wrapWidth(all);
  return linesToBlocks(
    proseLines(lines.slice(start + 1, end), start + 2, () => {}),
    width,
  );
}

const paragraphs = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === 'subheading' ? `### ${b.text}` : b.text));

test('seed 000: lines wrapped at a fixed width, blank lines between every one, joined without spaces into paragraphs', async () => {
  const blocks = paragraphs(await blocksOf('000', /^一、总体情况/, /二、主动公开/));
  assert.equal(blocks.length, 6);
  assert.equal(
    blocks[0],
    '2023 年，利通区司法局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，在区委、区政府的正确领导下，认真贯彻《中华人民共和国政府信息公开条例》的工作要求，紧密结合司法行政实际，及时、准确公开政府信息，有力保障公民知情权、监督权、参与权，持续稳步推进政府信息公开工作有序开展。',
  );
  // A full-width line ending a sentence, followed by the next sub-part, still ends the paragraph.
  assert.match(blocks[2] ?? '', /^（二）依申请公开情况。.*我局未收到政府信息公开申请。$/);
  assert.match(blocks[3] ?? '', /^（三）政府信息管理情况。/);
});

test('seed 000: a page break inside a sentence (the next page’s line starts with a space) is joined', async () => {
  const blocks = paragraphs(await blocksOf('000', /^五、存在的主要问题/, /^六、其他需要报告/));
  assert.ok(
    blocks.includes(
      '三是强管理，规范工作流程。掌握信息公开流程规范，增强信息报送的针对性与时效性，及时发布最新信息，同时严格执行“三审三校”，强化公开内容、范围和形式等逐级审核和保密审查制度，确保本单位公开信息及时、全面、准确。',
    ),
  );
  assert.ok(blocks.includes('下一步，我局将从以下方面不断加强政府信息公开工作。'));
});

test('seed 003: one line per paragraph, a page break splitting a sentence (二 / 是深化…) joined', async () => {
  const blocks = paragraphs(await blocksOf('003', /^六、其他需要报告/, /(?!)/));
  assert.equal(blocks.length, 2);
  assert.match(blocks[0] ?? '', /水平。二是深化重点领域信息公开。注重公众参与/);
  assert.equal(
    blocks[1],
    '（二）信息处理费收取情况。依据《政府信息公开信息处理费管理办法》，2024年红寺堡区司法局在办理政府信息公开申请中，未收取信息处理费。',
  );
});

test('seed 004: a sub-heading alone on its line becomes a heading; paragraphs wrapped at a fixed width are joined', async () => {
  const blocks = paragraphs(await blocksOf('004', /^一、总体情况/, /^二、主动公开/));
  assert.deepEqual(
    blocks.filter((b) => b.startsWith('###')),
    [
      '### （二）依申请公开',
      '### （三）政府信息管理',
      '### （四）政府信息公开平台建设',
      '### （五）监督保障',
    ],
  );
  assert.equal(blocks[1], '### （二）依申请公开');
  assert.equal(blocks[2], '2023年度区司法局未受理依申请公开办理事项。');
  assert.match(blocks[0] ?? '', /并发布政策解读材料。 2023年，主动公开司法行政工作信息 65条。$/);
});

test('seed 002: markdown artefacts are reduced to their text (**bold**, <autolink>)', async () => {
  const five = paragraphs(await blocksOf('002', /^五、存在的主要问题/, /^六、其他需要报告/));
  assert.match(five[0] ?? '', /主要表现为：一是对政府信息公开宣传有待加强/);
  assert.ok(!five.join('').includes('**'));
  const six = paragraphs(await blocksOf('002', /^六、其他需要报告/, /(?!)/));
  assert.match(
    six.at(-1) ?? '',
    /^本报告电子版可在中卫市人民政府门户网站下载\(https:\/\/www\.nxzw\.gov\.cn\/\)。如对本报告/,
  );
});

test('a page number alone on a line is dropped from prose and reported', () => {
  const dropped: string[] = [];
  const lines = proseLines(['第一段。', '- 3 -', '第 4 页', '12', '第二段。'], 10, (line, t) =>
    dropped.push(`${line}:${t}`),
  );
  assert.deepEqual(
    lines.map((l) => l.text),
    ['第一段。', '第二段。'],
  );
  assert.deepEqual(dropped, ['11:- 3 -', '12:第 4 页', '13:12']);
});

test('no character from the source becomes markup: the body parses back to exactly the text it was given', () => {
  const nasty =
    '1. 不是列表 *不是强调* <script>alert(1)</script> [不是](链接) `不是代码` # 不是标题 &amp; \\ _x_ > 引用';
  const body = buildBody(
    [{ kind: 'paragraph', text: nasty }],
    [
      {
        heading: '一、总体情况',
        blocks: [
          { kind: 'subheading', text: '# （一）<b>主动</b>' },
          { kind: 'paragraph', text: '- 不是列表项' },
        ],
      },
    ],
  );
  const tree = fromMarkdown(body) as Root;
  assert.deepEqual(
    tree.children.map((n) => [
      n.type,
      'depth' in n ? n.depth : 0,
      'children' in n ? n.children.map((c) => ('value' in c ? c.value : c.type)) : [],
    ]),
    [
      ['paragraph', 0, [nasty]],
      ['heading', 2, ['一、总体情况']],
      ['heading', 3, ['# （一）<b>主动</b>']],
      ['paragraph', 0, ['- 不是列表项']],
    ],
  );
});
