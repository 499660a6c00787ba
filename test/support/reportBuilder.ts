// Builds complete reports in any of the three layouts from numbers, recording where every cell lands, so that
// tests can plant an error in one cell and assert findings at exact offsets.
import { TABLE3_ROWS, table3RowsFor } from '../../server/src/core/template/table3';
import type { Layout, TemplateVersion } from '../../server/src/core/types';

export type Table3Data = Record<string, number[]>;

export interface BuiltReport {
  text: string;
  /** Offsets of a cell's text: table 3 `row|column`, table 4 `group|column`, table 2 `row|column`. */
  cells: Map<string, { start: number; end: number }>;
  labels: Map<string, { start: number; end: number }>;
}

export interface ReportSpec {
  layout: Layout;
  version?: TemplateVersion;
  year?: number;
  body?: string;
  /** Cell text overrides: key `3:row|column` (or `4:group|column`, `2:row|column`) → text as written. */
  override?: Record<string, string>;
  /** Row label overrides: key `3:row`. */
  label?: Record<string, string>;
  /** Section headings to leave out or replace: index 1..6 → heading line or null. */
  headings?: Record<number, string | null>;
  /**
   * Text written after a section's heading, a line for each '\n' ('' writes none): for 一 instead of `body`, for 五
   * and 六 instead of the builder's line; for 二, 三 and 四 before the table.
   */
  sections?: Partial<Record<1 | 2 | 3 | 4 | 5 | 6, string>>;
  eol?: '\n' | '\r\n';
  bom?: boolean;
}

const COLS3 = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'];
const GROUPS4 = ['review', 'suit_direct', 'suit_after_review'];
const COLS4 = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** A consistent table 3: result rows, their column sums as （七）, 一 and 二 chosen so the balance holds. */
export function consistentTable3(version: TemplateVersion): Table3Data {
  const data: Table3Data = {};
  const results = table3RowsFor(version).filter((r) => r.result);
  results.forEach((r, i) => {
    const six = [i % 5 === 0 ? 10 + i : i % 3, i === 0 ? 2 : 0, 0, i === 3 ? 1 : 0, 0, i % 4 === 1 ? 1 : 0];
    data[r.key] = [...six, six.reduce((a, b) => a + b, 0)];
  });
  const total = COLS3.map((_, c) => results.reduce((s, r) => s + data[r.key][c], 0));
  data.total = total;
  data.carried_out = [3, 0, 0, 0, 0, 1, 4];
  data.carried_in = [2, 0, 0, 0, 0, 0, 2];
  data.new = total.map((t, c) => t + data.carried_out[c] - data.carried_in[c]);
  return data;
}

export function buildReportText(spec: ReportSpec, data: Table3Data = consistentTable3(spec.version ?? 'v2021')): BuiltReport {
  const version = spec.version ?? 'v2021';
  const year = spec.year ?? (version === 'v2021' ? 2022 : 2020);
  const eol = spec.eol ?? '\n';
  const w = new Writer(eol);
  if (spec.bom) w.raw('\ufeff');
  w.line(`示例县人民政府办公室${year}年政府信息公开工作年度报告`);
  w.blank();
  w.line(`本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自${year}年1月1日起至${year}年12月31日止。`);
  const heading = (n: number, text: string) => {
    const h = spec.headings?.[n];
    if (h === null) return;
    w.line(h ?? text);
  };
  /** A section's text as the spec gives it, else the builder's own line (none for 二, 三, 四). */
  const sectionText = (n: 1 | 2 | 3 | 4 | 5 | 6, own?: string) => {
    const given = spec.sections?.[n];
    if (given === undefined) {
      if (own !== undefined) w.line(own);
    } else if (given !== '') for (const l of given.split('\n')) w.line(l);
  };
  heading(1, '一、总体情况');
  sectionText(1, spec.body ?? `${year}年，本机关认真贯彻落实《条例》，政府信息公开工作稳步推进。`);
  heading(2, '二、主动公开政府信息情况');
  sectionText(2);
  table2(w, spec, version);
  heading(3, '三、收到和处理政府信息公开申请情况');
  sectionText(3);
  table3(w, spec, version, data);
  heading(4, '四、政府信息公开行政复议、行政诉讼情况');
  sectionText(4);
  table4(w, spec);
  heading(5, '五、存在的主要问题及改进情况');
  sectionText(5, '一是公开内容还不够全面；二是解读形式较为单一。');
  heading(6, '六、其他需要报告的事项');
  sectionText(6, '本机关本年度未收取信息处理费。');
  return { text: w.text, cells: w.cells, labels: w.labels };
}

class Writer {
  text = '';
  cells = new Map<string, { start: number; end: number }>();
  labels = new Map<string, { start: number; end: number }>();
  constructor(private readonly eol: string) {}
  raw(s: string) { this.text += s; }
  line(s: string) { this.text += s + this.eol; }
  blank() { this.text += this.eol; }

