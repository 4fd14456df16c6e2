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
  findPlace,
  fullAgencyName,
  ownName,
  type PlaceFound,
  placeBefore,
  placeNames,
  placePrefix,
  placeStem,
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

/** The final word of an agency's kind, as its short forms keep it: 委员会 and 管委会 are 委, 办公室 is 办, 人民政府 is 府. */
export function kindClass(kind: string): string {
  if (/委(员)?会$|委$/.test(kind)) return '委';
  if (/办公[室厅]$|办$/.test(kind)) return '办';
  return kind.at(-1) ?? '';
}

/** Whether the characters of `short` occur in `full` in order (发改局 in 发展和改革局). */
export function isSubsequence(short: string, full: string): boolean {
  let i = 0;
  const s = [...short];
  for (const ch of full) if (ch === s[i]) i++;
  return i === s.length;
}

/** Whether a name cut after `name` would cut a final word in two (委 of 委员会, 办 of 办公室). */
const cutsFinalWord = (name: string, after: string) =>
  (name.endsWith('委') && /^员?会/.test(after)) || (name.endsWith('办') && /^公[室厅]/.test(after));

/** Characters that do not occur in an agency's name: the text has run on into a sentence. */
const notInNames = /[的了在将是对]/u;

/**
 * The full form of a kind at the start of `run` (人力资源和社会保障局… for 人社局): the shortest run of
 * characters that starts with the kind's first character, ends in the same final word and holds the
 * kind's characters in order; undefined when there is none or it is the kind itself.
 */
export function fullKindAt(kind: string, run: string): string | undefined {
  // A short form keeps the first character of the name (人民 aside: 政府 for 人民政府).
  if (run.replace(/^人民/, '')[0] !== kind[0]) return undefined;
  const cls = kindClass(kind);
  for (let end = 1; end <= run.length; end++) {
    const name = run.slice(0, end);
    if (cutsFinalWord(name, run.slice(end)) || kindClass(name) !== cls || !isSubsequence(kind, name))
      continue;
    return name.length > kind.length && !notInNames.test(name) ? name : undefined;
  }
  return undefined;
}

/** The run of Han characters from `from` (a name printed there, and what follows it). */
const hanRun = (text: string, from: number) =>
  /^\p{Script=Han}{1,20}/u.exec(text.slice(from, from + 20))?.[0] ?? '';

/**
 * The full forms of a kind printed in the text right after one of `places` (县 + 人力资源和社会保障局 for
 * 人社局). Where several of the places are printed at one point, the kind follows the longest: after
 * 淮安市, not after its stem 淮安, so that 市场监督管理局 is not taken for a short form of 市市场监督管理局.
 */
export function fullKinds(kind: string, places: readonly string[], text: string): string[] {
  const found = new Set<string>();
  const all = [...new Set(places)].filter(Boolean);
  for (const place of all) {
    for (let i = text.indexOf(place); i >= 0; i = text.indexOf(place, i + 1)) {
      if (all.some((p) => p.length > place.length && text.startsWith(p, i))) continue;
      const full = fullKindAt(kind, hanRun(text, i + place.length));
      if (full) found.add(full);
    }
  }
  return [...found];
}

/** Common shortenings of departments' names (发改局, 人社局, 市监局 …) that are never an official name. */
const shortenedDepartment =
  /^(发改|人社|住建|卫健|卫计|市监|文旅|文广|文广旅|经信|工信|自规|资规|交运|医保|民宗|生环|环保|城管|应急|退役|教体|科工|商贸)(局|委|办)$/;

/**
 * Whether a kind is certainly a short form: ending in 委 or 办 (the official names end in 委员会,
 * 办公室), 管委会, or a common shortening of a department's name. Only used to refuse a name the text
 * does not spell out; never to make up a full name.
 */
export function looksShort(kind: string): boolean {
  return /委$|办$|管委会$/.test(kind) || shortenedDepartment.test(kind);
}

