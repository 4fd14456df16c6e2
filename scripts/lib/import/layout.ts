/**
 * A report's layout: its title, the three tables (found by their own anchors, see locate.ts), the
 * part headings (found by their titles, see partTitles.ts) and the prose between them, each run of
 * prose under the part whose heading precedes it. A heading that is missing, reworded or renumbered
 * is a warning, never a refusal; prose under no heading is kept, with a warning.
 */
import { reportParts, tableNames } from '../../../src/catalogue/index.ts';
import { isProseLine, locateTables, type Regions } from './locate.ts';
import { stripMarkdown } from './normalize.ts';
import { type HeadingQuality, matchPartTitle } from './partTitles.ts';
import { problem } from './problems.ts';
import type { LineText, Problem, TableName } from './types.ts';

export interface PartHeading {
  number: number;
  /** The heading as printed (trimmed, markdown removed), e.g. 三、收到和处理政府信息公开. */
  text: string;
  /** 0-based index of its line. */
  index: number;
  quality: HeadingQuality;
  /** Text printed after the heading on its line (the part's first words), and where it starts. */
  runIn?: { text: string; offset: number };
}

export interface Layout {
  /** 0-based [start, end) of each table found. */
  tables: Regions;
  /** The headings found, by part number. */
  headings: Map<number, PartHeading>;
  /** Runs of prose lines (0-based [start, end)), each under a part (0: the preamble, before any heading). */
  prose: { part: number; range: [number, number] }[];
}

const tableOfPart: Record<number, TableName> = {
  2: tableNames.table2,
  3: tableNames.table3,
  4: tableNames.table4,
};

/** Non-blank lines between two line indices. */
const distance = (lines: readonly string[], from: number, to: number) =>
  lines.slice(from, to).filter((l) => l.trim()).length;

/** Lays out the lines after the title (`from`, 0-based). */
export function layoutOf(
  lines: readonly string[],
  from: number,
  lineText: LineText,
): { layout: Layout; problems: Problem[] } {
  const problems: Problem[] = [];
  const tables = locateTables(lines.map((l, i) => (i < from ? '' : l)));
  const inTable = (i: number) => {
    for (const [s, e] of Object.values(tables)) if (i >= s && i < e) return true;
    return false;
  };
  const candidates = new Map<
    number,
    { index: number; match: NonNullable<ReturnType<typeof matchPartTitle>> }[]
  >();
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inTable(i) && isProseLine(line)) continue;
    const match = matchPartTitle(line);
    if (match) candidates.set(match.number, [...(candidates.get(match.number) ?? []), { index: i, match }]);
  }
  const headings = new Map<number, PartHeading>();
  let after = from - 1;
  for (const part of reportParts) {
    const found = candidates.get(part.number)?.filter((c) => c.index > after) ?? [];
    const region = tableOfPart[part.number] ? tables[tableOfPart[part.number] as TableName] : undefined;
    let pick: (typeof found)[number] | undefined;
    if (region) {
      // A table part's heading stands just before its table (a caption inside it will do too).
      const near = found.filter((c) => c.index < region[1] && distance(lines, c.index, region[0]) <= 3);
      pick = near.filter((c) => c.index <= region[0]).at(-1) ?? near[0];
    } else if (part.number === 5 || part.number === 6) {
      const lastTable = Math.max(-1, ...Object.values(tables).map(([, e]) => e - 1));
      pick = found.find((c) => c.index > lastTable) ?? found[0];
    } else {
      const firstTable = Math.min(lines.length, ...Object.values(tables).map(([s]) => s));
      pick = found.find((c) => c.index < firstTable) ?? (region ? undefined : found[0]);
    }
    if (!pick) continue;
    const line = lines[pick.index] ?? '';
    const runIn = line.slice(pick.match.cut).replace(/^[\s:：。.]+/, '');
    headings.set(part.number, {
      number: part.number,
      text: stripMarkdown(line.slice(0, pick.match.cut)).trim(),
      index: pick.index,
      quality: pick.match.quality,
      ...(runIn ? { runIn: { text: runIn, offset: line.length - runIn.length } } : {}),
    });
    after = pick.index;
  }
  // A table begins right after its own heading and ends before the next part's heading.
  for (const [name, region] of Object.entries(tables) as [TableName, [number, number]][]) {
    const own = headings.get(Number(Object.keys(tableOfPart).find((k) => tableOfPart[Number(k)] === name)));
    if (own && own.index <= region[0]) region[0] = own.index + 1;
    for (const h of headings.values())
      if (h !== own && h.index > region[0] && h.index < region[1]) region[1] = h.index;
  }
  for (const part of reportParts) {
    const h = headings.get(part.number);
    const official = `${part.numeral}、${part.title}`;
    if (!h)
      problems.push(
        problem(
          'warning',
          'missing-part',
          `part heading “${official}” not found${tableOfPart[part.number] && tables[tableOfPart[part.number] as TableName] ? '; its table was found by its own labels' : ''}`,
        ),
      );
    else if (h.quality !== 'exact' || !h.text.startsWith(part.numeral))
      problems.push(
        problem(
          'warning',
          `heading-${h.quality === 'truncated' ? 'truncated' : 'variant'}`,
          `part heading “${h.text}” is ${h.quality === 'truncated' ? 'truncated' : 'worded or numbered differently'}; read as “${official}”, kept as printed`,
          { line: h.index + 1 },
          lineText,
        ),
      );
  }
  const layout: Layout = { tables, headings, prose: [] };
  const headingAt = new Map([...headings.values()].map((h) => [h.index, h.number]));
  let part = 0;
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && lines.slice(start, end).some((l) => l.trim()))
      layout.prose.push({ part, range: [start, end] });
    start = -1;
  };
  for (let i = from; i < lines.length; i++) {
    const h = headingAt.get(i);
    if (h !== undefined || inTable(i)) {
      close(i);
      if (h !== undefined) part = h;
      continue;
    }
    if (start < 0) start = i;
  }
  close(lines.length);
  return { layout, problems };
}
