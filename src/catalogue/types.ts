/** One column of a printed table, in the order the official form prints it. */
export interface ColumnDef<K extends string = string> {
  /** Stable English key, used in content files, CSV headers and URLs. */
  readonly key: K;
  /** The official Chinese label as printed in the form. */
  readonly label: string;
  /** The merged header cell this column sits under, if any (e.g. 法人或其他组织). */
  readonly group?: string;
  /** Other spellings seen in real reports (OCR slips), for the importer's label matching. */
  readonly aliases?: readonly string[];
  /** What this column's cells hold, when it differs from its block's kind (2019 本年增/减, 采购总金额). */
  readonly kind?: CellKind;
}

/** A heading row of the form that carries no numbers of its own (e.g. 三、本年度办理结果). */
export interface GroupDef {
  readonly key: string;
  /** The printed ordinal: 一、 or （三） */
  readonly marker: string;
  readonly label: string;
  /** Key of the enclosing group, if nested. */
  readonly parent?: string;
}

/** One data row of a printed table. */
export interface RowDef<K extends string = string> {
  readonly key: K;
  /** The printed ordinal: 一、, （一）, 1. — empty when the form prints none. */
  readonly marker: string;
  /** The official Chinese label without its ordinal. */
  readonly label: string;
  /** Key of the enclosing group heading, if any. */
  readonly parent?: string;
  /**
   * Other spellings seen in real reports (abridged official wording, OCR slips),
   * for the importer's label matching; the official label is always tried first.
   */
  readonly aliases?: readonly string[];
}

/**
 * What kind of number a cell holds: a count ≥ 0, an amount in 万元, a signed count (2019 本年增/减,
 * where a decrease is negative), or an amount kept with the unit it was printed in (2019 采购总金额).
 */
export type CellKind = 'count' | 'amount' | 'signedCount' | 'amountWithUnit';

/** The official forms: 国办公开办函〔2021〕30号 (reports for 2021 on) and 〔2019〕60号 (2019–2020). */
export type ReportFormat = '2021' | '2019';
