/**
 * What the search index knows about a page, and how a search is written in the URL.
 * Shared by the build (SearchMeta, the search page's filter options) and the browser
 * (search script), so the filter values the page offers are exactly the ones indexed.
 */
import type { Agency } from '../schemas/agency.ts';

/** Pagefind filter names, as the interface shows them, keyed by their URL parameter. */
export const filterNames = { year: '年度', region: '地区', agency: '机关', kind: '机关类型' } as const;
export type FilterKey = keyof typeof filterNames;
export const filterKeys = Object.keys(filterNames) as FilterKey[];

/** The one sort key: report year. Agency pages have none. */
export const sortKey = 'year';
export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Region filter values: province, and city where there is one, so either level narrows. */
export function regionValues(region: Agency['region']): string[] {
  return region.city ? [region.province, region.city] : [region.province];
}

/** A year as the sort key holds it: zero-padded, so a string sort is a numeric one whatever Pagefind does. */
function yearSortValue(year: string): string {
  return year.padStart(4, '0');
}

/**
 * A page's value for a sort, read back from its index metadata (Pagefind keeps sort values only as
 * an order, so the merge of an index's parts, integrations/searchMerge.ts, asks for them here).
 */
export function sortValueFromMeta(sort: string, meta: Record<string, string>): string | undefined {
  return sort === sortKey && meta.year !== undefined ? yearSortValue(meta.year) : undefined;
}

/** Index metadata, filters and sort key of an agency page (no year) or one of its reports. */
export function searchRecord(agency: Agency, report?: { year: number; title: string }): SearchRecord {
  const region = [agency.region.province, agency.region.city, agency.region.county].filter(Boolean).join(' ');
  // `type` tells a result what it links to: a report, or an agency's page.
  const base = { agency: agency.name, region, type: report ? 'report' : 'agency' };
  const filters: Record<string, string[]> = {
    [filterNames.region]: regionValues(agency.region),
    [filterNames.agency]: [agency.name],
    [filterNames.kind]: [agency.kind],
  };
  if (!report) return { meta: { ...base, title: agency.name }, filters, sort: {} };
  const year = String(report.year);
  return {
    meta: { ...base, title: report.title, year },
    filters: { [filterNames.year]: [year], ...filters },
    sort: { [sortKey]: yearSortValue(year) },
  };
}

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

/** Reads a search from the URL query (`?q=…&year=…&region=…&agency=…&kind=…&sort=…`). */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
  };
}

/** The URL query for a search: only what is set, in a stable order, so equal searches share a link. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Pagefind's `filters` and `sort` options for a search. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value) filters[filterNames[key]] = value;
  }
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { [sortKey]: state.sort === 'newest' ? 'desc' : 'asc' } };
}

/** Year filter values (`2023`), numeric ones only, newest or oldest first, each once. */
export function yearsInOrder(values: readonly string[], direction: 'asc' | 'desc'): string[] {
  const years = [...new Set(values.filter((v) => /^\d+$/.test(v)))];
  return years.sort((a, b) => (direction === 'asc' ? 1 : -1) * (Number(a) - Number(b)));
}

/** Whether there is anything to search for: words, or at least one filter to list by. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}

export interface FilterOptions {
  year: string[];
  /** Provinces, each with its cities: the two levels the 地区 filter takes. */
  region: { province: string; cities: string[] }[];
  agency: string[];
  kind: string[];
}

/**
 * Filter lists made tidy: every value once, in Chinese collation (years newest first), each
 * province once with all its cities.
 */
function tidyOptions(raw: FilterOptions): FilterOptions {
  const collator = new Intl.Collator('zh-CN');
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort(collator.compare);
  const cities = new Map<string, string[]>();
  for (const { province, cities: list } of raw.region)
    cities.set(province, [...(cities.get(province) ?? []), ...list]);
  return {
    year: [...new Set(raw.year)].sort((a, b) => Number(b) - Number(a)),
    region: sorted(cities.keys()).map((province) => ({
      province,
      cities: sorted(cities.get(province) ?? []),
    })),
    agency: sorted(raw.agency),
    kind: sorted(raw.kind),
  };
}

/** The values each filter can take, from the content. */
export function filterOptions(agencies: readonly Agency[], years: readonly number[]): FilterOptions {
  return tidyOptions({
    year: years.map(String),
    region: agencies.map(({ region }) => ({
      province: region.province,
      cities: region.city ? [region.city] : [],
    })),
    agency: agencies.map((a) => a.name),
    kind: agencies.map((a) => a.kind),
  });
}

