/**
 * Reading text does not need the shapes of glyphs, yet pdfjs parses and repairs every embedded font
 * program — for Chinese fonts with tens of thousands of glyphs, half the time a report takes. When
 * every font of the file is a composite font (Type0, as Word, WPS and Chromium write; or Type3, which
 * has no program) that maps its codes to Unicode itself (a /ToUnicode CMap), the font programs are
 * hidden from pdfjs by renaming the key that points at them (/FontFile2 → /FontXile2, same length, so
 * byte offsets stay valid); the text and its positions come out the same, since widths are in the font
 * dictionary. Otherwise the bytes are left as they are: a font without /ToUnicode; fonts inside
 * compressed object streams that cannot be checked; a simple font (TrueType, Type1: LibreOffice writes
 * Chinese in them), whose text pdfjs drops in part without its program (公开政府信息 lost from 主动公开政府信息情况).
 */

const fontDict = /\/Type\s*\/Font\b/g;
const topLevel = /\/Subtype\s*\/(Type0|TrueType|Type1|MMType1|Type3)\b/;
const composite = /\/Subtype\s*\/(Type0|Type3)\b/;

/** Whether every font dictionary is visible in the bytes, composite, and has its own /ToUnicode map. */
function everyFontMapsToUnicode(text: string): boolean {
  if (/\/Type\s*\/ObjStm\b/.test(text)) return false;
  let fonts = 0;
  for (const m of text.matchAll(fontDict)) {
    const start = text.lastIndexOf(' obj', m.index);
    const end = text.indexOf('endobj', m.index);
    if (start < 0 || end < 0) return false;
    const object = text.slice(start, end);
    if (!topLevel.test(object)) continue;
    fonts++;
    if (!composite.test(object) || !/\/ToUnicode\b/.test(object)) return false;
  }
  return fonts > 0;
}

/** The bytes to give pdfjs for reading text: a copy, with font programs hidden when that is safe. */
export function bytesForText(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const text = Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength).toString('latin1');
  if (!text.includes('/FontFile') || !everyFontMapsToUnicode(text)) return copy;
  for (let i = text.indexOf('/FontFile'); i >= 0; i = text.indexOf('/FontFile', i + 1)) copy[i + 5] = 0x58;
  return copy;
}