function newEntry(
  division: Division,
  kind: string,
  names: { name: string; shortName: string },
  website: string | undefined,
): ResolvedAgency {
  const region = {
    province: division.province,
    ...(division.city ? { city: division.city } : {}),
    ...(division.county ? { county: division.county } : {}),
    code: division.code,
  };
  const data: Agency = {
    ...names,
    kind,
    level: division.level,
    region,
    ...(website ? { website } : {}),
  };
  return { id: `${division.code}-${kindPinyin(kind)}`, data, isNew: true };
}

const sameName = (a: AgencyEntry, name: string) =>
  canon(a.data.shortName) === canon(name) || canon(a.data.name) === canon(name);

/** The place of `name` given by --region (or an --agency id): it must be printed at the start of the name. */
function placeByRegion(name: string, region: string): { place?: PlaceFound; problems: Problem[] } {
  const r = resolveRegion(region);
  if (!r.division)
    return { problems: [problem('error', 'region', r.message ?? `--region ${region} not found`)] };
  const printed = placePrefix(r.division, name);
  if (printed === undefined)
    return {
      problems: [
        problem(
          'error',
          'agency-kind',
          `the agency name “${name}” does not start with the name of ${describeDivision(r.division)}, so its kind (e.g. 司法局) cannot be told; pass --agency <full name>, or --agency <code>-<kind pinyin> for an existing agency`,
        ),
      ],
    };
  const keepPrintedPlace = printed === placeStem(ownName(r.division));
  return { place: { division: r.division, printed, keepPrintedPlace, problems: [] }, problems: [] };
}

/**
 * The place of a name that starts with a bare level word (市科委, 区发改局): the one division whose
 * name the text prints before that word and the agency's kind (上海市科学技术委员会).
 */
function placeFromText(name: string, text: string): { place?: PlaceFound; problems: Problem[] } {
  const level = name[0] ?? '';
  const kind = name.slice(1);
  const seen = new Map<string, Division>();
  for (let i = text.indexOf(level); i >= 0; i = text.indexOf(level, i + 1)) {
    const run = hanRun(text, i + 1);
    if (!run.startsWith(kind) && !fullKindAt(kind, run)) continue;
    const before = placeBefore(text, i + 1);
    const d = before?.candidates.length === 1 ? before.candidates[0] : undefined;
    if (d && ownName(d).endsWith(level)) seen.set(d.code, d);
  }
  const [d, ...others] = [...seen.values()];
  if (!d || others.length)
    return {
      problems: [
        problem(
          'error',
          'region',
          `“${name}” names no place${d ? `, and the report prints it after several: ${[d, ...others].map(describeDivision).join('; ')}` : ', nor does the report print one before it'}; pass --agency <id or full name> or --region <code>`,
        ),
      ],
    };
  return {
    place: {
      division: d,
      printed: level,
      problems: [
        problem(
          'warning',
          'region-from-text',
          `“${name}” names no place; took ${describeDivision(d)}, which the report prints before it`,
        ),
      ],
    },
    problems: [],
  };
}

/** The place as a message or a short name shows it: as spelled, or the division's name for a bare level word (市). */
const placeShown = (place: PlaceFound) => {
  const spelled = place.spelled ?? place.printed;
  return spelled.length >= 2 ? spelled : ownName(place.division);
};

/**
 * The agency's kind as the text spells it: a short kind (人社局) is replaced by the one full form the
 * report prints after the agency's place; a short kind it does not spell out is an error.
 */
