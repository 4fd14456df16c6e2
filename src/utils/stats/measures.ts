/**
 * The quantities the statistics show, each a named set of catalogue cells to add up.
 * Labels come from the catalogue (never retyped), shortened only by dropping a printed gloss.
 */
import {
  printedLabel,
  qualifiedLabel,
  table2Blocks,
  table3ApplicantColumns,
  table3Groups,
  table3Rows,
  table3Rows2019,
  table4Columns,
  table4Groups,
} from '../../catalogue/index.ts';

export interface Measure {
  /** Stable id, e.g. `newReceived`, `denied`, `table4.reconsideration.corrected`. */
  key: string;
  /** Chinese label as the form prints it (without its ordinal). */
  label: string;
  /** Flat cell keys added up. */
  cells: readonly string[];
  unit: '件' | '万元';
}

/** The form's label without a trailing gloss: 部分公开（区分处理的…） → 部分公开. */
export function shortLabel(label: string): string {
  return label.replace(/（[^（）]*）$/, '');
}

const t3 = (row: string, column = 'total') => `table3.${row}.${column}`;
const row3 = (key: string) => {
  const row = table3Rows.find((r) => r.key === key);
  if (!row) throw new Error(`no table 三 row ${key}`);
  return row;
};
const count = (key: string, label: string, cells: readonly string[]): Measure => ({
  key,
  label,
  cells,
  unit: '件',
});

/** 一、本年新收, 二、上年结转, 四、结转下年度 (总计 column). */
export const applicationMeasures = {
  newReceived: count('newReceived', row3('newReceived').label, [t3('newReceived')]),
  carriedOver: count('carriedOver', row3('carriedOver').label, [t3('carriedOver')]),
  carriedForward: count('carriedForward', row3('carriedForward').label, [t3('carriedForward')]),
};

/** （七）总计: the base of 公开率. */
export const outcomeTotalMeasure = count('outcomeTotal', '办理结果总计', [t3('outcomeTotal')]);

/** One outcome category of 三、本年度办理结果, with its numbered reasons when it has any. */
export interface OutcomeCategory {
  measure: Measure;
  reasons: Measure[];
}

/**
 * The six outcome categories in printed order: 予以公开, 部分公开, 不予公开 (8 reasons), 无法提供, 不予处理,
 * 其他处理. A category is the same quantity in both forms; 其他处理 adds its three 2021 reasons or, in a
 * 2019-format report, its one row (the reasons themselves exist only in 2021-format reports).
 */
export function outcomeCategories(): OutcomeCategory[] {
  const out: OutcomeCategory[] = [];
  const seen = new Set<string>();
  for (const row of table3Rows) {
    if (!('parent' in row) || row.key === 'outcomeTotal') continue;
    if (row.parent === 'outcomes') {
      out.push({ measure: count(row.key, shortLabel(row.label), [t3(row.key)]), reasons: [] });
      continue;
    }
    if (seen.has(row.parent)) continue;
    seen.add(row.parent);
    const group = table3Groups.find((g) => g.key === row.parent);
    const reasons = table3Rows
      .filter((r) => 'parent' in r && r.parent === row.parent)
      .map((r) => count(r.key, printedLabel(r), [t3(r.key)]));
    const row2019 = table3Rows2019.some((r) => r.key === row.parent) ? [t3(row.parent)] : [];
    out.push({
      measure: count(row.parent, group?.label ?? row.parent, [
        ...reasons.flatMap((r) => r.cells),
        ...row2019,
      ]),
      reasons,
    });
  }
  return out;
}

/** 公开率 numerator: （一）予以公开 + （二）部分公开. */
export const disclosedCells = [t3('granted'), t3('partiallyGranted')] as const;

/** Who applied: the six applicant columns of 一、本年新收. */
export function applicantMeasures(): Measure[] {
  return table3ApplicantColumns.map((c) => count(`applicant.${c.key}`, c.label, [t3('newReceived', c.key)]));
}

/** Table 四: each kind of case with its five results; 纠错率's cells. */
export function reviewGroups() {
  return table4Groups.map((g) => {
    const key = (c: string) => `table4.${g.key}.${c}`;
    return {
      key: g.key,
      label: qualifiedLabel(g),
      results: table4Columns.map((c) => count(key(c.key), c.label, [key(c.key)])),
      /** 纠错率 = 结果纠正 / (结果维持 + 结果纠正 + 其他结果): decided cases only, pending left out. */
      corrected: [key('corrected')],
      decided: [key('upheld'), key('corrected'), key('other')],
    };
  });
}

/** Table 二: every cell, labelled row and column (行政规范性文件 本年制发件数). */
export function table2Measures(): Measure[] {
  return table2Blocks.flatMap((b) =>
    b.rows.flatMap((r) =>
      (b.columns as readonly { key: string; label: string }[]).map((c) => ({
        key: `table2.${r.key}.${c.key}`,
        label: `${r.label} ${shortLabel(c.label)}`,
        cells: [`table2.${r.key}.${c.key}`],
        unit: b.kind === 'amount' ? ('万元' as const) : ('件' as const),
      })),
    ),
  );
}
