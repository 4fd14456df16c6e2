import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Agency } from '../schemas/agency.ts';
import {
  filterOptions,
  mergeFilterOptions,
  pagefindOptions,
  parseSearchState,
  phraseOccurrences,
  phraseQuery,
  rankPhraseMatches,
  rankWholeTerm,
  readFilterOptions,
  searchRecord,
  searchStateToParams,
  sortValueFromMeta,
  yearsInOrder,
} from './search.ts';

const agency = (name: string, province: string, city?: string, kind = '司法局'): Agency => ({
  name,
  shortName: name,
  kind,
  level: city ? 'county' : 'province',
  region: { province, city, code: '000000' },
});
const litong = agency('吴忠市利通区司法局', '宁夏回族自治区', '吴忠市');

test('a report is indexed with agency, year, region and title, filterable by year, province, city, agency and kind', () => {
  const record = searchRecord(litong, { year: 2022, title: '利通区司法局2022年政府信息公开工作年度报告' });
  assert.deepEqual(record.meta, {
    agency: '吴忠市利通区司法局',
    region: '宁夏回族自治区 吴忠市',
    type: 'report',
    title: '利通区司法局2022年政府信息公开工作年度报告',
    year: '2022',
  });
  assert.deepEqual(record.filters, {
    年度: ['2022'],
    地区: ['宁夏回族自治区', '吴忠市'],
    机关: ['吴忠市利通区司法局'],
    机关类型: ['司法局'],
  });
  assert.deepEqual(record.sort, { year: '2022' });
});

test('an agency page has no year: no year filter or sort key, and its title is the agency name', () => {
  const record = searchRecord(agency('河南省司法厅', '河南省', undefined, '司法厅'));
  assert.equal(record.meta.title, '河南省司法厅');
  assert.equal(record.meta.type, 'agency');
  assert.equal(record.meta.year, undefined);
  assert.deepEqual(record.filters.地区, ['河南省']);
  assert.equal(record.filters.年度, undefined);
  assert.deepEqual(record.sort, {});
});

test("a page's sort value read back from its metadata is the one it was indexed with (the merge of index parts relies on it)", () => {
  const report = searchRecord(litong, { year: 2022, title: '利通区司法局2022年政府信息公开工作年度报告' });
  for (const [key, value] of Object.entries(report.sort))
    assert.equal(sortValueFromMeta(key, report.meta), value);
  const page = searchRecord(litong);
  assert.equal(sortValueFromMeta('year', page.meta), undefined, 'an agency page is not sorted by year');
  assert.equal(sortValueFromMeta('other', report.meta), undefined);
});

test('a search round-trips through the URL, dropping empty and unknown parameters', () => {
  const state = parseSearchState(new URLSearchParams('q=+法律援助+&year=2023&region=&sort=newest&x=1'));
  assert.deepEqual(state, { q: '法律援助', filters: { year: '2023' }, sort: 'newest' });
  assert.equal(
    searchStateToParams(state).toString(),
    'q=%E6%B3%95%E5%BE%8B%E6%8F%B4%E5%8A%A9&year=2023&sort=newest',
  );
  assert.deepEqual(parseSearchState(searchStateToParams(state)), state);
  assert.equal(parseSearchState(new URLSearchParams('sort=random')).sort, 'relevance');
});

test('filters reach Pagefind under their Chinese names; year sort only when asked', () => {
  const state = parseSearchState(new URLSearchParams('q=x&region=吴忠市&kind=司法局'));
  assert.deepEqual(pagefindOptions(state), { filters: { 地区: '吴忠市', 机关类型: '司法局' } });
  assert.deepEqual(pagefindOptions({ ...state, sort: 'oldest' }).sort, { year: 'asc' });
});

test('filter options: years newest first, provinces with their cities, agencies and kinds once each', () => {
  const options = filterOptions(
    [
      litong,
      agency('中卫市司法局', '宁夏回族自治区', '中卫市'),
      agency('河南省司法厅', '河南省', undefined, '司法厅'),
    ],
    [2022, 2024, 2023, 2023],
  );
  assert.deepEqual(options.year, ['2024', '2023', '2022']);
  assert.deepEqual(options.region, [
    { province: '河南省', cities: [] },
    { province: '宁夏回族自治区', cities: ['吴忠市', '中卫市'] },
  ]);
  assert.deepEqual(options.kind, ['司法局', '司法厅']);
  assert.equal(options.agency.length, 3);
});

test('a single run of words is searched as a phrase; several words, or none, are not', () => {
  assert.equal(phraseQuery('行政复议'), '"行政复议"');
  assert.equal(phraseQuery(' “三审三校” '), '"三审三校"');
  assert.equal(phraseQuery('中卫 普法'), undefined);
  assert.equal(phraseQuery('""'), undefined);
});

