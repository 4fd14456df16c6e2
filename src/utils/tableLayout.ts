import { type GroupDef, printedLabel, type RowDef } from '../catalogue/index.ts';

/** A header cell at the start of a body row of a form table. */
export interface RowHeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** `rowgroup` for a group heading spanning several rows, `row` for the row's own label. */
  scope: 'row' | 'rowgroup';
}

export interface LaidOutRow<R extends RowDef> {
  row: R;
  headers: RowHeaderCell[];
}

/**
 * Lays out the row headers of a hierarchical form table the way the official form prints it:
 * each group heading spans the rows beneath it, and each row label widens to fill the header columns
 * its ancestors leave free. Returns the rows and how many header columns the table needs.
 */
export function layoutRowHeaders<R extends RowDef>(rows: readonly R[], groups: readonly GroupDef[]) {
  const groupByKey = new Map(groups.map((g) => [g.key, g]));
  const chain = (key: string | undefined): GroupDef[] => {
    const g = key ? groupByKey.get(key) : undefined;
    return g ? [...chain(g.parent), g] : [];
  };
  const chains = rows.map((r) => chain(r.parent));
  const headerColumns = Math.max(...chains.map((c) => c.length)) + 1;
  const descendants = (g: GroupDef) => chains.filter((c) => c.includes(g)).length;
  const emitted = new Set<string>();
  const laidOut: LaidOutRow<R>[] = rows.map((row, i) => {
    const ancestors = chains[i] ?? [];
    const headers: RowHeaderCell[] = [];
    for (const g of ancestors) {
      if (emitted.has(g.key)) continue;
      emitted.add(g.key);
      headers.push({ text: printedLabel(g), colspan: 1, rowspan: descendants(g), scope: 'rowgroup' });
    }
    headers.push({
      text: printedLabel(row),
      colspan: headerColumns - ancestors.length,
      rowspan: 1,
      scope: 'row',
    });
    return { row, headers };
  });
  return { rows: laidOut, headerColumns };
}
