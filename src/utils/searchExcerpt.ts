/**
 * Pagefind excerpts are text with the matches wrapped in `<mark>`, HTML-escaped. Splitting them
 * into plain pieces lets the page build the excerpt with text nodes only, never innerHTML.
 */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** The excerpt as alternating plain and marked pieces; any other tag is dropped as text-less markup. */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) pieces.push({ text, mark });
    }
  }
  return pieces;
}

/**
 * The excerpt with every occurrence of `term` marked and nothing else: a term indexed whole is
 * found at the word it starts in, which is all Pagefind marks (行政 of 行政复议). `term` is as the
 * search compares text (`wholeTermQuery`); where the excerpt does not hold it, Pagefind's marks stay.
 */
export function markTerm(pieces: readonly ExcerptPiece[], term: string): ExcerptPiece[] {
  const text = pieces.map((p) => p.text).join('');
  return term && text.includes(term) ? marked(text, term) : [...pieces];
}

/**
 * `text` in pieces with each place `term` occurs marked, found in `compared` (the text as the search
 * compares it, of the same length: lower case for a term's excerpt) and shown as `text` prints it.
 */
function marked(text: string, term: string, compared = text): ExcerptPiece[] {
  const out: ExcerptPiece[] = [];
  let from = 0;
  for (let at = compared.indexOf(term); at >= 0; at = compared.indexOf(term, from)) {
    if (at > from) out.push({ text: text.slice(from, at), mark: false });
    out.push({ text: text.slice(at, at + term.length), mark: true });
    from = at + term.length;
  }
  if (from < text.length) out.push({ text: text.slice(from), mark: false });
  return out;
}

/** How far a term's excerpt reaches before and after the term, in characters. */
const reach = { before: 20, after: 60 };
/** Three or more numbers in a row: a table's cells, which say little in an excerpt. */
const numberRun = /(?:^|\s)(?:[-+]?\d[\d,.%]*\s+){2,}[-+]?\d[\d,.%]*(?=\s|$)/g;
/** Where a sentence or a clause ends: the excerpt starts after the last one before the term, not mid-word. */
const clauseEnd = /[。！？；，]/g;
const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/** The window around one occurrence, cut where a run of table numbers or (before it) a sentence or clause begins. */
function windowAround(text: string, at: number, end: number): { start: number; end: number } {
  let start = Math.max(0, at - reach.before);
  const lead = text.slice(start, at);
  const cuts = [...lead.matchAll(numberRun), ...lead.matchAll(clauseEnd)].map((m) => m.index + m[0].length);
  if (cuts.length > 0) start += Math.max(...cuts);
  let stop = Math.min(text.length, end + reach.after);
  const run = numberRun.exec(text.slice(end, stop));
  numberRun.lastIndex = 0;
  if (run) stop = end + run.index;
  return { start, end: stop };
}

/**
 * An excerpt of a page's indexed text (`content`, Pagefind's words marked by U+200B) for a term
 * indexed whole, around the occurrence with the most prose about it, every occurrence in it marked.
 * Pagefind centres its excerpt on where the most of the query's words are, and a term found only in
 * a heading between two tables came out as a run of the tables' numbers. Runs of three or more
 * numbers are cut off. Undefined when the text does not hold the term as written (`term` is as the
 * search compares text: lower case, no spaces), so the caller keeps Pagefind's excerpt.
 */
export function termExcerpt(content: string, term: string): ExcerptPiece[] | undefined {
  const text = content.replaceAll('\u200b', '').replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  if (!term || lower.length !== text.length) return undefined;
  let best: { start: number; end: number; score: number } | undefined;
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
    const around = windowAround(text, at, at + term.length);
    const score = hanCount(text.slice(around.start, around.end)) - term.length;
    if (!best || score > best.score) best = { ...around, score };
  }
  if (!best) return undefined;
  const shown = text.slice(best.start, best.end).trim();
  const from = best.start + text.slice(best.start, best.end).indexOf(shown);
  const pieces: ExcerptPiece[] = [];
  if (from > 0 && !/[。！？；]$/.test(text.slice(0, from).trim())) pieces.push({ text: '…', mark: false });
  pieces.push(...marked(shown, term, lower.slice(from, from + shown.length)));
  if (from + shown.length < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
