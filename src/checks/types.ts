import type { ReportData } from '../schemas/report.ts';

/** error: the report contradicts itself; warning: likely wrong; notice: worth a look. */
export type Severity = 'error' | 'warning' | 'notice';

/** failed: the numbers disagree; unchecked: an input was not reported, so the rule cannot say. */
export type FindingStatus = 'failed' | 'unchecked';

export type { TableKey } from '../catalogue/vocabulary.ts';

import type { TableKey } from '../catalogue/vocabulary.ts';

/** One cell a finding is about, with its labels taken from the catalogue. */
export interface CellRef {
  table: TableKey;
  /** Catalogue row key (table 四: the group key, e.g. reconsideration). */
  row: string;
  /** Catalogue column key. */
  column: string;
  /** The printed row label, e.g. 二、上年结转政府信息公开申请数量. */
  rowLabel: string;
  /** The printed column label, e.g. 自然人. */
  columnLabel: string;
  /** Id of the report the cell belongs to, when it is not the finding's own report (across-year rules). */
  report?: string;
}

/** One side of a comparison: what it is, in Chinese, and its value (null when it cannot be computed). */
export interface FindingSide {
  label: string;
  value: number | null;
}

export interface Finding {
  /** Kebab-case rule id, e.g. table3-balance. */
  rule: string;
  /** The rule's severity when failed; a finding that cannot be checked is always a notice. */
  severity: Severity;
  status: FindingStatus;
  /** Id of the report the finding is about, e.g. 640302-sifaju/2023. */
  report: string;
  /** Failed: every cell the comparison involves. Unchecked: the cells that were not reported. */
  cells: CellRef[];
  left: FindingSide;
  right: FindingSide;
  /** One plain Chinese sentence a citizen can read. */
  message: string;
  /** More context, e.g. the sentence of the report that states a figure. */
  details?: string;
  /**
   * Where a figure read from the prose stands: the words that state it (StatedFigure.phrase, as the
   * checks normalise prose), so a page can point at the paragraph and the source line holding them.
   */
  phrase?: string;
}

/** A report as rules see it: the same shape as loadContent's entries and Astro's collection entries. */
export interface RuleInput {
  id: string;
  data: ReportData;
  body: string;
}

export interface RuleContext {
  /** The same agency's report for the year before, if there is one. */
  previous?: RuleInput;
  agencyName?: string;
}

export interface Rule {
  id: string;
  /** Short Chinese title, for the 数据质量 page. */
  title: string;
  severity: Severity;
  /** What the rule checks and why, in Chinese. */
  description: string;
  check(report: RuleInput, context: RuleContext): Finding[];
}
