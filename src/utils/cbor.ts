/**
 * The slice of CBOR (RFC 8949) that Pagefind's index files use: integers, text strings and arrays of
 * definite length. A reader walks the bytes in place, so a merge can copy an item it does not need
 * to understand (a page's word positions) as raw bytes; a writer appends items to a growing buffer.
 * Anything else (maps, floats, indefinite lengths) is refused rather than guessed at.
 */

const majorUint = 0;
const majorNegative = 1;
const majorText = 3;
const majorArray = 4;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

export class CborReader {
  /** Where the next item starts. */
  pos = 0;
  private readonly view: DataView;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** The next item's major type, without moving on. */
  peekMajor(): number {
    const b = this.bytes[this.pos];
    if (b === undefined) throw new Error(`CBOR: unexpected end at byte ${this.pos}`);
    return b >> 5;
  }

  private head(expected: number | 'int'): { major: number; value: number } {
    const at = this.pos;
    const b = this.bytes[this.pos++];
    if (b === undefined) throw new Error(`CBOR: unexpected end at byte ${at}`);
    const major = b >> 5;
    const info = b & 31;
    const ok = expected === 'int' ? major === majorUint || major === majorNegative : major === expected;
    if (!ok) throw new Error(`CBOR: expected major type ${expected} at byte ${at}, found ${major}`);
    const extra = info < 24 ? 0 : info < 28 ? 2 ** (info - 24) : 0;
    if (this.pos + extra > this.bytes.length) throw new Error(`CBOR: unexpected end at byte ${at}`);
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = this.view.getUint8(this.pos);
    else if (info === 25) value = this.view.getUint16(this.pos);
    else if (info === 26) value = this.view.getUint32(this.pos);
    else if (info === 27) {
      const big = this.view.getBigUint64(this.pos);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR: integer too large at byte ${at}`);
      value = Number(big);
    } else throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at}`);
    this.pos += extra;
    return { major, value };
  }

  uint(): number {
    return this.head(majorUint).value;
  }

  int(): number {
    const { major, value } = this.head('int');
    return major === majorUint ? value : -1 - value;
  }

  text(): string {
    const { value } = this.head(majorText);
    const start = this.pos;
    this.pos += value;
    if (this.pos > this.bytes.length) throw new Error(`CBOR: text runs past the end at byte ${start}`);
    return utf8.decode(this.bytes.subarray(start, this.pos));
  }

  /** An array's length; its items follow. */
  array(): number {
    return this.head(majorArray).value;
  }

  /** Moves past one item of the supported kinds, nested arrays included. */
  skip(): void {
    const major = this.peekMajor();
    if (major === majorUint || major === majorNegative) this.int();
    else if (major === majorText) this.text();
    else if (major === majorArray) {
      const n = this.array();
      for (let i = 0; i < n; i++) this.skip();
    } else throw new Error(`CBOR: unsupported major type ${major} at byte ${this.pos}`);
  }

  /** An array of integers. */
  ints(): number[] {
    const n = this.array();
    const out: number[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int();
    return out;
  }

  /** Moves past an array of integers without decoding them; how many there were. */
  skipInts(): number {
    const n = this.array();
    for (let i = 0; i < n; i++) {
      const at = this.pos;
      const b = this.bytes[at];
      if (b === undefined) throw new Error(`CBOR: unexpected end at byte ${at}`);
      const major = b >> 5;
      const info = b & 31;
      if (major !== majorUint && major !== majorNegative)
        throw new Error(`CBOR: expected major type int at byte ${at}, found ${major}`);
      if (info > 27) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at}`);
      this.pos += 1 + (info < 24 ? 0 : 2 ** (info - 24));
      if (this.pos > this.bytes.length) throw new Error(`CBOR: unexpected end at byte ${at}`);
    }
    return n;
  }
}

export class CborWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  private head(major: number, value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`CBOR: cannot encode ${value}`);
    this.room(9);
    const b = this.buffer;
    const m = major << 5;
    if (value < 24) b[this.length++] = m | value;
    else if (value < 0x100) {
      b[this.length++] = m | 24;
      b[this.length++] = value;
    } else if (value < 0x10000) {
      b[this.length++] = m | 25;
      b[this.length++] = value >> 8;
      b[this.length++] = value & 0xff;
    } else if (value < 0x100000000) {
      b[this.length++] = m | 26;
      new DataView(b.buffer).setUint32(this.length, value);
      this.length += 4;
    } else {
      b[this.length++] = m | 27;
      new DataView(b.buffer).setBigUint64(this.length, BigInt(value));
      this.length += 8;
    }
  }

  uint(value: number): this {
    this.head(majorUint, value);
    return this;
  }

  int(value: number): this {
    if (value >= 0) this.head(majorUint, value);
    else this.head(majorNegative, -1 - value);
    return this;
  }

  text(value: string): this {
    const bytes = encoder.encode(value);
    this.head(majorText, bytes.length);
    return this.raw(bytes);
  }

  /** An array's header; its `n` items are written next. */
  array(n: number): this {
    this.head(majorArray, n);
    return this;
  }

  /** Bytes that already are CBOR items (copied from a reader). */
  raw(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  /** `bytes` from `start` to `end`, already CBOR items; short runs copied without a view per run. */
  rawRange(bytes: Uint8Array, start: number, end: number): this {
    const n = end - start;
    this.room(n);
    if (n > 32) this.buffer.set(bytes.subarray(start, end), this.length);
    else for (let i = 0; i < n; i++) this.buffer[this.length + i] = bytes[start + i] as number;
    this.length += n;
    return this;
  }

  get size(): number {
    return this.length;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
