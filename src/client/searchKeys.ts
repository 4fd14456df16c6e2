/**
 * Keyboard use of the results: ↓ from the search box enters the list, ↑/↓ move between results,
 * Esc returns to the box. Tab order is untouched; these only add shortcuts.
 */
export function bindResultKeys(input: HTMLInputElement, lists: HTMLElement[]): void {
  const links = () =>
    lists.flatMap((l) => [...l.querySelectorAll<HTMLAnchorElement>('.search-result-title a')]);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  const onKey = (event: KeyboardEvent) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && at === 0)) {
      event.preventDefault();
      input.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      all[Math.min(all.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    }
  };
  for (const list of lists) list.addEventListener('keydown', onKey);
}
