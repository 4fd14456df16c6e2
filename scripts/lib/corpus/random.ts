/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and the draws the corpus needs. Math.random
 * is never used: the same seed must give the same corpus, byte for byte, on any machine.
 */

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive independent streams: seed + "agency 17". */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream from a seed and a label, so each agency's stream is independent of how many came before. */
  constructor(seed: number, label = '') {
    const next = splitmix32((seed ^ hash(label)) >>> 0);
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.float();
  }

  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** `count` distinct items in random order (all of them when count ≥ length). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.float() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }

  /**
   * A count with a long tail, as application numbers are: most agencies receive a handful, a few
   * hundreds. Geometric-like around `typical`, occasionally scaled up by `tail`.
   */
  count(typical: number, tail = 20): number {
    if (typical <= 0) return 0;
    const base = Math.floor(-Math.log(1 - this.float()) * typical);
    return this.chance(0.03) ? base * this.int(2, tail) : base;
  }

  /**
   * Splits `total` into `parts` non-negative whole numbers with the given weights: a jittered
   * proportional share each, the remainder (fewer units than parts) handed out one by one.
   */
  split(total: number, weights: readonly number[]): number[] {
    const jittered = weights.map((w) => w * (0.5 + this.float()));
    const sum = jittered.reduce((s, w) => s + w, 0);
    if (sum === 0) throw new Error('split with no positive weight');
    const out = jittered.map((w) => Math.floor((total * w) / sum));
    for (let left = total - out.reduce((s, n) => s + n, 0); left > 0; left--) {
      let r = this.float() * sum;
      let i = 0;
      while (i < jittered.length - 1 && r >= (jittered[i] as number)) r -= jittered[i++] as number;
      out[i] = (out[i] as number) + 1;
    }
    return out;
  }
}
