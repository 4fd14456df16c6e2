/** Text-level clean-up: decoding, line endings, label canonical form, display width, markdown artefacts. */

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; message: string };

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const controlCharacters = /[\x01-\x08\x0B\x0E-\x1F\x7F]/g;

/** NUL bytes, or more than a few control characters (other than tab, newlines, form feed), mean binary. */
function looksBinary(bytes: Uint8Array, text: string | undefined): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  return tooManyControls(text ?? new TextDecoder('latin1').decode(bytes), bytes.length);
}

const tooManyControls = (text: string, size: number) =>
  (text.match(controlCharacters)?.length ?? 0) > Math.max(2, size / 200);

const hanRatio = (text: string) => {
  const visible = text.replace(/\s/g, '');
  const han = visible.match(/\p{Script=Han}/gu)?.length ?? 0;
  return visible.length === 0 ? 0 : han / visible.length;
};

/** What a reader sees of a page: its text without scripts, styles, comments and tags. */
const readable = (text: string) =>
  text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi, ' ');

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** The GB family's names, all read as GB18030 (a superset of GB2312 and GBK), as browsers do. */
const gbNames = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'windows-936', 'euc-cn', 'csgb2312']);

/**
 * The character set a page (`<meta charset>`, `http-equiv` Content-Type) or an XML declaration
 * names in the file's first 4 KB, lower-cased; undefined when none does.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared =
    /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return declared?.[1]?.toLowerCase();
}

/** Office files and images a report is often sent as, told by their first bytes (and a ZIP's entry names). */
function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const names = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
    if (names.includes('word/')) return 'a Word document (.docx)';
    if (names.includes('OFD.xml')) return 'an OFD document';
    if (names.includes('xl/')) return 'an Excel workbook (.xlsx)';
    if (names.includes('ppt/')) return 'a PowerPoint file (.pptx)';
    return 'a ZIP archive';
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return 'a Word 97–2003 document (.doc, .wps) or another old Office file';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38))
    return 'an image (a scan or a photo of the report)';
  return undefined;
}

/** Why binary bytes are refused: what they are, when known, and what to import instead. */
function binaryMessage(bytes: Uint8Array): string {
  const kind = binaryKind(bytes);
  if (!kind) return 'the file is binary, not text';
  if (kind.startsWith('an image'))
    return `the file is ${kind}, not text: run OCR on it first, or import the report's text, web page or PDF`;
  const convert = kind.includes('(.docx)') ? ', or convert it (pandoc -t gfm report.docx -o report.md)' : '';
  return `the file is ${kind}, not text: save it as a web page, PDF or text${convert}, and import that`;
}

/**
 * Decodes a file's bytes: UTF-8; UTF-16 when a byte-order mark says so (Notepad's "Unicode"); else
 * GB18030, the other encoding Chinese text and government web pages arrive in, when the file
 * declares a GB charset or what a reader would see of it is Chinese. Refuses binary.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  const binary = { ok: false, message: binaryMessage(bytes) } as const;
  const bom =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (bom) {
    try {
      const text = new TextDecoder(bom, { fatal: true }).decode(bytes);
      return text.includes('\0') || tooManyControls(text, text.length)
        ? binary
        : { ok: true, text, encoding: bom };
    } catch {
      return {
        ok: false,
        message: `the file starts with a ${bom.toUpperCase()} byte-order mark but is not ${bom.toUpperCase()} text`,
      };
    }
  }
  try {
    const text = utf8.decode(bytes);
    return looksBinary(bytes, text) ? binary : { ok: true, text, encoding: 'utf-8' };
  } catch {
    if (looksBinary(bytes, undefined)) return binary;
    const declared = declaredCharset(bytes);
    try {
      const text = gb18030.decode(bytes);
      if (gbNames.has(declared ?? '') || hanRatio(readable(text)) > 0.2)
        return { ok: true, text, encoding: 'gb18030' };
    } catch {
      // fall through
    }
    const named =
      declared && !gbNames.has(declared) && declared !== 'utf-8' ? ` (it declares ${declared})` : '';
    return { ok: false, message: `the file is neither UTF-8 nor GB18030 text${named}` };
  }
}

/** A line holding only a no-break space (and spacing): a web page's empty cell, printed one cell a line. */
export const isEmptyCellLine = (line: string) => line.includes('\u00a0') && line.trim() === '';

/**
 * Unifies line endings, drops invisible artefacts (BOM, zero-width characters, form feeds), and reads
 * radicals and full-width digits as the characters they stand for.
 */
export function normalizeText(text: string): string {
  return unifyGlyphs(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\f\u200B-\u200D\u2060\uFEFF]/g, ''),
  );
}

/** Radicals and full-width digits as the characters they stand for (unifyRadicals, unifyDigits). */
export const unifyGlyphs = (text: string) => unifyDigits(unifyRadicals(text));

