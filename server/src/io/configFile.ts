// The config file that applies to a path: the nearest govreport.json (or .govreportrc.json) in its folder or above.
// Nearest wins whole — files are not merged up the tree, so what applies is what one file says.
import * as fs from 'fs';
import * as path from 'path';
import { configFromFile, filesMatcher, type Config, type ConfigProblem } from '../core/config';
import { readRegularFile } from './readRegularFile';

export const CONFIG_NAMES = ['govreport.json', '.govreportrc.json'] as const;

/** A config file no bigger than this is plenty; a larger one is not read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ConfigFile {
  file: string;
  /** The folder its globs are relative to. */
  dir: string;
  config: Config;
  /** What is wrong in it: a file that is not JSON has one problem and an empty config. */
  problems: ConfigProblem[];
  /** Its include / exclude globs compiled, once needed. */
  matcher?: (relativePath: string) => boolean;
}

/**
 * Whether a search of folders takes this file, by its config's include and exclude (relative to the config's
 * folder); a file outside that folder (a config named with --config) is taken.
 */
export function configIncludes(config: ConfigFile, file: string): boolean {
  const rel = path.relative(config.dir, path.resolve(file));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return true;
  config.matcher ??= filesMatcher(config.config);
  return config.matcher(rel.split(path.sep).join('/'));
}

/** The config file's content read and checked against the schema; a file that cannot be read is one problem. */
export function readConfigFile(file: string): ConfigFile {
  const dir = path.dirname(path.resolve(file));
  const fail = (zh: string, en: string): ConfigFile => ({ file, dir, config: {}, problems: [{ path: '', message: { zh, en }, data: {} }] });
  let text: string;
  try {
    const read = readRegularFile(file, MAX_CONFIG_BYTES);
    if (!read.ok) return read.reason === 'too-large' ? fail('配置文件过大（超过 1 MB）', 'the config file is too large (over 1 MB)') : fail('不是普通文件', 'not a regular file');
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(read.bytes);
  } catch (e) {
    if (e instanceof TypeError) return fail('不是 UTF-8 文本', 'not UTF-8 text');
    const reason = (e as Error).message;
    return fail(`无法读取：${reason}`, `cannot be read: ${reason}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const where = jsonErrorPlace(text, (e as Error).message);
    return fail(`不是有效的 JSON${where}`, `not valid JSON${where}`);
  }
  return { file, dir, ...configFromFile(raw) };
}

/** ` (line 3, column 5)` for the position V8's message gives, or nothing. */
function jsonErrorPlace(text: string, message: string): string {
  const at = /position (\d+)/.exec(message);
  if (!at) return '';
  const offset = Math.min(Number(at[1]), text.length);
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/**
 * Finds and reads config files, remembering each folder's answer: a run over ten thousand files in a hundred
 * folders looks a hundred folders up. `forget` after a config file changed.
 */
export class ConfigFiles {
  private readonly byDir = new Map<string, ConfigFile | undefined>();

  /** The config file for a file or a folder (a folder: the one in it or above it). */
  forPath(target: string, isDir = false): ConfigFile | undefined {
    const resolved = path.resolve(target);
    return this.inDir(isDir ? resolved : path.dirname(resolved));
  }

  private inDir(dir: string): ConfigFile | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const here = CONFIG_NAMES.map((name) => path.join(dir, name)).find(isFile);
    const parent = path.dirname(dir);
    const found = here ? readConfigFile(here) : parent === dir ? undefined : this.inDir(parent);
    this.byDir.set(dir, found);
    return found;
  }

  forget(): void {
    this.byDir.clear();
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
