/**
 * The HTML of the form's tables' cells and labels, as strings. A report page prints about 230
 * number cells and 60 labels; as Astro components each was a component instance of its own, and
 * their rendering was a large share of a report page's cost (10,000 reports: about 300 instances a
 * page, three million in all). Escaped as Astro escapes (`html.ts`).
 */
import type { LabelPart } from '../catalogue/termMatches.ts';
import { termAnchor } from '../catalogue/terms.ts';
import type { Cell } from '../schemas/cell.ts';
import { displayCell } from './cells.ts';
import { cellAnchor } from './findings.ts';
import { attribute, escapeHtml } from './html.ts';
import { cellLinkName, type SourceLink } from './provenance.ts';

export interface CellTdOptions {
  cell: Cell;
  /** Flat cell key from the catalogue, e.g. table3.newReceived.natural. */
  cellKey: string;
  colspan?: number;
  /** Cells a failed check points at are marked, and reachable from the 数据核验 panel. */
  flagged?: ReadonlySet<string>;
  /** Where each cell was read in the original (原文对照), by flat key: the number links there. */
  links?: ReadonlyMap<string, SourceLink>;
}

/**
 * A number cell: the number as published (or 未填报 / 未读取 with why, in its title), linked to the
 * line of the original it was read from, marked when a check failed on it, with its printed note.
 */
export function cellTd({ cell, cellKey, colspan, flagged, links }: CellTdOptions): string {
  const shown = displayCell(cell);
  const hint = shown.unread
    ? `导入时未能读取这个数字（${shown.unread}），请对照原文`
    : shown.raw
      ? `原文填写“${shown.raw}”，未填报数字`
      : '原文未填报数字';
  const isFlagged = flagged?.has(cellKey) ?? false;
  const link = links?.get(cellKey);
  const classes = [shown.notReported && 'not-reported', shown.unread && 'unread', isFlagged && 'flagged']
    .filter(Boolean)
    .join(' ');
  const title =
    shown.notReported || shown.unread ? hint : isFlagged ? '此单元格未通过数据核验，见“数据核验”' : undefined;
  const text = escapeHtml(shown.text);
  const number = link
    ? `<a${attribute('href', link.href)}${attribute('aria-label', cellLinkName(shown.text, link))}>${text}</a>`
    : text;
  return `<td${attribute('id', cellAnchor(cellKey))}${attribute('data-cell', cellKey)}${attribute('colspan', colspan)}${classes ? attribute('class', classes) : ''}${attribute('title', title)}>${number}${isFlagged ? '<span class="visually-hidden">（未通过核验）</span>' : ''}${shown.note ? `<span class="cell-note">（${escapeHtml(shown.note)}）</span>` : ''}</td>`;
}

/**
 * A printed label with each term it contains linked to the term's explanation on the glossary page
 * (`glossary`, its address). The label's text is unchanged; the link only wraps the term's own words.
 */
export function termLabel(parts: readonly LabelPart[], glossary: string): string {
  return parts
    .map((p) =>
      p.term
        ? `<a class="term-link"${attribute('href', `${glossary}#${termAnchor(p.term)}`)}>${escapeHtml(p.text)}</a>`
        : escapeHtml(p.text),
    )
    .join('');
}
