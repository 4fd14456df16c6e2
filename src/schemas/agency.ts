import { z } from 'astro/zod';
import { webUrlSchema } from './webUrl.ts';

/** Where an agency sits in China's administrative divisions (省/市/区县), by official names. */
export const regionSchema = z.strictObject({
  /** 省级: province, autonomous region or municipality, e.g. 宁夏回族自治区. */
  province: z.string().min(2),
  /** 地级: prefecture-level city, e.g. 吴忠市; absent for a provincial agency. */
  city: z.string().min(2).optional(),
  /** 县级: district, county or county-level city, e.g. 利通区; absent above county level. */
  county: z.string().min(2).optional(),
  /** Six-digit administrative division code of the most specific level named, e.g. 640302. */
  code: z.string().regex(/^\d{6}$/, 'a six-digit administrative division code'),
});

/** An agency that publishes annual reports. The entry id (its file name) is the agency id. */
export const agencySchema = z.strictObject({
  /** Full official name, e.g. 吴忠市利通区司法局. */
  name: z.string().min(2),
  /** The name the agency prints on its reports, e.g. 利通区司法局. */
  shortName: z.string().min(2),
  /** What kind of agency it is, e.g. 司法局, 人民政府, 发展和改革局. */
  kind: z.string().min(2),
  /** Administrative level of the agency. */
  level: z.enum(['province', 'city', 'county']),
  region: regionSchema,
  /** The agency's (or its government's) website where reports are published. */
  website: webUrlSchema.optional(),
});

export type Region = z.output<typeof regionSchema>;
export type Agency = z.output<typeof agencySchema>;
