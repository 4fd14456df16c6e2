import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { agencySchema } from '../../../src/schemas/agency.ts';
import { readSeed, repoAgencies, repoContent } from '../testkit/import.ts';
import {
  agencyYaml,
  findWebsite,
  fullKindAt,
  isSubsequence,
  kindClass,
  kindPinyin,
  looksShort,
  resolveAgency,
} from './agency.ts';

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

const codes = (problems: readonly { severity: string; code: string }[]) =>
  problems.map((p) => `${p.severity}:${p.code}`);

test('a short name is resolved from the full name the report prints after the same place', () => {
  for (const [name, text, id, full] of [
    [
      '沭阳县人社局',
      '请与沭阳县人力资源和社会保障局办公室联系',
      '321322-renliziyuanheshehuibaozhangju',
      '宿迁市沭阳县人力资源和社会保障局',
    ],
    [
      '洪泽区发改局',
      '本报告由淮安市洪泽区发展和改革局编制。',
      '320813-fazhanhegaigeju',
      '淮安市洪泽区发展和改革局',
    ],
    [
      '洪泽区政府办',
      '本报告由淮安市洪泽区人民政府办公室编制。',
      '320813-renminzhengfubangongshi',
      '淮安市洪泽区人民政府办公室',
    ],
  ] as const) {
    const { agency, problems } = resolveAgency(name, {}, [], text);
    assert.deepEqual([agency?.id, agency?.data.name, agency?.data.shortName], [id, full, name], name);
    assert.deepEqual(codes(problems), ['warning:agency-short-name'], name);
    assert.match(problems[0]?.message ?? '', new RegExp(`“${name}” is a short name: took`));
  }
});

test('a short name of a known agency resolves to it: 沭阳县发改局 is the bundled 沭阳县发展和改革局', async () => {
  const text = '现向社会公布沭阳县发展和改革局2023年度政府信息公开年度报告。沭阳县发改局……';
  const { agency, problems } = resolveAgency('沭阳县发改局', {}, await repoAgencies(), text);
  assert.deepEqual([agency?.id, agency?.isNew], ['321322-fazhanhegaigeju', false]);
  assert.deepEqual(codes(problems), ['warning:agency-short-name']);
});

test('a bare level word (市科委): the place and the full name both come from the text', () => {
  const text = '本报告由上海市科学技术委员会根据《条例》编制。市科委坚持以公开为常态。';
  const { agency, problems } = resolveAgency('市科委', {}, [], text);
  assert.deepEqual(
    [agency?.id, agency?.data.name, agency?.data.shortName],
    ['310000-kexuejishuweiyuanhui', '上海市科学技术委员会', '上海市科委'],
  );
  assert.deepEqual(codes(problems), ['warning:region-from-text', 'warning:agency-short-name']);
});

test('--region places a bare name (区发改局); the full name still has to come from the text', () => {
  const settled = resolveAgency('区发改局', { region: '320813' }, [], '区发展和改革局坚持……');
  assert.deepEqual(
    [settled.agency?.id, settled.agency?.data.name],
    ['320813-fazhanhegaigeju', '淮安市洪泽区发展和改革局'],
  );
  const unsettled = resolveAgency('区发改局', { region: '320813' }, [], '区发改局坚持……');
  assert.equal(unsettled.agency, undefined);
  assert.deepEqual(codes(unsettled.problems), ['error:agency-short-name']);
  assert.match(
    unsettled.problems[0]?.message ?? '',
    /does not print its full name after 洪泽区; pass --agency/,
  );
});

test('a short name the text does not spell out is refused, never expanded from a dictionary', () => {
  for (const name of ['沭阳县发改局', '沭阳县卫健委', '洪泽区政府办', '平潭综合实验区管委会']) {
    const { agency, problems } = resolveAgency(name, {}, [], `${name}全年主动公开信息。`);
    assert.equal(agency, undefined, name);
    assert.ok(codes(problems).includes('error:agency-short-name'), name);
    assert.match(problems.at(-1)?.message ?? '', /pass --agency <id or full name>/, name);
  }
});