/**
 * Full-width digits (０–９, typed in a full-width input mode or set in a full-width font) read as the
 * digits they are, and a full-width point between two digits as a decimal point: the same number,
 * which every reading of a table (what is a value, what is a row of numbers, a page number) otherwise
 * takes for text. One UTF-16 unit for one, so offsets hold.
 */
export function unifyDigits(text: string): string {
  if (!/[\uFF10-\uFF19]/.test(text)) return text;
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/(?<=\d)．(?=\d)/g, '.');
}

/**
 * Radical code points read as the characters they stand for: PDFs made by Chromium, Word and others often
 * map a glyph to a Kangxi radical (⼈ U+2F08) or a CJK radical supplement form (⺠ U+2EA0) instead of the
 * ideograph it draws (人, 民). They look the same but match no label and no search. Kangxi radicals fold
 * by NFKC; the supplement's forms mostly have no decomposition, so the common ones are listed (Unicode's
 * EquivalentUnifiedIdeograph data). Every replacement is one UTF-16 unit for one, so offsets hold.
 */
export function unifyRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2FDF]/g, (c) => radicalSupplement.get(c) ?? c.normalize('NFKC'));
}

const radicalSupplement = new Map(
  [
    '⺅亻⺆冂⺉刂⺊卜⺎兀⺐尢⺒巳⺓幺⺔彑⺖忄⺘扌⺙攵⺝月⺟母⺠民⺡氵⺣灬⺦丬⺨犭⺩王⺬示⺭礻⺰纟⺶羊',
    '⺼月⻀艹⻁虎⻂衤⻄西⻅见⻆角⻈讠⻉贝⻋车⻎辶⻐钅⻑長⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣',
    '⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟',
  ]
    .join('')
    .match(/../gu)
    ?.map((pair) => [pair[0] as string, pair[1] as string]) ?? [],
);

/**
 * The canonical form labels are compared in: compatibility forms folded (（ → (, ， → ,, full-width
 * digits), all whitespace removed, every kind of quote mark made one.
 */
export function canon(s: string): string {
  const hit = canonCache.get(s);
  if (hit !== undefined) return hit;
  const out = s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”„‟″"'‘’「」『』]/g, '"')
    .replace(/[〔【［]/g, '[')
    .replace(/[〕】］]/g, ']')
    .replace(/[—–－]/g, '-');
  // Labels recur from report to report; the cache is bounded so a long batch cannot grow it without end.
  if (canonCache.size > 20_000) canonCache.clear();
  canonCache.set(s, out);
  return out;
}

const canonCache = new Map<string, string>();

/** Chinese numerals' digits: 二〇二三 (〇, 零, ○ and Ｏ all stand for zero). */
export const chineseDigits: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Years written in Chinese numerals, as formal titles often print them (二〇二三年度…报告), in digits:
 * 2023年. Only four numerals before 年 that make a year from 1900 to 2099; one character for one, so
 * offsets hold. For reading the year and the agency; what is shown stays as printed.
 */
export function arabicYears(text: string): string {
  return text.replace(/[〇零○Ｏ一二三四五六七八九]{4}(?=\s*年)/g, (numerals) => {
    const year = [...numerals].map((c) => chineseDigits[c]).join('');
    return /^(?:19|20)\d{2}$/.test(year) ? year : numerals;
  });
}

/** Removes whitespace next to Han characters (extraction spaces such as "2023 年"), keeping it between Latin words. */
export function squeezeHanSpaces(s: string): string {
  return s
    .trim()
    .replace(/\s+/g, ' ')
    .replace(
      / (?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])|(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]) /gu,
      '',
    );
}

/** Columns a character takes in a fixed-pitch layout: 2 for Han and full-width forms, 1 otherwise. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2014 && cp <= 0x2026) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** A line that only carries layout: a markdown rule or table separator such as `------` or `|---|---|`. */
export function isRuleLine(line: string): boolean {
  return /^[\s|:+]*([-=_*─━]\s*){3,}[\s|:+\-=_*─━]*$/.test(line);
}

/** A page number on a line of its own: `3`, `- 3 -`, `第 3 页`, `第3页 共10页`, `3/10`. */
export function isPageNumberLine(line: string, bareNumbers: boolean): boolean {
  const t = line.trim();
  if (/^[-—–－]\s*\d{1,3}\s*[-—–－]$/.test(t)) return true;
  if (/^第\s*\d{1,3}\s*页(\s*[,，]?\s*共\s*\d{1,3}\s*页)?$/.test(t)) return true;
  if (/^\d{1,3}\s*\/\s*\d{1,3}$/.test(t)) return true;
  return bareNumbers && /^\d{1,3}$/.test(t);
}

/** Reduces markdown a converter left in a line to its plain text: **bold**, [text](url), <url>, # headings, \-escapes. */
export function stripMarkdown(line: string): string {
  if (!/[#*_[<\\&]/.test(line)) return line;
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|ftp):\/\/[^>\s]*)>/gi, '$1')
    .replace(/<(?:mailto:)?([^>\s@]+@[^>\s]+)>/gi, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