/** The filter values of several builds of the portal (one per province, searched together), as one. */
export function mergeFilterOptions(all: readonly FilterOptions[]): FilterOptions {
  return tidyOptions({
    year: all.flatMap((o) => o.year),
    region: all.flatMap((o) => o.region),
    agency: all.flatMap((o) => o.agency),
    kind: all.flatMap((o) => o.kind),
  });
}

/** Reads a fetched filter list; anything malformed counts as no values. */
export function readFilterOptions(value: unknown): FilterOptions {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const region = Array.isArray(o.region)
    ? o.region.flatMap((r: unknown) => {
        const { province, cities } = (r ?? {}) as { province?: unknown; cities?: unknown };
        return typeof province === 'string' ? [{ province, cities: strings(cities) }] : [];
      })
    : [];
  return { year: strings(o.year), region, agency: strings(o.agency), kind: strings(o.kind) };
}

/**
 * The phrase query (Pagefind's quoted exact search) for a single run of words, or undefined for a
 * query of several space-separated words. The browser splits Chinese into words by its own
 * dictionary (行政复议 → 行政 复 议) and Pagefind then matches each piece loosely, so a page that
 * merely has 行政 and 复 would count; the phrase search finds the pages with the words as typed.
 */
export function phraseQuery(q: string): string | undefined {
  const words = q.replace(/["“”]/g, '').trim();
  return words && !/\s/.test(words) ? `"${words}"` : undefined;
}

/**
 * Times a phrase occurs on a page, from the word positions a loose search matched there: each run
 * of consecutive positions holds a whole number of phrase occurrences of `width` words (the width
 * the phrase search found on that page, since the index may split the phrase differently per page).
 */
export function phraseOccurrences(positions: readonly number[], width: number): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let count = 0;
  let run = 0;
  for (const [i, p] of sorted.entries()) {
    run = i > 0 && p === (sorted[i - 1] as number) + 1 ? run + 1 : 1;
    if (sorted[i + 1] !== p + 1) count += Math.floor(run / Math.max(1, width));
  }
  return count;
}

export interface Hit {
  id: string;
  /** Word positions the query matched on the page. */
  words: number[];
}

export interface RankInput<R extends Hit> {
  /** Pagefind's phrase search; undefined when the query is not a single phrase. */
  phrase: readonly R[] | undefined;
  /** Pagefind's ordinary search, in its order (relevance, or year when sorting by year). */
  loose: readonly R[];
  /** Pages the phrase search missed whose text was found to contain the query, with how often. */
  confirmed: ReadonlyMap<string, number>;
  /** Keep the ordinary search's order (a year sort) instead of ranking by occurrences. */
  keepOrder: boolean;
}

/**
 * Splits results into pages that contain the query and pages that only match some of its words.
 * Pagefind gives every phrase match the same score and records only its first occurrence, so
 * matches are ranked by how often the query occurs on the page, then by Pagefind's own order.
 * A phrase match is listed with its phrase-search result, whose excerpt centres on the phrase.
 */
export function rankPhraseMatches<R extends Hit>(input: RankInput<R>): { exact: R[]; partial: R[] } {
  const { phrase, loose, confirmed, keepOrder } = input;
  if (!phrase) return { exact: [...loose], partial: [] };
  const byPhrase = new Map(phrase.map((r) => [r.id, r]));
  const inLoose = new Set(loose.map((r) => r.id));
  const isExact = (r: R) => byPhrase.has(r.id) || confirmed.has(r.id);
  const exact = [...loose.filter(isExact), ...phrase.filter((r) => !inLoose.has(r.id))];
  const count = (r: R) => {
    const hit = byPhrase.get(r.id);
    if (!hit) return confirmed.get(r.id) ?? 0;
    return Math.max(1, phraseOccurrences(r.words, hit.words.length));
  };
  const counts = new Map(exact.map((r) => [r.id, count(r)]));
  // Array sort is stable: equal counts keep Pagefind's order.
  if (!keepOrder) exact.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  return {
    exact: exact.map((r) => byPhrase.get(r.id) ?? r),
    partial: loose.filter((r) => !isExact(r)),
  };
}

/**
 * Results of a search for a term indexed whole (utils/searchWholeTerms.ts): every page listed has
 * the term, ranked by how often (one position per occurrence), then in Pagefind's order.
 */
export function rankWholeTerm<R extends Hit>(results: readonly R[], keepOrder: boolean): R[] {
  // Array sort is stable: equal counts keep Pagefind's order.
  return keepOrder ? [...results] : [...results].sort((a, b) => b.words.length - a.words.length);
}
