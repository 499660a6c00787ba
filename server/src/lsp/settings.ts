import { DEFAULT_REPEATED_SHARE, parseRuleSeverities } from '../core';
import type { Lang, RuleId, SeveritySetting } from '../core';
import { DEFAULT_MAX_PROBLEMS } from './limit';

/** The extension's settings as the server uses them (package.json `contributes.configuration` declares them). */
export interface Settings {
  /** `auto` follows the editor's display language (Chinese unless it is English). */
  messageLanguage: 'auto' | 'zh' | 'en';
  rules: Partial<Record<RuleId, SeveritySetting>>;
  inlayHints: boolean;
  detect: 'auto' | 'off';
  /** The most diagnostics one publish carries (see limit.ts). */
  maxProblems: number;
  /** Percent of a section's sentences repeated from last year's report over which it is reported. */
  repeatedText: number;
  /** Check every report file of the workspace, open or not, and keep them checked (workspaceCheck.ts). */
  workspaceCheck: boolean;
}

const DEFAULT_SETTINGS_REPEATED = DEFAULT_REPEATED_SHARE * 100;

export const DEFAULT_SETTINGS: Settings = {
  messageLanguage: 'auto', rules: {}, inlayHints: true, detect: 'auto', maxProblems: DEFAULT_MAX_PROBLEMS, repeatedText: DEFAULT_SETTINGS_REPEATED,
  workspaceCheck: false,
};

export function resolveLang(setting: Settings['messageLanguage'], displayLanguage: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Reads settings from whatever the client sent, keeping only values that make sense. */
export function parseSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const { rules } = parseRuleSeverities(o.rules && typeof o.rules === 'object' ? (o.rules as Record<string, unknown>) : {});
  const hints = o.inlayHints as { enabled?: unknown } | boolean | undefined;
  return {
    messageLanguage: o.messageLanguage === 'zh' || o.messageLanguage === 'en' ? o.messageLanguage : 'auto',
    rules,
    inlayHints: typeof hints === 'boolean' ? hints : typeof hints?.enabled === 'boolean' ? hints.enabled : true,
    detect: o.detect === 'off' ? 'off' : 'auto',
    maxProblems: Number.isInteger(o.maxProblems) && (o.maxProblems as number) >= 1 ? (o.maxProblems as number) : DEFAULT_MAX_PROBLEMS,
    repeatedText: typeof o.repeatedText === 'number' && o.repeatedText >= 1 && o.repeatedText <= 100 ? o.repeatedText : DEFAULT_SETTINGS_REPEATED,
    workspaceCheck: o.workspaceCheck === true,
  };
}
