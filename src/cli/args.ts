/** Command-line parsing: strict, so an unknown flag or a missing value is a usage error (exit 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

const FILTERS = `Filters (export; the same as the explorer's filter panel and URL):
  --actor ID               keep this actor's neighbourhood (repeat or comma-separate)
  --hops N                 neighbourhood depth, 1-3 (default 1; also the domain depth)
  --direction in|out|both  which relations to follow from the actors (default both)
  --domain ID              keep this domain and what is linked to it
  --domain-hops N          depth around domains, 1-3 (default 1)
  --kind K                 keep only these kinds (actor, agreement, partnership, ...)
  --predicate P            keep only these relation types (signs, covers, ...)
  --source DOC             keep only what these articles state
  --from DATE, --to DATE   keep relations dated within (YYYY, YYYY-MM or YYYY-MM-DD)
  --undated keep|drop      under a date range, keep relations with no date (default keep)
  --text WORDS             keep entities whose names contain these words
  --among ID               keep only the relations among these entities`;

const COMMON = `Common options:
  --data DIR               the graph-data folder to read (default: graph-data)
  -h, --help               show this help`;

/** The help text: the commands' own lines, then the filters and options they share. */
export function usageText(commandLines: string[]): string {
  return `Usage: npm run kg -- <command> [options]

Commands:
${commandLines.join('\n')}

${FILTERS}

${COMMON}`;
}

/**
 * One command's help, from its own usage lines: what `kg COMMAND --help` prints, and what a usage
 * error in that command is followed by (the one command, not all of them). A command whose usage
 * mentions [filters] gets the filter list too.
 */
export function commandUsageText(usage: string): string {
  const [first = '', ...rest] = usage.split('\n');
  const parts = [`Usage: npm run kg -- ${first.trim()}`, rest.join('\n')];
  if (usage.includes('[filters]')) parts.push('', FILTERS);
  parts.push('', COMMON, '', 'Every command: npm run kg -- --help');
  return parts.filter((part, i) => part !== '' || i > 1).join('\n');
}

/** Whether the arguments ask for help (`-h`, `--help`), before any `--` that ends the options. */
export function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

/** The number of one-letter edits between two words: how far a mistyped flag is from a real one. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Node's message for a bad flag, said plainly: which flag, what is wrong with it, and the command's nearest flag when the
 * unknown one looks like a typing slip ("unknown option --titel-vi (did you mean --title-vi?)").
 */
export function usageErrorOf(error: unknown, options: NonNullable<ParseArgsConfig['options']>): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const flag = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
    const name = flag.replace(/^-+/, '').replace(/=.*$/, '');
    const nearest = Object.keys(options)
      .map((option) => ({ option, distance: editDistance(name, option) }))
      .sort((x, y) => x.distance - y.distance)[0];
    const hint = nearest && nearest.distance <= Math.max(1, Math.floor(name.length / 4)) ? ` (did you mean --${nearest.option}?)` : '';
    return new UsageError(`unknown option ${flag}${hint}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    const option = flag.replace(/=.*$/, '');
    return new UsageError(/argument missing/.test(message) ? `${option} needs a value` : `${option} takes no value`);
  }
  return new UsageError(message);
}

export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw usageErrorOf(error, options);
  }
}

/** Like parseCommand, for commands that also take positional arguments (a file, an id). */
export function parseWithPositionals<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, names: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageErrorOf(error, options);
  }
  if (parsed.positionals.length > names.length) {
    throw new UsageError(`unexpected argument "${parsed.positionals[names.length]}" (this command takes ${names.join(', ') || 'no arguments'})`);
  }
  return parsed;
}
