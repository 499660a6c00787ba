// A section heading of the report (三、收到和处理政府信息公开申请情况): it ends a table's region, while a row label
// numbered the same way (二、上年结转…, 四、结转下年度…) stands in it. Told apart by the template's section titles.
import { headingCandidate } from '../model/headings';
import { matchSectionTitle } from '../template/sections';

export function isSectionHeading(text: string): boolean {
  const h = headingCandidate(text);
  return h !== undefined && matchSectionTitle(h.title) !== undefined;
}
