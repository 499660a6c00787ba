import type { Lang, RuleId, SeveritySetting } from '../core';

/** The extension's settings as the server uses them (package.json `contributes.configuration` declares them). */
export interface Settings {
  /** `auto` follows the editor's display language (Chinese unless it is English). */
  messageLanguage: 'auto' | 'zh' | 'en';
  rules: Partial<Record<RuleId, SeveritySetting>>;
  inlayHints: boolean;
  detect: 'auto' | 'off';
}

export const DEFAULT_SETTINGS: Settings = { messageLanguage: 'auto', rules: {}, inlayHints: true, detect: 'auto' };

export function resolveLang(setting: Settings['messageLanguage'], displayLanguage: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

/** Reads settings from whatever the client sent, keeping only values that make sense. */
export function parseSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Settings['rules'] = {};
  if (o.rules && typeof o.rules === 'object') {
    for (const [k, v] of Object.entries(o.rules as Record<string, unknown>)) if (typeof v === 'string' && SEVERITIES.has(v)) rules[k as RuleId] = v as SeveritySetting;
  }
  const hints = o.inlayHints as { enabled?: unknown } | boolean | undefined;
  return {
    messageLanguage: o.messageLanguage === 'zh' || o.messageLanguage === 'en' ? o.messageLanguage : 'auto',
    rules,
    inlayHints: typeof hints === 'boolean' ? hints : typeof hints?.enabled === 'boolean' ? hints.enabled : true,
    detect: o.detect === 'off' ? 'off' : 'auto',
  };
}