test('two full names in the text that fit a short name: refused, listing both', () => {
  const text = '本报告由沭阳县发展和改革局编制……如有疑问请与沭阳县发展改革局联系。';
  const { agency, problems } = resolveAgency('沭阳县发改局', {}, [], text);
  assert.equal(agency, undefined);
  assert.deepEqual(codes(problems), ['error:agency-short-name-ambiguous']);
  assert.match(problems[0]?.message ?? '', /沭阳县发展和改革局, 沭阳县发展改革局.*--agency/);
});

test('a full name is never lengthened: the text’s longer names ending otherwise or cut at the kind do not count', () => {
  const text = '淮安市洪泽区人民政府办公室；洪泽区司法局局长；沭阳县发展和改革局价格认证中心';
  assert.deepEqual(codes(resolveAgency('洪泽区人民政府', {}, [], text).problems), []);
  assert.deepEqual(codes(resolveAgency('洪泽区司法局', {}, [], text).problems), []);
  assert.deepEqual(codes(resolveAgency('沭阳县发展和改革局', {}, [], text).problems), []);
});

test('政府 for 人民政府: from the text when it prints it, else read as such with a warning', () => {
  const { agency, problems } = resolveAgency('洪泽区政府', {}, [], '');
  assert.deepEqual([agency?.id, agency?.data.name], ['320813-renminzhengfu', '淮安市洪泽区人民政府']);
  assert.deepEqual(codes(problems), ['warning:agency-short-name']);
});

test('--agency names the agency by its full name (the title printed a short one)', () => {
  const { agency, problems } = resolveAgency(
    '沭阳县人力资源和社会保障局',
    { agency: '沭阳县人力资源和社会保障局' },
    [],
    '',
  );
  assert.deepEqual(problems, []);
  assert.equal(agency?.id, '321322-renliziyuanheshehuibaozhangju');
});

test('a place misread by one character is resolved with a warning naming both spellings', () => {
  const inCity = resolveAgency('淮安市洪择区人民政府', {}, [], '');
  assert.deepEqual(
    [inCity.agency?.id, inCity.agency?.data.shortName],
    ['320813-renminzhengfu', '淮安市洪泽区人民政府'],
  );
  assert.deepEqual(codes(inCity.problems), ['warning:place-misread']);
  assert.match(
    inCity.problems[0]?.message ?? '',
    /“淮安市洪择区” read as 淮安市洪泽区 \(320813\), one character differs/,
  );
  // 洪择区 is one character from 洪泽区 (淮安市) and 洪山区 (武汉市): the text's 淮安市 settles it.
  const byText = resolveAgency('洪择区人民政府', {}, [], '本报告由淮安市洪择区人民政府办公室编制');
  assert.equal(byText.agency?.id, '320813-renminzhengfu');
  assert.match(
    byText.problems[0]?.message ?? '',
    /“洪择区” read as 洪泽区 \(320813\), one character differs, confirmed/,
  );
  const unsettled = resolveAgency('洪择区人民政府', {}, [], '');
  assert.equal(unsettled.agency, undefined);
  assert.deepEqual(codes(unsettled.problems), ['error:place-misread-ambiguous']);
  assert.match(unsettled.problems[0]?.message ?? '', /洪泽区 \(320813\).*洪山区 \(420111\).*--region/);
});

test('an ambiguous place the report names in full is settled by it, with a warning', () => {
  const { agency, problems } = resolveAgency('朝阳区司法局', {}, [], '如有疑问请与北京市朝阳区司法局联系');
  assert.equal(agency?.id, '110105-sifaju');
  assert.deepEqual(codes(problems), ['warning:region-from-text']);
});

test('agencies of zones are placed under the division they belong to, named as printed, with a warning', () => {
  for (const [name, text, id, full] of [
    [
      '淮安经济技术开发区管理委员会',
      '',
      '320800-jingjijishukaifaquguanliweiyuanhui',
      '淮安经济技术开发区管理委员会',
    ],
    ['南京市江北新区管理委员会', '', '320100-jiangbeixinquguanliweiyuanhui', '南京市江北新区管理委员会'],
    [
      '平潭综合实验区管委会',
      '平潭综合实验区管理委员会',
      '350128-zongheshiyanquguanliweiyuanhui',
      '平潭综合实验区管理委员会',
    ],
  ] as const) {
    const { agency, problems } = resolveAgency(name, {}, [], text);
    assert.deepEqual([agency?.id, agency?.data.name], [id, full], name);
    assert.equal(problems[0]?.code, 'agency-in-zone', name);
    assert.match(
      problems[0]?.message ?? '',
      /is not an administrative division of its own.*placed the agency under/,
    );
    assert.ok(agencySchema.safeParse(agency?.data).success, name);
  }
});

