/**
 * Matching printed labels to the catalogue. A label is compared in canonical form (brackets,
 * spacing and quotes folded), as a suffix of the text gathered before a row's numbers, so group
 * headings and wrapped lines before it do not matter. Aliases from the catalogue are known
 * variants; a label within a small edit distance is matched loosely, and said so.
 */
import { canon } from './normalize.ts';

export interface LabelForm {
  key: string;
  /** Canonical text compared against. */
  text: string;
  /** The catalogue's printed label (marker + label), for messages. */
  display: string;
  alias: boolean;
  /** The row's ordinal as the catalogue prints it (5. （二）), when it has one. */
  marker?: string;
}

export interface LabelMatch {
  key: string;
  quality: 'exact' | 'alias' | 'loose' | 'truncated';
  /** The catalogue label matched. */
  display: string;
  /** The canonical text before the match (group headings, markers, a table header). */
  prefix: string;
  /** The canonical text that was matched. */
  matched: string;
}

interface Labelled {
  readonly key: string;
  readonly label: string;
  readonly marker?: string;
  readonly aliases?: readonly string[];
}

/** The forms a catalogue item can be printed in: its label, then its aliases. */
export function formsOf(items: readonly Labelled[]): LabelForm[] {
  return items.flatMap((item) => {
    const display = `${item.marker ?? ''}${item.label}`;
    const marker = item.marker ? { marker: item.marker } : {};
    return [
      { key: item.key, text: canon(item.label), display, alias: false, ...marker },
      ...(item.aliases ?? []).map((a) => ({
        key: item.key,
        text: canon(a),
        display,
        alias: true,
        ...marker,
      })),
    ];
  });
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/** How many edits a label of this length may differ by and still be matched (loosely). */
export function looseLimit(length: number): number {
  // Labels of four characters (行政处罚, 行政强制, 行政许可) are one slip apart from each other.
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 16) return 2;
  return 3;
}

/** Ordinal markers: 一、 (一) 1. 1、 (1). */
export const markerPattern =
  /^(?:[一二三四五六七八九十]{1,3}[、.,]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、)]|\(\d{1,2}\))/;

/** Strips leading ordinal markers and any of `words` (canonical) from `text`, repeatedly. */
export function stripLeading(text: string, words: readonly string[]): string {
  let t = text;
  for (let changed = true; changed && t; ) {
    changed = false;
    const m = markerPattern.exec(t);
    if (m) {
      t = t.slice(m[0].length);
      changed = true;
    }
    for (const w of words) {
      if (w && t.startsWith(w)) {
        t = t.slice(w.length);
        changed = true;
      }
    }
  }
  return t;
}

/** Finds the catalogue label that `text` ends with: exact or alias suffix first, then within a small edit distance. */
export function matchLabel(text: string, forms: readonly LabelForm[]): LabelMatch | undefined {
  const t = canon(text).replace(/[:。.,;]+$/, '');
  // A label in brackets, as a heading prints a group's name: 行政诉讼（未经复议直接起诉）.
  const unbracketed =
    /\)$/.test(t) && /\([^()]*\)$/.test(t) ? t.slice(0, -1).replace(/\(([^()]*)$/, '$1') : t;
  let best: LabelForm | undefined;
  let bestText = t;
  for (const f of forms) {
    const within = t.endsWith(f.text) ? t : unbracketed.endsWith(f.text) ? unbracketed : undefined;
    if (within === undefined) continue;
    if (
      !best ||
      f.text.length > best.text.length ||
      (f.text.length === best.text.length && best.alias && !f.alias)
    ) {
      best = f;
      bestText = within;
    }
  }
  if (best) {
    return {
      key: best.key,
      quality: best.alias ? 'alias' : 'exact',
      display: best.display,
      prefix: bestText.slice(0, bestText.length - best.text.length),
      matched: best.text,
    };
  }
  // Loose: compare each label with the tail of the text of about its length.
  const chars = [...t];
  let loose: { form: LabelForm; d: number; take: number } | undefined;
  let tied = false;
  for (const f of forms) {
    const n = [...f.text].length;
    const limit = looseLimit(n);
    if (limit === 0) continue;
    // The text must end as the label does: a character after it is something else printed after it
    // (another row's garbled label), not a slip inside it.
    if (chars.at(-1) !== [...f.text].at(-1)) continue;
    for (let take = Math.max(1, n - limit); take <= Math.min(chars.length, n + limit); take++) {
      const d = editDistance(chars.slice(chars.length - take).join(''), f.text, limit);
      if (d > limit) continue;
      if (!loose || d < loose.d) {
        loose = { form: f, d, take };
        tied = false;
      } else if (d === loose.d && f.key !== loose.form.key) tied = true;
    }
  }
  if (!loose || tied) return truncatedMatch(t, forms);
  const cut = chars.length - loose.take;
  return {
    key: loose.form.key,
    quality: 'loose',
    display: loose.form.display,
    prefix: chars.slice(0, cut).join(''),
    matched: chars.slice(cut).join(''),
  };
}

/** Whether canonical text ends with an ordinal like `marker` (3. 3、 (七) （七）), however it is punctuated. */
export function endsWithMarker(prefix: string, marker: string): boolean {
  const core = canon(marker).replace(/[.、,()]/g, '');
  return new RegExp(`(?:^|[^\\d一二三四五六七八九十])[(]?${core}[).、,]?$`).test(prefix);
}

/** The fewest of a label's first characters that, after its ordinal, stand for the whole label. */
const truncatedLeast = 6;

/**
 * A label whose line broke before its numbers, the rest printed past them (pdftotext's layout puts a
 * wrapped cell's numbers on its middle line: "5.要求行政机关确认或重新出", the numbers, "具已获取信息"):
 * the text ends with the row's ordinal and at least `truncatedLeast` of its label's first characters,
 * which no other row's label begins with. Without the ordinal a label's start is too weak to go by.
 */
function truncatedMatch(t: string, forms: readonly LabelForm[]): LabelMatch | undefined {
  let found: { form: LabelForm; cut: number } | undefined;
  let tied = false;
  for (const f of forms) {
    if (!f.marker) continue;
    const label = [...f.text];
    for (let n = label.length - 1; n >= truncatedLeast; n--) {
      const start = label.slice(0, n).join('');
      if (!t.endsWith(start) || !endsWithMarker(t.slice(0, t.length - start.length), f.marker)) continue;
      const cut = t.length - start.length;
      if (found && found.form.key !== f.key) tied = true;
      if (!found || cut < found.cut) found = { form: f, cut };
      break;
    }
  }
  if (!found || tied) return undefined;
  return {
    key: found.form.key,
    quality: 'truncated',
    display: found.form.display,
    prefix: t.slice(0, found.cut),
    matched: t.slice(found.cut),
  };
}

/** Whether canonical `text` contains one of the forms' labels (for text that should have had numbers). */
export function findLabelIn(text: string, forms: readonly LabelForm[], minLength = 4): LabelForm | undefined {
  let found: LabelForm | undefined;
  for (const f of forms) {
    if (f.text.length >= minLength && text.includes(f.text) && (!found || f.text.length > found.text.length))
      found = f;
  }
  return found;
}
