import type { RuleCases } from '../../../../test/support/ruleCases';

// Slips in the running text: a word of two to four characters written twice running, two sentence marks running
// together, a bracket or quote with no partner in its section. Each case writes section 一 (or another section)
// over the builder's report; the builder's own text has none of these.
export const cases: RuleCases = {
  rule: 'text-typo',
  valid: [
    { name: 'the builder\'s report', spec: {}, docx: true },
    // One character twice is Chinese (常常, 看看); 一X一X is a reduplication; …… and —— are one mark each.
    { name: '常常, 看看, 一件一件, 一步一步, an ellipsis and a dash', spec: { sections: { 1: '本机关常常组织学习、看看效果，一件一件抓落实，一步一步推进公开、解读、回应……各项工作——稳步推进。' } } },
    {
      // The first line is over 16 characters and ends on 、: the prose joins it to the next, and the pair is whole.
      name: 'a bracket that a line break split',
      spec: { sections: { 2: '本年度主动公开政府信息（含政策文件、\n工作动态等）共计 120 条。' } },
    },
    {
      // A blank line (a page break) ends the paragraph; brackets still pair over the section.
      name: 'a book title split over two paragraphs of one section',
      spec: { sections: { 1: '本年度制定了《示例县政府信息公开\n\n工作制度》等制度。' } },
    },
    { name: 'a full-width bracket closed by a half-width one', spec: { sections: { 1: '依据《条例》（修订版)和“放管服”要求，推进工作。' } } },
    // 1）, 2), 三） number the items: closed without an opening bracket on purpose.
    { name: 'items numbered 1）, 2) and 三）', spec: { sections: { 1: '主要做法有：1）健全制度；2) 规范流程；三）强化监督。' } } },
    // 规范 (a verb) before 规范性文件 (a noun) is no slip: a doubled word followed by a character may begin a compound.
    { name: '规范规范性文件: the verb 规范 before the noun 规范性文件', spec: { sections: { 1: '本机关进一步规范规范性文件管理，做好政府信息公开工作。' } } },
    // 公开\n公开工作 is a slip, but the second 公开 runs on into 工作 as 规范 runs into 规范性文件: a doubled word followed
    // by a character is left alone (missed, not claimed).
    { name: 'a word written twice over a line break, running on into the next word', spec: { sections: { 1: '本年度本机关认真做好政府信息公开\n公开工作。' } } },
  ],
  invalid: [
    {
      name: 'a word written twice, doubled commas and full stops',
      spec: { sections: { 1: '本年度共收到政府信息公开申请申请，，工作稳步推进。。' } },
      findings: [
        { at: { find: '申请申请' }, message: /^“申请”重复：申请申请$/ },
        { at: { find: '，，' }, message: /^标点重复：“，，”$/ },
        { at: { find: '。。' }, message: /^标点重复：“。。”$/ },
      ],
    },
    {
      name: 'two different marks running together: 、、 and ；：',
      spec: { sections: { 1: '各部门、、各单位积极配合；：做好工作。' } },
      findings: [{ at: { find: '、、' }, message: /^标点重复：“、、”$/ }, { at: { find: '；：' }, message: /^标点重复：“；：”$/ }],
    },
    {
      name: 'a quote never closed',
      spec: { sections: { 1: '本年度开展“政务公开日活动，反响良好。' } },
      findings: [{ at: { find: '“' }, message: /^““”没有对应的“””$/ }],
    },
    {
      // 《 is open when （ closes, and the second ） finds 《 on top: it closes nothing; 《 is never closed. The
      // report's first 《 is the period line's (《中华人民共和国政府信息公开条例》); its first two ） are these.
      name: 'a book title never closed, and a bracket too many',
      spec: { sections: { 1: '依据《条例（修订）的规定，做好工作）。' } },
      findings: [
        { at: { find: '《', occurrence: 1 }, message: /^“《”没有对应的“》”$/ },
        { at: { find: '）', occurrence: 1 }, message: /^“）”前面没有对应的“（”$/ },
      ],
    },
    {
      // Pairs are per section: a ( opened in 一 is not closed by a ) in 五. Half-width brackets, which the
      // builder's text has nowhere else.
      name: 'a bracket opened in 一 and closed in 五: two findings',
      spec: { sections: { 1: '本年度开展专项行动(自1月起，全面梳理公开目录。', 5: '一是公开内容还不够全面)；二是解读形式较为单一。' } },
      findings: [{ at: { find: '(' }, message: /^“\(”没有对应的“\)”$/ }, { at: { find: ')' }, message: /^“\)”前面没有对应的“\(”$/ }],
    },
  ],
};
