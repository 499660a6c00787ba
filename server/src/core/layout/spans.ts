// Where a label column's cells begin and end. A label in a merged cell is set in the middle of it, so a label that
// stands among rows with no label of their own in its column spans the rows whose middle is its middle. A row whose
// label stops at a column on its left is spanned across this column instead. Rows at the top of a page continue the
// last cell of the page before when that cell reached the bottom of its page.

export type ColumnCell = { kind: 'block'; block: number; rowSpan: number } | { kind: 'covered' } | { kind: 'spanned' } | { kind: 'empty' };

export interface SpanInput {
  /** Row bands on one page, top to bottom. */
  bandTop: number[];
  bandBottom: number[];
  /** Per row: the block of this column that sits on it (its index), or -1. */
  sits: number[];
  /** Per row: whether the row's label stops left of this column (it has a label to the left and none to the right). */
  spanned: boolean[];
  /** Vertical middle of each block, and its top and bottom, in the bands' measure. */
  middle: (block: number) => number;
  extent: (block: number) => [number, number];
  /** The last cell of this column on the page before reached that page's bottom. */
  continues: boolean;
  /** Per row: its label to the right of this column starts a numbered list (1. 1、 （一）): a group's first row. */
  listStart: boolean[];
  /** Per row: it has a label to the right of this column (then a block here is a group's label, not the row's). */
  labelRight: boolean[];
}

export interface SpanResult {
  cells: ColumnCell[];
  /** The block whose cell continues from the page before (its text joins that cell), if any. */
  joined?: number;
  /** The column's last cell reaches this page's bottom. */
  reachesEnd: boolean;
}

/** Lays out one label column on one page; undefined when its cells cannot be placed with certainty. */
export function columnSpans(input: SpanInput): SpanResult | undefined {
  const n = input.sits.length;
  const cells: ColumnCell[] = new Array(n);
  let next = 0; // the first row not yet given a cell
  let joined: number | undefined;
  let reachesEnd = false;
  // A cell that continues from the page before shows the rest of its text on this page's first row.
  let r0 = 0;
  if (input.continues && n && input.sits[0] >= 0 && !input.spanned[0]) {
    joined = input.sits[0];
    cells[0] = { kind: 'covered' };
    next = 1;
    r0 = 1;
  }
  for (let r = r0; r < n; r++) {
    if (input.spanned[r]) {
      if (input.sits[r] >= 0) return undefined;
      if (next < r) coverFromAbove(cells, next, r, input);
      cells[r] = { kind: 'spanned' };
      next = r + 1;
      reachesEnd = false;
      continue;
    }
    const b = input.sits[r];
    if (b < 0) continue;
    // The run of rows this block may span: from the first free row to the row before the next spanned row or block.
    let last = r;
    while (last + 1 < n && input.sits[last + 1] < 0 && !input.spanned[last + 1]) last++;
    // A row's whole label (nothing to its right), set in the middle of its row, is that row's alone; the free rows
    // before it get no cell here. A group's label is never placed so: it would stand below the group's first rows.
    const fit = bestSpan(input, b, next, r, last) ?? (!input.labelRight[r] && fitsAlone(input, b, r) ? { start: r, end: r } : undefined);
    if (!fit) return undefined;
    if (fit.start > next) coverFromAbove(cells, next, fit.start, input, joined !== undefined);
    cells[fit.start] = { kind: 'block', block: b, rowSpan: fit.end - fit.start + 1 };
    for (let k = fit.start + 1; k <= fit.end; k++) cells[k] = { kind: 'covered' };
    next = fit.end + 1;
    reachesEnd = next === n;
    r = fit.end;
  }
  if (next < n) reachesEnd = coverFromAbove(cells, next, n, input);
  return { cells, joined, reachesEnd };
}

/**
 * Rows [from, to) that no block of the column claims: at the page's top, covered by the cell continued from the page
 * before; elsewhere empty in this column (a label set off-centre in a wider cell stands in another column: the rows
 * get no cell here, which moves no number). Says whether the rows were covered.
 */
function coverFromAbove(cells: ColumnCell[], from: number, to: number, input: SpanInput, afterJoined = false): boolean {
  const covered = input.continues && (from === 0 || (from === 1 && afterJoined));
  for (let k = from; k < to; k++) cells[k] = covered ? { kind: 'covered' } : { kind: 'empty' };
  return covered;
}

const mid = (input: SpanInput, s: number, e: number) => (input.bandTop[s] + input.bandBottom[e]) / 2;

/** Whether the block stands within its own row's band, in its middle: a label of that row alone. */
function fitsAlone(input: SpanInput, b: number, r: number): boolean {
  const [top, bottom] = input.extent(b);
  if (top < input.bandTop[r] || bottom > input.bandBottom[r]) return false;
  return Math.abs(mid(input, r, r) - input.middle(b)) <= 0.3 * (input.bandBottom[r] - input.bandTop[r]);
}

/** The span [start, end] around row r whose middle is the block's middle; start is `next` unless at a continued top. */
function bestSpan(input: SpanInput, b: number, next: number, r: number, last: number): { start: number; end: number } | undefined {
  const m = input.middle(b);
  // At the top of a continued page the continued cell may take the rows before the block's cell.
  const atTop = input.continues && next === (joinedFirst(input) ? 1 : 0);
  const starts = atTop ? range(next, r) : [next];
  let best: { start: number; end: number; err: number; band: number } | undefined;
  let second = Infinity;
  const band = (k: number) => input.bandBottom[k] - input.bandTop[k];
  for (const s of starts) {
    // The narrowest band of rows s to e, carried along as e grows.
    let minBand = Infinity;
    for (let k = s; k < r; k++) minBand = Math.min(minBand, band(k));
    for (let e = r; e <= last; e++) {
      minBand = Math.min(minBand, band(e));
      const err = Math.abs(mid(input, s, e) - m);
      if (!best || err < best.err) { if (best) second = Math.min(second, best.err); best = { start: s, end: e, err, band: minBand }; }
      else second = Math.min(second, err);
    }
  }
  // The span must fit, and clearly better than any other: a label half-way between two readings has none.
  if (best && best.err <= 0.3 * best.band && second - best.err >= 0.2 * best.band) return best;
  // Else a group whose rows are a numbered list from 1 to the next list or the column's next cell, if the label
  // stands within it (pdftotext moves a label by half a row): the list says where the group starts and ends.
  return listSpan(input, m, starts, r, last);
}

function listSpan(input: SpanInput, m: number, starts: number[], r: number, last: number): { start: number; end: number } | undefined {
  const fits: { start: number; end: number }[] = [];
  for (const s of starts) {
    if (!input.listStart[s]) continue;
    for (let e = r; e <= last; e++) {
      if (e + 1 < input.listStart.length && e < last && !input.listStart[e + 1]) continue;
      if (m >= input.bandTop[s] && m <= input.bandBottom[e] && Math.abs(mid(input, s, e) - m) <= 0.75 * (input.bandBottom[s] - input.bandTop[s])) fits.push({ start: s, end: e });
    }
  }
  return fits.length === 1 ? fits[0] : undefined;
}

const joinedFirst = (input: SpanInput) => input.sits[0] >= 0 && !input.spanned[0];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
