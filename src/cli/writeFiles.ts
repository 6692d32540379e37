/**
 * Writing the command's outputs: all or nothing. Each file goes to a temporary file beside its
 * target and is renamed into place only when every file of the command is written, so a failed
 * export never leaves half a file; a failure names the path and the cause in words.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkOutputPaths } from './outputPaths';
import { CAUSES, describeWriteError, WriteError } from './writeError';

export { describeWriteError, WriteError };

function kindOf(path: string): 'missing' | 'file' | 'folder' | 'special' {
  try {
    const stats = statSync(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'special';
  } catch {
    return 'missing';
  }
}

export type OutputFile = { path: string; content: string };

/** A temporary file removed after a failure; one that cannot be removed (its name too long) was never made. */
function discard(temp: string): void {
  try {
    rmSync(temp, { force: true });
  } catch {
    // nothing to remove
  }
}

export function writeFiles(files: OutputFile[]): void {
  checkOutputPaths(files.map((file) => file.path));
  const staged: { temp: string; path: string }[] = [];
  const fail = (path: string, reason: string): never => {
    staged.forEach(({ temp }) => discard(temp));
    throw new WriteError(path, reason);
  };
  const attempt = (path: string, step: () => void) => {
    try {
      step();
    } catch (error) {
      fail(path, describeWriteError(error));
    }
  };
  for (const { path, content } of files) {
    const kind = kindOf(path);
    if (kind === 'folder') fail(path, CAUSES.EISDIR as string);
    // A device or pipe (/dev/stdout) cannot be replaced by a rename: it is written as it is;
    // a reader that has stopped reading (| head) has what it wanted.
    if (kind === 'special') {
      attempt(path, () => {
        try {
          writeFileSync(path, content);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
        }
      });
      continue;
    }
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
    attempt(path, () => {
      mkdirSync(dirname(path), { recursive: true });
      staged.push({ temp, path });
      writeFileSync(temp, content);
    });
  }
  for (const { temp, path } of staged) attempt(path, () => renameSync(temp, path));
}
