// The pure core: text → report model → rules → fixes. No vscode, no LSP, no fs, no process.
export * from './types';
export { analyseReport, check, checkReport, fixAll } from './check';
export type { CheckOptions, CheckResult, FixResult } from './check';
export { buildReport, expectedVersion } from './model/build';
export { tableEquations } from './model/equations';
export type { Equation } from './model/equations';
export { applyEdits, EditLog } from './fix/apply';
export { LineIndex, splitLines } from './text/lines';
export type { Position } from './text/lines';
export { RULES } from './rules';
export { looksLikeReport } from './detect';
export * from './features';
export { L } from './i18n/names';
export { RULE_IDS, SEVERITY_SETTINGS, isRuleId, isSeveritySetting, parseRuleSeverities } from './settings';
