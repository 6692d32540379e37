/**
 * How every `kg` command and the review server touch a graph-data folder:
 * - `transact`: read, decide, write, as one writer at a time (the lock); at commit the files read
 *   must still be what was read (hashes) — a hand edit made meanwhile is never overwritten: the
 *   work is done again from fresh, and after three tries refused, naming the files that changed;
 *   the writes land all together or not at all (the journal).
 * - `readConsistent`: read the files between two writers, never halfway through one.
 * A transaction a killed command left behind is finished or discarded first, in both.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { withLock } from './lock';
import { commit, recover, type FileWrite } from './transaction';

export class ConflictError extends Error {
  constructor(readonly files: string[]) {
    super(`nothing written: ${files.join(', ')} changed while this command was working, three times over; try again`);
  }
}

const hashOf = (content: Uint8Array | null) => (content === null ? 'absent' : createHash('sha256').update(content).digest('hex'));

/** What the current transaction read: path → hash of the bytes read ('absent' for a file that was not there). */
let readLog: Map<string, string> | undefined;

/**
 * Reads a data file's bytes (null if it does not exist), noting what was read for the commit-time
 * check. Only a regular file: a named pipe would wait for a writer for ever, /dev/zero never ends.
 */
export function readDataFile(path: string): Uint8Array | null {
  if (existsSync(path) && !statSync(path).isFile()) throw new Error(`${path} is not a regular file (a folder, a pipe, a device or a socket)`);
  const content = existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
  readLog?.set(resolve(path), hashOf(content));
  return content;
}

function changedSince(log: Map<string, string>, writes: FileWrite[]): string[] {
  const expected = new Map(log);
  // A file written that was never read must still not exist: it is new.
  for (const write of writes) if (!expected.has(resolve(write.path))) expected.set(resolve(write.path), 'absent');
  const now = (path: string) => hashOf(existsSync(path) ? new Uint8Array(readFileSync(path)) : null);
  return [...expected].filter(([path, hash]) => now(path) !== hash).map(([path]) => relative(process.cwd(), path) || path);
}

/** Where the lock and the journal live: the data folder (created if a first ingest makes it). */
function prepare(dataDir: string): void {
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
}

const ATTEMPTS = 3;

export function transact<T>(dataDir: string, work: () => { writes: FileWrite[]; result: T }): T {
  prepare(dataDir);
  for (let attempt = 1; ; attempt++) {
    try {
      return withLock(dataDir, () => {
        recover(dataDir);
        readLog = new Map();
        try {
          const { writes, result } = work();
          const changed = changedSince(readLog, writes);
          if (changed.length > 0) throw new ConflictError(changed);
          commit(dataDir, writes);
          return result;
        } finally {
          readLog = undefined;
        }
      });
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** Runs a read of several files between writers, after finishing any transaction a killed command left. */
export function readConsistent<T>(dataDir: string, read: () => T): T {
  if (!existsSync(dataDir)) return read();
  try {
    return withLock(dataDir, () => {
      recover(dataDir);
      return read();
    });
  } catch (error) {
    // A read-only copy of graph-data cannot hold a lock file; nobody can be writing it either.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return read();
    throw error;
  }
}
