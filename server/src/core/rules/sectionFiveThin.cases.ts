import type { RuleCases } from '../../../../test/support/ruleCases';

// Section 五 must say what the problems were and how they are remedied: empty, 无, or one sentence under 40
// characters is too little. The builder's 五 is two sentences (一是…；二是…。, 23 characters): enough.
const HEADING5 = '五、存在的主要问题及改进情况';
/** The template's request, at the end of the 无 and one-sentence messages. */
const ASKS = '：模板要求说明存在的主要问题及改进情况$';

export const cases: RuleCases = {
  rule: 'section-five-thin',
  valid: [
    { name: 'two short sentences (一是…；二是…): the builder\'s 五', spec: {} },
    // 本年度政府信息公开工作存在的主要问题是政策解读的形式仍然比较单一，下一步将加强。 is 40 characters.
    { name: 'one sentence of exactly 40 characters', spec: { sections: { 5: '本年度政府信息公开工作存在的主要问题是政策解读的形式仍然比较单一，下一步将加强。' } } },
    // 无 stands as a part of a longer text, not as all of it.
    { name: '无 as one sentence among others', spec: { sections: { 5: '无重大问题。一是公开内容还不够全面；二是解读形式较为单一。' } } },
    // Without 五 there is nothing to be thin: section-missing says it (五's line then stands in 四).
    { name: 'no section 五', spec: { headings: { 5: null } }, alsoFires: ['section-missing'] },
  ],
  invalid: [
    {
      name: '五 with no text: at its heading',
      spec: { sections: { 5: '' } },
      findings: [{ at: { find: HEADING5 }, message: /^第五部分“存在的主要问题及改进情况”没有内容$/ }],
    },
    { name: '五 says only 无。', spec: { sections: { 5: '无。' } }, findings: [{ at: { find: '无。' }, message: new RegExp(`^第五部分只写了“无。”${ASKS}`) }] },
    { name: '五 says only 暂无', spec: { sections: { 5: '暂无' } }, findings: [{ at: { find: '暂无' }, message: new RegExp(`^第五部分只写了“暂无”${ASKS}`) }] },
    {
      // 本年度工作存在一些不足，将认真改进。 is 18 characters, one sentence (a comma does not end one).
      name: 'one short sentence',
      spec: { sections: { 5: '本年度工作存在一些不足，将认真改进。' } },
      findings: [{ at: { find: '本年度工作存在一些不足，将认真改进。' }, message: new RegExp(`^第五部分只有一句话（18 字）${ASKS}`) }],
    },
    {
      // 39 characters: one under the limit.
      name: 'one sentence of 39 characters',
      spec: { sections: { 5: '本年度政府信息公开工作存在的主要问题是政策解读的形式还比较单一，下一步将加强。' } },
      findings: [{ at: { find: '本年度政府信息公开工作存在的主要问题是政策解读的形式还比较单一，下一步将加强。' }, message: /只有一句话（39 字）/ }],
    },
    {
      // The first line (20 characters, no closing mark) was broken at the page's width: one sentence of
      // 20 + 8 = 28 characters, reported over both lines.
      name: 'one short sentence a line break split',
      spec: { sections: { 5: '本年度我办政府信息公开工作还存在一些不足\n今后将持续改进。' } },
      findings: [{ at: { find: '本年度我办政府信息公开工作还存在一些不足\n今后将持续改进。' }, message: /只有一句话（28 字）/ }],
    },
  ],
};
