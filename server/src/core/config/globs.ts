// Which files a folder's check takes: a config's include and exclude globs, matched against a file's path relative
// to the config file's folder ('/' between names, whatever the system).
import picomatch from 'picomatch';
import type { Config } from './schema';
import { configDefaults } from './schema';

/** A test of relative paths, made once per config: picomatch compiles each glob to a regular expression. */
export function filesMatcher(config: Config): (relativePath: string) => boolean {
  // Dot files are matched like any other: a folder's search already leaves out hidden folders.
  const options = { dot: true };
  const include = picomatch(config.include ?? configDefaults().include, options);
  const exclude = config.exclude?.length ? picomatch(config.exclude, options) : () => false;
  return (relativePath) => include(relativePath) && !exclude(relativePath);
}
