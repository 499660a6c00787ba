import type { RuleId, SeveritySetting } from './types';
import { RULES } from './rules';

/** Every rule id, in the order the rules run. */
export const RULE_IDS: RuleId[] = RULES.map((r) => r.id);
export const SEVERITY_SETTINGS: SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export const isRuleId = (id: string): id is RuleId => (RULE_IDS as string[]).includes(id);
export const isSeveritySetting = (s: unknown): s is SeveritySetting => typeof s === 'string' && (SEVERITY_SETTINGS as string[]).includes(s);

/**
 * Per-rule severities from an editor setting or the command line, one schema for both; unknown rules and values
 * are returned separately so each front end can say so in its own way.
 */
export function parseRuleSeverities(raw: Record<string, unknown>): { rules: Partial<Record<RuleId, SeveritySetting>>; rejected: string[] } {
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  const rejected: string[] = [];
  for (const [id, value] of Object.entries(raw)) {
    if (isRuleId(id) && isSeveritySetting(value)) rules[id] = value;
    else rejected.push(`${id}=${String(value)}`);
  }
  return { rules, rejected };
}
