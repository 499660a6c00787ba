// Random edits of report texts, as a writer makes them: for the property test of incremental parsing and for the
// benchmark's longer run. An edit is drawn as numbers in [0, 1) and placed on the text it applies to, so one
// description fits whatever the text has become after the edits before it.
import fc from 'fast-check';
import { fraction } from './fraction';
import { readReport, REPORT_FILES } from './reports';

export type EditKind =
  | 'type-digit' | 'delete-char' | 'type-cjk' | 'insert-line' | 'delete-line' | 'delete-heading'
  | 'paste-table' | 'delete-block' | 'paste-report' | 'crlf' | 'split-line';

export interface EditSpec {
  kind: EditKind;
  /** Where, as a fraction of the candidates. */
  at: number;
  /** What, as a fraction of the choices (snippet, length, source). */
  what: number;
}

export interface ConcreteEdit {
  start: number;
  end: number;
  text: string;
}

const KINDS: EditKind[] = ['type-digit', 'delete-char', 'type-cjk', 'insert-line', 'delete-line', 'delete-heading', 'paste-table', 'delete-block', 'paste-report', 'crlf', 'split-line'];

const CJK = ['政府信息公开', '年度报告', '。', '，', '（二）', '本年', '行政复议', '总计', '一、', '报', '\u3000', '２', '/'];
const LINES = [
  '某某县人民政府办公室2022年政府信息公开工作年度报告',
  '某某县人民政府办公室',
  '信息公开工作年度报告',
  '一、总体情况',
  '三、收到和处理政府信息公开申请情况',
  '六、其他需要报告的事项',
  '四、政府信息公开行政复议、行政诉讼情况',
  '第二十条第（一）项',
  '\t本年新收政府信息公开申请数量',
  '12',
  '',
  '| 总计 | 1 | 2 |',
  '2022年1月20日',
];

export const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  kind: fc.constantFrom(...KINDS),
  at: fraction,
  what: fraction,
});

/**
 * Base documents: one real report, or two or three of them one after another, joined by a line break or as `cat`
 * joins files (003 ends without a line break: the next report's first line is glued to its last).
 */
export const baseDocument: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.nat(REPORT_FILES.length - 1), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([ix, cat]) => ix.map((i) => readReport(REPORT_FILES[i])).join(cat ? '' : '\n'));

const pick = <T>(xs: T[], f: number): T => xs[Math.min(xs.length - 1, Math.floor(f * xs.length))];

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) out.push(i + 1);
  }
  return out;
}

function lineEnd(text: string, start: number): number {
  let e = start;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return e;
}

function breakEnd(text: string, end: number): number {
  if (text[end] === '\r' && text[end + 1] === '\n') return end + 2;
  return end < text.length ? end + 1 : end;
}

/** Places an edit description on a text. */
export function placeEdit(text: string, spec: EditSpec): ConcreteEdit {
  const n = text.length;
  const pos = Math.floor(spec.at * (n + 1));
  switch (spec.kind) {
    case 'type-digit': {
      // Next to a digit, as when correcting a number in a cell; anywhere if the text has none.
      const digits: number[] = [];
      for (let i = 0; i < n && digits.length < 4000; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) digits.push(i);
      const at = digits.length ? pick(digits, spec.at) + 1 : pos;
      return { start: at, end: at, text: String(Math.floor(spec.what * 10)) };
    }
    case 'delete-char':
      return { start: Math.min(pos, n), end: Math.min(pos + 1, n), text: '' };
    case 'type-cjk':
      return { start: pos, end: pos, text: pick(CJK, spec.what) };
    case 'insert-line': {
      const at = pick(lineStarts(text), spec.at);
      return { start: at, end: at, text: pick(LINES, spec.what) + (spec.what < 0.5 ? '\n' : '\r\n') };
    }
    case 'delete-line': {
      const at = pick(lineStarts(text), spec.at);
      return { start: at, end: breakEnd(text, lineEnd(text, at)), text: '' };
    }
    case 'delete-heading': {
      const headings = lineStarts(text).filter((s) => /^\s*[一二三四五六七八九十1-9]\s*[、.．]/.test(text.slice(s, s + 6)));
      if (!headings.length) return { start: pos, end: pos, text: '' };
      const at = pick(headings, spec.at);
      return { start: at, end: breakEnd(text, lineEnd(text, at)), text: '' };
    }
    case 'paste-table': {
      // A table (or any run of lines) copied from a real report, pasted at a line start.
      const source = readReport(pick(REPORT_FILES, spec.what));
      const starts = lineStarts(source);
      const from = pick(starts, spec.what);
      const to = starts[Math.min(starts.length - 1, starts.indexOf(from) + 5 + Math.floor(spec.what * 120))];
      const at = pick(lineStarts(text), spec.at);
      return { start: at, end: at, text: source.slice(from, Math.max(from, to)) };
    }
    case 'delete-block': {
      const starts = lineStarts(text);
      const i = Math.floor(spec.at * starts.length);
      const j = Math.min(starts.length - 1, i + 1 + Math.floor(spec.what * 150));
      return { start: starts[Math.min(i, starts.length - 1)], end: j > i ? starts[j] : n, text: '' };
    }
    case 'paste-report': {
      const at = pick(lineStarts(text), spec.at);
      return { start: at, end: at, text: readReport(pick(REPORT_FILES, spec.what)) + '\n' };
    }
    case 'crlf': {
      // Turn an LF into CRLF, a CRLF into LF, or insert a lone CR.
      const i = text.indexOf('\n', pos);
      if (i < 0) return { start: pos, end: pos, text: '\r' };
      if (spec.what < 0.4) return text[i - 1] === '\r' ? { start: i - 1, end: i, text: '' } : { start: i, end: i, text: '\r' };
      return spec.what < 0.7 ? { start: i, end: i + 1, text: '\r\n' } : { start: pos, end: pos, text: '\r' };
    }
    case 'split-line':
      return { start: pos, end: pos, text: spec.what < 0.5 ? '\n' : '\r\n' };
  }
}

export function applyEdit(text: string, e: ConcreteEdit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}
