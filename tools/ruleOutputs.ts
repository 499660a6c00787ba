// Everything that lists the rules, written from their metadata: the settings schema in package.json, its
// descriptions in both languages, the README's table and the head of each rule's doc page.
import type { RuleMeta as Rule } from '../server/src/core/rules/rule';
import { CATEGORIES, CATEGORY_NAMES } from '../server/src/core/rules/rule';
import { SEVERITY_SETTINGS } from '../server/src/core/settings';
import { messageParameters } from '../server/src/core/i18n/message';

export const docPath = (id: string) => `docs/rules/${id}.md`;

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** The config schema's `rules` properties: one per rule, its levels, its summary in both languages. */
export function schemaRuleProperties(rules: readonly Rule[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Plain text: an editor shows a schema's description as it is.
  const plain = (r: Rule, lang: 'zh' | 'en') => ruleDescription(r, lang).replace(/\*\*/g, '');
  for (const r of rules) out[r.id] = { type: 'string', enum: SEVERITY_SETTINGS, description: plain(r, 'en'), 'x-description-zh': plain(r, 'zh') };
  return out;
}

const ruleDescription = (r: Rule, lang: 'zh' | 'en') =>
  lang === 'en' ? `Default: **${r.severity}**. ${capital(r.summary.en)}.` : `默认：**${SEVERITY_ZH[r.severity]}**。${r.summary.zh}。`;

/** The nls entries the rules own, in one language. */
export function nlsEntries(rules: readonly Rule[], lang: 'zh' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  const ids = rules.map((r) => r.id);
  out['config.rules'] = lang === 'en'
    ? `Severity per rule, e.g. \`{ "section-title": "off" }\`. Rules: ${ids.join(', ')}.`
    : `各规则的严重程度，例如 \`{ "section-title": "off" }\`。规则：${ids.join('、')}。`;
  for (const r of rules) out[`rule.${r.id}`] = ruleDescription(r, lang);
  return out;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const README_BEGIN = '<!-- rules table: written by `npm run generate` -->';
export const README_END = '<!-- end of rules table -->';

/** The README's rules table, grouped by category. */
export function readmeTable(rules: readonly Rule[]): string {
  const lines = [README_BEGIN, '| rule | severity | fixable | what |', '|---|---|---|---|'];
  for (const c of CATEGORIES) {
    const inCategory = rules.filter((r) => r.category === c);
    if (!inCategory.length) continue;
    lines.push(`| **${CATEGORY_NAMES[c].en}** | | | |`);
    for (const r of inCategory) lines.push(`| [\`${r.id}\`](${docPath(r.id)}) | ${r.severity} | ${r.fixable === 'suggestion' ? 'suggestion' : r.fixable ? 'yes' : ''} | ${r.summary.en} |`);
  }
  lines.push(README_END);
  return lines.join('\n');
}

export const DOC_END = '<!-- end of the generated head: the page goes on by hand below -->';

/** The head of a rule's doc page: what the metadata says, the messages it gives. */
export function docHead(rule: Rule): string {
  const lines = [
    `# \`${rule.id}\``,
    '',
    `严重程度 / severity: **${rule.severity}** · 类别 / category: ${CATEGORY_NAMES[rule.category].zh} / ${CATEGORY_NAMES[rule.category].en}` +
      ` · 可修复 / fixable: ${rule.fixable === 'suggestion' ? '逐条建议，不在全部修复中 / suggested one by one, not in fix-all' : rule.fixable ? '是 / yes' : '否 / no'}`,
    '',
    `${rule.summary.zh}。`,
    '',
    `${capital(rule.summary.en)}.`,
  ];
  if (rule.structural) lines.push('', '2019 年及以前的报告尚不受新模板约束：其错误降为警告。 / In reports for 2019 and earlier, which the template did not yet bind, its errors are warnings.');
  lines.push('', '设置 / settings: `govreport.rules` — ' + `\`{ "${rule.id}": "off" }\`` + `; 命令行 / command line: \`--rule ${rule.id}=off\`.`, '', '消息 / messages:', '');
  for (const [key, m] of Object.entries(rule.messages) as [string, { zh: string; en: string }][]) {
    const params = messageParameters(m.zh);
    lines.push(`- \`${key}\`${params.length ? ` (${params.map((p) => `\`${p}\``).join(', ')})` : ''}: ${m.zh} / ${m.en}`);
  }
  lines.push('', DOC_END);
  return lines.join('\n');
}

/** A doc page with its head written again; a page that does not exist yet gets the head and a line to write. */
export function docPage(rule: Rule, existing: string | undefined): string {
  const head = docHead(rule);
  if (existing === undefined) return `${head}\n\n(例与说明待写 / examples and explanation to be written)\n`;
  const at = existing.indexOf(DOC_END);
  return at < 0 ? `${head}\n\n${existing}` : head + existing.slice(at + DOC_END.length);
}
