/**
 * The search page: reads the search from the URL, runs it with Pagefind as the visitor types or
 * changes a filter, keeps the URL in step (so a search can be shared and reloaded), and renders
 * results a batch at a time so only the fragments shown are fetched. Pages with the query as a
 * phrase come first; pages that only match its pieces follow under their own heading. A term of the
 * form is looked up by its own index word instead (utils/searchWholeTerms.ts): the pages that have it.
 */
import {
  filterKeys,
  hasSearch,
  pagefindOptions,
  parseSearchState,
  phraseQuery,
  rankPhraseMatches,
  rankWholeTerm,
  type SearchState,
  searchStateToParams,
} from '../utils/search.ts';
import { occurrences } from '../utils/searchText.ts';
import { wholeTermQuery } from '../utils/searchWholeTerms.ts';
import { mergeFilters } from './searchFilters.ts';
import { bindResultKeys } from './searchKeys.ts';
import { loadPagefind, type Pagefind, type PagefindResult, searchInOrder } from './searchPagefind.ts';
import { renderResult } from './searchRender.ts';

const pageSize = 10;
const confirmLimit = 30;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const partialSection = byId<HTMLElement>('search-partial');
const partialList = byId<HTMLOListElement>('search-partial-results');
const more = byId<HTMLButtonElement>('search-more');
const base = form.dataset.base ?? '/';
const merge = (form.dataset.merge ?? '').split(' ').filter(Boolean);
/** The form's terms, indexed whole (utils/searchWholeTerms.ts). */
const wholeTerms = JSON.parse(form.dataset.terms ?? '[]') as string[];
const pageTitle = document.title;
const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
// Read when searching: a merged portal adds the other builds' years to the list.
const years = () => [...field('year').options].map((o) => o.value);

let run = 0;
let pending: { result: PagefindResult; partial: boolean }[] = [];
/** The query when it was looked up as a term indexed whole, for the excerpts' marks. */
let shownTerm: string | undefined;

function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return parseSearchState(params);
}

function fillForm(state: SearchState) {
  input.value = state.q;
  for (const key of filterKeys) field(key).value = state.filters[key] ?? '';
  field('sort').value = state.sort;
}

async function showMore(current: number, focus = false) {
  const batch = pending.splice(0, pageSize);
  more.disabled = true;
  const data = await Promise.all(batch.map(({ result }) => result.data()));
  if (current !== run) return;
  more.disabled = false;
  const items = data.map((d, i) => {
    const partial = batch[i]?.partial === true;
    const item = renderResult(d, partial ? 'h3' : 'h2', shownTerm);
    (partial ? partialList : list).append(item);
    return item;
  });
  partialSection.hidden = partialList.childElementCount === 0;
  more.hidden = pending.length === 0;
  // After 显示更多, keyboard users continue from the first new result rather than the page top.
  if (focus) items[0]?.querySelector('a')?.focus();
}

/**
 * Checks the text of the best pages the phrase search missed (the index may have split the words
 * differently there), so a page with the query as written is listed as a match. Capped: their
 * fragments are fetched, and these are the pages shown first among the other results anyway.
 */
async function confirm(q: string, phrase: PagefindResult[], loose: PagefindResult[]) {
  const found = new Set(phrase.map((r) => r.id));
  const missed = loose.filter((r) => !found.has(r.id)).slice(0, confirmLimit);
  const texts = await Promise.all(missed.map((r) => r.data()));
  const confirmed = new Map<string, number>();
  for (const [i, r] of missed.entries()) {
    const n = occurrences(texts[i]?.content ?? '', q);
    if (n > 0) confirmed.set(r.id, n);
  }
  return confirmed;
}

function summary(state: SearchState, exact: number, partial: number): string {
  const what = state.q ? `“${state.q}”` : '所选条件';
  const rest = partial > 0 ? `，另有 ${partial} 个可能相关的结果` : '';
  return exact > 0 ? `${what}共找到 ${exact} 个结果${rest}` : `没有找到完全匹配${what}的报告或机关${rest}`;
}

/**
 * The pages for a search: the matches (a term of the form's pages, or the pages with the query as a
 * phrase) and the pages matching only some of its words, with the term to mark in excerpts.
 */
async function find(
  pagefind: Pagefind,
  state: SearchState,
): Promise<{ exact: PagefindResult[]; partial: PagefindResult[]; term?: string }> {
  const options = pagefindOptions(state);
  const keepOrder = state.sort !== 'relevance';
  const whole = state.q ? wholeTermQuery(state.q, wholeTerms) : undefined;
  if (whole) {
    // One of the form's terms: its own index word lists exactly the pages that have it, and
    // loads none of the page lists of its pieces (行政 alone is on every report).
    const found = await searchInOrder(pagefind, whole.word, options, years());
    return { exact: rankWholeTerm(found.results, keepOrder), partial: [], term: whole.term };
  }
  const phrase = state.q ? phraseQuery(state.q) : undefined;
  const [phraseHits, loose] = await Promise.all([
    phrase ? searchInOrder(pagefind, phrase, options, years()) : undefined,
    searchInOrder(pagefind, state.q || null, options, years()),
  ]);
  const confirmed = phraseHits ? await confirm(state.q, phraseHits.results, loose.results) : new Map();
  return rankPhraseMatches({ phrase: phraseHits?.results, loose: loose.results, confirmed, keepOrder });
}

async function search(state: SearchState) {
  const current = ++run;
  list.replaceChildren();
  partialList.replaceChildren();
  partialSection.hidden = true;
  more.hidden = true;
  more.disabled = false;
  pending = [];
  if (!hasSearch(state)) {
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索……';
  try {
    const found = await find(await loadPagefind(base, merge), state);
    if (current !== run) return;
    shownTerm = found.term;
    pending = [
      ...found.exact.map((result) => ({ result, partial: false })),
      ...found.partial.map((result) => ({ result, partial: true })),
    ];
    status.textContent = summary(state, found.exact.length, found.partial.length);
    await showMore(current);
    // A timing mark the search benchmark reads: results (or "none") are on screen.
    if (current === run) performance.mark('touming:search-results', { detail: state.q });
  } catch (error) {
    if (current !== run) return;
    status.textContent = '搜索暂时无法使用，请刷新页面重试，或按机关、年度浏览。';
    console.error(error);
  }
}

function update(mode: 'replace' | 'push') {
  const state = readForm();
  const query = searchStateToParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[`${mode}State`](null, '', url);
  document.title = state.q ? `${state.q} - ${pageTitle}` : pageTitle;
  void search(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update('replace'), 200);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) update('push');
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update('push');
});
more.addEventListener('click', () => void showMore(run, true));
window.addEventListener('popstate', () => {
  const state = parseSearchState(new URLSearchParams(location.search));
  fillForm(state);
  void search(state);
});
bindResultKeys(input, [list, partialList]);

async function start() {
  // A merged portal's filters list every build's values before a search in the URL is restored.
  if (merge.length > 0) await mergeFilters(form, [base, ...merge]);
  const initial = parseSearchState(new URLSearchParams(location.search));
  fillForm(initial);
  if (hasSearch(initial)) {
    document.title = initial.q ? `${initial.q} - ${pageTitle}` : pageTitle;
    void search(initial);
  } else {
    // Fetch the search code and index entry while the visitor types.
    void loadPagefind(base, merge).catch(() => undefined);
    input.focus();
  }
}
void start();
