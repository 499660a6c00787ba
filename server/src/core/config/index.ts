export { CONFIG_SCHEMA, configDefaults, configProperties } from './schema';
export type { Config, ConfigKey, ConfigProperty, Place, SchemaNode } from './schema';
export { configFromFile, configFromSettings, problemText, validate } from './validate';
export type { ConfigProblem, ReadConfig } from './validate';
export { configLang, mergeConfig, resolveConfig, runOptionsOf } from './resolve';
export { filesMatcher } from './globs';
