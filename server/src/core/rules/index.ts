// Written by `npm run generate` from the rule modules in this folder; do not edit.
import { balance } from './balance';
import { columnTotal } from './columnTotal';
import { litigationTotal } from './litigationTotal';
import { rowTotal } from './rowTotal';
import { table2Plausible } from './table2Plausible';
import { cellCount } from './cellCount';
import { cellInvalid } from './cellInvalid';
import { cellMissing } from './cellMissing';
import { rowLabel } from './rowLabel';
import { rowMissing } from './rowMissing';
import { sectionExtra } from './sectionExtra';
import { sectionMissing } from './sectionMissing';
import { sectionOrder } from './sectionOrder';
import { sectionTitle } from './sectionTitle';
import { tableMissing } from './tableMissing';
import { supersededTemplate } from './supersededTemplate';
import { templateVersion } from './templateVersion';
import { copiedText } from './copiedText';
import { partsExceedWhole } from './partsExceedWhole';
import { processingFee } from './processingFee';
import { reportYear } from './reportYear';
import { sectionFiveThin } from './sectionFiveThin';
import { textContradiction } from './textContradiction';
import { textTable2 } from './textTable2';
import { textTable3 } from './textTable3';
import { textTable4 } from './textTable4';
import { textTypo } from './textTypo';
import { carriedOver } from './carriedOver';
import { inForceCarried } from './inForceCarried';
import { repeatedText } from './repeatedText';
import { documentUnreadable } from './documentUnreadable';
import { structureUnreadableRule } from './structureUnreadable';
import { tableUnreadable } from './tableUnreadable';

/** Every rule, by category and id: the order their findings take at one position. */
export const RULES = [
  balance,
  columnTotal,
  litigationTotal,
  rowTotal,
  table2Plausible,
  cellCount,
  cellInvalid,
  cellMissing,
  rowLabel,
  rowMissing,
  sectionExtra,
  sectionMissing,
  sectionOrder,
  sectionTitle,
  tableMissing,
  supersededTemplate,
  templateVersion,
  copiedText,
  partsExceedWhole,
  processingFee,
  reportYear,
  sectionFiveThin,
  textContradiction,
  textTable2,
  textTable3,
  textTable4,
  textTypo,
  carriedOver,
  inForceCarried,
  repeatedText,
  documentUnreadable,
  structureUnreadableRule,
  tableUnreadable,
];

export type RuleId = (typeof RULES)[number]['id'];
