import type { ColumnModel, TemplateVersion } from '../types';

export const TABLE3_TITLE = '收到和处理政府信息公开申请情况';

export const TABLE3_COLUMNS: (ColumnModel & { en: string })[] = [
  { key: 'natural', label: '自然人', en: 'natural persons', kind: 'count' },
  { key: 'commercial', label: '商业企业', en: 'commercial enterprises', kind: 'count' },
  { key: 'research', label: '科研机构', en: 'research institutions', kind: 'count' },
  { key: 'nonprofit', label: '社会公益组织', en: 'non-profit organisations', kind: 'count' },
  { key: 'legal', label: '法律服务机构', en: 'legal service institutions', kind: 'count' },
  { key: 'other', label: '其他', en: 'others', kind: 'count' },
  { key: 'total', label: '总计', en: 'total', kind: 'count' },
];

export interface Table3Row {
  key: string;
  /** Official label, numbering included. */
  label: string;
  en: string;
  /** Group (（三）不予公开 …) for sub-items; the numbering prefix of the label itself. */
  group?: string;
  versions: TemplateVersion[];
  /** Result rows （一）…（六） add up to （七）总计. */
  result: boolean;
  variants?: string[];
  /** The template's counting note, shown on hover. */
  note?: string;
  noteEn?: string;
}

export const TABLE3_GROUPS: Record<string, { label: string; en: string }> = {
  results: { label: '三、本年度办理结果', en: 'III. Results this year' },
  refused: { label: '（三）不予公开', en: '(3) Not disclosed' },
  unable: { label: '（四）无法提供', en: '(4) Cannot be provided' },
  not_processed: { label: '（五）不予处理', en: '(5) Not processed' },
  other: { label: '（六）其他处理', en: '(6) Other handling' },
};

const both: TemplateVersion[] = ['v2019', 'v2021'];
const sub = (group: string, items: [string, string][], versions = both): Table3Row[] =>
  items.map(([label, en], i) => ({ key: `${group}.${i + 1}`, label: `${i + 1}.${label}`, en, group, versions, result: true }));

export const TABLE3_ROWS: Table3Row[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', en: 'I. New requests received this year', versions: both, result: false, variants: ['一、本年新收到政府信息公开申请数量'] },
  { key: 'carried_in', label: '二、上年结转政府信息公开申请数量', en: 'II. Requests carried over from last year', versions: both, result: false, variants: ['二、上年转结政府信息公开申请数量'] },
  { key: 'granted', label: '（一）予以公开', en: '(1) Disclosed', group: 'results', versions: both, result: true },
  {
    key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', en: '(2) Partly disclosed', group: 'results', versions: both, result: true,
    note: '区分处理的，只计这一情形，不计其他情形。', noteEn: 'A request handled in parts counts here only, not under any other result.',
  },
  ...sub('refused', [
    ['属于国家秘密', 'state secret'],
    ['其他法律行政法规禁止公开', 'barred by other laws and regulations'],
    ['危及“三安全一稳定”', 'endangers security or stability'],
    ['保护第三方合法权益', 'protects third-party rights'],
    ['属于三类内部事务信息', 'internal affairs'],
    ['属于四类过程性信息', 'process information'],
    ['属于行政执法案卷', 'enforcement case files'],
    ['属于行政查询事项', 'administrative inquiry matters'],
  ]),
  ...sub('unable', [
    ['本机关不掌握相关政府信息', 'not held by this body'],
    ['没有现成信息需要另行制作', 'would have to be newly produced'],
    ['补正后申请内容仍不明确', 'still unclear after correction'],
  ]),
  ...sub('not_processed', [
    ['信访举报投诉类申请', 'petitions, reports and complaints'],
    ['重复申请', 'repeated requests'],
    ['要求提供公开出版物', 'requests for published material'],
    ['无正当理由大量反复申请', 'mass repeated requests without reason'],
    ['要求行政机关确认或重新出具已获取信息', 'requests to confirm or reissue information already obtained'],
  ]),
  { key: 'other', label: '（六）其他处理', en: '(6) Other handling', group: 'results', versions: ['v2019'], result: true },
  ...sub('other', [
    ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'applicant did not correct in time'],
    ['申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'applicant did not pay the fee in time'],
    ['其他', 'other'],
  ], ['v2021']),
  { key: 'total', label: '（七）总计', en: '(7) Total', group: 'results', versions: both, result: false },
  { key: 'carried_out', label: '四、结转下年度继续办理', en: 'IV. Carried over to next year', versions: both, result: false, variants: ['四、转结下年度继续办理'] },
];

export const TABLE3_ROW_BY_KEY = new Map(TABLE3_ROWS.map((r) => [r.key, r]));
/** A row's place in TABLE3_ROWS, by its key. */
export const TABLE3_ROW_INDEX = new Map(TABLE3_ROWS.map((r, i) => [r.key, i]));

export function table3RowsFor(version: TemplateVersion): Table3Row[] {
  return TABLE3_ROWS.filter((r) => r.versions.includes(version));
}
