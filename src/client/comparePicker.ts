/**
 * One side of the 对比 form: 查找机关 narrows the 机关 list as one types, 机关 fills 年度 with that
 * agency's years, and 年度 (named a or b) carries the report id the form submits, so the address
 * keeps the ?a=<report id>&b=<report id> form shared links have always had.
 */
import type { IndexedAgency } from '../utils/compareIndex.ts';
import { groupRuns, matchAgencies, type PickedReport, reportId } from '../utils/comparePick.ts';

export interface Side {
  filter: HTMLInputElement;
  agency: HTMLSelectElement;
  year: HTMLSelectElement;
  count: HTMLOutputElement;
}

/** The controls of the fieldset whose 年度 select is named `name`. */
export function findSide(form: HTMLFormElement, name: string): Side | undefined {
  const year = form.elements.namedItem(name);
  const fieldset = year instanceof HTMLSelectElement ? year.closest('fieldset') : null;
  const filter = fieldset?.querySelector<HTMLInputElement>('input[data-compare-filter]');
  const agency = fieldset?.querySelector<HTMLSelectElement>('select[data-compare-agency]');
  const count = fieldset?.querySelector('output');
  return year instanceof HTMLSelectElement && filter && agency && count
    ? { filter, agency, year, count }
    : undefined;
}

const option = (value: string, label: string) => new Option(label, value);

function fillYears(side: Side, agency: IndexedAgency | undefined, preferred?: number): void {
  const years = agency?.years ?? [];
  side.year.replaceChildren(
    ...(agency ? years.map((y) => option(reportId(agency.id, y), `${y}年`)) : [option('', '请选择年度')]),
  );
  const year = preferred !== undefined && years.includes(preferred) ? preferred : years[0];
  if (agency && year !== undefined) side.year.value = reportId(agency.id, year);
}

function fillAgencies(side: Side, shown: readonly IndexedAgency[], selected?: string): void {
  if (shown.length === 0) {
    side.agency.replaceChildren(option('', '没有名称含这些字的机关'));
    return;
  }
  side.agency.replaceChildren(
    ...groupRuns(shown).map((run) => {
      const group = document.createElement('optgroup');
      group.label = run.group;
      group.append(...run.agencies.map((a) => option(a.id, a.name)));
      return group;
    }),
  );
  side.agency.value = selected && shown.some((a) => a.id === selected) ? selected : (shown[0]?.id ?? '');
}

/** Fills the side from the index, showing `initial`, and keeps 机关 and 年度 in step with each other. */
export function setUpSide(side: Side, agencies: readonly IndexedAgency[], initial?: PickedReport): void {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const currentYear = () => Number(side.year.value.split('/')[1]) || undefined;
  fillAgencies(side, agencies, initial?.agency.id);
  fillYears(side, byId.get(side.agency.value), initial?.year);
  side.agency.addEventListener('change', () => {
    fillYears(side, byId.get(side.agency.value), currentYear());
  });
  side.filter.addEventListener('input', () => {
    const query = side.filter.value.trim();
    const shown = matchAgencies(agencies, query);
    const year = currentYear();
    fillAgencies(side, shown, side.agency.value);
    fillYears(side, byId.get(side.agency.value), year);
    side.count.value = query ? `找到 ${shown.length} 个机关` : '';
  });
  for (const control of [side.filter, side.agency, side.year]) control.disabled = false;
}
