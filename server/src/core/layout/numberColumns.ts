// The columns a section's numbers stand in. The rows with the most numbers set the columns (each column's middle,
// the median over those rows; their numbers are the columns in order); a row with fewer numbers places each at the column whose middle is nearest, and only
// when that is certain: within a third of the distance between two columns, one number to a column. pdftotext moves
// a number by a character or two from row to row, which this tolerates; a PDF's columns are far apart.
export interface NumberColumns<B> {
  count: number;
  /** The row's number in each column, or undefined where the column is empty in this row. */
  place(numbers: B[]): (B | undefined)[];
}

type Box = { x0: number; x1: number };
const mid = (b: Box) => (b.x0 + b.x1) / 2;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

export function numberColumns<B extends Box>(rows: B[][]): NumberColumns<B> | undefined {
  let count = 0;
  for (const r of rows) count = Math.max(count, r.length);
  if (!count) return undefined;
  const full = rows.filter((r) => r.length === count);
  const middles = Array.from({ length: count }, (_, k) => median(full.map((r) => mid(r[k]))));
  let spacing = Infinity;
  for (let k = 1; k < count; k++) spacing = Math.min(spacing, middles[k] - middles[k - 1]);
  const place = (numbers: B[]): (B | undefined)[] | undefined => {
    if (numbers.length === count) return numbers;
    const out: (B | undefined)[] = new Array(count).fill(undefined);
    for (const n of numbers) {
      let best = 0;
      for (let k = 1; k < count; k++) if (Math.abs(mid(n) - middles[k]) < Math.abs(mid(n) - middles[best])) best = k;
      if (out[best] || (count > 1 && Math.abs(mid(n) - middles[best]) > spacing / 3)) return undefined;
      out[best] = n;
    }
    return out;
  };
  // A full row's numbers are its columns in order; every other row must be placed with certainty.
  for (const r of rows) if (!place(r)) return undefined;
  return { count, place: (numbers) => place(numbers)! };
}
