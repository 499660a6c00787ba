// Fixes never take a line with them. A row label followed by another line (its own wrapped continuation, a number,
// other text, the next cell) is replaced only where it stands on one line; a number written over two lines is not
// rewritten. Checked on the text a Word export gives and on a document whose cell holds several lines, through the
// source its fixes are written into.
import * as assert from 'assert';
import { check, checkSource, fixAll, fixSource } from '../../server/src/core';
import type { SourceBlock, SourceCell, SourceDocument, SourceParagraph } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/fix/apply';
import { TABLE3_ROWS } from '../../server/src/core/template/table3';
import { buildReportText } from '../support/reportBuilder';
import { sourceFromText } from '../support/sourceFromText';

/** A fixed pseudo-random sequence in [0, 1). */
function generator(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

/** v2021 table 3's row labels (a group's own label is not a row). */
const LABELS = TABLE3_ROWS.filter((r) => r.key !== 'other').map((r) => ({ key: r.key, label: r.label }));
/** What a writer does to a label: nothing, a full stop, a character dropped or doubled, a word changed. */
const VARIANTS: ((l: string) => string)[] = [(l) => l, (l) => `${l}。`, (l) => l.slice(0, -1), (l) => l.replace(/政府/, '政府府'), (l) => l.replace(/申请/, '申清'), (l) => `${l} `];
/** What stands on the line after the label: a number, text of no label, another label. */
const NEXT_LINES = ['0', '12', '０', ' 3', '1,234', '合计', '其他', '（二）部分公开', '件'];

interface Combination {
  key: string;
  /** The label's lines as written: one, or the label and the line after it. */
  lines: string[];
  }

function combination(random: () => number): Combination {
  const { key, label } = pick(random, LABELS);
  const written = pick(random, VARIANTS)(label);
  const kind = random();
  if (kind < 1 / 3) return { key, lines: [written] };
  // Wrapped: its own continuation on the next line.
  if (kind < 2 / 3) {
    const at = 1 + Math.floor(random() * (written.length - 1));
    return { key, lines: [written.slice(0, at), written.slice(at)] };
  }
  return { key, lines: [written, pick(random, NEXT_LINES)] };
}

const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

/** The lines that differ, by index; the texts must have as many lines. */
function changedLines(before: string, after: string): number[] {
  const a = linesOf(before);
  const b = linesOf(after);
  assert.strictEqual(b.length, a.length, 'a line was taken or added');
  return a.flatMap((l, i) => (l === b[i] ? [] : [i]));
}

describe('fixes never take a line with them', () => {
  it('row labels in a Word export: 400 labels with the line after them; only a one-line label is replaced, only on its line', () => {
    const random = generator(20240613);
    let fixed = 0;
    for (let n = 0; n < 400; n++) {
      const c = combination(random);
      const eol = random() < 0.2 ? '\r\n' : '\n';
      const b = buildReportText({ layout: 'word', eol, label: { [`3:${c.key}`]: c.lines.join(eol) } });
      const where = `${JSON.stringify(c.lines)} (${JSON.stringify(eol)})`;
      const labelLine = linesOf(b.text.slice(0, b.labels.get(`3:${c.key}`)!.start)).length - 1;
      // A line after the label without a tab is the cell's continuation (then the label is not replaced), or, if it
      // reads as prose (ends with 。), a line of its own: then the label alone is replaced and the line stays.
      const changed = changedLines(b.text, fixAll(b.text).text);
      assert.ok(changed.every((i) => i === labelLine), `${where}: lines ${changed} changed`);
      fixed += changed.length;
    }
    // Not vacuous: one-line labels that differ are replaced.
    assert.ok(fixed >= 30, `only ${fixed} labels fixed`);
  }).timeout(60_000);

  it('row labels in a document\'s cell of several lines: 400 of them; the source written keeps every line the cell has', () => {
    const random = generator(7);
    let fixed = 0;
    for (let n = 0; n < 400; n++) {
      const c = combination(random);
      // A reader joins a cell's lines (paragraphs, w:br) and says where they meet; one that left a line break in the
      // text (shown as a space) is read the same way.
      const inText = c.lines.length > 1 && random() < 0.2;
      const { doc, source, labelLine } = documentWith(c, inText);
      const where = `${JSON.stringify(c.lines)}${inText ? ' (a break in the text)' : ''}`;
      const fixes = checkSource(doc).diagnostics.filter((d) => d.rule === 'row-label' && d.fix);
      if (c.lines.length > 1) assert.deepStrictEqual(fixes, [], `${where}: a fix over two lines`);
      const result = fixSource(doc);
      assert.ok(result.sourceEdits, `${where}: a fix with no place in the source`);
      const changed = changedLines(source, applyEdits(source, result.sourceEdits).text);
      assert.ok(changed.every((i) => i === labelLine), `${where}: lines ${changed} of the source changed`);
      fixed += changed.length;
    }
    assert.ok(fixed >= 30, `only ${fixed} labels fixed`);
  }).timeout(60_000);

  it('a number written over two lines of a Word cell is not rewritten: the sum is told, the lines stay', () => {
    // （七）总计 × 自然人 is 116: written 1 / 3 it reads 13, and the fix used to put 116 over "1\n", leaving the 3 (1163).
    for (const [written, read] of [['1\n3', 13], ['11\n7', 117], ['1\n16', 116]] as const) {
      const b = buildReportText({ layout: 'word', override: { '3:total|natural': written } });
      const ds = check(b.text).diagnostics;
      if (read === 116) {
        assert.deepStrictEqual(ds, [], `${written}: a wrapped number that adds up`);
        continue;
      }
      const total = ds.find((d) => d.rule === 'column-total')!;
      assert.deepStrictEqual([total.actual, total.range, total.fix], [read, b.cells.get('3:total|natural'), undefined], written);
      assert.match(total.message, /应改为 116；该数字跨行书写，未提供自动修复。$/);
      assert.match(check(b.text, { lang: 'en' }).diagnostics.find((d) => d.rule === 'column-total')!.message, /It should be 116; the number is written over two lines, so no automatic fix\.$/);
      assert.deepStrictEqual(ds.filter((d) => d.fix), [], `${written}: no fix`);
      assert.strictEqual(fixAll(b.text).text, b.text, written);
    }
  });

  it('a number whose wrapped line is its unit is still fixed, on its own line', () => {
    const b = buildReportText({ layout: 'word', override: { '3:total|natural': '115\n件' } });
    const at = b.cells.get('3:total|natural')!.start;
    const total = check(b.text).diagnostics.find((d) => d.rule === 'column-total')!;
    assert.deepStrictEqual(total.fix?.edits, [{ start: at, end: at + 3, text: '116' }]);
    assert.strictEqual(fixAll(b.text).text, b.text.replace('\t115\n件\n', '\t116\n件\n'));
  });
});

/**
 * The builder's Word report as a document, its label cell holding `c.lines`, with a source of its own: every
 * paragraph and cell line on a line of it, each a verbatim piece, so that fixes can be written into it.
 */
function documentWith(c: Combination, inText: boolean): { doc: SourceDocument; source: string; labelLine: number } {
  const placeholder = `\u2063${c.key}\u2063`;
  const doc = sourceFromText(buildReportText({ layout: 'word', label: { [`3:${c.key}`]: placeholder } }).text);
  let source = '';
  let labelLine = -1;
  /** Each line of a piece on a line of the source; the piece's text is its lines joined (or, `inText`, with \n between). */
  const place = <T extends SourceParagraph | SourceCell>(p: T, lines: string[], joinInText: boolean): T => {
    const text = lines.join(joinInText ? '\n' : '');
    const pieces = [];
    const breaks = [];
    let at = 0;
    for (const [i, l] of lines.entries()) {
      if (i && !joinInText) breaks.push(at);
      if (l) pieces.push({ start: at, end: at + l.length, source: source.length });
      source += l + '\n';
      at += l.length + (joinInText ? 1 : 0);
    }
    if (joinInText) pieces.splice(0, pieces.length, { start: 0, end: text.length, source: source.length - text.length - 1 });
    return { ...p, text, pieces, ...(breaks.length ? { breaks } : {}) };
  };
  const blocks = doc.blocks.map((b): SourceBlock => {
    if (b.kind === 'paragraph') return place(b, [b.text], false);
    return { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((cell) => {
      if (cell.text !== placeholder) return place(cell, [cell.text], false);
      labelLine = linesOf(source).length - 1;
      return place(cell, c.lines, inText);
    }) })) };
  });
  assert.ok(labelLine >= 0, 'the label cell is in the document');
  return { doc: { ...doc, blocks }, source, labelLine };
}
