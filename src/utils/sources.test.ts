import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishedSource } from './sources.ts';

test('a saved web page is published as text, other originals as they are', () => {
  assert.equal(
    publishedSource('sources/321322-fazhanhegaigeju/2023.html'),
    'sources/321322-fazhanhegaigeju/2023.html.txt',
  );
  assert.equal(
    publishedSource('sources/320800-renminzhengfu/2024.pdf'),
    'sources/320800-renminzhengfu/2024.pdf',
  );
  assert.equal(publishedSource('sources/640302-sifaju/2023.txt'), 'sources/640302-sifaju/2023.txt');
});

test('an original under any name a browser would run or render as markup is published as text', () => {
  for (const ext of [
    'svg',
    'SVG',
    'js',
    'mjs',
    'xml',
    'xhtml',
    'HTM',
    'shtml',
    'xsl',
    'css',
    'swf',
    'wasm',
    'json',
    'rss',
  ])
    assert.equal(publishedSource(`sources/x/2023.${ext}`), `sources/x/2023.${ext}.txt`, ext);
  assert.equal(publishedSource('sources/x/2023'), 'sources/x/2023.txt');
  assert.equal(publishedSource('sources/x/2023.md'), 'sources/x/2023.md');
  assert.equal(publishedSource('sources/x/2023.PDF'), 'sources/x/2023.PDF');
});
