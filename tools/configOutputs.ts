// The editor's settings written from the config schema (schemas/govreport.schema.json): each key the schema gives
// the editor becomes `govreport.<setting>` in package.json, its descriptions the nls files' `config.<key>`.
import { configProperties, type SchemaNode } from '../server/src/core/config/schema';

export const SCHEMA_FILE = 'schemas/govreport.schema.json';

/** JSON Schema keywords a VS Code setting takes over as they are. */
const CARRIED = ['type', 'enum', 'default', 'minimum', 'maximum', 'items', 'additionalProperties'] as const;

/** package.json's `contributes.configuration.properties`. */
export function settingsFromSchema(schema: SchemaNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of configProperties(schema)) {
    if (!p.in.includes('editor')) continue;
    const setting: Record<string, unknown> = {};
    for (const k of CARRIED) if (p.node[k] !== undefined) setting[k] = p.node[k];
    setting.markdownDescription = `%config.${p.key}%`;
    if (p.node['x-scope']) setting.scope = p.node['x-scope'];
    if (p.node.properties) {
      setting.properties = Object.fromEntries(Object.keys(p.node.properties).map((id) => [id, settingOfProperty(p.node.properties![id], p.key, id)]));
    }
    out[`govreport.${p.setting}`] = setting;
  }
  return out;
}

/** A property of an object setting (a rule of `rules`): its description by reference to the nls files. */
function settingOfProperty(node: SchemaNode, key: string, id: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of CARRIED) if (node[k] !== undefined) out[k] = node[k];
  out.markdownDescription = key === 'rules' ? `%rule.${id}%` : `%config.${key}.${id}%`;
  return out;
}

/** The nls entries of the settings, in one language. */
export function configNls(schema: SchemaNode, lang: 'zh' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of configProperties(schema)) {
    if (!p.in.includes('editor')) continue;
    const text = lang === 'en' ? p.node.description : p.node['x-description-zh'];
    if (!text) throw new Error(`${SCHEMA_FILE}: ${p.key} has no ${lang === 'en' ? 'description' : 'x-description-zh'}`);
    out[`config.${p.key}`] = text;
  }
  return out;
}
