// Hostile input, in seconds: mutated real reports and random text through the check and fix-all, random and cut
// bytes through every reader. Nothing may throw (a reader may refuse with a ReaderError), every place a finding or a
// fix names must lie in the text, every message be filled in, and fix-all must be idempotent. The bench's long run
// sets GOVREPORT_FUZZ_RUNS higher.
import * as assert from 'assert';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import * as path from 'path';
import { check, fixAll, type Diagnostic } from '../../server/src/core';
import { READERS, ReaderError } from '../../server/src/readers';
import { applyEdit, baseDocument, editSpec, placeEdit } from '../support/randomEdits';
import { PUBLISHED_DIR } from '../support/reports';
import { buildReportText } from '../support/reportBuilder';
import { LAYOUTS } from '../support/ruleCases';

const RUNS = Number(process.env.GOVREPORT_FUZZ_RUNS ?? 300);
const TEMPLATE = path.resolve(__dirname, '../../../../shared/templates/official-template-2021.docx');

/** What a writer, a converter or an attacker does to a text: cut, paste, pad, and plant odd characters and numbers. */
const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  length: fc.nat({ max: 200 }),
  text: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('\t', '\t\t\t\t', '\n', '\r\n', '\r', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u202e', '\x1b]52;c;', '\0', '|', '| --- |'),
    fc.constantFrom('1000000000000000000000', '12345678901234567891', '-5', '1e5', '０１２', '1,234', '3.5', '9'.repeat(40), '（七）总计', '四、结转下年度继续办理'),
  ),
});

function mutate(text: string, m: { at: number; length: number; text: string }): string {
  const at = Math.floor(m.at * (text.length + 1));
  return text.slice(0, at) + m.text + text.slice(Math.min(text.length, at + m.length));
}

/** Figures a cell may hold by mistake or malice: huge, exact at the limit, negative, decimal, padded, marked. */
const ODD_FIGURES = ['1000000000000000000000', '12345678901234567891', '99999999999999', '100000000000000', '-3', '2.5', '0.000001', '１２', ' 7 ', '—', '', '无', '1 0', '3件', '9'.repeat(30)];

/** A report after some writer's edits and some mutations. */
const hostileReport = fc
  .tuple(baseDocument, fc.array(editSpec, { maxLength: 3 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([base, edits, mutations]) => {
    let text = base;
    for (const e of edits) text = applyEdit(text, placeEdit(text, e));
    for (const m of mutations) text = mutate(text, m);
    return text;
  });

function assertSound(text: string, ds: Diagnostic[]): void {
  for (const d of ds) {
    const where = `${d.rule} at ${d.range.start}`;
    assert.ok(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= text.length, `${where}: range off the text`);
    assert.doesNotMatch(d.message, /\{\w+\}|undefined|NaN|Infinity|e\+\d/, `${where}: ${d.message}`);
    for (const r of d.related ?? []) if (r.document === undefined) assert.ok(r.range.start >= 0 && r.range.end <= text.length, `${where}: related off the text`);
    for (const e of d.fix?.edits ?? []) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${where}: fix off the text`);
  }
}

describe('fuzz: hostile input through the checker and the readers', () => {
  it(`${RUNS} mutated real reports: checked in both languages and fixed, nothing thrown, every place in the text, fix-all idempotent`, () => {
    fc.assert(
      fc.property(hostileReport, (text) => {
        for (const lang of ['zh', 'en'] as const) assertSound(text, check(text, { lang }).diagnostics);
        const fixed = fixAll(text);
        assert.strictEqual(fixAll(fixed.text).edits.length, 0, 'fix-all of fixed text changes it again');
      }),
      { numRuns: RUNS },
    );
  }).timeout(120_000);

  it(`${RUNS} reports with odd figures planted in their cells: exact messages, fixes that keep every line, fix-all idempotent`, () => {
    const keys = [...buildReportText({ layout: 'word' }).cells.keys()];
    const planted = fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...ODD_FIGURES)), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...LAYOUTS), planted, (layout, cells) => {
        const { text } = buildReportText({ layout, override: Object.fromEntries(cells) });
        assertSound(text, check(text).diagnostics);
        const fixed = fixAll(text);
        assert.strictEqual(fixed.text.split('\n').length, text.split('\n').length, 'a fix took a line with it');
        assert.doesNotMatch(fixed.text, /e\+\d/, 'a figure written in exponent form');
        assert.strictEqual(fixAll(fixed.text).edits.length, 0, 'fix-all of fixed text changes it again');
      }),
      { numRuns: RUNS },
    );
  });

  it(`${RUNS * 4} random texts of any characters: checked, nothing thrown`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => assertSound(text, check(text).diagnostics)),
      { numRuns: RUNS * 4 },
    );
  });

  const page = '<html><body><h1>某县2022年政府信息公开工作年度报告</h1><table><tr><td>总计</td><td>3</td></tr></table></body></html>';
  /** A file of each reader's kind, by its first extension. */
  const samples: Record<string, Uint8Array> = {
    '.docx': new Uint8Array(readFileSync(TEMPLATE)),
    '.pdf': new Uint8Array(readFileSync(path.join(PUBLISHED_DIR, 'hongzequ_2024.pdf'))),
    '.html': new TextEncoder().encode(page),
    '.mhtml': new TextEncoder().encode(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n${page}\r\n--b--\r\n`),
  };

  for (const reader of READERS) {
    const kind = reader.extensions[0];
    const sample = samples[kind];
    it(`the ${kind} reader: random bytes, and its kind of file cut short or with bytes changed, read or refused with a ReaderError`, async () => {
      const damaged = fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        fc.nat({ max: sample.length }).map((n) => sample.slice(0, n)),
        fc.tuple(fc.nat({ max: sample.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, bytes]) => {
          const out = sample.slice();
          out.set(bytes.slice(0, out.length - at), at);
          return out;
        }),
      );
      await fc.assert(
        fc.asyncProperty(damaged, async (bytes) => {
          try {
            await reader.read(bytes);
          } catch (e) {
            if (!(e instanceof ReaderError)) throw e;
          }
        }),
        { numRuns: Math.max(20, RUNS / 5) },
      );
    }).timeout(120_000);
  }
});
