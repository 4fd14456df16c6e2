import { reportParts } from '../catalogue/index.ts';

const numerals = reportParts.map((p) => p.numeral);

/** One of the six numbered parts as it stands in a report body. */
export interface BodyPart {
  /** 1–6. */
  number: number;
  /** The heading as the agency printed it, e.g. 一、总体情况. */
  heading: string;
  /** The part's Markdown, without its heading. */
  markdown: string;
}

/** Splits a report body into its preamble and its `## 一、…` to `## 六、…` parts, in body order. */
export function splitParts(body: string): { preamble: string; parts: BodyPart[] } {
  const lines = body.split(/\r?\n/);
  const parts: BodyPart[] = [];
  const preamble: string[] = [];
  let current: { number: number; heading: string; lines: string[] } | undefined;
  const flush = () => {
    if (current)
      parts.push({
        number: current.number,
        heading: current.heading,
        markdown: current.lines.join('\n').trim(),
      });
  };
  for (const line of lines) {
    const match = /^##\s+(.+?)\s*$/.exec(line);
    const index = match ? numerals.indexOf((match[1] ?? '').charAt(0) as (typeof numerals)[number]) : -1;
    if (match && index >= 0) {
      flush();
      current = { number: index + 1, heading: match[1] as string, lines: [] };
    } else (current ? current.lines : preamble).push(line);
  }
  flush();
  return { preamble: preamble.join('\n').trim(), parts };
}
