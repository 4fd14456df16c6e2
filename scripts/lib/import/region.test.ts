import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  confirmedByText,
  differingChars,
  findPlace,
  fullAgencyName,
  isStatisticalZone,
  matchPlace,
  nearPlaces,
  parentDivision,
  placeBefore,
  placePrefix,
  placeStem,
  resolveRegion,
} from './region.ts';

test('偃师区 and 红寺堡区 resolve to their county-level divisions', () => {
  const yanshi = matchPlace('偃师区司法局');
  assert.equal(yanshi.candidates.length, 1);
  assert.deepEqual(yanshi.candidates[0], {
    code: '410307',
    level: 'county',
    province: '河南省',
    city: '洛阳市',
    county: '偃师区',
  });
  assert.equal(yanshi.length, 3);
  const hongsibu = matchPlace('红寺堡区司法局');
  assert.deepEqual(hongsibu.candidates[0], {
    code: '640303',
    level: 'county',
    province: '宁夏回族自治区',
    city: '吴忠市',
    county: '红寺堡区',
  });
});

test('a prefecture-level city resolves to its city code; a name with its city before the county resolves to the county', () => {
  assert.deepEqual(matchPlace('中卫市司法局').candidates, [
    { code: '640500', level: 'city', province: '宁夏回族自治区', city: '中卫市' },
  ]);
  const full = matchPlace('吴忠市利通区司法局');
  assert.deepEqual([full.candidates.map((c) => c.code), full.length], [['640302'], 6]);
});

test('a county name shared by several places is ambiguous', () => {
  const { candidates } = matchPlace('朝阳区司法局');
  assert.ok(candidates.length >= 2);
  assert.ok(candidates.some((c) => c.province === '北京市'));
  assert.equal(matchPlace('北京市朝阳区司法局').candidates.length, 1);
});

test('--region takes a six-digit code or a place name, and says when a name is ambiguous', () => {
  assert.equal(resolveRegion('410307').division?.county, '偃师区');
  assert.equal(resolveRegion('洛阳市偃师区').division?.code, '410307');
  assert.equal(resolveRegion('宁夏回族自治区/吴忠市/红寺堡区').division?.code, '640303');
  assert.match(resolveRegion('朝阳区').message ?? '', /ambiguous.*110105/);
  assert.match(resolveRegion('999999').message ?? '', /no administrative division/);
});

test('full names: city and county for a county, the municipality for its districts', () => {
  const d = resolveRegion('410307').division;
  assert.ok(d);
  assert.equal(fullAgencyName(d, '司法局'), '洛阳市偃师区司法局');
  const chaoyang = resolveRegion('110105').division;
  assert.ok(chaoyang);
  assert.equal(chaoyang.city, undefined);
  assert.equal(fullAgencyName(chaoyang, '司法局'), '北京市朝阳区司法局');
});

test('a place name without its level word, as zones print it', () => {
  assert.equal(placeStem('淮安市'), '淮安');
  assert.equal(placeStem('平潭县'), '平潭');
  assert.equal(placeStem('宁夏回族自治区'), '宁夏');
  assert.equal(placeStem('延边朝鲜族自治州'), '延边');
  assert.equal(placeStem('江苏省'), '江苏');
  assert.equal(placeStem('沛县'), undefined);
});

test('development zones under statistical codes (5th digit 7) are not divisions; their parent is', () => {
  const zone = resolveRegion('320871').division;
  assert.ok(zone);
  assert.equal(isStatisticalZone(zone), true);
  assert.equal(parentDivision(zone)?.code, '320800');
  const pudong = resolveRegion('310115').division;
  assert.ok(pudong);
  assert.equal(isStatisticalZone(pudong), false);
  assert.equal(parentDivision(pudong)?.code, '310000');
});

test('names one character off: same length, same level word; the longest such name', () => {
  assert.deepEqual(
    nearPlaces('洪择区人民政府')
      .candidates.map((d) => d.code)
      .sort(),
    ['320813', '420111'],
  );
  const inCity = nearPlaces('淮安市洪择区人民政府');
  assert.deepEqual([inCity.printed, inCity.candidates.map((d) => d.code)], ['淮安市洪择区', ['320813']]);
  // Two characters: only the level word would be left to go by.
  assert.deepEqual(nearPlaces('沛市人民政府').candidates, []);
  assert.equal(differingChars('洪择区', '洪泽区'), 1);
});

