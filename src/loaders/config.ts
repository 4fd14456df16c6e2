/** The portal's name, configurable at build time (SITE_TITLE). */
export const siteTitle: string =
  import.meta.env.SITE_TITLE ?? process.env.SITE_TITLE ?? '透明·政府信息公开年报';

const setting = (name: string): string | undefined =>
  (import.meta.env[name] as string | undefined) || process.env[name] || undefined;

/**
 * Where a report page's 「报告数据有误？」 link leads (SITE_CORRECTIONS_URL): an http(s) or mailto
 * address, with {url}, {title} and {report} put in; checked when the build starts
 * (src/integrations/settingsGate.ts). Unset, the link leads to the site's own 纠错 page.
 */
export const correctionsUrl: string | undefined = setting('SITE_CORRECTIONS_URL');

/** The maintainers' address for reports of barriers and of misread numbers (SITE_FEEDBACK_EMAIL). */
export const feedbackEmail: string = setting('SITE_FEEDBACK_EMAIL') ?? 'feedback@touming.example.org';
