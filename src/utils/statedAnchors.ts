/**
 * Anchors on the report body's paragraphs that state a figure the checks read from the prose
 * (src/checks/prose.ts), so a 数据核验 finding about it links to the very paragraph.
 */
import { reportParts } from '../catalogue/index.ts';
import { blockTexts } from './markdown.ts';
import { splitParts } from './parts.ts';
import { phraseAt } from './sourceView.ts';

/** The Markdown of each section as the report page renders it: the preamble (0), then parts 1–6. */
export function bodySections(body: string): { section: number; markdown: string }[] {
  const { preamble, parts } = splitParts(body);
  return [
    { section: 0, markdown: preamble },
    ...reportParts.map((part) => ({
      section: part.number,
      markdown: parts.find((p) => p.number === part.number)?.markdown ?? '',
    })),
  ];
}

/** The anchor of a section's block (paragraph, list…), counted as markdownToHtml counts them. */
export const statedId = (section: number, block: number) => `stated-${section}-${block}`;

/** For each phrase, the anchor of the body block holding its figure; a phrase not found has none. */
export function statedAnchors(body: string, phrases: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (phrases.length === 0) return out;
  const blocks = bodySections(body).flatMap((s) =>
    s.markdown ? blockTexts(s.markdown).map((text, i) => ({ id: statedId(s.section, i), text })) : [],
  );
  const texts = blocks.map((b) => b.text);
  for (const phrase of phrases) {
    const i = phraseAt(texts, phrase);
    const block = i === undefined ? undefined : blocks[i];
    if (block) out.set(phrase, block.id);
  }
  return out;
}
