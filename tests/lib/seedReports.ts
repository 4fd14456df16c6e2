/**
 * Test fixture: the five seed reports rebuilt from the hand-typed numbers in
 * tests/fixtures/seedNumbers.ts (every other cell 0), so the statistics tests do not depend on
 * the content folder, which the importer rewrites. `withCells` then blanks or changes cells.
 */

import { zeroReportInput } from '../../scripts/lib/testkit/tables.ts';
import type { Agency } from '../../src/schemas/agency.ts';
import { type ReportData, reportSchema } from '../../src/schemas/report.ts';
import type { AgencyLike, ReportLike } from '../../src/utils/collections.ts';
import { seedNumbers } from '../fixtures/seedNumbers.ts';

type Overrides = Record<string, number | null>;

/** A report of the given agency and year with the given cells (flat keys) set; every other cell 0. */
export function reportWith(id: string, cells: Overrides): ReportLike {
  const [agency = '', year = '0'] = id.split('/');
  const input = { ...zeroReportInput(), agency, year: Number(year) };
  for (const [key, value] of Object.entries(cells)) {
    const [table, row, column] = key.split('.') as [string, string, string];
    const t = input[table as 'table2' | 'table3' | 'table4'];
    (t[row] as Record<string, unknown>)[column] = value;
  }
  return { id, data: reportSchema.parse(input) as ReportData };
}

export function seedReports(): ReportLike[] {
  return Object.entries(seedNumbers).map(([id, s]) => reportWith(id, s.nonZero));
}

const agency = (id: string, name: string, city: string, county?: string): AgencyLike => ({
  id,
  data: {
    name,
    shortName: name,
    kind: '司法局',
    level: county ? 'county' : 'city',
    region: {
      province: id.startsWith('41') ? '河南省' : '宁夏回族自治区',
      city,
      county,
      code: id.slice(0, 6),
    },
  } as Agency,
});

export function seedAgencies(): AgencyLike[] {
  return [
    agency('410307-sifaju', '偃师区司法局', '洛阳市', '偃师区'),
    agency('640302-sifaju', '利通区司法局', '吴忠市', '利通区'),
    agency('640303-sifaju', '红寺堡区司法局', '吴忠市', '红寺堡区'),
    agency('640500-sifaju', '中卫市司法局', '中卫市'),
  ];
}
