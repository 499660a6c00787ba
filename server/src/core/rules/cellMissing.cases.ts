import type { Layout } from '../types';
import type { InvalidCase, RuleCases } from '../../../../test/support/ruleCases';

// Most cells are planted where the builder has 0 (5.属于三类内部事务信息 × 自然人, 复议后起诉 × 结果维持, …):
// the sums, which count a missing cell as 0, still hold, and cell-missing is the only finding.
const MARKERS = ['/', '—', '无', '-'];
/**
 * An empty cell's finding stands on the tab or pipe before it (Word, TSV) or, in Markdown (`|  |`), on the space
 * after it. The runner widens an empty builder key only to the tab or pipe before, so it cannot name the Markdown
 * place: blank cells are checked in Word and TSV.
 */
const BLANK_LAYOUTS: Layout[] = ['word', 'tsv'];

export const cases: RuleCases = {
  rule: 'cell-missing',
  valid: [
    { name: 'a consistent v2021 report', spec: { version: 'v2021' }, docx: true },
    { name: 'a consistent v2019 report', spec: { version: 'v2019' } },
    {
      name: 'a 0 written full-width, padded with NBSP, or behind a bookmark marker is a number',
      spec: { override: { '3:refused.5|natural': '０', '3:refused.5|commercial': '\u00a00\u00a0', '3:refused.5|total': '[bookmark: _GoBack]0' } },
    },
  ],
  invalid: [
    {
      name: 'a blank cell of table 3',
      layouts: BLANK_LAYOUTS,
      spec: { override: { '3:refused.5|natural': '' } },
      docx: true,
      findings: [{ at: '3:refused.5|natural', table: 3, row: 'refused.5', column: 'natural', message: /^表三“5\.属于三类内部事务信息 × 自然人”为空，应填数字；合计校验按 0 计算$/ }],
    },
    ...MARKERS.map((marker): InvalidCase => ({
      name: `"${marker}" where a 0 belongs`,
      spec: { override: { '3:refused.5|natural': marker } },
      findings: [{ at: '3:refused.5|natural', table: 3, row: 'refused.5', column: 'natural', message: new RegExp(`^表三“5\\.属于三类内部事务信息 × 自然人”填的是“${marker}”，应填数字；合计校验按 0 计算$`) }],
    })),
    {
      // The finding stands on the marker itself, not on the padding around it.
      name: 'a marker padded with NBSP: the finding is on the marker',
      spec: { override: { '3:refused.5|natural': '\u00a0—\u00a0' } },
      docx: true,
      findings: [{ at: { find: '—' }, table: 3, row: 'refused.5', column: 'natural', message: /填的是“—”/ }],
    },
    {
      // The blank breaks the sums too: （一） 10 + 0 = 10 ≠ 12 and 商业企业 0 ≠ 2; 2 in the blank is the repair.
      name: 'a blank cell that breaks the sums is reported with them',
      layouts: BLANK_LAYOUTS,
      spec: { override: { '3:granted|commercial': '' } },
      alsoFires: ['row-total', 'column-total'],
      findings: [{ at: '3:granted|commercial', table: 3, row: 'granted', column: 'commercial' }],
      fixed: { override: { '3:granted|commercial': '2' } },
    },
    {
      name: 'a blank cell of table 2',
      layouts: BLANK_LAYOUTS,
      spec: { override: { '2:licensing|0': '' } },
      docx: true,
      findings: [{ at: '2:licensing|0', table: 2, row: 'licensing', column: 'decisions', message: /^表二“行政许可 × 本年处理决定数量”为空，应填数字/ }],
    },
    {
      name: 'a blank cell of table 2 in v2019',
      layouts: BLANK_LAYOUTS,
      spec: { version: 'v2019', override: { '2:fees|1': '' } },
      findings: [{ at: '2:fees|1', table: 2, row: 'fees', column: 'change', message: /^表二“行政事业性收费 × 本年增\/减”为空/ }],
    },
    {
      name: 'a blank cell of table 4',
      layouts: BLANK_LAYOUTS,
      spec: { override: { '4:suit_after_review|upheld': '' } },
      docx: true,
      findings: [{ at: '4:suit_after_review|upheld', table: 4, row: 'suit_after_review', column: 'upheld', message: /^表四“行政诉讼·复议后起诉 × 结果维持”为空，应填数字/ }],
    },
  ],
};
