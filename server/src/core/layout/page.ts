// What stands on a page besides its content: page numbers (`- 4 -`, `-3-`, `4`) and running headers or footers
// (the same text at the top or bottom of several pages). They are dropped before the layout reads the content, so
// that a table broken by a page continues across it.
import type { Line } from './types';

const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$/;
/** The share of a page's height, at top and bottom, where page numbers and running heads stand. */
const MARGIN = 0.12;

export interface PageLines<R> {
  height: number;
  lines: Line<R>[];
}

const inMargin = (l: Line<unknown>, height: number) => l.bottom < height * MARGIN || l.top > height * (1 - MARGIN);
const marginKey = (l: Line<unknown>) => l.segments.map((s) => s.text).join(' ').replace(/\d+/g, '#');

/** The pages' lines without page numbers and running heads. */
export function contentLines<R>(pages: PageLines<R>[]): Line<R>[] {
  const seen = new Map<string, number>();
  for (const p of pages) {
    for (const key of new Set(p.lines.filter((l) => inMargin(l, p.height)).map(marginKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const out: Line<R>[] = [];
  for (const p of pages) {
    for (const l of p.lines) {
      if (inMargin(l, p.height)) {
        const text = l.segments.map((s) => s.text).join('');
        if (l.segments.length === 1 && PAGE_NUMBER.test(text.trim())) continue;
        if (pages.length > 2 && (seen.get(marginKey(l)) ?? 0) >= Math.max(2, pages.length - 1)) continue;
      }
      out.push(l);
    }
  }
  return out;
}
