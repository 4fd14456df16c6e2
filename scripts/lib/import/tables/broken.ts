/**
 * Numbers broken by a line or cell break: "1" at the end of a row and ".5" starting the next line
 * (or the next cell) are one printed number, 1.5, that the extraction cut in two. The first half
 * alone is a different number, so it must not be read: the value is marked, and the reader refuses it.
 */
import type { Segment } from '../types.ts';

/** The rest of a number: a decimal point or thousands separator, then digits, then nothing of a label. */
const restOfNumber = /^[.．,]\d+(?:\s|$)/u;

/**
 * The segments with every value that is directly followed by the rest of a number marked `brokenBy`
 * that text. Only the value right before the fragment is marked: it is the one the fragment continues.
 */
export function markBroken(segments: readonly Segment[]): readonly Segment[] {
  let out: Segment[] | undefined;
  segments.forEach((s, i) => {
    const prev = segments[i - 1];
    if (s.kind !== 'text' || prev?.kind !== 'values' || !restOfNumber.test(s.text)) return;
    const last = prev.values.at(-1);
    if (!last || last.raw === '') return;
    out ??= [...segments];
    out[i - 1] = {
      ...prev,
      values: [...prev.values.slice(0, -1), { ...last, brokenBy: s.text.split(/\s/)[0] ?? s.text }],
    };
  });
  return out ?? segments;
}
