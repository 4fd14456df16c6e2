/**
 * Narrows the agencies index to a province, city or county and to a kind of agency, keeping the
 * choice in the URL (?region=<code>&kind=<kind>) so a filtered list can be shared and region pages
 * can link to one. The city and county lists offer only the places inside the region chosen above
 * them. Without JavaScript the form stays hidden and every agency shows, grouped by region.
 */
import { agencyFilterQuery, chainOf, inRegion, readAgencyFilter } from '../utils/agencyFilter.ts';

export function applyAgencyFilter(): void {
  const form = document.getElementById('agency-filters') as HTMLFormElement | null;
  const status = document.getElementById('agency-count');
  if (!form || !status) return;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const province = select('province');
  const city = select('city');
  const county = select('county');
  const kind = select('kind');
  // Every place, kept to refill the city and county lists from as the choice above them changes.
  const cityOptions = [...city.options].slice(1);
  const countyOptions = [...county.options].slice(1);
  const parentOf = new Map([...cityOptions, ...countyOptions].map((o) => [o.value, o.dataset.parent ?? '']));
  const known = new Set([...province.options, ...cityOptions, ...countyOptions].map((o) => o.value));

  const refill = (
    target: HTMLSelectElement,
    options: HTMLOptionElement[],
    keep: (o: HTMLOptionElement) => boolean,
  ) => {
    const current = target.value;
    const kept = options.filter(keep);
    target.replaceChildren(target.options[0] as HTMLOptionElement, ...kept);
    target.value = kept.some((o) => o.value === current) ? current : '';
    target.disabled = kept.length === 0;
  };
  /** The city and county lists, for the province (and city) chosen. */
  const narrow = () => {
    refill(city, cityOptions, (o) => o.dataset.parent === province.value);
    const citiesHere = new Set(
      cityOptions.filter((o) => o.dataset.parent === province.value).map((o) => o.value),
    );
    refill(county, countyOptions, (o) => {
      const parent = o.dataset.parent ?? '';
      return city.value ? parent === city.value : parent === province.value || citiesHere.has(parent);
    });
  };

  const groups = [...document.querySelectorAll<HTMLElement>('.agency-group')];
  const sections = [...document.querySelectorAll<HTMLElement>('.agency-province')];
  const total = document.querySelectorAll('.agency-group li[data-kind]').length;
  const update = () => {
    const filter = { region: county.value || city.value || province.value, kind: kind.value };
    let shown = 0;
    for (const group of groups) {
      const here = inRegion(group.dataset.chain ?? '', filter.region);
      let inGroup = 0;
      for (const li of group.querySelectorAll<HTMLElement>('li[data-kind]')) {
        const visible = here && (!filter.kind || li.dataset.kind === filter.kind);
        li.hidden = !visible;
        if (visible) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    for (const section of sections)
      section.hidden = section.querySelector('.agency-group:not([hidden])') === null;
    status.textContent =
      shown === total
        ? `显示全部 ${total} 个机关`
        : shown === 0
          ? '没有符合条件的机关'
          : `显示 ${shown} 个机关（共 ${total} 个）`;
    history.replaceState(null, '', `${location.pathname}${agencyFilterQuery(filter)}`);
  };

  // The choice the URL asks for: its region's chain sets the selects from the province down.
  const wanted = readAgencyFilter(location.search);
  const [p = '', c = '', x = ''] = chainOf(
    wanted.region,
    (code) => parentOf.get(code) || undefined,
    (code) => known.has(code),
  );
  province.value = p;
  narrow();
  // A county directly under its province has a chain of two: the second code is then the county.
  if (c && cityOptions.some((o) => o.value === c)) city.value = c;
  narrow();
  const countyCode = x || (c && !cityOptions.some((o) => o.value === c) ? c : '');
  if (countyCode) county.value = countyCode;
  if ([...kind.options].some((o) => o.value === wanted.kind)) kind.value = wanted.kind;

  form.addEventListener('change', (event) => {
    if (event.target === province || event.target === city) narrow();
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  update();
}
