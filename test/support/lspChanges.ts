// Random LSP content changes as a careless client sends them: positions past a line's end (between a CR and its LF
// too), lines before the first and after the last, ranges whose end comes before their start, and text with every
// kind of line break. Drawn as numbers in [0, 1) and placed on the text they apply to, as randomEdits.ts does.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fraction as unit } from './fraction';
import { readReport, REPORT_FILES } from './reports';

export interface ChangeSpec {
  start: [number, number];
  /** Where the end is: near the start (either side), or anywhere. */
  end: [number, number];
  near: boolean;
  text: number[];
}

export interface LspChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

export const changeSpec: fc.Arbitrary<ChangeSpec> = fc.record({
  start: fc.tuple(unit, unit),
  end: fc.tuple(unit, unit),
  near: fc.boolean(),
  text: fc.array(unit, { maxLength: 3 }),
});

const PIECES = ['x', '中', '\n', '\r\n', '\r', '', '一、总体情况\n', '三、收到和处理政府信息公开申请情况\r\n', '\t12'];

const pick = <T>(xs: T[], f: number): T => xs[Math.min(xs.length - 1, Math.floor(f * xs.length))];

/** A line's length without its break (what a character may reach), or a few characters for a line that is not there. */
function lineLength(doc: TextDocument, line: number): number {
  if (line < 0 || line >= doc.lineCount) return 3;
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/(\r\n|\r|\n)$/, '').length;
}

/** A character on a line: before its start, inside, at its end, one past (between CR and LF on a CRLF line), or far past. */
function characterOn(doc: TextDocument, line: number, f: number): number {
  const len = lineLength(doc, line);
  if (f < 0.08) return -1;
  if (f < 0.55) return Math.floor(((f - 0.08) / 0.47) * (len + 1));
  if (f < 0.7) return len;
  if (f < 0.88) return len + 1;
  return len + 40;
}

/** Places a change description on a document: a range (maybe inverted, maybe out of the text) and its new text. */
export function placeChange(doc: TextDocument, spec: ChangeSpec): LspChange {
  const lines = doc.lineCount;
  const startLine = Math.floor(spec.start[0] * (lines + 3)) - 1;
  const endLine = spec.near ? startLine + Math.floor(spec.end[0] * 5) - 2 : Math.floor(spec.end[0] * (lines + 3)) - 1;
  return {
    range: { start: { line: startLine, character: characterOn(doc, startLine, spec.start[1]) }, end: { line: endLine, character: characterOn(doc, endLine, spec.end[1]) } },
    text: spec.text.map((f) => pick(PIECES, f)).join(''),
  };
}

const withBreaks = (text: string, eol: string) => (eol === '\n' ? text : text.replace(/\n/g, eol));

/** Small texts with every line break, and one or two real reports with LF, CRLF or CR line ends. */
export const baseText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom('ab', '中文', '\n', '\r\n', '\r', '一、总体情况', ''), { maxLength: 12 }).map((xs) => xs.join('')),
  fc.tuple(fc.array(fc.nat(REPORT_FILES.length - 1), { minLength: 1, maxLength: 2 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([ix, eol]) => withBreaks(ix.map((i) => readReport(REPORT_FILES[i])).join('\n'), eol)),
);

/**
 * The library's text after a change, in a document whose line table is made afresh. Its update keeps the text right
 * but not its line table when a range's lines lie past the last line: on an empty document, a line break put in at
 * lines 1 to 2 leaves it a table of [0, hole, 1], three lines for a text of two, and every position after it off.
 * A client never sends such a range with a line table of its own; the text is what the library is the reference for.
 */
export function libraryUpdate(doc: TextDocument, change: LspChange, version: number): TextDocument {
  TextDocument.update(doc, [change], version);
  return TextDocument.create(doc.uri, doc.languageId, version, doc.getText());
}
