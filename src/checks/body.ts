/** Reading a report body (the importer's Markdown): part headings, preamble, prose sentences. */
import { reportParts } from '../catalogue/index.ts';

/** A `## 一、…` heading whose numeral and title identify one of the six parts. */
export interface PartHeading {
  /** 1–6. */
  number: number;
  /** The heading text as printed, e.g. 三、收到和处理政府信息公开. */
  text: string;
}

const numerals: readonly string[] = reportParts.map((p) => p.numeral);

/** Strips what PDF extraction varies (spaces, punctuation, bracket width) before comparing titles. */
const squash = (s: string) => s.replace(/[\s\p{P}]/gu, '');

/**
 * A printed title is the official one when either starts with the other (001 prints
 * 三、收到和处理政府信息公开 without 申请情况) or most of its characters are in it
 * (存在的主要问题及改进措施 for …改进情况).
 */
export function titleMatches(printed: string, official: string): boolean {
  const a = squash(printed);
  const b = squash(official);
  if (a === '' || a.startsWith(b) || b.startsWith(a)) return true;
  const shared = [...a].filter((ch) => b.includes(ch)).length;
  return shared / a.length >= 0.6;
}

/** The part headings of a body, in body order. Other `##` headings are ignored. */
export function partHeadings(body: string): PartHeading[] {
  const out: PartHeading[] = [];
  for (const line of body.split(/\r?\n/)) {
    const m = /^##\s*(\S)\s*[、.．，,]?\s*(.*?)\s*$/.exec(line);
    const index = m ? numerals.indexOf(m[1] ?? '') : -1;
    const part = reportParts[index];
    if (m && part && titleMatches(m[2] ?? '', part.title))
      out.push({ number: part.number, text: line.replace(/^##\s*/, '').trim() });
  }
  return out;
}

/** The text before the first `##` heading: legal basis, statistics period, contact. */
export function preamble(body: string): string {
  const at = body.search(/^##\s/m);
  return at < 0 ? body : body.slice(0, at);
}

/**
 * Prose as sentences, normalised for matching figures: Markdown emphasis and headings removed,
 * full-width digits made ASCII, and line breaks and spaces dropped, since extraction hard-wraps
 * lines mid-word (答复申请\n\n人). A space between two digits is kept so numbers never merge.
 */
export function sentences(body: string): string[] {
  const text = body
    .split(/\r?\n/)
    .filter((line) => !/^#{1,6}\s/.test(line))
    .join('\n')
    .replace(/\*\*|__/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(\d)\s+(?=\d)/g, '$1 ')
    .replace(/(?<!\d) +|[\t\r\n\u3000]+| +(?!\d)/g, '');
  return text
    .split(/[。；;！!？?]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
