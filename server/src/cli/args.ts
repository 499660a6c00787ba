// Command-line parsing: argv → a command, or a UsageError whose message is meant for the user as it is.
import { configDefaults, configProperties, validate, type Config, type ConfigProperty, type SchemaNode } from '../core/config';
import type { Lang } from '../core';
import { appendAll } from '../core/arrays';
import type { Messages } from './messages';
import { printable } from './printable';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'csv' | 'html';

export interface CheckOptions {
  format: OutputFormat;
  fix: boolean;
  /**
   * The configuration's options given on the command line (`--lang`, `--rule`, `--repeated-text`, `--max-size`:
   * the schema's `x-cli`), over the config file's.
   */
  config: Config;
  /** `--config`: this config file for every file, instead of the nearest one. */
  configFile?: string;
  /** `--no-config`: no config file at all. */
  noConfig: boolean;
  paths: string[];
  /** Worker threads for many files; undefined: one per core (and never more, whatever is asked). */
  jobs?: number;
  /** `--output`: the file the output goes to, instead of standard output. */
  output?: string;
  /** `--quiet`: errors only, in every output format. */
  quiet: boolean;
  /** `--no-progress`: no progress line on standard error, even in a terminal. */
  noProgress: boolean;
  /** `--diff` (`--fix-dry-run`): the fixes as a unified diff on standard output, nothing written. */
  diff: boolean;
  /** `--max-warnings`: more warnings than this fail the run (exit 1). */
  maxWarnings?: number;
  /** Last year's reports named on the command line (`--previous`). */
  previous: string[];
}

/** Far above any real report (the published PDFs at hand are under half a megabyte, a scanned one runs to a few), far below any memory. */
export const DEFAULT_MAX_SIZE = configDefaults().maxSize;
export const MEGABYTE = 1024 * 1024;

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; options: CheckOptions };

/** Its lines made printable: they quote the command line, whose file names may hold anything. */
export class UsageError extends Error {
  constructor(lines: string | string[]) {
    super((typeof lines === 'string' ? [lines] : lines).map(printable).join('\n'));
  }
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'csv', 'html'];

/** The configuration's keys the command line sets, by option. */
const CONFIG_OPTIONS = new Map(configProperties().filter((p) => p.in.includes('cli')).map((p) => [p.node['x-cli']!, p]));

/**
 * The language asked for, read before the real parse so that a usage error elsewhere on the line is already
 * reported in that language. Anything unrecognised leaves the default; the parse proper reports it.
 */
export function requestedLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value === 'en') return 'en';
  }
  return 'zh';
}

export function parseArgs(argv: string[], m: Messages): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(m.noCommand);
  if (command === '-h' || command === '--help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command !== 'check') throw new UsageError(command.startsWith('-') ? m.unknownOption(command) : m.unknownCommand(command));

  const options: CheckOptions = { format: 'text', fix: false, config: {}, noConfig: false, paths: [], previous: [], quiet: false, noProgress: false, diff: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      appendAll(options.paths, rest.slice(i + 1));
      break;
    }
    // A lone '-' is not an option; it is taken as a path and reported as not found like any other.
    if (!arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = rest[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(m.missingValue(name));
      i++;
      return next;
    };
    const flag = (): true => {
      if (inline !== undefined) throw new UsageError(m.noValueAllowed(name));
      return true;
    };
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--fix':
        options.fix = flag();
        break;
      case '--format':
        options.format = oneOf(name, value(), FORMATS, m);
        break;
      case '--jobs': {
        const v = value();
        if (!/^[1-9]\d{0,2}$/.test(v)) throw new UsageError(m.badValue(name, v, '1, 2, …'));
        options.jobs = Number(v);
        break;
      }
      case '--no-progress':
        options.noProgress = flag();
        break;
      case '--diff':
      case '--fix-dry-run':
        options.diff = flag();
        break;
      case '--quiet':
      case '-q':
        options.quiet = flag();
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d{1,9}$/.test(v)) throw new UsageError(m.badValue(name, v, '0, 1, 2, …'));
        options.maxWarnings = Number(v);
        break;
      }
      case '--output':
      case '-o':
        options.output = value();
        break;
      case '--previous':
        options.previous.push(value());
        break;
      case '--config':
        options.configFile = value();
        break;
      case '--no-config':
        options.noConfig = flag();
        break;
      default: {
        const property = CONFIG_OPTIONS.get(name);
        if (!property) throw new UsageError(m.unknownOption(arg));
        setConfigOption(options.config, property, name, value(), m);
      }
    }
  }
  if (!options.paths.length) throw new UsageError(m.noPaths);
  if (options.diff && options.fix) throw new UsageError(m.diffAndFix);
  if (options.configFile !== undefined && options.noConfig) throw new UsageError(m.configAndNoConfig);
  return { kind: 'check', options };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], m: Messages): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(m.badValue(option, value, allowed.join(', ')));
}

/** A configuration option's value, read as its schema says: `--rule id=level` sets one rule, repeatable. */
function setConfigOption(config: Config, property: ConfigProperty, option: string, text: string, m: Messages): void {
  const node = property.node;
  if (property.key === 'rules') {
    const [id, level] = text.split('=');
    const rule = node.properties?.[id];
    if (!rule) throw new UsageError(m.badValue(option, text, Object.keys(node.properties ?? {}).join(', ')));
    if (!rule.enum?.includes(level)) throw new UsageError(m.badValue(option, text, rule.enum!.map((x) => `${id}=${String(x)}`).join(', ')));
    config.rules = { ...config.rules, [id]: level };
    return;
  }
  const parsed = node.type === 'number' || node.type === 'integer' ? (/^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN) : text;
  if (validate(node, parsed, property.key, []) === undefined) {
    throw new UsageError(m.badValue(option, text, allowedValues(node)));
  }
  (config as Record<string, unknown>)[property.key] = parsed;
}

function allowedValues(node: SchemaNode): string {
  if (node.enum) return node.enum.join(', ');
  return `${node.minimum ?? ''} … ${node.maximum ?? ''}`.trim();
}
