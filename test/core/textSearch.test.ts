import * as assert from 'assert';
import { buildReport } from '../../server/src/core';
import type { NameAt, PlaceName } from '../../server/src/core/places/gazetteer';
import { countyShortNames, namesIn, PLACES, placesOfBody } from '../../server/src/core/places/gazetteer';
import { matcherOf, matchesIn } from '../../server/src/core/text/matches';
import { proseOf, sentencesOf, sentencesWith } from '../../server/src/core/text/prose';
import { readReport, REPORT_FILES } from '../support/reports';

const reports = REPORT_FILES.map((name) => buildReport(readReport(name)));
const joinedProse = (i: number) => proseOf(reports[i]).map((p) => p.text).join('\n') + '\n';

const isHan = (c: number) => c >= 0x4e00 && c < 0xa000;

/**
 * namesIn by its definition: every occurrence of every short name, and of every full name but one of a single
 * character (the odd entries 县, 市辖区) after a Chinese character or at 0 (the index is by the last two characters),
 * sorted by place, the longest first, full names first.
 */
function namesByDefinition(text: string, shorts: readonly PlaceName[]): NameAt[] {
  const out: NameAt[] = [];
  const every = (name: PlaceName, where: (at: number) => boolean) => {
    for (let at = text.indexOf(name.text); at >= 0; at = text.indexOf(name.text, at + 1)) if (where(at)) out.push({ name, at });
  };
  for (const place of PLACES) every({ text: place.name, place, full: true }, (at) => place.name.length > 1 || (at > 0 && !isHan(text.charCodeAt(at - 1))));
  for (const name of shorts) every(name, () => true);
  return out.sort((x, y) => x.at - y.at || y.name.text.length - x.name.text.length || Number(y.name.full) - Number(x.name.full));
}

const key = (names: NameAt[]) => names.map((n) => `${n.at}:${n.name.text}:${n.name.place.code}:${n.name.full}`);

describe('text search: one pass for place names, searches that copy no pattern', () => {
  it('namesIn finds what a search for each name finds, on the real reports and their bodies', () => {
    reports.forEach((model, i) => {
      const own = placesOfBody(model.issuingBody!).filter((p) => p.level === 'county');
      const shorts = countyShortNames([...new Set(own.map((o) => o.parent!))]);
      assert.ok(shorts.names.length > 0);
      const text = joinedProse(i);
      assert.deepStrictEqual(key(namesIn(text, shorts)), key(namesByDefinition(text, shorts.names)));
      assert.deepStrictEqual(key(namesIn(model.issuingBody!)), key(namesByDefinition(model.issuingBody!, [])));
    });
  });

  it('namesIn finds short names that overlap, names inside names, and a short name at the end of the text', () => {
    const shorts = countyShortNames(['330200']);
    const text = '宁海县与江北仑，镇海曙光，象山县象山，县';
    assert.deepStrictEqual(key(namesIn(text, shorts)), key(namesByDefinition(text, shorts.names)));
    assert.ok(namesIn(text, shorts).some((n) => n.name.text === '北仑' && !n.name.full));
  });

  it('sentencesWith keeps the sentences that contain the word, in order', () => {
    reports.forEach((model) => {
      const sentences = proseOf(model).flatMap(sentencesOf);
      for (const word of ['其中', '处理费', '年', '申请', '不在文中的词']) assert.deepStrictEqual(sentencesWith(sentences, word), sentences.filter((s) => s.text.includes(word)));
    });
  });

  it('matchesIn and matcherOf give what matchAll gives, an empty match stepped over', () => {
    const texts = ['2021年度报告，2020年结转', '无年份', '', '2019年2020年2021年'];
    for (const re of [/((?:19|20)\d{2})\s*年(度)?/g, /年?/g, /(?=年)/g]) {
      const years = matcherOf(re);
      for (const t of texts) {
        const all = [...t.matchAll(re)].map((m) => [m.index, ...m]);
        assert.deepStrictEqual(matchesIn(t, re).map((m) => [m.index, ...m]), all);
        assert.deepStrictEqual(years(t).map((m) => [m.index, ...m]), all);
      }
    }
  });
});
