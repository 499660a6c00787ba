// Layers of configuration into one: the schema's defaults, then each source in order of precedence.
import type { Lang } from '../types';
import type { RunOptions } from '../rules/run';
import { configDefaults, type Config } from './schema';

/** The later layers win, key by key; rule severities are merged rule by rule. */
export function mergeConfig(...layers: (Config | undefined)[]): Config {
  const out: Config = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer) as [keyof Config, unknown][]) {
      if (value === undefined) continue;
      (out as Record<string, unknown>)[key] = key === 'rules' ? { ...out.rules, ...(value as Config['rules']) } : value;
    }
  }
  return out;
}

/** Every key set: the defaults under the layers. */
export const resolveConfig = (...layers: (Config | undefined)[]): Required<Config> => mergeConfig(configDefaults(), ...layers) as Required<Config>;

/** `auto`: the display language when there is one (the editor's), else Chinese (the command line). */
export function configLang(setting: Config['messageLanguage'], displayLanguage?: string): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** What the rules take from a resolved configuration. */
export function runOptionsOf(config: Required<Config>, lang: Lang): Pick<RunOptions, 'rules' | 'repeatedShare'> & { lang: Lang } {
  return { lang, rules: config.rules, repeatedShare: config.repeatedText / 100 };
}
