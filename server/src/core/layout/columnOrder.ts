// Plain `pdftotext` output lists a table column by column: a cell per line, the labels in one run and the numbers in
// others. Such a region is found by its runs of bare number lines (no Word cell tab, nothing else on the line) and
// returned as a table that cannot be read: no row of it can be put together with certainty.
import type { AlignedTable, TextLines } from './aligned';
import { isSectionHeading } from './heading';

/** A line of nothing but a number (digits, commas, one decimal part), read in place: most lines fail at once. */
function bareNumber(text: string, start: number, end: number): boolean {
  let i = start;
  const first = text.charCodeAt(i);
  if (!(first >= 0x30 && first <= 0x39)) return false;
  let dot = false;
  for (i++; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === 0x2c && !dot) continue;
    if (c === 0x2e && !dot) { dot = true; continue; }
    break;
  }
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0d)) i++;
  return i === end;
}
/** Bare number lines in a row, no blank line between: a column of numbers (a row-by-row listing has a label between). */
const COLUMN_RUN = 6;
/** Or this many bare numbers one blank line apart: more than a row of table 3 (seven) holds, so not a row listed alone. */
const SPACED_RUN = 10;
/** A region's lines: number lines and short label lines (a cell), not sentences. */
const isCellLine = (s: string) => s.length <= 40 && !s.includes('。') && s.charCodeAt(0) !== 0x09 && !s.includes('|') && !isHeading(s);
/** A section heading (三、收到和处理…) ends the region: it is the report's, not the table's. */
const isHeading = isSectionHeading;

/** The cheap test: a line of bare digits right after another (or one blank line after), which a Word export (tab-led cells) never has. */
export const mayHoldColumnOrder = (text: string): boolean => /^\d[\d,.]*\r?\n(?:\r?\n)?\d[\d,.]*\r?$/m.test(text);

export function columnOrderRegions(text: string, lines: TextLines): AlignedTable[] {
  if (!mayHoldColumnOrder(text)) return [];
  const out: AlignedTable[] = [];
  const { count, starts, ends } = lines;
  const isNumber = (i: number) => bareNumber(text, starts[i], ends[i]);
  /** Whether line i is empty but for a CR. */
  const isEmpty = (i: number) => starts[i] === ends[i] - (text.charCodeAt(ends[i] - 1) === 0x0d ? 1 : 0);
  const trimmed = (i: number) => text.slice(starts[i], ends[i]).trim();
  for (let i = 0; i < count; i++) {
    if (!isNumber(i)) continue;
    // The run of number lines from here, one blank line allowed between two: its longest stretch without blanks,
    // and how many numbers it holds.
    let run = 1, numbers = 1, stretch = 1, longest = 1;
    for (;;) {
      if (i + run < count && isNumber(i + run)) { run++; numbers++; longest = Math.max(longest, ++stretch); continue; }
      if (i + run + 1 < count && isEmpty(i + run) && isNumber(i + run + 1)) {
        run += 2; numbers++; stretch = 1; continue;
      }
      break;
    }
    if (longest < COLUMN_RUN && numbers < SPACED_RUN) { i += run - 1; continue; }
    // Widen to the table around the run: cell lines and blank lines.
    let first = i, last = i + run - 1;
    const cellAt = (k: number) => { const s = trimmed(k); return s === '' || isCellLine(s); };
    while (first > 0 && cellAt(first - 1)) first--;
    while (last + 1 < count && cellAt(last + 1)) last++;
    while (first < last && trimmed(first) === '') first++;
    while (last > first && trimmed(last) === '') last--;
    out.push({ firstLine: first, lastLine: last, rows: [], unreadable: 'column-order' });
    i = last;
  }
  return out;
}