function fullKind(name: string, place: PlaceFound, text: string): { kind?: string; problems: Problem[] } {
  const kind = name.slice(place.printed.length);
  const d = place.division;
  const level = ownName(d).at(-1) ?? '';
  const places = [
    place.printed,
    place.spelled ?? place.printed,
    ...placeNames(d),
    placeStem(ownName(d)) ?? '',
    level,
  ];
  const full = fullKinds(kind, places, text);
  const shown = placeShown(place);
  if (full.length === 1 && full[0]) {
    const taken = `${shown}${full[0]}`;
    return {
      kind: full[0],
      problems: [
        problem(
          'warning',
          'agency-short-name',
          `“${name}” is a short name: took ${taken}, the full name the report prints`,
        ),
      ],
    };
  }
  if (full.length > 1)
    return {
      problems: [
        problem(
          'error',
          'agency-short-name-ambiguous',
          `“${name}” may be short for any of ${full.map((k) => `${shown}${k}`).join(', ')} (all printed in the report); pass --agency <id or full name>`,
        ),
      ],
    };
  if (kind === '政府')
    return {
      kind: '人民政府',
      problems: [problem('warning', 'agency-short-name', `“${name}”: took 政府 to mean 人民政府`)],
    };
  if (looksShort(kind))
    return {
      problems: [
        problem(
          'error',
          'agency-short-name',
          `“${name}” looks like a short name (${kind}) and the report does not print its full name after ${shown}; pass --agency <id or full name>`,
        ),
      ],
    };
  return { kind, problems: [] };
}

/**
 * The names of national systems that print their own name before a local office's (国家税务总局淮安市
 * 洪泽区税务局, 国家统计局淮安调查队): the office's place follows, and its id is made as for any local
 * agency (320813-shuiwuju); its name keeps the system's.
 */
const nationalSystem =
  /^(?:国家税务总局|国家统计局|国家金融监督管理总局|中国人民银行|国家烟草专卖局|中国证券监督管理委员会|国家外汇管理局|国家邮政局|中国气象局)/;

/**
 * Resolves the agency printed as `name` (or given by `--agency` as a name or an id). Its place is
 * `--region` when given, else the division its name starts with (settled, when ambiguous or misread
 * by one character, by the report's `text`; a zone is placed under its parent); a short name is
 * replaced by the full name the text prints.
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
  const existing = byId ? agencies.find((a) => a.id === byId) : agencies.find((a) => sameName(a, name));
  if (existing) return { agency: { ...existing, isNew: false }, problems };
  if (!name) return fail('no-agency', `no agency named ${byId ?? ''}; pass --agency <full name>`);

  const region = options.region ?? (byId ? byId.slice(0, 6) : undefined);
  const system = nationalSystem.exec(name)?.[0] ?? '';
  if (system) {
    const office = resolveAgency(name.slice(system.length), { ...options, agency: undefined }, [], text);
    if (!office.agency) return office;
    const { data } = office.agency;
    const made = { ...office.agency, data: { ...data, name: `${system}${data.name}` } };
    if (byId) made.id = byId;
    const known = agencies.find((a) => a.id === made.id || sameName(a, made.data.name));
    return { agency: known ? { ...known, isNew: false } : made, problems: office.problems };
  }
  const found = region ? placeByRegion(name, region) : findPlace(name, text);
  const bare = !region && !found.place && /^[省市区县旗]/.test(name) ? placeFromText(name, text) : undefined;
  if (bare) found.problems = bare.problems;
  if (bare?.place) found.place = bare.place;
  problems.push(...found.problems);
  const place = found.place;
  if (!place) return { problems };
  problems.push(...place.problems);

  const kind = fullKind(name, place, text);
  problems.push(...kind.problems);
  if (!kind.kind) return { problems };
  if (kind.kind.length < 2)
    return fail(
      'agency-kind',
      `the agency name “${name}” names a place but no kind of agency (e.g. 司法局); pass --agency`,
    );
  const spelled = place.spelled ?? place.printed;
  const fullName = place.keepPrintedPlace
    ? `${spelled}${kind.kind}`
    : fullAgencyName(place.division, kind.kind);
  const printedKind = name.slice(place.printed.length);
  // A bare level word (市科委) is no name to show: the place's own name goes before the kind as printed.
  const shortName = `${placeShown(place)}${printedKind}`;
  const known = agencies.find((a) => sameName(a, fullName) || sameName(a, `${spelled}${kind.kind}`));
  if (known) return { agency: { ...known, isNew: false }, problems };
  const made = newEntry(place.division, kind.kind, { name: fullName, shortName }, findWebsite(text));
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
