/** The README's glossary of field keys ↔ Chinese labels, generated from the catalogue so it never drifts. */
import {
  printedLabel,
  qualifiedLabel,
  type Table2Block,
  type TableKey,
  table2Blocks,
  table2Blocks2019,
  table3Columns,
  table3Groups,
  table3Rows,
  table3Rows2019,
  table4Columns,
  table4Groups,
  tableName,
  tableTitle,
} from '../../../src/catalogue/index.ts';

export const glossaryStart = '<!-- glossary:start (npm run glossary) -->';
export const glossaryEnd = '<!-- glossary:end -->';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function table2Rows(blocks: readonly Table2Block[]): string[] {
  const lines = [row(['row key', '行', 'column keys']), row(['---', '---', '---'])];
  for (const b of blocks) {
    for (const r of b.rows)
      lines.push(
        row([
          `\`${r.key}\``,
          `${b.label} ${r.label}`,
          b.columns.map((c) => `\`${c.key}\` ${c.label}`).join('；'),
        ]),
      );
  }
  return lines;
}

export function glossaryMarkdown(): string {
  const groupLabel = new Map<string, string>(table3Groups.map((g) => [g.key, printedLabel(g)]));
  const heading = (t: TableKey) => `#### ${tableName(t)} \`${t}\` — ${tableTitle(t)}`;
  const lines = [heading('table2'), '', ...table2Rows(table2Blocks)];
  lines.push('', heading('table3'), '', row(['row key', '行', '所属']), row(['---', '---', '---']));
  for (const r of table3Rows) {
    const parent = 'parent' in r ? (groupLabel.get(r.parent) ?? '') : '';
    lines.push(row([`\`${r.key}\``, printedLabel(r), parent]));
  }
  lines.push('', row(['column key', '列']), row(['---', '---']));
  for (const c of table3Columns) lines.push(row([`\`${c.key}\``, qualifiedLabel(c)]));
  lines.push('', heading('table4'), '', row(['key', '含义']), row(['---', '---']));
  for (const g of table4Groups) lines.push(row([`\`${g.key}\``, qualifiedLabel(g)]));
  for (const c of table4Columns) lines.push(row([`\`${c.key}\``, c.label]));
  const only2019 = table3Rows2019.filter((r) => !table3Rows.some((x) => x.key === r.key));
  lines.push(
    '',
    "#### The 2019 form (`format: '2019'`, reports for 2019 and 2020)",
    '',
    'Table 二 has its own blocks; `change` (本年增/减) is a signed whole number, and `procurement.amount`',
    'keeps the unit it was printed in (`{ value: 2792220.8, unit: "元" }`). Rows that mean the same as in',
    'the 2021 form keep their keys (`decisions` is 2021’s 本年处理决定数量).',
    '',
    ...table2Rows(table2Blocks2019),
    '',
    `Table 三 has ${table3Rows2019.length} rows: those of the 2021 form, except that ${only2019.map((r) => `\`${r.key}\` ${printedLabel(r)}`).join('、')} is one row of numbers where the 2021 form has its three sub-rows (\`otherNoCorrection\`, \`otherUnpaidFee\`, \`otherOther\`). Table 四 is the same in both forms.`,
  );
  return lines.join('\n');
}

/** The README with its glossary section replaced by the current one. */
export function withGlossary(readme: string): string {
  const start = readme.indexOf(glossaryStart);
  const end = readme.indexOf(glossaryEnd);
  if (start < 0 || end < start)
    throw new Error(`README.md lacks the markers ${glossaryStart} … ${glossaryEnd}`);
  return `${readme.slice(0, start + glossaryStart.length)}\n\n${glossaryMarkdown()}\n\n${readme.slice(end)}`;
}
