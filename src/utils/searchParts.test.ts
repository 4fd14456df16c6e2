import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultPartPages,
  parsePartPages,
  partFolder,
  partsManifest,
  readPartsManifest,
} from './searchParts.ts';

test('the first part is the main index; later parts are numbered folders below it', () => {
  assert.equal(partFolder(1), '');
  assert.equal(partFolder(2), 'part/2/');
  assert.deepEqual(partsManifest(1), { parts: [] });
  assert.deepEqual(partsManifest(3), { parts: ['part/2/', 'part/3/'] });
});

test('the part size comes from SITE_SEARCH_PART_PAGES, and a bad value is refused by name', () => {
  assert.equal(parsePartPages(undefined), defaultPartPages);
  assert.equal(parsePartPages(' '), defaultPartPages);
  assert.equal(parsePartPages('250'), 250);
  assert.throws(() => parsePartPages('0'), /SITE_SEARCH_PART_PAGES must be a whole number.*"0"/);
  assert.throws(() => parsePartPages('1e3x'), /SITE_SEARCH_PART_PAGES/);
});

test('a manifest the search page fetches is read defensively: only part folders, nothing else', () => {
  assert.deepEqual(readPartsManifest({ parts: ['part/2/', '../evil/', 3, 'part/10/'] }), [
    'part/2/',
    'part/10/',
  ]);
  assert.deepEqual(readPartsManifest(null), []);
  assert.deepEqual(readPartsManifest({ parts: 'part/2/' }), []);
});