test('a phrase occurrence is a run of as many consecutive matched positions as the phrase is wide', () => {
  // 行政 复 议 at 10–12 and 40–42, a stray 行政 at 20, and two phrases back to back at 50–55.
  assert.equal(phraseOccurrences([10, 11, 12, 20, 40, 41, 42, 50, 51, 52, 53, 54, 55], 3), 4);
  assert.equal(phraseOccurrences([3, 1, 2, 2], 3), 1);
  assert.equal(phraseOccurrences([7, 9], 1), 2);
  assert.equal(phraseOccurrences([], 2), 0);
});

const hit = (id: string, words: number[]) => ({ id, words });
const ids = (rs: { id: string }[]) => rs.map((x) => x.id);
const loose = [hit('a', [1, 2, 9]), hit('c', [5]), hit('b', [1, 2, 7, 8, 20, 21]), hit('e', [3])];
const phrase = [hit('a', [1, 2]), hit('b', [1, 2]), hit('d', [4, 5])];

test('pages with the phrase rank by occurrences, then in Pagefind order; the rest follow once each', () => {
  const ranked = rankPhraseMatches({ phrase, loose, confirmed: new Map(), keepOrder: false });
  assert.deepEqual(ids(ranked.exact), ['b', 'a', 'd']);
  assert.deepEqual(ids(ranked.partial), ['c', 'e']);
  // The phrase search's own result is listed, so its excerpt shows the phrase.
  assert.equal(ranked.exact[0], phrase[1]);
});

test('a page confirmed by its text joins the matches with its own count; a year sort keeps Pagefind order', () => {
  const confirmed = new Map([['e', 5]]);
  assert.deepEqual(ids(rankPhraseMatches({ phrase, loose, confirmed, keepOrder: false }).exact), [
    'e',
    'b',
    'a',
    'd',
  ]);
  const byYear = rankPhraseMatches({ phrase, loose, confirmed, keepOrder: true });
  assert.deepEqual(ids(byYear.exact), ['a', 'b', 'e', 'd']);
  assert.deepEqual(ids(byYear.partial), ['c']);
});

test('a query of several words is not a phrase: every result is a match', () => {
  assert.deepEqual(rankPhraseMatches({ phrase: undefined, loose, confirmed: new Map(), keepOrder: false }), {
    exact: loose,
    partial: [],
  });
});

test('a sorted search runs year by year: each year once, newest or oldest first', () => {
  const values = ['2022', '', '2024', '2023', '2022'];
  assert.deepEqual(yearsInOrder(values, 'desc'), ['2024', '2023', '2022']);
  assert.deepEqual(yearsInOrder(values, 'asc'), ['2022', '2023', '2024']);
  assert.deepEqual(yearsInOrder([], 'asc'), []);
});

test('the filter lists of several builds merge into one: provinces with all their cities, each value once', () => {
  const ningxia = filterOptions([agency('利通区司法局', '宁夏回族自治区', '吴忠市')], [2023, 2022]);
  const henan = filterOptions([agency('涧西区司法局', '河南省', '洛阳市')], [2024, 2023]);
  const more = filterOptions([agency('中卫市司法局', '宁夏回族自治区', '中卫市')], [2023]);
  const merged = mergeFilterOptions([ningxia, henan, more]);
  assert.deepEqual(merged.year, ['2024', '2023', '2022']);
  assert.deepEqual(merged.region, [
    { province: '河南省', cities: ['洛阳市'] },
    { province: '宁夏回族自治区', cities: ['吴忠市', '中卫市'] },
  ]);
  assert.deepEqual(merged.agency, ['涧西区司法局', '利通区司法局', '中卫市司法局']);
  assert.deepEqual(merged.kind, ['司法局']);
});

test('a fetched filter list is read defensively: wrong types are dropped, not trusted', () => {
  assert.deepEqual(
    readFilterOptions({
      year: ['2023', 4],
      region: [{ province: '河南省', cities: ['洛阳市', 1] }, 'x'],
      agency: 'a',
    }),
    {
      year: ['2023'],
      region: [{ province: '河南省', cities: ['洛阳市'] }],
      agency: [],
      kind: [],
    },
  );
  assert.deepEqual(readFilterOptions(null), { year: [], region: [], agency: [], kind: [] });
});

test('pages found by a whole term rank by how often they have it, ties in Pagefind’s order, unless sorted by year', () => {
  const hit = (id: string, n: number) => ({ id, words: Array.from({ length: n }, (_, i) => i * 7) });
  const found = [hit('a', 1), hit('b', 3), hit('c', 1), hit('d', 2)];
  assert.deepEqual(
    rankWholeTerm(found, false).map((r) => r.id),
    ['b', 'd', 'a', 'c'],
  );
  assert.deepEqual(
    rankWholeTerm(found, true).map((r) => r.id),
    ['a', 'b', 'c', 'd'],
  );
});
