import * as assert from 'assert';
import { normalizeLabel } from '../../server/src/core/text/normalize';

describe('labels in the form they are compared in (normalizeLabel)', () => {
  it('drops padding, quote marks and bookmark markers; half-width punctuation full-width, full-width digits ASCII', () => {
    const cases: [string, string][] = [
      ['\t 一、本年新收政府信息公开申请数量\u3000', '一、本年新收政府信息公开申请数量'],
      ['“行政\u200b许可”', '行政许可'],
      ['[bookmark: _Toc1]（一）予以公开', '（一）予以公开'],
      ['[bookmark: 没有结尾', '[bookmark：没有结尾'],
      ['法人或其他组织(商业企业)', '法人或其他组织（商业企业）'],
      ['a,b:c;d!e?', 'a，b：c；d！e？'],
      ['１．属于国家秘密', '1.属于国家秘密'],
      ['２、属于国家秘密', '2.属于国家秘密'],
      ['一、总体情况', '一、总体情况'],
      ['2 、其他', '2.其他'],
      ['【注】', '【注】'],
      ['\ufeff', ''],
    ];
    assert.deepStrictEqual(cases.map(([text]) => normalizeLabel(text)), cases.map(([, form]) => form));
  });
});
