import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { readReport, REPORT_FILES } from '../support/reports';

/** The repository root (this file runs as out/test/grammar/grammar.test.js). */
const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'govreport.tmLanguage.json');
const LANGUAGE_CONFIGURATION_PATH = path.join(ROOT, 'syntaxes', 'language-configuration.json');
const WASM_PATH = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
const SCOPE = 'text.govreport';

interface Token {
  text: string;
  start: number;
  /** End offset, clamped to the line (vscode-textmate tokenizes the line plus a "\n" and may end a token after it). */
  end: number;
  /** End offset as vscode-textmate gave it. */
  rawEnd: number;
  scopes: string[];
}

interface TokenizedLine {
  text: string;
  tokens: Token[];
  stoppedEarly: boolean;
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** Loads onig.wasm from node_modules (no network) and the grammar from syntaxes/, once. */
function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    await oniguruma.loadWASM(readFileSync(WASM_PATH));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === SCOPE ? vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar(SCOPE);
    if (!grammar) throw new Error(`grammar ${SCOPE} did not load`);
    return grammar;
  })();
  return grammarPromise;
}

/** Tokenizes lines in order, carrying the rule stack from line to line as the editor does. */
function tokenizeLines(grammar: vsctm.IGrammar, lines: readonly string[]): TokenizedLine[] {
  let state = vsctm.INITIAL;
  return lines.map((text) => {
    const result = grammar.tokenizeLine(text, state);
    state = result.ruleStack;
    return {
      text,
      stoppedEarly: result.stoppedEarly,
      tokens: result.tokens.map((t) => ({
        text: text.slice(t.startIndex, t.endIndex),
        start: t.startIndex,
        end: Math.min(t.endIndex, text.length),
        rawEnd: t.endIndex,
        scopes: t.scopes,
      })),
    };
  });
}

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** A report file, tokenized as a whole. */
const documents = new Map<string, TokenizedLine[]>();

/** The tokenized line of a report whose text is exactly `text` (the first such line). */
function reportLine(file: string, text: string): TokenizedLine {
  const doc = documents.get(file);
  assert.ok(doc, `${file} was tokenized`);
  const line = doc.find((l) => l.text === text);
  assert.ok(line, `${file} has the line ${JSON.stringify(text)}`);
  return line;
}

/** The tokenized line of a report that starts with `prefix`. */
function reportLineStartingWith(file: string, prefix: string): TokenizedLine {
  const doc = documents.get(file);
  assert.ok(doc, `${file} was tokenized`);
  const line = doc.find((l) => l.text.startsWith(prefix));
  assert.ok(line, `${file} has a line starting with ${JSON.stringify(prefix)}`);
  return line;
}

/** The grammar, loaded in the `before` hook. */
let grammar: vsctm.IGrammar;

/** Tokenizes `line` after a line of prose, so that nothing at the top of a file applies to it. */
function inBody(line: string): TokenizedLine {
  return tokenizeLines(grammar, ['根据《条例》编制本报告。', line])[1];
}

/** The `occurrence`-th token whose text is exactly `text`. */
function token(line: TokenizedLine, text: string, occurrence = 0): Token {
  const found = line.tokens.filter((t) => t.text === text);
  assert.ok(
    found.length > occurrence,
    `no token ${JSON.stringify(text)} in ${JSON.stringify(line.text)}; tokens: ${JSON.stringify(line.tokens.map((t) => [t.text, t.scopes.slice(1)]))}`,
  );
  return found[occurrence];
}

/** Asserts that the token `text` exists and that its innermost scope is `scope`. */
function expectScope(line: TokenizedLine, text: string, scope: string, occurrence = 0): Token {
  const t = token(line, text, occurrence);
  assert.strictEqual(t.scopes[t.scopes.length - 1], scope, `innermost scope of ${JSON.stringify(text)}: ${JSON.stringify(t.scopes)}`);
  return t;
}

/** All scopes of all tokens of a line. */
function allScopes(line: TokenizedLine): string[] {
  return line.tokens.flatMap((t) => t.scopes);
}

function expectNoScopeStartingWith(line: TokenizedLine, ...prefixes: string[]): void {
  for (const scope of allScopes(line)) {
    for (const prefix of prefixes) assert.ok(!scope.startsWith(prefix), `${JSON.stringify(line.text)} has scope ${scope}`);
  }
}

