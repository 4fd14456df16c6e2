import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { agencyYaml, findWebsite, kindPinyin, resolveAgency } from './agency.ts';
import { readSeed, repoAgencies, repoContent } from './testkit.ts';

test('the id suffix is the toneless pinyin of the agency kind', () => {
  assert.equal(kindPinyin('司法局'), 'sifaju');
  assert.equal(kindPinyin('人民政府办公室'), 'renminzhengfubangongshi');
  assert.equal(kindPinyin('发展和改革局'), 'fazhanhegaigeju');
});

test('a known agency is found by the name it prints', async () => {
  const { agency, problems } = resolveAgency('利通区司法局', {}, await repoAgencies(), '');
  assert.deepEqual(problems, []);
  assert.deepEqual([agency?.id, agency?.isNew], ['640302-sifaju', false]);
});

test('a new agency is resolved against the division dataset and written like the bundled entries', async () => {
  for (const [name, seed, id] of [
    ['偃师区司法局', '004', '410307-sifaju'],
    ['红寺堡区司法局', '003', '640303-sifaju'],
    ['中卫市司法局', '002', '640500-sifaju'],
  ] as const) {
    const { agency, problems } = resolveAgency(name, {}, [], await readSeed(seed));
    assert.deepEqual(problems, [], name);
    assert.deepEqual([agency?.id, agency?.isNew], [id, true]);
    const bundled = await readFile(join(repoContent, 'agencies', `${id}.yaml`), 'utf8');
    assert.equal(agencyYaml(agency?.data ?? ({} as never)), bundled, name);
  }
});

test('an ambiguous place asks for --region; --region settles it', () => {
  const ambiguous = resolveAgency('朝阳区司法局', {}, [], '');
  assert.equal(ambiguous.agency, undefined);
  assert.equal(ambiguous.problems[0]?.code, 'region-ambiguous');
  assert.match(ambiguous.problems[0]?.message ?? '', /--region/);
  const settled = resolveAgency('朝阳区司法局', { region: '110105' }, [], '');
  assert.deepEqual(settled.problems, []);
  assert.equal(settled.agency?.id, '110105-sifaju');
  assert.equal(settled.agency?.data.name, '北京市朝阳区司法局');
});

test('a place that is no division asks for --region; a region that does not fit the name is refused', () => {
  assert.equal(resolveAgency('某某镇人民政府', {}, [], '').problems[0]?.code, 'region');
  assert.equal(resolveAgency('利通区司法局', { region: '410307' }, [], '').problems[0]?.code, 'agency-kind');
});

test('the website of a new agency is the first government address in the text, normalised', () => {
  assert.equal(
    findWebsite('见“红寺堡区人民政府官网”（<http://www.hongsibu.gov.cn>）查阅'),
    'http://www.hongsibu.gov.cn/',
  );
  assert.equal(findWebsite('(www. ltq. gov. cn)(http://www.l tq. gov. cn)'), undefined);
  assert.equal(findWebsite('https://example.com/ 与 https://www.nxzw.gov.cn/'), 'https://www.nxzw.gov.cn/');
});
