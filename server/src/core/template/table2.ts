import type { ColumnModel, TemplateVersion } from '../types';

export const TABLE2_TITLE = '主动公开政府信息情况';

export interface Table2Column extends ColumnModel {
  en: string;
  /** Other header wordings that mean this column. */
  variants?: string[];
}

export interface Table2Sub {
  /** Item of Article 20: 1, 5, 6, 8, 9. */
  item: number;
  caption: string;
  columns: Table2Column[];
  rows: { key: string; label: string; en: string; variants?: string[] }[];
}

const v2019Projects: Table2Column[] = [
  { key: 'prev_items', label: '上一年项目数量', en: 'items last year', kind: 'count' },
  { key: 'change', label: '本年增/减', en: 'change this year', kind: 'signed' },
  { key: 'decisions', label: '处理决定数量', en: 'decisions', kind: 'count' },
];

export const TABLE2_SCHEMA: Record<TemplateVersion, Table2Sub[]> = {
  v2019: [
    {
      item: 1, caption: '第二十条第（一）项',
      columns: [
        { key: 'new_made', label: '本年新制作数量', en: 'newly made this year', kind: 'count' },
        { key: 'new_published', label: '本年新公开数量', en: 'newly published this year', kind: 'count' },
        { key: 'total_published', label: '对外公开总数量', en: 'total published', kind: 'count' },
      ],
      rows: [
        { key: 'regulations', label: '规章', en: 'rules' },
        { key: 'normative', label: '规范性文件', en: 'normative documents' },
      ],
    },
    {
      item: 5, caption: '第二十条第（五）项', columns: v2019Projects,
      rows: [
        { key: 'licensing', label: '行政许可', en: 'administrative licensing' },
        { key: 'other_services', label: '其他对外管理服务事项', en: 'other external services' },
      ],
    },
    {
      item: 6, caption: '第二十条第（六）项', columns: v2019Projects,
      rows: [
        { key: 'penalty', label: '行政处罚', en: 'administrative penalties' },
        { key: 'enforcement', label: '行政强制', en: 'administrative enforcement' },
      ],
    },
    {
      item: 8, caption: '第二十条第（八）项', columns: v2019Projects.slice(0, 2),
      rows: [{ key: 'fees', label: '行政事业性收费', en: 'administrative fees' }],
    },
    {
      item: 9, caption: '第二十条第（九）项',
      columns: [
        { key: 'purchase_items', label: '采购项目数量', en: 'procurement items', kind: 'count' },
        { key: 'purchase_amount', label: '采购总金额', en: 'procurement amount', kind: 'amount' },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购', en: 'centralised procurement' }],
    },
  ],
  v2021: [
    {
      item: 1, caption: '第二十条第（一）项',
      columns: [
        { key: 'issued', label: '本年制发件数', en: 'issued this year', kind: 'count' },
        { key: 'repealed', label: '本年废止件数', en: 'repealed this year', kind: 'count' },
        { key: 'in_force', label: '现行有效件数', en: 'in force', kind: 'count' },
      ],
      rows: [
        { key: 'regulations', label: '规章', en: 'rules' },
        { key: 'normative', label: '行政规范性文件', en: 'administrative normative documents' },
      ],
    },
    {
      item: 5, caption: '第二十条第（五）项',
      columns: [{ key: 'decisions', label: '本年处理决定数量', en: 'decisions this year', kind: 'count' }],
      rows: [{ key: 'licensing', label: '行政许可', en: 'administrative licensing' }],
    },
    {
      item: 6, caption: '第二十条第（六）项',
      columns: [{ key: 'decisions', label: '本年处理决定数量', en: 'decisions this year', kind: 'count' }],
      rows: [
        { key: 'penalty', label: '行政处罚', en: 'administrative penalties' },
        { key: 'enforcement', label: '行政强制', en: 'administrative enforcement' },
      ],
    },
    {
      item: 8, caption: '第二十条第（八）项',
      columns: [{ key: 'fee_amount', label: '本年收费金额（单位：万元）', en: 'fees this year (10,000 yuan)', kind: 'amount' }],
      rows: [{ key: 'fees', label: '行政事业性收费', en: 'administrative fees' }],
    },
  ],
};

/** Header words that only one version has. */
export const TABLE2_MARKERS: Record<TemplateVersion, string[]> = {
  v2019: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项', '处理决定数量', '采购项目数量'],
  v2021: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
};
