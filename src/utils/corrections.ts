/**
 * Where a reader reports a wrong number: an address the maintainers configure (SITE_CORRECTIONS_URL),
 * into which the report's page address, title and id are put, or, when none is configured, the
 * site's own page on checking a number and telling the publisher.
 */

/** The placeholders a configured address may hold, each replaced by the report's value, URL-encoded. */
export const correctionsPlaceholders = ['{url}', '{title}', '{report}'] as const;

/** Why an address cannot be the corrections link, or undefined when it can (http, https or mailto). */
export function correctionsUrlProblem(value: string): string | undefined {
  const probe = value.replaceAll(/\{(?:url|title|report)\}/g, 'x');
  let url: URL;
  try {
    url = new URL(probe);
  } catch {
    return `“${value}” is not an address (e.g. https://example.gov.cn/feedback?page={url} or mailto:data@example.gov.cn)`;
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol))
    return `“${value}” is a ${url.protocol} address; only http(s) and mailto addresses are linked`;
  return undefined;
}

export interface ReportRef {
  /** The report page's public address. */
  url: string;
  title: string;
  /** `<agency id>/<year>`. */
  id: string;
}

/** The configured address with the report's values in it (checked by correctionsUrlProblem first). */
export function correctionsHref(template: string, report: ReportRef): string {
  return template
    .replaceAll('{url}', encodeURIComponent(report.url))
    .replaceAll('{title}', encodeURIComponent(report.title))
    .replaceAll('{report}', encodeURIComponent(report.id));
}
