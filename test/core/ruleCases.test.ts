import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, checkSource, factPlaces, fixAll, fixSource, RULES } from '../../server/src/core';
import type { CheckOptions, Diagnostic, Layout } from '../../server/src/core';
import type { AnyRule, RuleMeta as Rule } from '../../server/src/core/rules/rule';
import { readDocx } from '../../server/src/readers/docx';
import { visible } from '../../server/src/core/rules/analysis';
import { buildReportText, BuiltReport } from '../support/reportBuilder';
import { LAST_YEAR, LAYOUTS, type At, type ExpectedFinding, type InvalidCase, type RuleCase, type RuleCases } from '../support/ruleCases';
import { fillTemplate, specFromReport } from '../support/fillTemplate';

const RULES_DIR = path.resolve(__dirname, '../../server/src/core/rules');

/** Every `*.cases.js` beside the rules, by the rule it tests. */
function loadCases(): Map<string, RuleCases> {
  const out = new Map<string, RuleCases>();
  for (const f of fs.readdirSync(RULES_DIR).filter((x) => x.endsWith('.cases.js')).sort()) {
    const { cases } = require(path.join(RULES_DIR, f)) as { cases: RuleCases };
    assert.ok(!out.has(cases.rule), `${f}: a second case file for ${cases.rule}`);
    out.set(cases.rule, cases);
  }
  return out;
}

interface CaseReport {
  layout: string;
  built: BuiltReport;
  /** The case's options, with last year's report when it has one. */
  options: CheckOptions;
  lastYear?: BuiltReport;
  diagnostics: Diagnostic[];
  fixed: () => string;
}

const asWritten = (text: string): BuiltReport => ({ text, cells: new Map(), labels: new Map() });

/** A case's report in each layout it is written in, or a document's text view; with its findings and fix-all's output. */
function reports(c: RuleCase): CaseReport[] {
  if (c.document) {
    const doc = c.document();
    const options = c.options ?? {};
    const { view, diagnostics } = checkSource(doc, options);
    return [{ layout: 'document', built: asWritten(view.text), options, diagnostics, fixed: () => fixSource(doc, options).text }];
  }
  const texts = c.text !== undefined ? [{ layout: 'as written', built: asWritten(c.text) }] : (c.layouts ?? LAYOUTS).map((layout) => ({ layout, built: buildReportText({ ...c.spec, layout }) }));
  return texts.map((r) => {
    const lastYear = lastYearOf(c, r.layout);
    const options: CheckOptions = lastYear ? { ...c.options, lastYear: { ...LAST_YEAR, facts: check(lastYear.text).facts() } } : c.options ?? {};
    return { ...r, options, lastYear, diagnostics: check(r.built.text, options).diagnostics, fixed: () => fixAll(r.built.text, options).text };
  });
}

/** Last year's report of a case, in the case's layout. */
function lastYearOf(c: RuleCase, layout: string): BuiltReport | undefined {
  if (!c.lastYear) return undefined;
  if ('text' in c.lastYear) return asWritten(c.lastYear.text);
  const year = c.lastYear.year ?? (c.spec?.year ?? ((c.spec?.version ?? 'v2021') === 'v2021' ? 2022 : 2020)) - 1;
  return buildReportText({ ...c.spec, ...c.lastYear, year, layout: layout as Layout });
}

function rangeOf(at: At, b: BuiltReport): { start: number; end: number } {
  if (typeof at !== 'string') {
    let from = -1;
    for (let n = 0; n <= (at.occurrence ?? 0); n++) from = b.text.indexOf(at.find, from + 1);
    assert.ok(from >= 0, `"${at.find}" is not in the report`);
    return { start: from, end: from + at.find.length };
  }
  const r = at.startsWith('label:') ? b.labels.get(at.slice(6)) : b.cells.get(at);
  assert.ok(r, `no ${at} in the built report`);
  return r;
}

/** A finding as plain data, in the terms of the case. */
function actualOf(d: Diagnostic) {
  return { start: d.range.start, end: d.range.end, severity: d.severity, table: d.table, row: d.row, column: d.column, expected: d.expected, actual: d.actual, fix: d.fix?.edits };
}

function expectedOf(rule: Rule, f: ExpectedFinding, b: BuiltReport, visibleText: (r: { start: number; end: number }) => { start: number; end: number }) {
  const r = visibleText(rangeOf(f.at, b));
  const fixRange = f.fixAt ? rangeOf(f.fixAt, b) : rangeOf(f.at, b);
  return {
    start: r.start, end: r.end, severity: f.severity ?? rule.severity, table: f.table, row: f.row, column: f.column, expected: f.expected, actual: f.actual,
    fix: f.fix === undefined ? undefined : [{ start: fixRange.start, end: fixRange.end, text: f.fix }],
  };
}

