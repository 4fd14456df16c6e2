/**
 * On a search page that merges other builds' indexes (a portal built per province), the filters
 * offer every build's years, places, agencies and kinds, not only this build's: their lists are
 * fetched from each build's `search/options.json` and the selects rebuilt from all of them.
 */
import { type FilterOptions, mergeFilterOptions, readFilterOptions } from '../utils/search.ts';

async function optionsOf(base: string): Promise<FilterOptions | undefined> {
  try {
    const response = await fetch(`${base}search/options.json`);
    return response.ok ? readFilterOptions(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

function option(value: string, label = value): HTMLOptionElement {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  return el;
}

/** Replaces a select's options after its first (全部…), keeping that one. */
function refill(select: HTMLSelectElement, items: (HTMLOptionElement | HTMLOptGroupElement)[]): void {
  const [all] = select.options;
  select.replaceChildren(...(all ? [all] : []), ...items);
}

/** Rebuilds the filters of `form` from this build's and the merged builds' lists. */
export async function mergeFilters(form: HTMLFormElement, bases: readonly string[]): Promise<void> {
  const lists = (await Promise.all(bases.map(optionsOf))).filter((o) => o !== undefined);
  if (lists.length < 2) return;
  const merged = mergeFilterOptions(lists);
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  refill(
    select('year'),
    merged.year.map((y) => option(y, `${y}年`)),
  );
  refill(
    select('region'),
    merged.region.map(({ province, cities }) => {
      const group = document.createElement('optgroup');
      group.label = province;
      group.append(option(province, `${province}（全部）`), ...cities.map((c) => option(c)));
      return group;
    }),
  );
  refill(
    select('agency'),
    merged.agency.map((a) => option(a)),
  );
  refill(
    select('kind'),
    merged.kind.map((k) => option(k)),
  );
}
