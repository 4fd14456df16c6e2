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
  /** The alternatives were narrowed by the row's own totals (a split whose every total could be checked). */
  constrained?: boolean;
}

export interface Decision {
  unit: Unit;
  /** The cells on which every reading that satisfies the identities agrees (all, when one reading does). */
  decided: ReadonlyMap<string, CellRead>;
  /** Why the unit's other cells could not be read; absent when every cell was. */
  refused?: string;
}

const none: ReadonlyMap<string, CellRead> = new Map();

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
  // An identity judges the readings only when every reading lets it be checked: one that a blank in
  // some readings leaves unchecked would clear exactly those readings, for no reason of their own.
  const known = (key: string) => {
    const owner = ownerOf.get(key);
    if (owner === undefined) return typeof numberOf(fixed.get(key)) === 'number';
    return (live[owner]?.alternatives ?? []).every((a) => typeof numberOf(a.get(key)) === 'number');
  };
  const instances: Instance[] = identities
    .map((inst) => {
      const keys = [...inst.left, ...inst.right].map(addressKey);
      return { inst, keys, units: [...new Set(keys.flatMap((k) => ownerOf.get(k) ?? []))] };
    })
    .filter((x) => x.units.length > 0 && x.keys.every(known));
  // Units no identity links are searched apart: one part's doubts never spread to another.
  const parent = live.map((_, i) => i);
  const root = (i: number): number => {
    const up = parent[i] as number;
    if (up === i) return i;
    const top = root(up);
    parent[i] = top;
    return top;
  };
  for (const x of instances) for (const u of x.units.slice(1)) parent[root(u)] = root(x.units[0] as number);
  const results = new Map<number, { solutions: number[][]; exhausted: boolean; members: number[] }>();
  for (let i = 0; i < live.length; i++) {
    const r = root(i);
    if (!results.has(r)) results.set(r, { solutions: [], exhausted: false, members: [] });
    results.get(r)?.members.push(i);
  }
  const chosen: (number | undefined)[] = [];
  const cellValue = (key: string) => {
    const owner = ownerOf.get(key);
    if (owner === undefined) return numberOf(fixed.get(key));
    const alt = chosen[owner];
    return alt === undefined ? undefined : numberOf(live[owner]?.alternatives[alt]?.get(key));
  };
  for (const part of results.values()) searchPart(part, live, instances, cellValue, chosen);

  return units.map((unit): Decision => {
    if (unit.truncated)
      return {
        unit,
        decided: none,
        refused: `${unit.describe} can be read in too many ways to tell which is right`,
      };
    if (!unit.alternatives.length)
      return { unit, decided: none, refused: `${unit.describe} cannot be read as this row’s numbers` };
    const i = live.indexOf(unit);
    const part = results.get(root(i)) as { solutions: number[][]; exhausted: boolean; members: number[] };
    if (part.exhausted)
      return {
        unit,
        decided: none,
        refused: `${unit.describe}: too many combinations of readings to check against the identities`,
      };
    const used = [...new Set(part.solutions.map((s) => s[i] as number))];
    const distinct = dedupe(used.map((a) => unit.alternatives[a] as ReadonlyMap<string, CellRead>));
    if (distinct.length === 0)
      return {
        unit,
        decided: none,
        refused: `${unit.describe}: no reading of it satisfies the table’s identities (勾稽关系) together with the rest of the table`,
      };
    if (unit.confirm && !confirmed(unit, i, instances))
      return {
        unit,
        decided: none,
        refused: `${unit.describe} has no label; placing it by the form’s order needs an identity linking it to other rows to confirm it, and none can be checked (a cell involved is blank or not read)`,
      };
    if (distinct.length === 1) return { unit, decided: distinct[0] as ReadonlyMap<string, CellRead> };
    // Several readings hold: the cells they agree on are determined all the same — but only when some
    // arithmetic narrowed the readings; readings that nothing checked agree by accident of counting.
    const first = distinct[0] as ReadonlyMap<string, CellRead>;
    const narrowed = unit.constrained || instances.some((x) => x.units.includes(i));
    const decided = narrowed
      ? new Map(
          [...first].filter(([key, r]) => distinct.every((d) => d.get(key)?.cell.value === r.cell.value)),
        )
      : new Map<string, CellRead>();
    return {
      unit,
      decided,
      refused: `${unit.describe} can be read ${distinct.length} ways that all satisfy the identities (${distinct
        .slice(0, 3)
        .map((d) => [...d.values()].map((r) => r.cell.value ?? '·').join(' '))
        .join(' / ')}${distinct.length > 3 ? ' / …' : ''}): the cells on which they differ cannot be told`,
    };
  });
}

interface Instance {
  inst: IdentityInstance;
  keys: string[];
  units: number[];
}

/** Every combination of the part's units' alternatives that breaks none of the identities over them. */
function searchPart(
  part: { solutions: number[][]; exhausted: boolean; members: number[] },
  live: readonly Unit[],
  instances: readonly Instance[],
  cellValue: (key: string) => number | null | undefined,
  chosen: (number | undefined)[],
) {
  const members = part.members;
  const position = new Map(members.map((m, k) => [m, k]));
  // An identity is checked once the last of its units (in the part's order) has been chosen.
  const checkAt = members.map(() => [] as Instance[]);
  for (const x of instances) {
    const at = Math.max(...x.units.map((u) => position.get(u) ?? -1));
    if (at >= 0) checkAt[at]?.push(x);
  }
  const holds = (x: Instance) => {
    let left = 0;
    let right = 0;
    for (const a of x.inst.left) left += cellValue(addressKey(a)) ?? 0;
    for (const a of x.inst.right) right += cellValue(addressKey(a)) ?? 0;
    return left === right;
  };
  let nodes = 0;
  const walk = (k: number) => {
    if (part.solutions.length >= maxSolutions || ++nodes > maxNodes) {
      part.exhausted = true;
      return;
    }
    if (k === members.length) {
      const solution: number[] = [];
      for (const m of members) solution[m] = chosen[m] as number;
      part.solutions.push(solution);
      return;
    }
    const m = members[k] as number;
    const unit = live[m] as Unit;
    for (let a = 0; a < unit.alternatives.length; a++) {
      chosen[m] = a;
      if ((checkAt[k] ?? []).every(holds)) walk(k + 1);
      if (part.exhausted) break;
    }
    chosen[m] = undefined;
  };
  walk(0);
  // A part whose solutions fill the list may hide others: it is decided only if the list is complete.
  if (part.solutions.length >= maxSolutions) part.exhausted = true;
}

/** Readings that put the same values in the same cells are one reading. */
function dedupe(alts: readonly ReadonlyMap<string, CellRead>[]): ReadonlyMap<string, CellRead>[] {
  const seen = new Map<string, ReadonlyMap<string, CellRead>>();
  for (const a of alts) {
    const key = [...a]
      .map(([k, r]) => `${k}=${r.cell.value}`)
      .sort()
      .join('|');
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()];
}

/** Whether an identity that every reading lets be checked links the unit to cells outside it. */
function confirmed(unit: Unit, index: number, instances: readonly Instance[]): boolean {
  const own = new Set(unit.cells);
  return instances.some((x) => x.units.includes(index) && x.keys.some((k) => !own.has(k)));
}