/** An empty cell's finding stands where the rules make it visible: on the tab or pipe before it, or the character after. */
const widen = (text: string) => (r: { start: number; end: number }) => visible(text, r);

const others = (ds: Diagnostic[], id: string) => [...new Set(ds.filter((d) => d.rule !== id).map((d) => d.rule))].sort();

function checkCase(rule: Rule, c: RuleCase | InvalidCase, findings: ExpectedFinding[]): void {
  for (const { layout, built, options, lastYear, diagnostics: ds, fixed: fixedText } of reports(c)) {
    const mine = ds.filter((d) => d.rule === rule.id);
    const where = `${c.name} (${layout})`;
    assert.deepStrictEqual(mine.map(actualOf), findings.map((f) => expectedOf(rule, f, built, widen(built.text))), where);
    findings.forEach((f, i) => f.message && assert.match(mine[i].message, f.message, where));
    if ((rule as AnyRule).lastYear) {
      // Where the CLI can place it: on a place of this year's facts.
      const places = factPlaces(check(built.text).facts()).map((r) => `${r.start}:${r.end}`);
      for (const d of mine) assert.ok(places.includes(`${d.range.start}:${d.range.end}`), `${where}: a finding off this year's facts`);
    }
    findings.forEach((f, i) => f.lastYearAt && assert.deepStrictEqual(mine[i].related?.map((r) => [r.document, r.range]), [[LAST_YEAR.document, rangeOf(f.lastYearAt, lastYear!)]], `${where}: last year's place`));
    assert.deepStrictEqual(others(ds, rule.id), [...(c.alsoFires ?? [])].sort(), `${where}: other rules`);
    if (!rule.fixable) assert.ok(mine.every((d) => !d.fix), `${where}: ${rule.id} is not fixable but gave a fix`);
    // Every parameter of every message was given, in both languages.
    const english = check(built.text, { ...options, lang: 'en' }).diagnostics;
    for (const d of [...ds, ...english]) {
      for (const text of [d.message, d.fix?.title ?? '', ...(d.related ?? []).map((r) => r.message)]) assert.doesNotMatch(text, /\{\w+\}/, `${where}: ${d.rule}`);
    }
    if ('findings' in c) {
      const fixed = fixedText();
      const want = !c.fixed ? built.text : 'text' in c.fixed ? c.fixed.text : buildReportText({ ...c.spec, ...c.fixed, layout: layout as Layout }).text;
      assert.strictEqual(fixed, want, `${where}: fix-all`);
    }
  }
}

/** The case filled into the official template: the same findings, on the same text, with the same fixes. */
function checkDocxCase(rule: Rule, c: RuleCase, findings: ExpectedFinding[]): void {
  const built = buildReportText({ ...c.spec, layout: 'word' });
  const { view, diagnostics } = checkSource(readDocx(fillTemplate(specFromReport(built.text))), c.options);
  const mine = diagnostics.filter((d) => d.rule === rule.id);
  const plain = (ds: { severity: string; row?: string; column?: string; expected?: number; actual?: number }[]) => ds.map((d) => [d.severity, d.row, d.column, d.expected, d.actual]);
  assert.deepStrictEqual(plain(mine), plain(findings.map((f) => ({ ...f, severity: f.severity ?? rule.severity }))), `${c.name} (.docx)`);
  findings.forEach((f, i) => {
    const r = rangeOf(f.at, built);
    const text = built.text.slice(r.start, r.end);
    if (text.trim()) assert.strictEqual(view.text.slice(mine[i].range.start, mine[i].range.end), text, `${c.name} (.docx): the finding's text`);
    assert.deepStrictEqual(mine[i].fix?.edits.map((e) => e.text), f.fix === undefined ? undefined : [f.fix], `${c.name} (.docx): the fix`);
  });
}

describe('rules: the cases beside each rule', () => {
  const all = loadCases();

  it('every rule has its case file, with cases that flag and cases that must not', () => {
    assert.deepStrictEqual(RULES.map((r) => r.id).filter((id) => !all.has(id)), [], 'rules without cases');
    assert.deepStrictEqual([...all.keys()].filter((id) => !RULES.some((r) => r.id === id)), [], 'cases for no rule');
    for (const [id, cs] of all) assert.ok(cs.valid.length && cs.invalid.length, `${id}: valid and invalid cases`);
  });

  for (const rule of RULES as Rule[]) {
    const cases = all.get(rule.id);
    if (!cases) continue;
    describe(rule.id, () => {
      for (const c of cases.valid) {
        it(`does not flag: ${c.name}`, () => {
          checkCase(rule, c, []);
          if (c.docx) checkDocxCase(rule, c, []);
        });
      }
      for (const c of cases.invalid) {
        it(`flags: ${c.name}`, () => {
          checkCase(rule, c, c.findings);
          if (c.docx) checkDocxCase(rule, c, c.findings);
        });
      }
    });
  }
});
