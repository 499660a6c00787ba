// What a page draws besides text, as far as the layout needs it: the strokes of table borders (a stroked straight
// line, or a rectangle filled thin as a rule, as Word and LibreOffice draw them) and the boxes of pictures. Other
// paths (cell shading, curves, shapes) and form XObjects are not read.
import type { Box, Rule } from '../../core/layout';
import { MAX_RULES } from '../../core/layout/grid';
import { maxOf, minOf } from '../../core/arrays';
import { heapOf, Pdfium } from './pdfiumModule';

/** FPDFPageObj_GetType's codes, FPDFPathSegment_GetType's codes. */
const PATH = 2, IMAGE = 3;
const LINETO = 0, MOVETO = 2;
/** A filled rectangle this thin (points) is a rule. */
const RULE_WIDTH = 3;
/** How far off the horizontal or vertical (points) a stroke may lean and still be a border. */
const LEAN = 0.5;
/** Bounds for a hostile file: page objects looked at, segments of one path. */
export const MAX_OBJECTS = 20_000;
export const MAX_SEGMENTS = 2_000;

/** The wasm exports called per object and per segment (see charExports on why not the wrappers). */
interface GraphicsExports {
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFPageObj_GetType(object: number): number;
  FPDFPageObj_GetBounds(object: number, left: number, bottom: number, right: number, top: number): number;
  FPDFPageObj_GetMatrix(object: number, matrix: number): number;
  FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number;
  FPDFPath_CountSegments(path: number): number;
  FPDFPath_GetPathSegment(path: number, index: number): number;
  FPDFPathSegment_GetPoint(segment: number, x: number, y: number): number;
  FPDFPathSegment_GetType(segment: number): number;
  FPDFPathSegment_GetClose(segment: number): number;
}

/** Scratch layout: a matrix of 6 floats, then two ints (draw mode), then four floats (bounds or a point). */
export const GRAPHICS_SCRATCH_BYTES = 48;
const MODE_AT = 24, OUT_AT = 32;

type Point = [number, number];

export interface PageGraphics { rules: Rule[]; pictures: Box[] }

/** The page's rules and pictures, x from the page's left, y from its top. */
export function pageGraphics(m: Pdfium, page: number, left: number, top: number, scratch: number): PageGraphics {
  const fx = m.pdfium.wasmExports as unknown as GraphicsExports;
  const rules: Rule[] = [], pictures: Box[] = [];
  const count = Math.min(fx.FPDFPage_CountObjects(page), MAX_OBJECTS);
  // Past the layout's bound it reads no grid from the page: the rest need not be collected.
  for (let k = 0; k < count && rules.length <= MAX_RULES; k++) {
    const object = fx.FPDFPage_GetObject(page, k);
    const type = fx.FPDFPageObj_GetType(object);
    if (type === IMAGE) {
      const box = bounds(m, fx, object, scratch);
      if (box) pictures.push({ x0: box[0] - left, top: top - box[3], x1: box[2] - left, bottom: top - box[1] });
    } else if (type === PATH) {
      pathRules(m, fx, object, scratch, (a, b) => rules.push(rule([a[0] - left, top - a[1]], [b[0] - left, top - b[1]])));
    }
  }
  return { rules, pictures };
}

/** left, bottom, right, top in the page's space. */
function bounds(m: Pdfium, fx: GraphicsExports, object: number, scratch: number): number[] | undefined {
  const at = scratch + OUT_AT;
  if (!fx.FPDFPageObj_GetBounds(object, at, at + 4, at + 8, at + 12)) return undefined;
  const f32 = heapOf(m).HEAPF32;
  return [f32[at >> 2], f32[(at >> 2) + 1], f32[(at >> 2) + 2], f32[(at >> 2) + 3]];
}

const rule = (a: Point, b: Point): Rule => ({ x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) });
const straight = (a: Point, b: Point) => Math.abs(a[0] - b[0]) <= LEAN || Math.abs(a[1] - b[1]) <= LEAN;

