/**
 * A table's vertical borders, from a page's drawing operators (pdfjs's operator list): the lines a
 * word processor or a browser draws between cells. The text layer alone cannot tell a blank cell from
 * no cell at all (a column with no number in any row is not seen); the borders can.
 *
 * Borders are drawn as stroked lines (WPS, Word) or as thin filled rectangles (Chromium, some Word
 * versions); both are read, in page points with y upwards as the text is. Curves, clipping paths and
 * wide shapes (cell shading, page backgrounds) are not borders.
 */

/** A vertical border on a page: its x and the stretch it covers. */
export interface Rule {
  x: number;
  y0: number;
  y1: number;
}

/** A horizontal border: its y and the stretch it covers. */
export interface Ledge {
  y: number;
  x0: number;
  x1: number;
}

/** A page's borders, each kind sorted and merged where one continues another. */
export interface Borders {
  vertical: Rule[];
  horizontal: Ledge[];
}

/** The operator codes read here (pdfjs's `OPS`), handed in so this module stays pure. */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `ctm` (PDF's `cm`). */
const times = (m: Matrix, ctm: Matrix): Matrix => [
  m[0] * ctm[0] + m[1] * ctm[2],
  m[0] * ctm[1] + m[1] * ctm[3],
  m[2] * ctm[0] + m[3] * ctm[2],
  m[2] * ctm[1] + m[3] * ctm[3],
  m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
  m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Thinner than this (points) a filled shape is a line; shorter than `minLength` it is a dot or a tick. */
const maxThickness = 2.5;
const minLength = 4;

/** pdfjs's path codes inside a `constructPath` (its DrawOPS) and how many numbers each takes. */
const moveTo = 0;
const lineTo = 1;
const closePath = 4;
const argsOf: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };

/** The subpaths of a path, as points in page space; a curve ends a straight run (it is no border). */
function subpaths(data: ArrayLike<number>, ctm: Matrix): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let current: { points: [number, number][]; closed: boolean } | undefined;
  for (let i = 0; i < data.length; ) {
    const op = data[i++] as number;
    const n = argsOf[op];
    if (n === undefined) break;
    if (op === moveTo || !current) {
      current = { points: [], closed: false };
      out.push(current);
    }
    if (op === moveTo || op === lineTo)
      current.points.push(apply(ctm, data[i] as number, data[i + 1] as number));
    else if (op === closePath) current.closed = true;
    else current = undefined; // a curve: what follows is a new run
    i += n;
  }
  return out;
}

/** A straight stretch from a to b as a vertical rule (axis 0) or, with x and y swapped, a horizontal one. */
const along = (a: [number, number], b: [number, number], axis: 0 | 1): Rule | undefined => {
  const [a0, a1] = axis === 0 ? a : [a[1], a[0]];
  const [b0, b1] = axis === 0 ? b : [b[1], b[0]];
  return Math.abs(a0 - b0) <= maxThickness && Math.abs(a1 - b1) >= minLength
    ? { x: (a0 + b0) / 2, y0: Math.min(a1, b1), y1: Math.max(a1, b1) }
    : undefined;
};

/** The borders a page's operators draw. */
export function pageBorders(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: PathOps,
): Borders {
  const stroked = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const filled = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke]);
  const stack: Matrix[] = [];
  let ctm = identity;
  const found: [Rule[], Rule[]] = [[], []];
  const add = (a: [number, number], b: [number, number]) => {
    for (const axis of [0, 1] as const) {
      const r = along(a, b, axis);
      if (r) found[axis].push(r);
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? identity;
    else if (fn === ops.transform) ctm = times(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m))
        ctm = times(Array.from(m as ArrayLike<number>) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? identity;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || (!stroked.has(paint) && !filled.has(paint))) continue;
      for (const path of subpaths(data, ctm)) {
        const pts = path.points;
        if (stroked.has(paint)) {
          const ends = path.closed && pts.length > 2 ? [...pts, pts[0] as [number, number]] : pts;
          for (let k = 1; k < ends.length; k++)
            add(ends[k - 1] as [number, number], ends[k] as [number, number]);
        }
        if (filled.has(paint) && pts.length > 2) {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          // A thin filled rectangle is a border along its length; its length is taken through its middle.
          if (x1 - x0 <= maxThickness) add([(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]);
          else if (y1 - y0 <= maxThickness) add([x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]);
        }
      }
    }
  }
  return {
    vertical: mergeRules(found[0]),
    horizontal: mergeRules(found[1]).map((r) => ({ y: r.x, x0: r.y0, x1: r.y1 })),
  };
}

/** Rules at the same x (within a point) that touch or overlap become one (sorted by x, then y). */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const byX = [...rules].sort((a, b) => a.x - b.x);
  const out: Rule[] = [];
  for (let i = 0; i < byX.length; ) {
    // One border's pieces: x within a point of the first of them, taken bottom to top.
    const x = (byX[i] as Rule).x;
    let j = i;
    while (j < byX.length && (byX[j] as Rule).x - x <= 1) j++;
    const pieces = byX.slice(i, j).sort((a, b) => a.y0 - b.y0);
    for (const r of pieces) {
      const last = out.at(-1);
      if (last && last.x === x && r.y0 <= last.y1 + 2) last.y1 = Math.max(last.y1, r.y1);
      else out.push({ x, y0: r.y0, y1: r.y1 });
    }
    i = j;
  }
  return out;
}
