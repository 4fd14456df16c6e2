/** The portal's name, configurable at build time (SITE_TITLE). */
export const siteTitle: string =
  import.meta.env.SITE_TITLE ?? process.env.SITE_TITLE ?? '透明·政府信息公开年报';