/** A path's subpaths in the page's space (the object's matrix applied), each with whether it is closed. */
function subpaths(m: Pdfium, fx: GraphicsExports, path: number, scratch: number): { points: Point[]; closed: boolean }[] | undefined {
  const n = fx.FPDFPath_CountSegments(path);
  if (n > MAX_SEGMENTS || !fx.FPDFPageObj_GetMatrix(path, scratch)) return undefined;
  let f32 = heapOf(m).HEAPF32;
  const mx = scratch >> 2;
  const a = f32[mx], b = f32[mx + 1], c = f32[mx + 2], d = f32[mx + 3], e = f32[mx + 4], f = f32[mx + 5];
  const out: { points: Point[]; closed: boolean }[] = [];
  let cur: { points: Point[]; closed: boolean } | undefined;
  const at = scratch + OUT_AT;
  for (let k = 0; k < n; k++) {
    const segment = fx.FPDFPath_GetPathSegment(path, k);
    if (!segment || !fx.FPDFPathSegment_GetPoint(segment, at, at + 4)) return undefined;
    f32 = heapOf(m).HEAPF32;
    const x = f32[at >> 2], y = f32[(at >> 2) + 1];
    const p: Point = [a * x + c * y + e, b * x + d * y + f];
    const type = fx.FPDFPathSegment_GetType(segment);
    if (type === MOVETO || !cur) out.push((cur = { points: [p], closed: false }));
    else if (type === LINETO) cur.points.push(p);
    // A curve is never a border: it ends the straight run (its end point starts the next one).
    else out.push((cur = { points: [p], closed: false }));
    if (fx.FPDFPathSegment_GetClose(segment)) cur.closed = true;
  }
  return out;
}

/** The rules a path draws: its straight strokes, or the long axis of a thin filled rectangle. */
function pathRules(m: Pdfium, fx: GraphicsExports, path: number, scratch: number, add: (a: Point, b: Point) => void): void {
  if (!fx.FPDFPath_GetDrawMode(path, scratch + MODE_AT, scratch + MODE_AT + 4)) return;
  const i32 = heapOf(m).HEAP32, mode = (scratch + MODE_AT) >> 2;
  const filled = i32[mode] !== 0, stroked = i32[mode + 1] !== 0;
  if (!filled && !stroked) return;
  // A filled shape thicker than a rule both ways (cell shading) draws no rule: its segments need not be read.
  if (!stroked) {
    const box = bounds(m, fx, path, scratch);
    if (!box || (box[2] - box[0] > RULE_WIDTH && box[3] - box[1] > RULE_WIDTH)) return;
  }
  const parts = subpaths(m, fx, path, scratch);
  if (!parts) return;
  for (const { points, closed } of parts) {
    if (stroked) {
      const ring = closed ? [...points, points[0]] : points;
      for (let k = 1; k < ring.length; k++) if (straight(ring[k - 1], ring[k])) add(ring[k - 1], ring[k]);
    } else {
      const axis = thinRectangle(points);
      if (axis) add(axis[0], axis[1]);
    }
  }
}

/** The middle line of an axis-aligned rectangle no thicker than a rule, or nothing. */
function thinRectangle(points: Point[]): [Point, Point] | undefined {
  const ring = points.length === 5 && Math.abs(points[4][0] - points[0][0]) <= LEAN && Math.abs(points[4][1] - points[0][1]) <= LEAN ? points.slice(0, 4) : points;
  if (ring.length !== 4) return undefined;
  for (let k = 0; k < 4; k++) if (!straight(ring[k], ring[(k + 1) % 4])) return undefined;
  const x0 = minOf(ring, (p) => p[0]), x1 = maxOf(ring, (p) => p[0]), y0 = minOf(ring, (p) => p[1]), y1 = maxOf(ring, (p) => p[1]);
  if (x1 - x0 <= RULE_WIDTH && y1 - y0 > x1 - x0) return [[(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]];
  if (y1 - y0 <= RULE_WIDTH && x1 - x0 > y1 - y0) return [[x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]];
  return undefined;
}
