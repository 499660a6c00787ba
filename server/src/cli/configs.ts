// The configuration of a run, per file: the nearest config file under the command line's options. Files that
// share a config share one profile, so that a worker is sent each profile once and each file its number.
import { configLang, resolveConfig, runOptionsOf, type Config } from '../core/config';
import type { Lang } from '../core';
import { ConfigFiles, configIncludes, readConfigFile, type ConfigFile } from '../io/configFile';
import { MEGABYTE, type CheckOptions } from './args';

/** What checking one file takes from its configuration. */
export interface Profile {
  rules: NonNullable<Config['rules']>;
  repeatedShare: number;
  maxBytes: number;
}

export class RunConfigs {
  private readonly files = new ConfigFiles();
  private readonly named?: ConfigFile;
  private readonly profileIndex = new Map<ConfigFile | undefined, number>();
  readonly profiles: Profile[] = [];

  constructor(private readonly options: CheckOptions) {
    if (options.configFile !== undefined) this.named = readConfigFile(options.configFile);
  }

  /** The config file that applies to a file or a folder; none with --no-config. */
  fileFor(target: string, isDir = false): ConfigFile | undefined {
    if (this.options.noConfig) return undefined;
    return this.named ?? this.files.forPath(target, isDir);
  }

  /** Every config file that applies to one of these paths and has problems: the run does not start. */
  wrong(paths: { path: string; isDir?: boolean }[]): ConfigFile[] {
    const found = new Set<ConfigFile>();
    for (const p of paths) {
      const c = this.fileFor(p.path, p.isDir);
      if (c?.problems.length) found.add(c);
    }
    return [...found];
  }

  /** The resolved configuration of a file or folder: defaults, then its config file, then the command line. */
  resolved(target: string, isDir = false): ReturnType<typeof resolveConfig> {
    return resolveConfig(this.fileFor(target, isDir)?.config, this.options.config);
  }

  /** The messages' language: of the first path's configuration, or `--lang`. */
  lang(first: string | undefined, firstIsDir: boolean): Lang {
    return configLang(first === undefined ? this.options.config.messageLanguage : this.resolved(first, firstIsDir).messageLanguage);
  }

  /** The number of the file's profile in `profiles`. */
  profileOf(file: string): number {
    const config = this.fileFor(file);
    let at = this.profileIndex.get(config);
    if (at === undefined) {
      const resolved = resolveConfig(config?.config, this.options.config);
      const { repeatedShare } = runOptionsOf(resolved, 'zh');
      at = this.profiles.push({ rules: resolved.rules, repeatedShare: repeatedShare!, maxBytes: resolved.maxSize * MEGABYTE }) - 1;
      this.profileIndex.set(config, at);
    }
    return at;
  }

  /** Whether a folder's search takes this file: its config's include and exclude. */
  includes(file: string): boolean {
    const config = this.fileFor(file);
    return !config || configIncludes(config, file);
  }
}
