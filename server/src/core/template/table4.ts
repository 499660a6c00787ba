import type { ColumnModel } from '../types';

export const TABLE4_TITLE = '政府信息公开行政复议、行政诉讼情况';

export const TABLE4_GROUPS = [
  { key: 'review', label: '行政复议', path: ['行政复议'], en: 'administrative review' },
  { key: 'suit_direct', label: '未经复议直接起诉', path: ['行政诉讼', '未经复议直接起诉'], en: 'litigation without prior review' },
  { key: 'suit_after_review', label: '复议后起诉', path: ['行政诉讼', '复议后起诉'], en: 'litigation after review' },
];

export const TABLE4_COLUMNS: (ColumnModel & { en: string })[] = [
  { key: 'upheld', label: '结果维持', en: 'upheld', kind: 'count' },
  { key: 'corrected', label: '结果纠正', en: 'corrected', kind: 'count' },
  { key: 'other', label: '其他结果', en: 'other result', kind: 'count' },
  { key: 'pending', label: '尚未审结', en: 'pending', kind: 'count' },
  { key: 'total', label: '总计', en: 'total', kind: 'count' },
];

/** Every header cell table 4 may show; a row made only of these (or blanks) is a header row. */
export const TABLE4_HEADER_WORDS = new Set([
  '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...TABLE4_COLUMNS.map((c) => c.label),
]);
