/**
 * Digits run together: page text often prints a row's cells with no separator ("310040035" for
 * 31 0 0 4 0 0 35). This enumerates every way the tokens of a row can be cut into its cells: a cut
 * always falls between tokens, a cell never starts with 0 unless it is 0, and where the row's cells
 * end in a total (表三 总计, 表四 each group's 总计) the total must be the sum of the cells before it.
 * Which of the ways is right is not decided here: the accounting identities decide, or nothing does.
 */

/** A run of cells whose last one, when `total`, is the sum of the others. */
export interface CellGroup {
  size: number;
  total: boolean;
}

/** One token of a row: a run of digits that may hold several cells, or a cell that cannot be cut. */
export type SplitToken = { digits: string } | { atom: number | null };

/** Enough ways to show that a row is ambiguous; enumerating further would tell nothing more. */
export const maxSplits = 64;
/** No count in these tables has more digits than this; a longer cell is not a reading. */
const maxCellDigits = 9;

/** One cell of a way: its value, and where in which token it was read. */
export interface SplitCell {
  value: number | null;
  token: number;
  /** Offsets in the token's digits (an atom: the whole token, from 0 to 0). */
  from: number;
  to: number;
}

export interface Splits {
  /** Each way, as the cells in order (an atom not reported has value null). */
  ways: SplitCell[][];
  /**
   * Whether every group with a total could be checked in every way (no blank among its cells): the
   * ways are then all the row's arithmetic allows, not merely all its digits allow.
   */
  checked: boolean;
  /** True when there were more than `maxSplits` ways and the rest were not listed. */
  truncated: boolean;
}

/**
 * Every way to cut `tokens` into the cells of `groups` (in order). Atoms are one cell each; a digit
 * token is one or more cells. Ways where a group's total is not the sum of its cells are left out,
 * unless a cell of that group is not reported (then nothing can be said of it).
 */
export function splitCells(tokens: readonly SplitToken[], groups: readonly CellGroup[]): Splits {
  const cells = groups.reduce((n, g) => n + g.size, 0);
  const groupOf: { end: boolean; total: boolean; start: boolean }[] = [];
  for (const g of groups)
    for (let i = 0; i < g.size; i++)
      groupOf.push({ start: i === 0, end: i === g.size - 1, total: g.total && i === g.size - 1 });
  const ways: SplitCell[][] = [];
  let truncated = false;
  let checked = groups.some((g) => g.total);
  const values: SplitCell[] = [];
  // `sum` is the running sum of the current group's cells, null once one of them is not reported.
  const walk = (token: number, offset: number, cell: number, sum: number | null): void => {
    if (ways.length >= maxSplits) {
      truncated = true;
      return;
    }
    if (cell === cells) {
      if (token === tokens.length) ways.push([...values]);
      return;
    }
    const t = tokens[token];
    if (!t) return;
    const at = groupOf[cell] as (typeof groupOf)[number];
    const running = at.start ? 0 : sum;
    const next = (value: number | null, nextToken: number, nextOffset: number) => {
      const to = 'digits' in t ? (nextToken === token ? nextOffset : t.digits.length) : 0;
      values.push({ value, token, from: offset, to });
      const s = running === null || value === null ? null : running + value;
      walk(nextToken, nextOffset, cell + 1, s);
      values.pop();
    };
    if (at.total && running === null) checked = false;
    if ('atom' in t) {
      if (offset !== 0) return;
      if (at.total && t.atom === null) checked = false;
      if (at.total && running !== null && t.atom !== null && t.atom !== running) return;
      next(t.atom, token + 1, 0);
      return;
    }
    const rest = t.digits.length - offset;
    const cellsLeft = cells - cell;
    if (at.total && running !== null) {
      // The total is not guessed: it must be the digits of the sum, and nothing else.
      const want = String(running);
      if (t.digits.startsWith(want, offset)) {
        const end = offset + want.length;
        next(running, end === t.digits.length ? token + 1 : token, end === t.digits.length ? 0 : end);
      }
      return;
    }
    const longest = t.digits[offset] === '0' ? 1 : Math.min(maxCellDigits, rest);
    for (let len = 1; len <= longest; len++) {
      const end = offset + len;
      // The token's rest must go to later cells of this row, so a cut inside it needs one left.
      if (end === t.digits.length) next(Number(t.digits.slice(offset, end)), token + 1, 0);
      else if (cellsLeft > 1) next(Number(t.digits.slice(offset, end)), token, end);
    }
  };
  walk(0, 0, 0, 0);
  return { ways, truncated, checked };
}
