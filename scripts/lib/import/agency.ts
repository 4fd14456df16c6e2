/**
 * Which agency a report belongs to: an existing entry (by id or printed name), or a new one whose
 * id is the division code of its place plus the toneless pinyin of its kind (640302-sifaju).
 */
import { pinyin } from 'pinyin-pro';
import type { Agency } from '../../../src/schemas/agency.ts';
import { canon } from './normalize.ts';
import { problem } from './problems.ts';
import {
  type Division,
  describeDivision,
  fullAgencyName,
  matchPlace,
  placeNames,
  resolveRegion,
} from './region.ts';
import type { Problem } from './types.ts';

export interface AgencyEntry {
  id: string;
  data: Agency;
}

export interface ResolvedAgency extends AgencyEntry {
  /** True when there is no entry yet: the importer writes `content/agencies/<id>.yaml`. */
  isNew: boolean;
}

/** Toneless pinyin of an agency kind, letters only: 司法局 → sifaju. */
export function kindPinyin(kind: string): string {
  return pinyin(kind, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The first government web address in the text, normalised (for a new agency's `website`). */
export function findWebsite(text: string): string | undefined {
  for (const m of text.matchAll(/https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[^\s<>)）\]"'，。]*)?/g)) {
    try {
      const url = new URL(m[0]);
      if (url.hostname.endsWith('.gov.cn')) return url.href;
    } catch {
      // not a URL after all
    }
  }
  return undefined;
}

function newEntry(
  division: Division,
  kind: string,
  printed: string,
  website: string | undefined,
): ResolvedAgency {
  const region = {
    province: division.province,
    ...(division.city ? { city: division.city } : {}),
    ...(division.county ? { county: division.county } : {}),
    code: division.code,
  };
  const data: Agency = {
    name: fullAgencyName(division, kind),
    shortName: printed,
    kind,
    level: division.level,
    region,
    ...(website ? { website } : {}),
  };
  return { id: `${division.code}-${kindPinyin(kind)}`, data, isNew: true };
}

/**
 * Resolves the agency printed as `name` (or given by `--agency` as a name or an id), using
 * `--region` when given, else the administrative division its name starts with.
 */
export function resolveAgency(
  name: string,
  options: { agency?: string; region?: string },
  agencies: readonly AgencyEntry[],
  text: string,
): { agency?: ResolvedAgency; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (code: string, message: string) => {
    problems.push(problem('error', code, message));
    return { problems };
  };
  const byId = options.agency && /^\d{6}-[a-z0-9]+$/.test(options.agency) ? options.agency : undefined;
  const existing = byId
    ? agencies.find((a) => a.id === byId)
    : agencies.find((a) => canon(a.data.shortName) === canon(name) || canon(a.data.name) === canon(name));
  if (existing) return { agency: { ...existing, isNew: false }, problems };

  let division: Division | undefined;
  let place: string | undefined;
  const region = options.region ?? (byId ? byId.slice(0, 6) : undefined);
  if (region) {
    const r = resolveRegion(region);
    if (!r.division) return fail('region', r.message ?? `--region ${region} not found`);
    division = r.division;
    place = placeNames(division).find((p) => name.startsWith(p));
    if (!place)
      return fail(
        'agency-kind',
        `the agency name “${name}” does not start with the name of ${describeDivision(division)}, so its kind (e.g. 司法局) cannot be told; pass --agency <code>-<kind pinyin> for an existing agency`,
      );
  } else {
    const { candidates, length } = matchPlace(name);
    if (!candidates.length)
      return fail(
        'region',
        `no administrative division matches the start of “${name}”; pass --region <six-digit code or place name>`,
      );
    if (candidates.length > 1)
      return fail(
        'region-ambiguous',
        `the place in “${name}” is ambiguous: ${candidates.map(describeDivision).join('; ')}; pass --region <code>`,
      );
    division = candidates[0];
    place = name.slice(0, length);
  }
  if (!division || place === undefined) return fail('region', `cannot resolve the place of “${name}”`);
  const kind = name.slice(place.length);
  if (kind.length < 2)
    return fail('agency-kind', `the agency name “${name}” names a place but no kind of agency`);
  const made = newEntry(division, kind, name, findWebsite(text));
  if (byId) made.id = byId;
  const same = agencies.find((a) => a.id === made.id);
  return { agency: same ? { ...same, isNew: false } : made, problems };
}

/** A YAML scalar: bare when it cannot be read as anything but a string, else JSON-quoted. */
const plain = (s: string) =>
  (/^[\p{Script=Han}A-Za-z0-9（）()·._/-]+$/u.test(s) || /^https?:\/\/[^\s#'"]+$/.test(s)) &&
  !/^([-+.\d]|(true|false|null|yes|no|on|off|~)$)/i.test(s)
    ? s
    : JSON.stringify(s);

/** The agency's YAML file, in the field order of the bundled entries. */
export function agencyYaml(a: Agency): string {
  const lines = [
    `name: ${plain(a.name)}`,
    `shortName: ${plain(a.shortName)}`,
    `kind: ${plain(a.kind)}`,
    `level: ${a.level}`,
    'region:',
    `  province: ${plain(a.region.province)}`,
    ...(a.region.city ? [`  city: ${plain(a.region.city)}`] : []),
    ...(a.region.county ? [`  county: ${plain(a.region.county)}`] : []),
    `  code: "${a.region.code}"`,
    ...(a.website ? [`website: ${plain(a.website)}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
