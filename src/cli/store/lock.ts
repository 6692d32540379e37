/**
 * One writer at a time for a graph-data folder: a lock file created exclusively (O_EXCL), holding
 * the writer's pid. A writer that crashed leaves its lock behind; the next command sees that the
 * pid is gone and breaks it, so no crash can lock graph-data forever. Others wait their turn.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = '.kg.lock';
const BREAK_FILE = '.kg.lock.break';

/** How long a command waits for another to finish before it gives up (an ingest of 1 MB takes seconds). */
const WAIT_MS = 60_000;

export class LockError extends Error {}

type Holder = { pid: number; host: string; at: string };

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function readHolder(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host, at: String(holder.at) } : undefined;
  } catch {
    return undefined;
  }
}

function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true; // another machine's process cannot be checked: wait for it
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the file only if it does not exist; false if it does. */
function create(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() } satisfies Holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

const remove = (path: string) => {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
};

/**
 * Removes a lock whose writer is gone. Only one command breaks it at a time (the break file),
 * and only if it is still the same dead writer's lock when read again.
 */
function breakStale(dir: string, stale: Holder): void {
  const breakPath = join(dir, BREAK_FILE);
  if (!create(breakPath)) {
    const breaker = readHolder(breakPath);
    if (breaker && !alive(breaker)) remove(breakPath);
    return;
  }
  try {
    const now = readHolder(join(dir, LOCK_FILE));
    if (now && now.pid === stale.pid && now.at === stale.at) remove(join(dir, LOCK_FILE));
  } finally {
    remove(breakPath);
  }
}

let held = 0;

/** Runs `work` holding the folder's lock (re-entrant within one process), waiting for another writer to finish. */
export function withLock<T>(dir: string, work: () => T): T {
  if (held > 0) {
    held++;
    try {
      return work();
    } finally {
      held--;
    }
  }
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + WAIT_MS;
  for (let pause = 5; !create(path); pause = Math.min(pause * 2, 200)) {
    const holder = readHolder(path);
    if (holder && !alive(holder)) {
      breakStale(dir, holder);
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder ? `by another kg command (process ${holder.pid}, since ${holder.at})` : 'by another kg command';
      throw new LockError(`${dir} is being written ${who}; try again when it has finished (or, if no kg command runs, delete ${path})`);
    }
    sleep(pause);
  }
  held = 1;
  try {
    return work();
  } finally {
    held = 0;
    remove(path);
  }
}
