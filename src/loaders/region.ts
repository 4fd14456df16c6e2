/**
 * SITE_REGION: build only part of the country, so a national portal can be built as one site per
 * province in parallel. The value is a province name (宁夏回族自治区, or its start: 宁夏) or a
 * division-code prefix (64, 6403, 640302), several separated by commas. Agency ids begin with their
 * six-digit division code, so the filter is a file-name pattern and the files left out are never read.
 */

/** The two-digit codes of the provincial-level divisions (GB/T 2260), by name. */
export const provinceCodes: Readonly<Record<string, string>> = {
  北京市: '11',
  天津市: '12',
  河北省: '13',
  山西省: '14',
  内蒙古自治区: '15',
  辽宁省: '21',
  吉林省: '22',
  黑龙江省: '23',
  上海市: '31',
  江苏省: '32',
  浙江省: '33',
  安徽省: '34',
  福建省: '35',
  江西省: '36',
  山东省: '37',
  河南省: '41',
  湖北省: '42',
  湖南省: '43',
  广东省: '44',
  广西壮族自治区: '45',
  海南省: '46',
  重庆市: '50',
  四川省: '51',
  贵州省: '52',
  云南省: '53',
  西藏自治区: '54',
  陕西省: '61',
  甘肃省: '62',
  青海省: '63',
  宁夏回族自治区: '64',
  新疆维吾尔自治区: '65',
  台湾省: '71',
  香港特别行政区: '81',
  澳门特别行政区: '82',
};

/** Division-code prefixes for a SITE_REGION value; undefined (everything) when it is empty. */
export function regionPrefixes(value: string | undefined): string[] | undefined {
  const parts = (value ?? '').split(/[,，、\s]+/).filter(Boolean);
  if (parts.length === 0) return undefined;
  return parts.map((part) => {
    if (/^\d{1,6}$/.test(part)) return part;
    const names = Object.keys(provinceCodes).filter((name) => name.startsWith(part));
    if (names.length !== 1)
      throw new Error(
        `SITE_REGION: “${part}” is ${names.length ? `ambiguous (${names.join('、')})` : 'not a province name'}; give a province name or a division-code prefix such as 64`,
      );
    return provinceCodes[names[0] as string] as string;
  });
}

/** Glob patterns for the content loaders: every file, or only those of agencies under the prefixes. */
export function regionPatterns(prefixes: readonly string[] | undefined) {
  if (!prefixes) return { agencies: '*.yaml', reports: '*/*.md' };
  return {
    agencies: prefixes.map((p) => `${p}*.yaml`),
    reports: prefixes.map((p) => `${p}*/*.md`),
  };
}

/** This build's region filter, from the environment. */
export const siteRegion: string[] | undefined = regionPrefixes(process.env.SITE_REGION);
