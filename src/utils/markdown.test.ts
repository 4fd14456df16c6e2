import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { blockTexts, markdownToHtml, parsedBlockTexts, parsedToHtml, plainExcerpt } from './markdown.ts';
import { plainParagraphs } from './markdownPlain.ts';
import { splitParts } from './parts.ts';

test('renders paragraphs and sub-headings', () => {
  assert.equal(
    markdownToHtml('第一段。\n\n### （二）依申请公开'),
    '<p>第一段。</p>\n<h3>（二）依申请公开</h3>',
  );
});

test('never passes markup from a report through: raw HTML is dropped, text is escaped', () => {
  const html = markdownToHtml('<script>alert(1)</script>\n\n甲<img src=x onerror=alert(1)>乙 \\<b\\>');
  assert.doesNotMatch(html, /<script|<img|onerror=/);
  assert.match(html, /&#x3C;b>/);
});

test('an excerpt is the first paragraph, shortened', () => {
  assert.equal(
    plainExcerpt('## 一、总体情况\n\n根据条例，现发布本报告。\n\n第二段'),
    '根据条例，现发布本报告。',
  );
  assert.equal(plainExcerpt('甲'.repeat(200), 10), `${'甲'.repeat(9)}…`);
});

/** Every address the rendered HTML links to or loads, as written in its attributes. */
const urls = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);

test('links keep only http(s), mailto and site-relative addresses; any other link is its text alone', () => {
  const hostile = [
    '[甲](javascript:alert(1))',
    '[甲](JAVASCRIPT:alert(1))',
    '[甲](jav&#x61;script:alert(1))',
    '[甲](&#106;avascript:alert(1))',
    '[甲](<java\tscript:alert(1)>)',
    '[甲](<\x01javascript:alert(1)>)',
    '[甲](<%20javascript:alert(1)>)',
    '[甲](vbscript:msgbox(1))',
    '[甲](data:text/html,<script>alert(1)</script>)',
    '[甲](//evil.example/)',
    '[甲](file:///etc/passwd)',
    '[甲][r]\n\n[r]: javascript:alert(1)',
  ];
  for (const md of hostile) {
    assert.equal(markdownToHtml(md), '<p>甲</p>', md);
  }
  // A backslash a browser would read as a slash (`/\host` is another site) is percent-encoded.
  for (const md of ['[甲](/\\evil.example/)', '[甲](\\\\evil.example/)'])
    for (const url of urls(markdownToHtml(md))) assert.match(url ?? '', /^[^/\\]|^\/[^/\\]/, md);
  // An autolink to another scheme shows its address as text, not as a link.
  assert.equal(markdownToHtml('<javascript:alert(1)>'), '<p>javascript:alert(1)</p>');
  assert.deepEqual(
    urls(
      markdownToHtml(
        '[a](https://www.gov.cn/a) [b](HTTP://x.cn) [c](mailto:gk@x.gov.cn) [d](/agencies/) [e](#part-2) [f](../2022/) [g](2022/?q=1)',
      ),
    ),
    [
      'https://www.gov.cn/a',
      'HTTP://x.cn',
      'mailto:gk@x.gov.cn',
      '/agencies/',
      '#part-2',
      '../2022/',
      '2022/?q=1',
    ],
  );
});

test('images are never loaded: an http(s) image becomes a link named by its alt text, any other its alt text', () => {
  assert.equal(
    markdownToHtml('![机构图](https://evil.example/x.png)'),
    '<p><a href="https://evil.example/x.png">机构图</a></p>',
  );
  assert.equal(
    markdownToHtml('![](https://evil.example/x.png)'),
    '<p><a href="https://evil.example/x.png">https://evil.example/x.png</a></p>',
  );
  assert.equal(markdownToHtml('![图](javascript:alert(1))'), '<p>图</p>');
  assert.equal(markdownToHtml('![图](<data:image/svg+xml,x>)'), '<p>图</p>');
  assert.equal(markdownToHtml('![图][r]\n\n[r]: /x.png'), '<p>图</p>');
  assert.doesNotMatch(markdownToHtml('[![图](https://x.cn/a.png)](https://x.cn/)'), /<img/);
});

