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
  if (!term || !text.includes(term)) return [...pieces];
  const out: ExcerptPiece[] = [];
  let from = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, from)) {
    if (at > from) out.push({ text: text.slice(from, at), mark: false });
    out.push({ text: term, mark: true });
    from = at + term.length;
  }
  if (from < text.length) out.push({ text: text.slice(from), mark: false });
  return out;
}
