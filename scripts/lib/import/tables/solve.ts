/**
 * Choosing among readings with the accounting identities. A unit is a piece of a table whose
 * numbers could be read more than one way (digits run together, rows placed by order); each way is
 * an alternative. Every combination of alternatives is tried against every identity that touches a
 * unit's cells and can be evaluated; a unit is decided when all combinations that satisfy them agree
 * on it. Several that disagree, or none: the unit is refused, with why. Nothing is ever filled in.
 */
import { addressKey, type IdentityInstance } from '../../../../src/catalogue/index.ts';
import type { CellRead } from '../types.ts';

export interface Unit {
  /** What the unit is, for messages: e.g. “310040035” (一、本年新收政府信息公开申请数量). */
  describe: string;
  /** The cells it fills (flat keys, `table3.newReceived.natural`), the same in every alternative. */
  cells: readonly string[];
  alternatives: readonly ReadonlyMap<string, CellRead>[];
  /** A placement by order: decided only when an identity linking it to other rows confirms it. */
  confirm: boolean;
  /** The alternatives were cut off (too many to list): the unit cannot be decided. */
  truncated?: boolean;
}

export type Decision =
  | { unit: Unit; decided: ReadonlyMap<string, CellRead> }
  | { unit: Unit; refused: string };

/** Combinations tried before giving up; far more than any real table needs. */
const maxNodes = 200_000;
const maxSolutions = 64;

const numberOf = (r: CellRead | undefined) => r?.cell.value;

/**
 * Decides each unit. `fixed` holds the cells read for certain (flat keys). Identities over fixed
 * cells only are not this function's business: they are reported by the checks.
 */
export function solve(
  units: readonly Unit[],
  fixed: ReadonlyMap<string, CellRead>,
  identities: readonly IdentityInstance[],
): Decision[] {
  const live = units.filter((u) => u.alternatives.length > 0 && !u.truncated);
  const ownerOf = new Map<string, number>();
  live.forEach((u, i) => {
    for (const c of u.cells) ownerOf.set(c, i);
  });
  const instances = identities
    .map((inst) => {
      const keys = [...inst.left, ...inst.right].map(addressKey);
      return { inst, keys, units: [...new Set(keys.flatMap((k) => ownerOf.get(k) ?? []))] };
    })
    .filter((x) => x.units.length > 0);
  // An identity is checked once the last of its units has been chosen.
  const checkAt = live.map(() => [] as typeof instances);
  for (const x of instances) checkAt[Math.max(...x.units)]?.push(x);

  const chosen: number[] = [];
  const solutions: number[][] = [];
  let nodes = 0;
  let exhausted = false;
  const cellValue = (key: string) => {
    const owner = ownerOf.get(key);
    if (owner === undefined) return numberOf(fixed.get(key));
    const alt = chosen[owner];
    return alt === undefined ? undefined : numberOf(live[owner]?.alternatives[alt]?.get(key));
  };
  const holds = (x: (typeof instances)[number]) => {
    let left = 0;
    let right = 0;
    for (const a of x.inst.left) {
      const v = cellValue(addressKey(a));
      if (v === null || v === undefined) return true;
      left += v;
    }
    for (const a of x.inst.right) {
      const v = cellValue(addressKey(a));
      if (v === null || v === undefined) return true;
      right += v;
    }
    return left === right;
  };
  const walk = (i: number) => {
    if (solutions.length >= maxSolutions || ++nodes > maxNodes) {
      exhausted = true;
      return;
    }
    if (i === live.length) {
      solutions.push([...chosen]);
      return;
    }
    const unit = live[i] as Unit;
    for (let a = 0; a < unit.alternatives.length; a++) {
      chosen[i] = a;
      if ((checkAt[i] ?? []).every(holds)) walk(i + 1);
      if (exhausted) break;
    }
    chosen.length = i;
  };
  walk(0);

  return units.map((unit): Decision => {
    if (unit.truncated)
      return { unit, refused: `${unit.describe} can be read in too many ways to tell which is right` };
    if (!unit.alternatives.length)
      return { unit, refused: `${unit.describe} cannot be read as this row’s numbers` };
    const i = live.indexOf(unit);
    if (exhausted)
      return {
        unit,
        refused: `${unit.describe}: too many combinations of readings to check against the identities`,
      };
    const used = [...new Set(solutions.map((s) => s[i] as number))];
    const distinct = dedupe(used.map((a) => unit.alternatives[a] as ReadonlyMap<string, CellRead>));
    if (distinct.length === 0)
      return {
        unit,
        refused: `${unit.describe}: no reading of it satisfies the table’s identities (勾稽关系) together with the rest of the table`,
      };
    if (distinct.length > 1)
      return {
        unit,
        refused: `${unit.describe} can be read ${distinct.length} ways that all satisfy the identities (${distinct
          .slice(0, 3)
          .map((d) => [...d.values()].map((r) => r.cell.value ?? '·').join(' '))
          .join(' / ')}${distinct.length > 3 ? ' / …' : ''}): cannot tell which is right`,
      };
    const decided = distinct[0] as ReadonlyMap<string, CellRead>;
    if (unit.confirm && !confirmed(unit, i, solutions, instances, cellValue, chosen))
      return {
        unit,
        refused: `${unit.describe} has no label; placing it by the form’s order needs an identity linking it to other rows to confirm it, and none can be checked (a cell involved is blank or not read)`,
      };
    return { unit, decided };
  });
}

/** Readings that put the same values in the same cells are one reading. */
function dedupe(alts: readonly ReadonlyMap<string, CellRead>[]): ReadonlyMap<string, CellRead>[] {
  const seen = new Map<string, ReadonlyMap<string, CellRead>>();
  for (const a of alts) {
    const key = [...a].map(([k, r]) => `${k}=${r.cell.value}`).join('|');
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()];
}

/** Whether, in every solution, an identity linking the unit to cells outside it could be evaluated. */
function confirmed(
  unit: Unit,
  index: number,
  solutions: readonly number[][],
  instances: readonly { inst: IdentityInstance; keys: string[]; units: number[] }[],
  cellValue: (key: string) => number | null | undefined,
  chosen: number[],
): boolean {
  const own = new Set(unit.cells);
  const linking = instances.filter((x) => x.units.includes(index) && x.keys.some((k) => !own.has(k)));
  return solutions.every((s) => {
    chosen.splice(0, chosen.length, ...s);
    const ok = linking.some((x) =>
      x.keys.every((k) => {
        const v = cellValue(k);
        return v !== null && v !== undefined;
      }),
    );
    chosen.length = 0;
    return ok;
  });
}
