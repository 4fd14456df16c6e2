/**
 * The one place where the importer turns printed digits into a number. A number is read only when
 * a JavaScript number holds the printed digits exactly: a count up to Number.MAX_SAFE_INTEGER, an
 * amount whose decimal comes back unchanged from the number. Anything else is refused with the
 * reason, never rounded: a report's figure must never silently change on its way into content.
 */

export type ExactNumber = { ok: true; value: number } | { ok: false; message: string };

/** Plain decimal digits as printed, after separators and units are taken off: 12345, 0.5, 007. */
const decimalPattern = /^(\d+)(?:\.(\d+))?$/;

/** The decimal in its shortest form: no leading zeros before the point, no trailing zeros after it. */
function normalised(int: string, frac: string): string {
  const head = int.replace(/^0+(?=\d)/, '');
  const tail = frac.replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

/**
 * Reads `digits` (plain decimal digits, e.g. "12345678.25") as a count (`whole`: no fraction, at most
 * Number.MAX_SAFE_INTEGER) or an amount. An amount is read only when the number prints back as the
 * same decimal and its whole part is a safe integer (beyond it, neighbouring amounts are the same
 * number, so an exact round trip would be luck). `literal` is the cell's text, for the message.
 */
export function exactNumber(digits: string, whole: boolean, literal = digits): ExactNumber {
  const m = decimalPattern.exec(digits);
  if (!m) return { ok: false, message: `"${literal}" is not a number` };
  const [, int = '0', frac = ''] = m;
  if (whole && frac !== '') return { ok: false, message: `"${literal}" is not a whole number` };
  const printed = normalised(int, frac);
  const value = Number(printed);
  if (!Number.isSafeInteger(Math.trunc(value)) || (whole && !Number.isSafeInteger(value)))
    return {
      ok: false,
      message: `"${literal}" is larger than the largest number that can be kept exactly (${Number.MAX_SAFE_INTEGER}); not read, so that it is not changed`,
    };
  if (String(value) !== printed)
    return {
      ok: false,
      message: `"${literal}" has more digits than can be kept exactly (it would become ${value}); not read, so that it is not rounded`,
    };
  return { ok: true, value };
}

/**
 * Moves a decimal's point `places` to the left as text (元 to 万元: four places), so that no binary
 * rounding happens before the exact reading.
 */
export function shiftDecimalLeft(digits: string, places: number): string {
  const [int = '0', frac = ''] = digits.split('.');
  const padded = int.padStart(places + 1, '0');
  const head = padded.slice(0, padded.length - places);
  const tail = `${padded.slice(padded.length - places)}${frac}`.replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}
