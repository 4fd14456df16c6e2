/**
 * Sortable ranking tables: a click on a column header (a button, so the keyboard reaches it) sorts
 * the rows by that column, again to reverse; `aria-sort` says which. Each cell carries what it sorts by
 * in `data-value`. Without JavaScript the tables stay as the page prints them, already sorted by the
 * measure, and the page links to a view sorted by each other measure.
 */
const collator = new Intl.Collator('zh-CN');

function sortBy(table: HTMLTableElement, column: number, kind: string, descending: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const value = (row: HTMLTableRowElement) => row.cells[column]?.dataset.value ?? '';
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const order =
      kind === 'number'
        ? Number(value(a) || -Infinity) - Number(value(b) || -Infinity)
        : collator.compare(value(a), value(b));
    return descending ? -order : order;
  });
  body.append(...rows);
}

export function enhanceRankingTables(root: ParentNode = document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    if (table.dataset.sortReady) continue;
    table.dataset.sortReady = 'true';
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    headers.forEach((th, column) => {
      const kind = th.dataset.sort;
      if (!kind) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        // First click: numbers largest first, names in order; a second click reverses.
        const current = th.getAttribute('aria-sort');
        const descending = current ? current === 'ascending' : kind === 'number';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        sortBy(table, column, kind, descending);
      });
    });
    const hint = table.closest('section')?.querySelector<HTMLElement>('.sort-hint');
    if (hint) hint.hidden = false;
  }
}

enhanceRankingTables();
