// A configuration read against its schema: what is valid is kept, each thing that is not is a problem with its
// path, so that the editor goes on with the rest and the command line can refuse to start.
import type { Lang } from '../types';
import { formatMessage, type Message, type MessageData } from '../i18n/message';
import { CONFIG_SCHEMA, configProperties, type Config, type SchemaNode } from './schema';

export interface ConfigProblem {
  /** Where in the configuration, e.g. `rules.balnce`. */
  path: string;
  message: Message;
  data: MessageData;
}

export const problemText = (p: ConfigProblem, lang: Lang): string => formatMessage(p.message, lang, { path: p.path, ...p.data });

const M = {
  unknownKey: { zh: '{path}：未知的设置项', en: '{path}: unknown setting' },
  wrongType: { zh: '{path}：应为{type}', en: '{path}: must be {type}' },
  notOneOf: { zh: '{path}：应为 {values} 之一', en: '{path}: must be one of {values}' },
  outOfRange: { zh: '{path}：应在 {min} 到 {max} 之间', en: '{path}: must be from {min} to {max}' },
  tooSmall: { zh: '{path}：应不小于 {min}', en: '{path}: must be at least {min}' },
  notAnObject: { zh: '配置应为一个 JSON 对象 {…}', en: 'the configuration must be a JSON object {…}' },
} satisfies Record<string, Message>;

const TYPE_NAMES: Record<NonNullable<SchemaNode['type']>, Message> = {
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: ' true 或 false', en: 'true or false' },
  object: { zh: '对象 {…}', en: 'an object {…}' },
  array: { zh: '数组 […]', en: 'an array […]' },
};

function hasType(value: unknown, type: SchemaNode['type']): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/**
 * The value with what the schema rejects taken out (undefined when nothing of it is left), and the problems.
 * An object keeps its valid properties; an array is kept only whole.
 */
export function validate(node: SchemaNode, value: unknown, path: string, problems: ConfigProblem[]): unknown {
  const before = problems.length;
  if (!hasType(value, node.type)) {
    const type = TYPE_NAMES[node.type!];
    problems.push({ path, message: { zh: formatMessage(M.wrongType, 'zh', { type: type.zh }), en: formatMessage(M.wrongType, 'en', { type: type.en }) }, data: {} });
    return undefined;
  }
  if (node.enum && !node.enum.includes(value)) {
    problems.push({ path, message: M.notOneOf, data: { values: node.enum.map((v) => JSON.stringify(v)).join(', ') } });
    return undefined;
  }
  if (typeof value === 'number' && ((node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum))) {
    const data = { min: node.minimum ?? -Infinity, max: node.maximum ?? Infinity };
    problems.push({ path, message: node.maximum === undefined ? M.tooSmall : M.outOfRange, data });
    return undefined;
  }
  if (Array.isArray(value) && node.items) {
    value.forEach((item, i) => validate(node.items!, item, `${path}[${i}]`, problems));
    return problems.length > before ? undefined : value;
  }
  if (node.type === 'object') return validateObject(node, value as Record<string, unknown>, path, problems);
  return value;
}

function validateObject(node: SchemaNode, value: Record<string, unknown>, path: string, problems: ConfigProblem[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const child = node.properties?.[key];
    if (!child) {
      if (node.additionalProperties === false) problems.push({ path: at, message: M.unknownKey, data: {} });
      continue;
    }
    const valid = validate(child, item, at, problems);
    if (valid !== undefined) out[key] = valid;
  }
  return out;
}

export interface ReadConfig {
  config: Config;
  problems: ConfigProblem[];
}

/** A config file's content (parsed JSON). */
export function configFromFile(raw: unknown, schema: SchemaNode = CONFIG_SCHEMA): ReadConfig {
  const problems: ConfigProblem[] = [];
  if (!hasType(raw, 'object')) return { config: {}, problems: [{ path: '', message: M.notAnObject, data: {} }] };
  const config = validate(schema, raw, '', problems) as Config & { $schema?: string };
  delete config.$schema;
  return { config, problems };
}

/**
 * The editor's `govreport` settings: the keys the schema gives the editor, each at its setting's path. Other keys
 * (settings of other features, VS Code's own) are not this schema's to judge.
 */
export function configFromSettings(raw: unknown, schema: SchemaNode = CONFIG_SCHEMA): ReadConfig {
  const problems: ConfigProblem[] = [];
  const config: Record<string, unknown> = {};
  for (const p of configProperties(schema)) {
    if (!p.in.includes('editor')) continue;
    const value = p.setting.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), raw);
    if (value === undefined || value === null) continue;
    const valid = validate(p.node, value, p.setting, problems);
    if (valid !== undefined) config[p.key] = valid;
  }
  return { config: config as Config, problems };
}
