/**
 * Series colours and fill patterns. Every colour has at least 3:1 contrast with the white page
 * (WCAG 1.4.11 for graphics), and each series also gets its own pattern, so colour is never the
 * only way to tell two series apart.
 */
export const seriesColors = ['#1f5f9e', '#b03a2e', '#2e7d32', '#6a3d9a', '#8a5a00', '#00707a', '#555555'];
export const patterns = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'cross',
  'vertical',
  'backslash',
] as const;
export type Pattern = (typeof patterns)[number];

export function seriesStyle(index: number): { color: string; pattern: Pattern } {
  return {
    color: seriesColors[index % seriesColors.length] as string,
    pattern: patterns[index % patterns.length] as Pattern,
  };
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
