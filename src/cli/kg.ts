/** The `kg` command: a thin door onto the core. Exit codes: 0 ok, 1 invalid data, 2 usage, 3 a file could not be written. */
import { pathToFileURL } from 'node:url';
import { asksForHelp, commandUsageText, usageText, UsageError } from './args';
import type { Command, Io } from './io';
import { WriteError } from './writeError';
import { ConflictError } from './store/graphStore';
import { LockError } from './store/lock';
import { apply } from './commands/apply';
import { build } from './commands/build';
import { diff } from './commands/diff';
import { exportCommand } from './commands/export';
import { find } from './commands/find';
import { ingest } from './commands/ingest';
import { learn } from './commands/learn';
import { review } from './commands/review';
import { pathCommand } from './commands/path';
import { profile } from './commands/profile';
import { schema } from './commands/schema';
import { stats } from './commands/stats';
import { story } from './commands/story';
import { validate } from './commands/validate';

export type { Io } from './io';

/** Every command, in the order the help lists them. */
const COMMANDS: Record<string, Command> = {
  validate,
  stats,
  build,
  export: exportCommand,
  profile,
  path: pathCommand,
  find,
  story,
  schema,
  ingest,
  review,
  apply,
  learn,
  diff,
};

export const USAGE = usageText(Object.values(COMMANDS).map((command) => command.usage));

export function main(argv: string[], io: Io): number {
  const [name = '', ...args] = argv;
  if (name === '-h' || name === '--help' || (name === 'help' && args.length === 0)) {
    io.out(USAGE);
    return 0;
  }
  // `kg help COMMAND` reads as `kg COMMAND --help`.
  const [commandName, commandArgs] = name === 'help' ? [args[0] ?? '', ['--help']] : [name, args];
  const command = Object.hasOwn(COMMANDS, commandName) ? COMMANDS[commandName] : undefined;
  if (!command) {
    io.err(`kg: ${commandName ? `unknown command "${commandName}"` : 'no command given'}`);
    io.err(USAGE);
    return 2;
  }
  if (asksForHelp(commandArgs)) {
    io.out(commandUsageText(command.usage));
    return 0;
  }
  try {
    return command.run(commandArgs, io);
  } catch (error) {
    if (error instanceof WriteError || error instanceof LockError || error instanceof ConflictError) {
      io.err(`kg: ${error.message}`);
      return 3;
    }
    if (!(error instanceof UsageError)) throw error;
    io.err(`kg: ${error.message}`);
    io.err(commandUsageText(command.usage));
    return 2;
  }
}

/**
 * A reader that stopped reading (`kg stats | head -1`) is not an error: the command has done its
 * work, and ends quietly with its own exit code instead of a stack trace about a closed pipe.
 */
function endQuietlyWhenTheReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  endQuietlyWhenTheReaderLeaves(process.stdout);
  endQuietlyWhenTheReaderLeaves(process.stderr);
  process.exitCode = main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
