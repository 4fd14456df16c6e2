/**
 * Filters the findings of a 数据质量 province page by rule, agency and year, keeping the choice in the URL
 * (?rule=&agency=&year=) so a filtered view can be shared. Without JavaScript every finding shows.
 */
export function applyFindingFilters(): void {
  const form = document.getElementById('finding-filters') as HTMLFormElement | null;
  const status = document.getElementById('finding-count');
  if (!form || !status) return;
  const params = new URLSearchParams(location.search);
  for (const name of ['rule', 'agency', 'year']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select && params.has(name)) select.value = params.get(name) ?? '';
  }
  const update = () => {
    const data = new FormData(form);
    const want = (name: string) => String(data.get(name) ?? '');
    let shown = 0;
    for (const group of document.querySelectorAll<HTMLElement>('.finding-group')) {
      const groupMatches =
        (!want('agency') || group.dataset.agency === want('agency')) &&
        (!want('year') || group.dataset.year === want('year'));
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li.finding')) {
        const visible = groupMatches && (!want('rule') || item.dataset.rule === want('rule'));
        item.hidden = !visible;
        if (visible) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    status.textContent = `显示 ${shown} 条核验发现`;
    const query = new URLSearchParams([...data].filter(([, v]) => v !== '') as [string, string][]).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  update();
}
