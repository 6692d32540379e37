/**
 * Output paths checked against the file system's limits before anything is written, so a name
 * too long is one line and exit 3 rather than a half-made folder or a stray temporary file.
 * writeFiles checks every path it is given.
 */
import { basename, dirname, resolve, sep } from 'node:path';
import { WriteError } from './writeError';

/** Linux's and macOS's limits, in bytes: a file or folder name (NAME_MAX), a whole path (PATH_MAX, with its final NUL). */
const NAME_MAX = 255;
const PATH_MAX = 4095;

/**
 * Room a file's name must leave for the temporary file that writeFiles writes beside it and
 * renames into place: ".NAME.PID.MILLISECONDS.tmp".
 */
const TEMPORARY_ROOM = '.'.length + `.${2 ** 22}.${Date.now()}.tmp`.length;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A long path in a message: its beginning and its end, so the line stays readable. */
function shortened(path: string): string {
  return path.length <= 120 ? path : `${path.slice(0, 60)}…${path.slice(-50)}`;
}

/** Why a path cannot be written as a file, if it is too long; undefined if it fits. */
function tooLong(path: string): string | undefined {
  const full = resolve(path);
  const fileLimit = NAME_MAX - TEMPORARY_ROOM;
  const name = basename(full);
  if (bytes(name) > fileLimit) return `a file or folder name may have at most ${fileLimit} bytes; this one has ${bytes(name)}`;
  const folder = dirname(full)
    .split(sep)
    .find((part) => bytes(part) > NAME_MAX);
  if (folder !== undefined) return `a file or folder name may have at most ${NAME_MAX} bytes; "${shortened(folder)}" has ${bytes(folder)}`;
  if (bytes(full) + TEMPORARY_ROOM > PATH_MAX) return `a whole path may have at most ${PATH_MAX - TEMPORARY_ROOM} bytes; this one has ${bytes(full)}`;
  return undefined;
}

/** Throws a WriteError (exit 3, one line) for the first path too long to be written. */
export function checkOutputPaths(paths: string[]): void {
  for (const path of paths) {
    const reason = tooLong(path);
    if (reason) throw new WriteError(shortened(path), `the name is too long (${reason})`);
  }
}