test('the text confirms one candidate by a longer name of it, else by its city or province', () => {
  const chaoyang = matchPlace('朝阳区').candidates;
  assert.equal(confirmedByText(chaoyang, '长春市朝阳区司法局')?.code, '220104');
  assert.equal(confirmedByText(chaoyang, '北京市人民政府')?.code, '110105');
  assert.equal(confirmedByText(chaoyang, '司法局'), undefined);
});

const found = (name: string, text = '') => {
  const r = findPlace(name, text);
  return {
    code: r.place?.division.code,
    printed: r.place?.printed,
    codes: [...r.problems, ...(r.place?.problems ?? [])].map((p) => `${p.severity}:${p.code}`),
  };
};

test('findPlace: a division the name starts with, as before, with nothing to say', () => {
  assert.deepEqual(found('洪泽区人民政府'), { code: '320813', printed: '洪泽区', codes: [] });
  assert.deepEqual(found('吴忠市利通区司法局'), { code: '640302', printed: '吴忠市利通区', codes: [] });
});

test('findPlace: a misread county after its city is that city’s county, with a warning', () => {
  const r = findPlace('淮安市洪择区人民政府', '');
  assert.equal(r.place?.division.code, '320813');
  assert.deepEqual([r.place?.printed, r.place?.spelled], ['淮安市洪择区', '淮安市洪泽区']);
  assert.match(
    r.place?.problems[0]?.message ?? '',
    /“淮安市洪择区” read as 淮安市洪泽区 \(320813\), one character differs/,
  );
});

test('findPlace: zones go under the city, county or province they are named after', () => {
  assert.deepEqual(found('淮安经济技术开发区管理委员会'), {
    code: '320800',
    printed: '淮安',
    codes: ['warning:agency-in-zone'],
  });
  assert.deepEqual(found('苏州工业园区管理委员会'), {
    code: '320500',
    printed: '苏州',
    codes: ['warning:agency-in-zone'],
  });
  assert.deepEqual(found('平潭综合实验区管委会'), {
    code: '350128',
    printed: '平潭',
    codes: ['warning:agency-in-zone'],
  });
  assert.deepEqual(found('南京市江北新区管理委员会'), {
    code: '320100',
    printed: '南京市',
    codes: ['warning:agency-in-zone'],
  });
  // 河北 starts 河北省 and 天津市河北区: a zone is named after the broader place.
  assert.deepEqual(found('河北雄安新区管理委员会'), {
    code: '130000',
    printed: '河北',
    codes: ['warning:agency-in-zone'],
  });
});

test('findPlace: a real district whose name ends in 新区 is a division like any other', () => {
  assert.deepEqual(found('上海市浦东新区人民政府'), { code: '310115', printed: '上海市浦东新区', codes: [] });
});

test('findPlace: nothing that fits is an error naming what was tried and asking for --region', () => {
  const r = findPlace('某某镇人民政府', '');
  assert.deepEqual(
    r.problems.map((p) => p.code),
    ['region'],
  );
  assert.match(r.problems[0]?.message ?? '', /character off.*zone.*--region/);
});

test('the place printed just before a position in the text, the longest name first', () => {
  const text = '本报告由上海市科学技术委员会编制';
  assert.equal(placeBefore(text, text.indexOf('科学'))?.name, '上海市');
  const huaian = '江苏省淮安市洪泽区人民政府';
  assert.deepEqual(
    placeBefore(huaian, huaian.indexOf('人民'))?.candidates.map((d) => d.code),
    ['320813'],
  );
  assert.equal(placeBefore('本报告由市科学技术委员会', 6), undefined);
});

test('how a name starts with a division’s place: a full name, the stem before a zone, or the bare level word', () => {
  const d = resolveRegion('321322').division;
  assert.ok(d);
  assert.equal(placePrefix(d, '宿迁市沭阳县发展和改革局'), '宿迁市沭阳县');
  assert.equal(placePrefix(d, '县发改局'), '县');
  assert.equal(placePrefix(d, '利通区司法局'), undefined);
  const pingtan = resolveRegion('350128').division;
  assert.ok(pingtan);
  assert.equal(placePrefix(pingtan, '平潭综合实验区管委会'), '平潭');
});

test('findPlace: a county its city does not have in the gazetteer is refused, not taken as a kind of agency', () => {
  const r = findPlace('淮安市清河区人民政府', '');
  assert.equal(r.place, undefined);
  assert.match(r.problems[0]?.message ?? '', /“清河区” after 江苏省淮安市 \(320800\).*--region/);
});
