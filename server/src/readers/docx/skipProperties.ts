// The ranges of document.xml worth streaming. Formatting takes most of a Word document's markup (the template's
// w:tcPr, w:pPr and w:rPr blocks are 90% of it: borders, fonts, spacing), and the reader needs almost none of it:
// a block that names none of the properties the reader reads is stepped over instead of tokenised by saxes.
// Stepping over is safe only where `<w:rPr>` can only be a tag: the part must have no comment, CDATA section or
// processing instruction (after the XML declaration), where such text could stand; and the block must not hold
// another block of the same name (w:rPrChange holds a w:rPr), so its end is the first `</w:…>` after it. A
// stepped-over block is not checked for well-formedness: its properties are not read, so they cannot mislead.

/** Blocks worth stepping over, by local name: written by Word without attributes. */
const BLOCKS = ['rPr', 'pPr', 'tcPr', 'tblPr', 'tblGrid', 'trPr'];
/** Properties the reader reads (body.ts), by local name: a block holding one of them is streamed, as is a tracked change (…Change). */
const READ = new Set(['vanish', 'del', 'moveFrom', 'gridSpan', 'vMerge', 'hMerge', 'gridBefore', 'pStyle', 'numPr', 'numId', 'ilvl']);

/** The [start, end) ranges to stream: all of the part but the blocks stepped over (all of it when unsafe). */
export function rangesToStream(xml: string): [number, number][] {
  const whole: [number, number][] = [[0, xml.length]];
  const declarationEnd = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  if (xml.includes('<!--') || xml.includes('<![CDATA[') || xml.indexOf('<?', declarationEnd) >= 0) return whole;
  const root = xml.slice(declarationEnd, xml.indexOf('>', declarationEnd) + 1);
  if (!root.includes(' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')) return whole;
  const ranges: [number, number][] = [];
  const closes = new Map<string, number>();
  let kept = 0;
  for (let at = xml.indexOf('<w:', 0); at >= 0; at = xml.indexOf('<w:', at + 1)) {
    const end = blockEnd(xml, at, closes);
    if (end < 0) continue;
    if (at > kept) ranges.push([kept, at]);
    kept = end;
    at = end - 1;
  }
  if (kept < xml.length) ranges.push([kept, xml.length]);
  return ranges;
}

/**
 * Where a block that can be stepped over, starting at `at`, ends; -1 when the element there is not one. `closes`
 * keeps, by block name, the first end tag found after the last block of that name: blocks open at growing offsets,
 * so it stays the first after the next one until passed, and a part of a hundred thousand block starts before
 * their end tags (or with none) is searched once, not once per start.
 */
function blockEnd(xml: string, at: number, closes: Map<string, number>): number {
  const name = BLOCKS.find((b) => xml.startsWith(b, at + 3) && xml.charCodeAt(at + 3 + b.length) === 0x3e /* > */);
  if (!name) return -1;
  const close = at + 3 + name.length;
  const known = closes.get(name);
  const end = known !== undefined && (known < 0 || known >= close) ? known : xml.indexOf(`</w:${name}>`, close);
  closes.set(name, end);
  if (end < 0 || holdsReadElement(xml, close + 1, end, name)) return -1;
  return end + name.length + 5;
}

/**
 * Whether an element in xml[from, to) is one the reader reads, a tracked change, or another block of the same name
 * (whose end would be taken for this block's): one pass over the tags' local names, no copy of the block.
 */
function holdsReadElement(xml: string, from: number, to: number, block: string): boolean {
  for (let lt = xml.indexOf('<', from); lt >= 0 && lt < to; lt = xml.indexOf('<', lt + 1)) {
    let end = lt + 1;
    let local = end;
    for (; end < to; end++) {
      const c = xml.charCodeAt(end);
      if (c === 0x20 || c === 0x2f /* / */ || c === 0x3e /* > */ || c === 0x09 || c === 0x0a || c === 0x0d) break;
      if (c === 0x3a /* : */) local = end + 1;
    }
    const name = xml.slice(local, end);
    if (READ.has(name) || name === block || name.endsWith('Change')) return true;
  }
  return false;
}