test('raw HTML of any kind never reaches the page as markup', () => {
  const md = [
    '<script>alert(1)</script>',
    '<iframe src="https://evil.example/"></iframe>',
    '甲<img src=x onerror=alert(1)>乙',
    '<a href="javascript:alert(1)">丙</a>',
    '<svg onload=alert(1)>',
    '<object data="x"></object><embed src="x"><form action="javascript:alert(1)"><button formaction="javascript:alert(1)">丁</button></form>',
    '<style>body{display:none}</style><link rel=stylesheet href=//evil.example/x.css><meta http-equiv=refresh content="0;url=javascript:alert(1)">',
    '<!-- <script>alert(1)</script> -->',
    '<div\nonclick="alert(1)">戊</div>',
  ].join('\n\n');
  const html = markdownToHtml(md);
  assert.doesNotMatch(html, /<(?!\/?p>)/, html);
  assert.doesNotMatch(html, /\son\w+=/i);
  assert.match(html, /甲乙/);
});

/** An anchor on every other block, as a report page puts them on paragraphs the checks read. */
const everyOther = (i: number) => (i % 2 === 1 ? `stated-3-${i}` : undefined);

test('prose of plain lines is rendered without the parser, exactly as the parser renders it', () => {
  assert.deepEqual(plainParagraphs('第一段。\n\n第二段，共12件。\n'), ['第一段。', '第二段，共12件。']);
  assert.equal(plainParagraphs('第一段。\n第二行'), undefined, 'two lines in a row are one paragraph');
  assert.equal(
    plainParagraphs('\u3000\u3000缩进'),
    undefined,
    'whitespace at either end is left to the parser',
  );
  assert.equal(
    markdownToHtml('第一段。\n\n第二段。', everyOther),
    '<p>第一段。</p>\n<p id="stated-3-1">第二段。</p>',
  );
  // Anything Markdown or HTML could read as markup, at any place, in any mix of lines.
  const piece = fc.constantFrom(
    '第一段',
    '共12件。',
    '1.',
    '2)',
    '12',
    '#',
    '-',
    '+',
    '*',
    '_',
    '=',
    '>',
    '<b>',
    '&amp;',
    '&',
    '\\',
    '`',
    '[链接](https://example.org)',
    '!',
    '~',
    '"',
    "'",
    ' ',
    '  ',
    '    ',
    '\t',
    '\u3000',
    '\u00a0',
    '\n',
    '\n\n',
    '\n \n',
    '\r\n',
    '\r',
    '\0',
    '\u0001',
    '\u2028',
    '\ufeff',
    '𠀀',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const markdown = pieces.join('');
      assert.equal(
        markdownToHtml(markdown, everyOther),
        parsedToHtml(markdown, everyOther),
        JSON.stringify(markdown),
      );
      assert.equal(markdownToHtml(markdown), parsedToHtml(markdown), JSON.stringify(markdown));
      assert.deepEqual(blockTexts(markdown), parsedBlockTexts(markdown), JSON.stringify(markdown));
    }),
    { numRuns: 5000 },
  );
});

test('every part of every bundled report renders as the parser renders it, and most take the plain path', async () => {
  const reports = join(import.meta.dirname, '../../content/reports');
  let sections = 0;
  let plain = 0;
  for (const agency of await readdir(reports))
    for (const file of await readdir(join(reports, agency))) {
      const text = await readFile(join(reports, agency, file), 'utf8');
      const body = text.slice(text.indexOf('\n---', 3) + 4);
      const { preamble, parts } = splitParts(body);
      for (const markdown of [preamble, ...parts.map((p) => p.markdown)]) {
        if (!markdown) continue;
        sections += 1;
        if (plainParagraphs(markdown)) plain += 1;
        assert.equal(
          markdownToHtml(markdown, everyOther),
          parsedToHtml(markdown, everyOther),
          `${agency}/${file}`,
        );
        assert.deepEqual(blockTexts(markdown), parsedBlockTexts(markdown), `${agency}/${file}`);
      }
    }
  assert.ok(sections > 30, `${sections} sections`);
  assert.ok(plain > sections / 2, `${plain} of ${sections} sections plain`);
});
