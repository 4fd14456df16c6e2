import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agencyFilterQuery, chainOf, inRegion, readAgencyFilter } from './agencyFilter.ts';

test('the URL keeps a region code and a kind; anything else is read as no filter', () => {
  assert.deepEqual(readAgencyFilter('?region=640300&kind=%E5%8F%B8%E6%B3%95%E5%B1%80'), {
    region: '640300',
    kind: '司法局',
  });
  assert.deepEqual(readAgencyFilter('?region=64&kind='), { region: '', kind: '' });
  assert.deepEqual(readAgencyFilter(''), { region: '', kind: '' });
  assert.equal(
    agencyFilterQuery({ region: '640300', kind: '司法局' }),
    '?region=640300&kind=%E5%8F%B8%E6%B3%95%E5%B1%80',
  );
  assert.equal(agencyFilterQuery({ region: '', kind: '' }), '');
  const f = { region: '', kind: '人民政府' };
  assert.deepEqual(readAgencyFilter(agencyFilterQuery(f)), f);
});

test('a group lies in a region when the region is on its chain, at any level', () => {
  assert.ok(inRegion('640000 640300 640302', '640300'));
  assert.ok(inRegion('640000 640300 640302', '640302'));
  assert.ok(inRegion('640000', ''));
  assert.ok(!inRegion('640000 640500', '640300'));
  // A code is matched whole, never as a prefix.
  assert.ok(!inRegion('640000 640300 640302', '6403'));
});

test('a region’s chain of codes, province first, by its parents', () => {
  const parents: Record<string, string> = { '640302': '640300', '640300': '640000', '310115': '310000' };
  const known = (c: string) => c in parents || c.endsWith('0000');
  const parentOf = (c: string) => parents[c];
  assert.deepEqual(chainOf('640302', parentOf, known), ['640000', '640300', '640302']);
  assert.deepEqual(chainOf('310115', parentOf, known), ['310000', '310115']);
  assert.deepEqual(chainOf('640000', parentOf, known), ['640000']);
  assert.deepEqual(chainOf('999999', parentOf, known), []);
});