  /** Writes one row in the layout; `keys[i]` names cell i for the position map. */
  row(layout: Layout, cells: string[], keys: (string | undefined)[] = [], labelKey?: { index: number; key: string }) {
    const record = (i: number, start: number) => {
      const k = keys[i];
      if (k) this.cells.set(k, { start, end: start + cells[i].length });
      if (labelKey && labelKey.index === i) this.labels.set(labelKey.key, { start, end: start + cells[i].length });
    };
    if (layout === 'word') {
      cells.forEach((c, i) => {
        this.text += '\t';
        record(i, this.text.length);
        this.line(c);
      });
      this.blank();
    } else if (layout === 'tsv') {
      cells.forEach((c, i) => {
        if (i) this.text += '\t';
        record(i, this.text.length);
        this.text += c;
      });
      this.blank_();
    } else {
      this.text += '|';
      cells.forEach((c, i) => {
        this.text += ' ';
        record(i, this.text.length);
        this.text += c + ' |';
      });
      this.blank_();
    }
  }
  private blank_() { this.text += this.eol; }
  separator(layout: Layout, n: number) {
    if (layout === 'markdown') this.line('|' + ' --- |'.repeat(n));
  }
  end(layout: Layout) {
    if (layout !== 'word') this.blank();
  }
}

function cellText(spec: ReportSpec, key: string, value: number | string): string {
  return spec.override?.[key] ?? String(value);
}

function table2(w: Writer, spec: ReportSpec, version: TemplateVersion) {
  const L = spec.layout;
  const sub = (caption: string, header: string[], rows: [string, string, number[]][]) => {
    w.row(L, [caption]);
    w.separator(L, 1);
    w.row(L, ['信息内容', ...header]);
    for (const [key, label, values] of rows) {
      const cols = header.map((_, i) => `2:${key}|${i}`);
      w.row(L, [label, ...values.map((v, i) => cellText(spec, cols[i], v))], [undefined, ...cols]);
    }
  };
  if (version === 'v2021') {
    sub('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], [['regulations', '规章', [0, 0, 0]], ['normative', '行政规范性文件', [3, 1, 25]]]);
    sub('第二十条第（五）项', ['本年处理决定数量'], [['licensing', '行政许可', [120]]]);
    sub('第二十条第（六）项', ['本年处理决定数量'], [['penalty', '行政处罚', [45]], ['enforcement', '行政强制', [2]]]);
    sub('第二十条第（八）项', ['本年收费金额（单位：万元）'], [['fees', '行政事业性收费', [12.5]]]);
  } else {
    sub('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], [['regulations', '规章', [0, 0, 0]], ['normative', '规范性文件', [3, 3, 25]]]);
    sub('第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['licensing', '行政许可', [80, -2, 120]], ['other_services', '其他对外管理服务事项', [10, 1, 30]]]);
    sub('第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['penalty', '行政处罚', [40, 0, 45]], ['enforcement', '行政强制', [5, 0, 2]]]);
    sub('第二十条第（八）项', ['上一年项目数量', '本年增/减'], [['fees', '行政事业性收费', [6, 0]]]);
    sub('第二十条第（九）项', ['采购项目数量', '采购总金额'], [['procurement', '政府集中采购', [4, 56.8]]]);
  }
  w.end(L);
}

function table3(w: Writer, spec: ReportSpec, version: TemplateVersion, data: Table3Data) {
  const L = spec.layout;
  const width = L === 'word' ? 0 : 10;
  const pad = (cells: string[]) => (width ? [...cells, ...Array(Math.max(0, width - cells.length)).fill('')] : cells);
  w.row(L, pad(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']));
  w.separator(L, width || 2);
  w.row(L, pad(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']));
  w.row(L, pad(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']));
  let lastGroup: string | undefined;
  for (const r of TABLE3_ROWS.filter((x) => x.versions.includes(version))) {
    const values = data[r.key];
    const keys = COLS3.map((c) => `3:${r.key}|${c}`);
    const nums = values.map((v, i) => cellText(spec, keys[i], v));
    const label = spec.label?.[`3:${r.key}`] ?? r.label;
    let lead: string[];
    if (!r.group) lead = [label, '', ''];
    else if (r.group === 'results') lead = [r.key === 'granted' ? '三、本年度办理结果' : '', label, ''];
    else lead = ['', lastGroup === r.group ? '' : groupLabel(r.group), label];
    lastGroup = r.group;
    w.row(L, [...lead, ...nums], [undefined, undefined, undefined, ...keys], { index: lead.lastIndexOf(label), key: `3:${r.key}` });
  }
  w.end(L);
}

function groupLabel(g: string): string {
  return { refused: '（三）不予公开', unable: '（四）无法提供', not_processed: '（五）不予处理', other: '（六）其他处理' }[g] ?? g;
}

/** Table 4 with its header in three rows, then the 15 numbers; values make every group add up. */
export const TABLE4_VALUES = [2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];

function table4(w: Writer, spec: ReportSpec) {
  const L = spec.layout;
  w.row(L, ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', '']);
  w.separator(L, 15);
  w.row(L, ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '']);
  w.row(L, [...GROUPS4.flatMap(() => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'])]);
  const keys = GROUPS4.flatMap((g) => COLS4.map((c) => `4:${g}|${c}`));
  w.row(L, TABLE4_VALUES.map((v, i) => cellText(spec, keys[i], v)), keys);
  w.end(L);
}
