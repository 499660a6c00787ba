// The configuration's one definition: schemas/govreport.schema.json. The editor's settings (package.json), their
// descriptions, the command line's shared options and the config file are all read from it; this module only
// gives it types.
import type { RuleId, SeveritySetting } from '../types';
import schemaFile from '../../../../schemas/govreport.schema.json';

/** The part of JSON Schema the configuration uses, and its own `x-` keywords. */
export interface SchemaNode {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  /** Chinese beside `description`, for the editor's settings in Chinese. */
  'x-description-zh'?: string;
  /** Where else than a config file the key is read: the editor's settings, the command line. */
  'x-in'?: readonly Place[];
  /** Its command-line option. */
  'x-cli'?: string;
  /** Its editor setting under `govreport.`, when not the key itself. */
  'x-setting'?: string;
  /** VS Code's scope of the setting, when not the default. */
  'x-scope'?: string;
}

export type Place = 'editor' | 'cli';

export const CONFIG_SCHEMA = schemaFile as SchemaNode;

/** The configuration as read, every key optional (absent: the default, or what a lower source says). */
export interface Config {
  messageLanguage?: 'auto' | 'zh' | 'en';
  rules?: Partial<Record<RuleId, SeveritySetting>>;
  /** Percent of a section's sentences repeated from last year's report over which it is reported. */
  repeatedText?: number;
  /** Megabytes (MiB) over which a file is not read. */
  maxSize?: number;
  include?: string[];
  exclude?: string[];
  detect?: 'auto' | 'off';
  maxProblems?: number;
  inlayHints?: boolean;
  /** Check every report file of the workspace, open or not, and keep them checked (the editor). */
  workspaceCheck?: boolean;
}

export type ConfigKey = keyof Config;

/** One key of the configuration: its name, its schema, and where it is read. */
export interface ConfigProperty {
  key: ConfigKey;
  node: SchemaNode;
  in: readonly Place[];
  /** The editor setting's path under `govreport.` */
  setting: string;
}

export function configProperties(schema: SchemaNode = CONFIG_SCHEMA): ConfigProperty[] {
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => key !== '$schema')
    .map(([key, node]) => ({ key: key as ConfigKey, node, in: node['x-in'] ?? [], setting: node['x-setting'] ?? key }));
}

/** The schema's default of every key. */
export function configDefaults(schema: SchemaNode = CONFIG_SCHEMA): Required<Config> {
  const out: Record<string, unknown> = {};
  for (const p of configProperties(schema)) out[p.key] = p.node.default;
  return out as Required<Config>;
}
