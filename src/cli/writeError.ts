/** A file the command could not write: the path and the cause in words, exit 3, one line. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

export const CAUSES: Record<string, string> = {
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
