import { normalizeLabel } from '../text/normalize';

export interface SectionTemplate {
  canonical: number;
  title: string;
  titleEn: string;
  variants: string[];
  /** Key words that identify the section when the title is worded otherwise. */
  keys: string[][];
  /** What the template expects in the section (hover on a heading). */
  expects: string;
  expectsEn: string;
}

export const SECTIONS: SectionTemplate[] = [
  {
    canonical: 1, title: '总体情况', titleEn: 'Overview',
    variants: ['概述', '政府信息公开总体情况', '基本情况'],
    keys: [['总体情况'], ['概述']],
    expects: '本年度政府信息公开工作的总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障。',
    expectsEn: 'The year\'s disclosure work in general: proactive disclosure, requests, information management, platforms, oversight.',
  },
  {
    canonical: 2, title: '主动公开政府信息情况', titleEn: 'Proactive disclosure',
    variants: ['行政机关主动公开政府信息情况'],
    keys: [['主动公开', '情况']],
    expects: '表二：第二十条第（一）（五）（六）（八）项（2019 版另有第（九）项）的主动公开数据。',
    expectsEn: 'Table 2: proactive-disclosure figures under Article 20 items (1), (5), (6), (8) (and (9) in the 2019 template).',
  },
  {
    canonical: 3, title: '收到和处理政府信息公开申请情况', titleEn: 'Requests received and handled',
    variants: ['行政机关收到和处理政府信息公开申请情况', '依申请公开政府信息情况'],
    keys: [['收到和处理'], ['依申请公开', '情况']],
    expects: '表三：收到和处理政府信息公开申请情况，本列数据满足“第一项加第二项之和，等于第三项加第四项之和”。',
    expectsEn: 'Table 3: requests received and handled; in every column, item 1 + item 2 = item 3 + item 4.',
  },
  {
    canonical: 4, title: '政府信息公开行政复议、行政诉讼情况', titleEn: 'Administrative review and litigation',
    variants: ['被申请行政复议、提起行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
    keys: [['行政复议', '行政诉讼']],
    expects: '表四：行政复议、行政诉讼情况，每组“总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结”。',
    expectsEn: 'Table 4: administrative review and litigation; in each group, total = upheld + corrected + other + pending.',
  },
  {
    canonical: 5, title: '存在的主要问题及改进情况', titleEn: 'Main problems and improvements',
    variants: ['存在的主要问题和改进情况', '政府信息公开工作存在的主要问题及改进情况', '信息公开工作存在的主要问题及改进情况'],
    keys: [['存在的主要问题'], ['问题', '改进']],
    expects: '本机关政府信息公开工作存在的主要问题，以及上一年度问题的改进情况。',
    expectsEn: 'The main problems of the body\'s disclosure work, and how last year\'s problems were addressed.',
  },
  {
    canonical: 6, title: '其他需要报告的事项', titleEn: 'Other matters to report',
    variants: ['其他需要报告事项'],
    keys: [['其他需要报告'], ['其他', '报告的事项']],
    expects: '其他需要报告的事项；2021 版模板起应说明信息处理费的收取情况。',
    expectsEn: 'Other matters; from the 2021 template on, whether information-processing fees were charged.',
  },
];

/** Sections that older reports insert; they are extra, not a sign of a missing one. */
export const KNOWN_EXTRA_SECTIONS = ['机构建设及组织保障情况', '机构建设和保障经费情况', '政府信息公开的收费及减免情况'];

export type TitleMatch = { section: SectionTemplate; match: 'official' | 'variant' | 'fuzzy' };

/** Official titles, variants and known extra titles, normalized once (index i belongs to SECTIONS[i]). */
const TITLES = SECTIONS.map((s) => normalizeLabel(s.title));
const VARIANTS = SECTIONS.map((s) => s.variants.map((v) => normalizeLabel(v)));
const EXTRA_TITLES = new Set(KNOWN_EXTRA_SECTIONS.map((s) => normalizeLabel(s)));

export function matchSectionTitle(title: string): TitleMatch | undefined {
  const t = normalizeLabel(title).replace(/[：:。]$/, '');
  for (let i = 0; i < SECTIONS.length; i++) if (t === TITLES[i]) return { section: SECTIONS[i], match: 'official' };
  for (let i = 0; i < SECTIONS.length; i++) if (VARIANTS[i].includes(t)) return { section: SECTIONS[i], match: 'variant' };
  if (t.length > 30) return undefined;
  for (const s of SECTIONS) if (s.keys.some((ks) => ks.every((k) => t.includes(k)))) return { section: s, match: 'fuzzy' };
  return undefined;
}

export function isKnownExtraSection(title: string): boolean {
  return EXTRA_TITLES.has(normalizeLabel(title));
}