test('every new agency validates against the agency schema', () => {
  for (const [name, text] of [
    ['洪泽区人民政府', ''],
    ['上海市人民政府', ''],
    ['沭阳县人社局', '沭阳县人力资源和社会保障局'],
    ['淮安市洪择区人民政府', ''],
  ] as const) {
    const { agency } = resolveAgency(name, {}, [], text);
    assert.ok(agencySchema.safeParse(agency?.data).success, name);
  }
});

test('the full form of a short kind: same first character, same final word, its characters in order', () => {
  assert.equal(fullKindAt('发改局', '发展和改革局坚持'), '发展和改革局');
  assert.equal(fullKindAt('科委', '科学技术委员会办公室'), '科学技术委员会');
  assert.equal(fullKindAt('管委会', '管理委员会'), '管理委员会');
  assert.equal(fullKindAt('政府', '人民政府'), '人民政府');
  assert.equal(fullKindAt('司法局', '司法局局长'), undefined);
  assert.equal(fullKindAt('人社局', '区人力资源和社会保障局'), undefined);
  assert.equal(kindClass('卫生健康委员会'), kindClass('卫健委'));
  assert.equal(kindClass('人民政府办公室'), kindClass('政府办'));
  assert.equal(isSubsequence('人社局', '人力资源和社会保障局'), true);
  assert.equal(isSubsequence('社人局', '人力资源和社会保障局'), false);
  assert.equal(looksShort('发改局'), true);
  assert.equal(looksShort('发展和改革局'), false);
  assert.equal(looksShort('司法局'), false);
});

test('a kind that starts with its level’s word (市场监督管理局, 县级机关事务管理局) is no short form of a longer one', () => {
  for (const [name, id, full] of [
    ['淮安市市场监督管理局', '320800-shichangjianduguanliju', '淮安市市场监督管理局'],
    ['北京市市场监督管理局', '110000-shichangjianduguanliju', '北京市市场监督管理局'],
    ['沭阳县县级机关事务管理局', '321322-xianjijiguanshiwuguanliju', '宿迁市沭阳县县级机关事务管理局'],
  ] as const) {
    // The report prints the name again, as reports do: it must not be read as 淮安 + 市市场监督管理局.
    const { agency, problems } = resolveAgency(
      name,
      {},
      [],
      `${name}2023年政府信息公开工作年度报告。${name}`,
    );
    assert.deepEqual(problems, [], name);
    assert.deepEqual([agency?.id, agency?.data.name], [id, full]);
  }
});

test('a national system’s local office (国家税务总局淮安市洪泽区税务局) is placed by the place after the system’s name', () => {
  const { agency, problems } = resolveAgency('国家税务总局淮安市洪泽区税务局', {}, [], '');
  assert.deepEqual(problems, []);
  assert.equal(agency?.id, '320813-shuiwuju');
  assert.equal(agency?.data.name, '国家税务总局淮安市洪泽区税务局');
  assert.equal(agency?.data.region.code, '320813');
  assert.equal(agencySchema.safeParse(agency?.data).success, true);
  // A place the name does not settle is still refused, with what to pass.
  const vague = resolveAgency('国家统计局淮安调查队', {}, [], '');
  assert.equal(vague.agency, undefined);
  assert.match(vague.problems[0]?.message ?? '', /--region/);
});

test('a city without districts (东莞市, 中山市, 儋州市, 嘉峪关市) is a city, not a county of itself', () => {
  for (const [name, id, full] of [
    ['东莞市人民政府', '441900-renminzhengfu', '东莞市人民政府'],
    ['中山市教育局', '442000-jiaoyuju', '中山市教育局'],
    ['儋州市人民政府', '460400-renminzhengfu', '儋州市人民政府'],
    ['嘉峪关市人民政府', '620200-renminzhengfu', '嘉峪关市人民政府'],
  ] as const) {
    const { agency, problems } = resolveAgency(name, {}, [], '');
    assert.deepEqual(problems, [], name);
    assert.deepEqual([agency?.id, agency?.data.name, agency?.data.level], [id, full, 'city'], name);
  }
});
