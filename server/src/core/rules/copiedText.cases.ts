import type { RuleCase, RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';

// Signs of a report copied from another body's: a place that is neither the issuing body's (read from the title)
// nor above it, and 区 wording in a 县's report (or the reverse). The builder's title names 示例县, no place: each
// case writes a real body into it. The places (GB/T 2260): 宁波市 (浙江省) has 海曙区, 江北区, 北仑区, 镇海区,
// 鄞州区, 奉化区, 象山县, 宁海县, 余姚市, 慈溪市; 安吉县 and 义乌市 are of other prefectures (湖州, 金华); 成县 is in
// 甘肃, 老城区 in 洛阳; 淮安市 has 淮安区, 淮阴区, 清江浦区, 洪泽区, 涟水县, 盱眙县, 金湖县. The rule reads the
// text only, so one layout (Word) is enough.

const XIANGSHAN = '宁波市象山县人民政府办公室';
const BEILUN = '北仑区人民政府办公室';

/** The builder's Word report with section 一's text, under a title of `body`. */
function report(body: string, section1: string): string {
  const { text } = buildReportText({ layout: 'word', sections: { 1: section1 } });
  return text.replace(/^示例县人民政府办公室/, body);
}

const county = (name: string, section1: string): RuleCase => ({ name, text: report(XIANGSHAN, section1) });

const place = (name: string, body = XIANGSHAN) => new RegExp(`^“${name}”不是本报告机关（${body}）所在的地方，也不是其上级：可能是从其他单位的报告中照搬的文字$`);
const wording = (text: string, body: string, kind: string, other: string) => new RegExp(`^“${text}”是${other}一级的说法，而本报告机关（${body}）属于${kind}：可能是从其他单位的报告中照搬的文字$`);

export const cases: RuleCases = {
  rule: 'copied-text',
  valid: [
    county('the body\'s own places and those above it, in full and short', '浙江省、宁波市部署的各项任务在象山落地见效，象山县政务公开工作稳步推进，宁波各地经验在象山推广。'),
    // Working with another place names it rightly; 区 of 奉化区 is no wording of a district.
    county('a neighbour in sentences about working with it', '本机关与奉化区签订政务公开合作协议，组织干部赴北仑区学习。'),
    // Each 区政府 / 区委 follows a word it belongs to (社区, 园区, 开发区, 景区, 城区): no district's wording.
    county('社区, 园区, 开发区, 景区, 城区 before 区政府 and 区委', '在各社区政府信息公开栏、工业园区政府信息公开专栏张贴公开目录；经济开发区政府信息公开工作纳入统一管理；景区委托第三方维护公开网页；城区政府信息查阅点运行良好。'),
    // 成县 stands in 形成县府办, and a one-character county's name (成) is no short name; 县府办 is a county's word.
    county('a one-character county inside a word: 形成县府办', '形成县府办牵头、各部门配合的工作格局。'),
    // 宁波市场 and 义乌市场 are markets: a full name followed by 场 is another word (and 义乌 alone, a far place's short name, is none).
    county('宁波市场, 义乌市场', '推动特色农产品进入宁波市场和义乌市场。'),
    county('a far county by its short name only', '安吉白茶作为特色农产品信息予以公开。'),
    // 老城区 (the old town) is a common word before it is 洛阳's district: a name of place words alone is no place.
    county('老城区, the old town', '老城区改造项目信息及时公开。'),
    // 区政府 is 奉化区's, named just before it: a cooperation sentence's places still hold their own wording.
    county('a neighbour\'s government in a sentence about working with it', '本机关与奉化区政府签订政务公开合作协议。'),
    { name: 'a district\'s report naming 县级以上人民政府 (the 条例\'s words)', text: report(BEILUN, '根据《条例》规定，县级以上人民政府部门应当依法公开政府信息；县级以上地方人民政府办公厅（室）是本行政区域的政府信息公开工作主管部门。') },
    { name: 'a district\'s report: 本区 and 各区县政府', text: report(BEILUN, '本区积极配合市政府开展各区县政府信息公开工作考评。') },
    // A prefecture names its districts and counties rightly; only a county-level body's own places are checked.
    { name: 'a prefecture\'s report naming its districts and counties, 全区 and 全县', text: report('淮安市人民政府办公室', '淮阴区、清江浦区、洪泽区、涟水县、盱眙县和金湖县政务公开工作稳步推进，全区全县一盘棋。') },
    { name: 'a body whose title names no known place (the builder\'s 示例县)', spec: { sections: { 1: '奉化区、安吉县政务公开工作经验在全区推广。' } } },
  ],
  invalid: [
    {
      name: 'a sibling county by its short name',
      text: report(XIANGSHAN, '2022年，本机关在奉化文化广场开展政务公开日活动。'),
      findings: [{ at: { find: '奉化' }, message: place('奉化') }],
    },
    {
      name: 'a sibling county by its full name',
      text: report(XIANGSHAN, '宁海县政务公开专区建成投用。'),
      findings: [{ at: { find: '宁海县' }, message: place('宁海县') }],
    },
    {
      // 安吉县 holds 吉县 (山西): a name inside another is none.
      name: 'a far county by its full name',
      text: report(XIANGSHAN, '安吉县政务公开专区建成投用。'),
      findings: [{ at: { find: '安吉县' }, message: place('安吉县') }],
    },
    {
      // The first line is 22 characters and ends on 奉: the prose joins it to the next, and the name is whole.
      name: 'a sibling\'s short name over a line break',
      text: report(XIANGSHAN, '本年度本机关组织开展政务公开日活动，地点在奉\n化文化广场，反响良好。'),
      findings: [{ at: { find: '奉\n化' }, message: place('奉化') }],
    },
    {
      // 区政府 stands inside 北仑区政府: one finding, for the place.
      name: 'a sibling district\'s government: the place, not also its 区政府',
      text: report(XIANGSHAN, '北仑区政府信息公开工作稳步推进。'),
      findings: [{ at: { find: '北仑区' }, message: place('北仑区') }],
    },
    {
      name: '全区 and 区政府 in a county\'s report',
      text: report(XIANGSHAN, '全区各部门认真落实《条例》要求；区政府常务会议专题研究政务公开工作。'),
      findings: [
        { at: { find: '全区' }, message: wording('全区', XIANGSHAN, '县', '区') },
        { at: { find: '区政府' }, message: wording('区政府', XIANGSHAN, '县', '区') },
      ],
    },
    {
      name: '全县, 县政府 and 县委 in a district\'s report',
      text: report(BEILUN, '全县政务公开工作稳步推进，县政府、县委办公室部署的工作按时完成。'),
      findings: [
        { at: { find: '全县' }, message: wording('全县', BEILUN, '区', '县') },
        { at: { find: '县政府' }, message: wording('县政府', BEILUN, '区', '县') },
        { at: { find: '县委' }, message: wording('县委', BEILUN, '区', '县') },
      ],
    },
    {
      // For 北仑区 a sibling is 象山县, by its short name.
      name: 'a district\'s report naming a sibling county',
      text: report(BEILUN, '在象山文化广场开展政务公开日活动。'),
      findings: [{ at: { find: '象山' }, message: place('象山', BEILUN) }],
    },
    {
      // The title with the year first: the body is what stands before 政府信息公开.
      name: 'a title with the year before the body',
      text: buildReportText({ layout: 'word', sections: { 1: '在奉化文化广场开展政务公开日活动。' } }).text.replace(/^示例县人民政府办公室2022年/, `2022年${XIANGSHAN}`),
      findings: [{ at: { find: '奉化' }, message: place('奉化') }],
    },
  ],
};
