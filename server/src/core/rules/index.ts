import type { Rule } from './rule';
import { rowTotal } from './rowTotal';
import { columnTotal } from './columnTotal';
import { balance } from './balance';
import { litigationTotal } from './litigationTotal';
import { sectionExtra, sectionMissing, sectionOrder, sectionTitle } from './sections';
import { rowMissing, tableMissing, templateVersion } from './tables';
import { cellCount, cellInvalid, cellMissing, rowLabel } from './cells';
import { documentUnreadable, structureUnreadableRule, tableUnreadable } from './unreadable';

/** Every rule, in the order their findings are listed for one position. */
export const RULES: Rule[] = [
  rowTotal,
  columnTotal,
  balance,
  litigationTotal,
  sectionMissing,
  sectionOrder,
  sectionExtra,
  sectionTitle,
  tableMissing,
  rowMissing,
  cellMissing,
  cellInvalid,
  cellCount,
  rowLabel,
  templateVersion,
  tableUnreadable,
  structureUnreadableRule,
  documentUnreadable,
];

export type { Rule, RuleContext } from './rule';
