// Command-line parsing: argv → a command, or a UsageError whose message is meant for the user as it is.
import { isRuleId, isSeveritySetting, RULE_IDS, SEVERITY_SETTINGS } from '../core';
import type { Lang, RuleId, SeveritySetting } from '../core';
import type { Messages } from './messages';
import { printable } from './printable';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'csv' | 'html';

export interface CheckOptions {
  format: OutputFormat;
  lang: Lang;
  fix: boolean;
  /** Per-rule severity, `--rule section-title=off` (the same schema as the editor's govreport.rules). */
  rules: Partial<Record<RuleId, SeveritySetting>>;
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
  /** `--max-size`: files larger than this many megabytes (MiB) are not read. */
  maxSize: number;
  /** Last year's reports named on the command line (`--previous`). */
  previous: string[];
  /** `--repeated-text`: the share over which a section repeated from last year's report is reported (0..1]. */
  repeatedShare?: number;
}

/** Far above any real report (the published PDFs at hand are under half a megabyte, a scanned one runs to a few), far below any memory. */
export const DEFAULT_MAX_SIZE = 50;
export const MEGABYTE = 1024 * 1024;

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; options: CheckOptions };

/** Its lines made printable: they quote the command line, whose file names may hold anything. */
export class UsageError extends Error {
  constructor(lines: string | string[]) {
    super((typeof lines === 'string' ? [lines] : lines).map(printable).join('\n'));
  }
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'csv', 'html'];
const LANGS: readonly Lang[] = ['zh', 'en'];

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

  const options: CheckOptions = { format: 'text', lang: 'zh', fix: false, rules: {}, paths: [], previous: [], quiet: false, noProgress: false, diff: false, maxSize: DEFAULT_MAX_SIZE };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      options.paths.push(...rest.slice(i + 1));
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
      case '--lang':
        options.lang = oneOf(name, value(), LANGS, m);
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
      case '--max-size': {
        const v = value();
        if (!/^[1-9]\d{0,5}$/.test(v)) throw new UsageError(m.badValue(name, v, '1, 2, …'));
        options.maxSize = Number(v);
        break;
      }
      case '--previous':
        options.previous.push(value());
        break;
      case '--repeated-text': {
        const v = value();
        if (!/^(?:[1-9]\d?|100)$/.test(v)) throw new UsageError(m.badValue(name, v, '1 … 100'));
        options.repeatedShare = Number(v) / 100;
        break;
      }
      case '--rule': {
        const v = value();
        const [id, severity] = v.split('=');
        if (!isRuleId(id)) throw new UsageError(m.badValue(name, v, RULE_IDS.join(', ')));
        if (!isSeveritySetting(severity)) throw new UsageError(m.badValue(name, v, SEVERITY_SETTINGS.map((x) => `${id}=${x}`).join(', ')));
        options.rules[id] = severity;
        break;
      }
      default:
        throw new UsageError(m.unknownOption(arg));
    }
  }
  if (!options.paths.length) throw new UsageError(m.noPaths);
  if (options.diff && options.fix) throw new UsageError(m.diffAndFix);
  return { kind: 'check', options };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], m: Messages): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(m.badValue(option, value, allowed.join(', ')));
}
