import { type LabelPart, labelParts } from '../catalogue/termMatches.ts';

/**
 * For one rendered table: splits each label into text and terms, keeping a term only where the table
 * first prints it, so that each term links to its explanation once per table rather than on every
 * one of table 四's three 结果维持. Call it on the labels in the order they are printed.
 */
export function termLinker(): (label: string) => LabelPart[] {
  const linked = new Set<string>();
  return (label) =>
    labelParts(label).map((part) => {
      if (!part.term) return part;
      if (linked.has(part.term.key)) return { text: part.text };
      linked.add(part.term.key);
      return part;
    });
}
