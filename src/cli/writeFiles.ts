/**
 * Writing the command's outputs: all or nothing. Each file goes to a temporary file beside its
 * target and is renamed into place only when every file of the command is written, so a failed
 * export never leaves half a file; a failure names the path and the cause in words.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

const CAUSES: Record<string, string> = {
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its folder path is a file, not a folder',
  EEXIST: 'a part of its folder path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'its folder does not exist and cannot be created',
};

/** The cause of a failed write in words, without a stack. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && Object.hasOwn(CAUSES, code)) return CAUSES[code] as string;
  return (error as Error | null)?.message?.split('\n')[0] ?? String(error);
}

function kindOf(path: string): 'missing' | 'file' | 'folder' | 'special' {
  try {
    const stats = statSync(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'special';
  } catch {
    return 'missing';
  }
}

export type OutputFile = { path: string; content: string };

export function writeFiles(files: OutputFile[]): void {
  const staged: { temp: string; path: string }[] = [];
  const fail = (path: string, reason: string): never => {
    for (const { temp } of staged) rmSync(temp, { force: true });
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
    // A device or pipe (/dev/stdout) cannot be replaced by a rename: it is written as it is.
    if (kind === 'special') {
      attempt(path, () => writeFileSync(path, content));
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
