/**
 * The search page: reads the search from the URL, runs it with Pagefind as the visitor types or
 * changes a filter, keeps the URL in step (so a search can be shared and reloaded), and renders
 * results a page at a time so only the fragments shown are fetched.
 */
import {
  filterKeys,
  hasSearch,
  pagefindOptions,
  parseSearchState,
  type SearchState,
  searchStateToParams,
} from '../utils/search.ts';
import { bindResultKeys } from './searchKeys.ts';
import { loadPagefind, type PagefindResult } from './searchPagefind.ts';
import { renderResult } from './searchRender.ts';

const pageSize = 10;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const base = form.dataset.base ?? '/';
const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

let run = 0;
let pending: PagefindResult[] = [];

const pageTitle = document.title;

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
  const data = await Promise.all(batch.map((r) => r.data()));
  if (current !== run) return;
  const items = data.map(renderResult);
  list.append(...items);
  more.hidden = pending.length === 0;
  // After 显示更多, keyboard users continue from the first new result rather than the page top.
  if (focus) items[0]?.querySelector('a')?.focus();
}

async function search(state: SearchState) {
  const current = ++run;
  list.replaceChildren();
  more.hidden = true;
  pending = [];
  if (!hasSearch(state)) {
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索……';
  try {
    const pagefind = await loadPagefind(base);
    const found = await pagefind.search(state.q || null, pagefindOptions(state));
    if (current !== run) return;
    pending = [...found.results];
    const what = state.q ? `“${state.q}”` : '所选条件';
    status.textContent =
      pending.length > 0 ? `${what}共找到 ${pending.length} 个结果` : `没有找到与${what}相关的报告或机关`;
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
bindResultKeys(input, list);

const initial = parseSearchState(new URLSearchParams(location.search));
fillForm(initial);
if (hasSearch(initial)) void search(initial);
else void loadPagefind(base).catch(() => undefined);
if (!initial.q) input.focus();