const NUMBER = 'constant.numeric.cell.govreport';
const SEPARATOR = 'punctuation.separator.cell.govreport';
const TITLE = 'markup.heading.title.govreport';
const SECTION = 'markup.heading.section.govreport';
const SUBSECTION = 'markup.heading.subsection.govreport';
const CAPTION = 'entity.name.section.caption.govreport';
const ROW_LABEL = 'entity.name.tag.row-label.govreport';
const COLUMN_HEADER = 'entity.other.attribute-name.column-header.govreport';
const TOTAL_LABEL = 'markup.bold.total.govreport';
const TOTAL_KEYWORD = 'keyword.other.total.govreport';
const BOOKMARK = 'comment.block.bookmark.govreport';
const MISSING = 'invalid.illegal.missing-cell.govreport';
const UNIT = 'keyword.other.unit.govreport';
const TABLE = 'meta.table.govreport';

const R000 = '000_686a82e6f5c2a14f.txt';
const R001 = '001_5f52f77d1e58bc3f.txt';
const R002 = '002_0b0fce05247e3def.txt';
const R003 = '003_1ad31af01008103e.txt';
const R004 = '004_46deb1f51ba2e893.txt';

describe('TextMate grammar text.govreport', () => {
  before(async () => {
    grammar = await loadGrammar();
    for (const file of REPORT_FILES) documents.set(file, tokenizeLines(grammar, splitLines(readReport(file))));
  });

  describe('files', () => {
    it('the grammar is JSON with scopeName text.govreport', () => {
      const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string; patterns: unknown[] };
      assert.strictEqual(raw.scopeName, SCOPE);
      assert.ok(raw.patterns.length > 0);
    });

    it('the language configuration pairs the CJK brackets and has a word pattern for CJK text and numbers', () => {
      const config = JSON.parse(readFileSync(LANGUAGE_CONFIGURATION_PATH, 'utf8')) as {
        brackets: [string, string][];
        autoClosingPairs: { open: string; close: string }[];
        surroundingPairs: [string, string][];
        wordPattern: string;
        comments?: unknown;
      };
      for (const pair of [['（', '）'], ['(', ')'], ['「', '」'], ['“', '”'], ['《', '》']]) {
        assert.ok(config.brackets.some(([o, c]) => o === pair[0] && c === pair[1]), `bracket ${pair.join('')}`);
        assert.ok(config.autoClosingPairs.some(({ open, close }) => open === pair[0] && close === pair[1]), `auto-closing ${pair.join('')}`);
        assert.ok(config.surroundingPairs.some(([o, c]) => o === pair[0] && c === pair[1]), `surrounding ${pair.join('')}`);
      }
      assert.strictEqual(config.comments, undefined, 'the format has no comments');
      const words = (s: string) => [...s.matchAll(new RegExp(config.wordPattern, 'g'))].map((m) => m[0]);
      assert.deepStrictEqual(words('（七）总计 170 -3 12.5万元'), ['七', '总计', '170', '-3', '12.5', '万元']);
    });
  });

  describe('title', () => {
    it('the two title lines at the top of 000 (body name, then 信息公开工作年度报告)', () => {
      expectScope(reportLine(R000, '2021年度宁海县政务服务办公室'), '2021年度宁海县政务服务办公室', TITLE);
      expectScope(reportLine(R000, '信息公开工作年度报告'), '信息公开工作年度报告', TITLE);
    });

    it('the title after blank lines at the top of 001 and 003, and on line 1 of 004', () => {
      expectScope(reportLine(R001, '宁波市象山县人民政府办公室'), '宁波市象山县人民政府办公室', TITLE);
      expectScope(reportLine(R001, '2020年政府信息公开工作年度报告'), '2020年政府信息公开工作年度报告', TITLE);
      expectScope(reportLine(R002, '2021年度政府信息公开工作年度报告'), '2021年度政府信息公开工作年度报告', TITLE);
      const t = expectScope(reportLine(R003, '宁陵县人民政府办公室2021年政府信息公开工作年度报告'), '宁陵县人民政府办公室2021年政府信息公开工作年度报告', TITLE);
      assert.deepStrictEqual(t.scopes, [SCOPE, TITLE]);
      expectScope(reportLine(R004, '宁海县桃源街道2020年政府信息公开年度报告'), '宁海县桃源街道2020年政府信息公开年度报告', TITLE);
    });

    it('a title in the body and a Markdown # title', () => {
      expectScope(inBody('某某区人民政府2022年政府信息公开工作年报'), '某某区人民政府2022年政府信息公开工作年报', TITLE);
      const md = tokenizeLines(grammar, ['# 某某县人民政府办公室2022年政府信息公开工作年度报告', '', '## 一、总体情况'])[0];
      assert.deepStrictEqual(token(md, '#').scopes, [SCOPE, TITLE, 'punctuation.definition.heading.govreport']);
      expectScope(md, ' 某某县人民政府办公室2022年政府信息公开工作年度报告', TITLE);
    });

    it('the prose under the title is not a title, though it names the report', () => {
      const prose = reportLineStartingWith(R000, '根据《中华人民共和国政府信息公开条例》');
      assert.ok(prose.text.includes('信息公开工作年度报告'));
      expectNoScopeStartingWith(prose, 'markup.heading');
      expectNoScopeStartingWith(reportLineStartingWith(R002, '本年度报告根据'), 'markup.heading');
    });
  });

  describe('section headings', () => {
    it('一、总体情况 and 二、主动公开政府信息情况', () => {
      const t = expectScope(reportLine(R000, '一、总体情况'), '一、总体情况', SECTION);
      assert.deepStrictEqual(t.scopes, [SCOPE, SECTION]);
      expectScope(reportLine(R000, '二、主动公开政府信息情况'), '二、主动公开政府信息情况', SECTION);
      expectScope(reportLine(R001, '四、政府信息公开行政复议、行政诉讼情况'), '四、政府信息公开行政复议、行政诉讼情况', SECTION);
      expectScope(reportLine(R002, '六、其他需要报告的事项'), '六、其他需要报告的事项', SECTION);
    });

    it('Word auto-numbering rendered as digits: 1、 总体情况, 5、 机构建设及组织保障情况', () => {
      expectScope(reportLine(R001, '1、 总体情况'), '1、 总体情况', SECTION);
      expectScope(reportLine(R004, '2、 主动公开政府信息情况'), '2、 主动公开政府信息情况', SECTION);
      expectScope(reportLine(R004, '5、 机构建设及组织保障情况'), '5、 机构建设及组织保障情况', SECTION);
    });

    it('a Markdown ## section heading', () => {
      const line = inBody('## 二、主动公开政府信息情况');
      assert.deepStrictEqual(token(line, '##').scopes, [SCOPE, SECTION, 'punctuation.definition.heading.govreport']);
      expectScope(line, ' 二、主动公开政府信息情况', SECTION);
    });

    it('a prose sentence that starts with a year is neither a heading nor a number', () => {
      const line = reportLineStartingWith(R000, '2021年，县政务服务办');
      expectNoScopeStartingWith(line, 'markup.heading', 'constant.numeric');
      assert.deepStrictEqual(line.tokens.map((t) => t.scopes), [[SCOPE]]);
    });

    it('一是加强… is not a heading', () => {
      const line = reportLineStartingWith(R000, '一是加强信息发布审查');
      expectNoScopeStartingWith(line, 'markup.heading');
      expectNoScopeStartingWith(inBody('一是加强组织领导'), 'markup.heading');
    });

    it('a long numbered sentence 1、 人员力量有待加强。目前，… is not a section heading', () => {
      const line = reportLineStartingWith(R004, '1、 人员力量有待加强。目前，');
      expectNoScopeStartingWith(line, 'markup.heading');
      expectNoScopeStartingWith(reportLineStartingWith(R004, '1、设置专人负责政府信息公开工作'), 'markup.heading');
      expectNoScopeStartingWith(reportLineStartingWith(R004, '2、 经办人员对政府信息公开工作业务不够熟悉'), 'markup.heading');
    });
  });

  describe('sub-headings', () => {
    it('（二）…, （1） … and （4） … on lines of their own, commas allowed', () => {
      expectScope(reportLine(R000, '（二）依法办理依申请公开，政府信息公开更趋透明'), '（二）依法办理依申请公开，政府信息公开更趋透明', SUBSECTION);
      expectScope(reportLine(R000, '（1） 推进主动公开，政府信息公开更趋高效'), '（1） 推进主动公开，政府信息公开更趋高效', SUBSECTION);
      expectScope(reportLine(R000, '（4） 立足“线上+线下”两推进，公开渠道更趋多元'), '（4） 立足“线上+线下”两推进，公开渠道更趋多元', SUBSECTION);
      expectScope(reportLine(R004, '（一）主动公开'), '（一）主动公开', SUBSECTION);
    });

    it('a run-in sub-heading: (一) 主动公开方面。 is the heading, the sentence after it is not', () => {
      const line = reportLineStartingWith(R003, '(一) 主动公开方面。2021年');
      const heading = expectScope(line, '(一) 主动公开方面。', SUBSECTION);
      assert.strictEqual(heading.start, 0);
      const rest = line.tokens.filter((t) => t !== heading);
      assert.ok(rest.length > 0);
      for (const t of rest) assert.deepStrictEqual(t.scopes, [SCOPE]);
      expectScope(reportLineStartingWith(R002, '（一）主动公开。2021年'), '（一）主动公开。', SUBSECTION);
    });

    it('1.… at the start of a short line, and ### （二）… in Markdown', () => {
      expectScope(inBody('1.加强组织领导'), '1.加强组织领导', SUBSECTION);
      expectScope(inBody('### （二）依申请公开'), ' （二）依申请公开', SUBSECTION);
    });

    it('a long numbered sentence 1.完善组织领导，…。一是… is not a sub-heading, and 2.0 in prose is not a number', () => {
      expectNoScopeStartingWith(reportLineStartingWith(R001, '1.完善组织领导，落实责任分工。'), 'markup.heading');
      expectNoScopeStartingWith(reportLineStartingWith(R000, '以政务服务2.0为导向'), 'markup.heading', 'constant.numeric');
    });
  });

  describe('Word-export cells (\\t<cell>)', () => {
    it('the caption 第二十条第（一）项', () => {
      const line = reportLine(R000, '\t第二十条第（一）项');
      assert.deepStrictEqual(token(line, '\t').scopes, [SCOPE, TABLE, SEPARATOR]);
      assert.deepStrictEqual(token(line, '第二十条第（一）项').scopes, [SCOPE, TABLE, CAPTION]);
    });

    it('row labels: 一、本年新收…, （三）不予公开, 1.属于国家秘密, 行政许可, 规章, 四、结转下年度继续办理', () => {
      expectScope(reportLine(R000, '\t一、本年新收政府信息公开申请数量'), '一、本年新收政府信息公开申请数量', ROW_LABEL);
      expectScope(reportLine(R000, '\t（三）不予公开'), '（三）不予公开', ROW_LABEL);
      expectScope(reportLine(R000, '\t1.属于国家秘密'), '1.属于国家秘密', ROW_LABEL);
      expectScope(reportLine(R000, '\t行政许可'), '行政许可', ROW_LABEL);
      expectScope(reportLine(R000, '\t规章'), '规章', ROW_LABEL);
      expectScope(reportLine(R000, '\t四、结转下年度继续办理'), '四、结转下年度继续办理', ROW_LABEL);
      expectScope(reportLine(R000, '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）'), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ROW_LABEL);
    });

    it('column headers: 自然人, 本年制发件数, and the first half of a wrapped header (商业 / 企业)', () => {
      expectScope(reportLine(R000, '\t自然人'), '自然人', COLUMN_HEADER);
      expectScope(reportLine(R000, '\t本年制发件数'), '本年制发件数', COLUMN_HEADER);
      expectScope(reportLine(R002, '\t商业'), '商业', COLUMN_HEADER);
    });

    it('the total row label （七）总计, and the 总计 column header', () => {
      const line = reportLine(R000, '\t（七）总计');
      assert.deepStrictEqual(token(line, '（七）').scopes, [SCOPE, TABLE, TOTAL_LABEL]);
      assert.deepStrictEqual(token(line, '总计').scopes, [SCOPE, TABLE, TOTAL_LABEL, TOTAL_KEYWORD]);
      assert.deepStrictEqual(token(reportLine(R000, '\t总计'), '总计').scopes, [SCOPE, TABLE, TOTAL_LABEL, TOTAL_KEYWORD]);
    });

    it('a number cell: 170', () => {
      const line = reportLine(R001, '\t170');
      assert.deepStrictEqual(line.tokens.map((t) => t.text), ['\t', '170']);
      assert.deepStrictEqual(token(line, '170').scopes, [SCOPE, TABLE, NUMBER]);
    });

    it('a number after a [bookmark: _GoBack] marker', () => {
      const line = reportLine(R000, '\t[bookmark: _GoBack]0');
      assert.deepStrictEqual(line.tokens.map((t) => t.text), ['\t', '[bookmark: _GoBack]', '0']);
      expectScope(line, '[bookmark: _GoBack]', BOOKMARK);
      expectScope(line, '0', NUMBER);
    });

    it('numbers padded with NBSP (U+00A0) before or after', () => {
      const before = reportLine(R002, '\t\u00a00');
      assert.deepStrictEqual(before.tokens.map((t) => t.text), ['\t', '\u00a0', '0']);
      assert.deepStrictEqual(token(before, '\u00a0').scopes, [SCOPE, TABLE]);
      assert.deepStrictEqual(token(before, '0').scopes, [SCOPE, TABLE, NUMBER]);
      const after = reportLine(R002, '\t0\u00a0');
      expectScope(after, '0', NUMBER);
      assert.deepStrictEqual(token(after, '\u00a0').scopes, [SCOPE, TABLE]);
    });

    it('full-width digits, signs, decimals, thousands and units', () => {
      expectScope(inBody('\t１２'), '１２', NUMBER);
      expectScope(inBody('\t+3'), '+3', NUMBER);
      expectScope(inBody('\t-1'), '-1', NUMBER);
      expectScope(inBody('\t0.2500'), '0.2500', NUMBER);
      expectScope(inBody('\t1,234'), '1,234', NUMBER);
      const money = inBody('\t12.5 万元');
      expectScope(money, '12.5', NUMBER);
      expectScope(money, '万元', UNIT);
      expectScope(inBody('\t300元'), '元', UNIT);
      expectScope(reportLine(R004, '\t万元'), '万元', UNIT);
    });

    it('cells that are not numbers: 2021年, 本年增/减, 2.0版', () => {
      expectNoScopeStartingWith(inBody('\t2021年'), 'constant.numeric');
      expectNoScopeStartingWith(reportLine(R001, '\t本年增/减'), 'constant.numeric', 'invalid');
      expectNoScopeStartingWith(inBody('\t2.0版'), 'constant.numeric');
    });

    it('missing cells: ——, /, —, -, 无', () => {
      expectScope(reportLine(R004, '\t——'), '——', MISSING);
      for (const cell of ['/', '／', '—', '-', '无']) expectScope(inBody(`\t${cell}`), cell, MISSING);
      expectNoScopeStartingWith(reportLine(R000, '\t（四）无法提供'), 'invalid');
    });

    it('an empty cell is just a separator', () => {
      const doc = documents.get(R000);
      assert.ok(doc);
      const empty = doc.find((l) => l.text === '\t');
      assert.ok(empty);
      assert.deepStrictEqual(empty.tokens.map((t) => [t.text, t.scopes]), [['\t', [SCOPE, TABLE, SEPARATOR]]]);
    });
  });

  describe('tab-separated rows (003)', () => {
    it('规章\\t0\\t0\\t0', () => {
      const line = reportLine(R003, '规章\t0\t0\t0');
      assert.deepStrictEqual(
        line.tokens.map((t) => [t.text, t.scopes[t.scopes.length - 1]]),
        [['规章', ROW_LABEL], ['\t', SEPARATOR], ['0', NUMBER], ['\t', SEPARATOR], ['0', NUMBER], ['\t', SEPARATOR], ['0', NUMBER]],
      );
    });

    it('the caption row 第二十条第(一)项 with empty trailing cells', () => {
      const line = reportLine(R003, '第二十条第(一)项\t\t\t');
      expectScope(line, '第二十条第(一)项', CAPTION);
      assert.strictEqual(line.tokens.filter((t) => t.text === '\t' && t.scopes.includes(SEPARATOR)).length, 3);
      expectScope(reportLine(R003, '第二十条第(五)项\t\t\t'), '第二十条第(五)项', CAPTION);
    });

    it('(七) 总计 followed by an extra empty column and the numbers', () => {
      const line = reportLine(R003, '(七) 总计\t\t14\t0\t0\t0\t0\t0\t0\t14');
      expectScope(line, '(七) ', TOTAL_LABEL);
      expectScope(line, '总计', TOTAL_KEYWORD);
      expectScope(line, '14', NUMBER, 0);
      expectScope(line, '14', NUMBER, 1);
      assert.strictEqual(line.tokens.filter((t) => t.scopes.includes(NUMBER)).length, 8);
    });

    it('a row of numbers only, and a row with a group label and a sub-item label', () => {
      const numbers = reportLine(R003, '0\t0\t0\t0\t0\t0\t2\t0\t0\t2\t0\t0\t0\t0\t0');
      assert.strictEqual(numbers.tokens.filter((t) => t.scopes.includes(NUMBER)).length, 15);
      assert.strictEqual(numbers.tokens.filter((t) => t.scopes.includes(SEPARATOR)).length, 14);
      const labels = reportLineStartingWith(R003, '(三) 不予公开\t1.属于国家秘密\t');
      expectScope(labels, '(三) 不予公开', ROW_LABEL);
      expectScope(labels, '1.属于国家秘密', ROW_LABEL);
    });
  });

  describe('Markdown pipe tables', () => {
    it('a data row: | （七）总计 | 170 | 0 | / | 12.5万元 |', () => {
      const line = inBody('| （七）总计 | 170 | 0 | / | 12.5万元 |');
      assert.deepStrictEqual(token(line, '|').scopes, [SCOPE, TABLE, SEPARATOR]);
      assert.strictEqual(line.tokens.filter((t) => t.text === '|' && t.scopes.includes(SEPARATOR)).length, 6);
      expectScope(line, '（七）', TOTAL_LABEL);
      expectScope(line, '总计', TOTAL_KEYWORD);
      assert.deepStrictEqual(token(line, '170').scopes, [SCOPE, TABLE, NUMBER]);
      expectScope(line, '0', NUMBER);
      expectScope(line, '/', MISSING);
      expectScope(line, '12.5', NUMBER);
      expectScope(line, '万元', UNIT);
    });

    it('a header row, a caption row and a label row', () => {
      const header = inBody('| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |');
      expectScope(header, '信息内容', COLUMN_HEADER);
      expectScope(header, '现行有效件数', COLUMN_HEADER);
      expectScope(inBody('| 第二十条第（八）项 | | |'), '第二十条第（八）项', CAPTION);
      const row = inBody('| 行政规范性文件 | ５ | - | 无 |');
      expectScope(row, '行政规范性文件', ROW_LABEL);
      expectScope(row, '５', NUMBER);
      expectScope(row, '-', MISSING);
      expectScope(row, '无', MISSING);
    });

    it('the delimiter row is not a row of missing cells', () => {
      const line = inBody('|---|:---:|---:|');
      expectNoScopeStartingWith(line, 'invalid', 'constant');
      expectScope(line, ':---:', 'punctuation.definition.table.delimiter.govreport');
      expectScope(line, '|', SEPARATOR);
    });
  });

  describe('bookmarks', () => {
    it('[bookmark: _GoBack] before a paragraph', () => {
      const line = reportLineStartingWith(R001, '[bookmark: _GoBack]本年度报告根据');
      const t = expectScope(line, '[bookmark: _GoBack]', BOOKMARK);
      assert.deepStrictEqual(t.scopes, [SCOPE, BOOKMARK]);
      assert.strictEqual(t.start, 0);
    });
  });

  describe('every line of the real reports', () => {
    it('tokenizes every line of all five reports into tokens that tile the line', () => {
      for (const file of REPORT_FILES) {
        const doc = documents.get(file);
        assert.ok(doc);
        assert.ok(doc.length > 50, `${file} has lines`);
        doc.forEach((line, i) => {
          const where = `${file}:${i + 1}`;
          assert.strictEqual(line.stoppedEarly, false, where);
          assert.ok(line.tokens.length > 0, where);
          assert.strictEqual(line.tokens[0].start, 0, where);
          for (let k = 0; k < line.tokens.length; k++) {
            const t = line.tokens[k];
            assert.strictEqual(t.scopes[0], SCOPE, where);
            // At most the "\n" that vscode-textmate appends to every line lies beyond the line's own text.
            assert.ok(t.rawEnd - t.start <= line.text.length + 1, `${where}: token longer than its line`);
            assert.ok(t.rawEnd <= line.text.length + 1, `${where}: token past the end of its line`);
            if (line.text.length > 0) assert.ok(t.end > t.start, `${where}: empty token`);
            if (k > 0) assert.strictEqual(t.start, line.tokens[k - 1].end, `${where}: tokens are contiguous`);
          }
          assert.strictEqual(line.tokens[line.tokens.length - 1].end, line.text.length, `${where}: tokens reach the end of the line`);
        });
      }
    });

    it('every number cell of table 3 in 001 is a number token', () => {
      const doc = documents.get(R001);
      assert.ok(doc);
      const cells = doc.filter((l) => /^\t\d+$/.test(l.text));
      assert.ok(cells.length > 100);
      for (const cell of cells) assert.deepStrictEqual(cell.tokens.map((t) => t.scopes[t.scopes.length - 1]), [SEPARATOR, NUMBER], cell.text);
    });
  });
});
