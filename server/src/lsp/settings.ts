// The server's settings for a document: the schema's defaults, then the editor's `govreport` settings, then the
// config file nearest the document (govreport.json): the project's agreement outranks one user's editor.
import { configFromSettings, configLang, problemText, resolveConfig, type Config } from '../core/config';
import type { Lang } from '../core';
import { ConfigFiles, configIncludes, type ConfigFile } from '../io/configFile';

export type Settings = Required<Config>;

/** The editor's settings as sent (`workspace/configuration` or the initialization options): what is valid of them. */
export function parseSettings(raw: unknown): Config {
  return configFromSettings(raw).config;
}

/**
 * Settings per document. A config file is read once and kept until `forget` (one of them changed on disk); a
 * wrong one is said once, through `warn`, and what is valid in it still applies.
 */
export class DocumentSettings {
  private editor: Config = {};
  private readonly files = new ConfigFiles();
  private readonly warned = new Set<string>();
  /** Counts the changes of config files: what was checked under an older count may be checked differently now. */
  generation = 0;

  constructor(
    private readonly warn: (text: string) => void,
    private readonly displayLanguage: () => string | undefined,
  ) {}

  useEditorSettings(raw: unknown): void {
    this.editor = parseSettings(raw);
  }

  forget(): void {
    this.generation++;
    this.files.forget();
    this.warned.clear();
  }

  /** The settings of a document of this file (undefined: an unsaved document, only the editor's settings). */
  of(file: string | undefined): Settings {
    const config = file === undefined ? undefined : this.files.forPath(file);
    if (config?.problems.length) this.warnOnce(config);
    return resolveConfig(this.editor, config?.config);
  }

  lang(file: string | undefined): Lang {
    return configLang(this.of(file).messageLanguage, this.displayLanguage());
  }

  /** Whether a search of the workspace takes this file: its config file's include and exclude. */
  includes(file: string): boolean {
    const config = this.files.forPath(file);
    return !config || configIncludes(config, file);
  }

  private warnOnce(config: ConfigFile): void {
    if (this.warned.has(config.file)) return;
    this.warned.add(config.file);
    const lang = configLang(resolveConfig(this.editor, config.config).messageLanguage, this.displayLanguage());
    const head = lang === 'en' ? `govreport: the config file ${config.file} is wrong; the rest of it applies:` : `govreport：配置文件 ${config.file} 有误，其余设置照常生效：`;
    this.warn([head, ...config.problems.map((p) => problemText(p, lang))].join('\n'));
  }
}
