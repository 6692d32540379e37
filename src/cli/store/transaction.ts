/**
 * All-or-nothing writes of several graph-data files, across a kill at any moment.
 *
 * Every new file is first written into a staging folder (.kg-txn) beside the data; then a journal
 * naming them is renamed into place — that rename is the commit; then each staged file is renamed
 * over its target. A command killed before the commit leaves the old files untouched (the staging
 * folder is discarded); killed after it, the next command finishes the renames (roll forward).
 * Either way graph-data is the state before or the state after, never a mix, and no temporary
 * file is left behind.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describeWriteError, WriteError } from '../writeError';

export const TXN_DIR = '.kg-txn';
const JOURNAL = 'journal.json';

export type FileWrite = { path: string; content: string | Uint8Array };

type Journal = { files: { staged: string; target: string }[] };

function writeDurably(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot sync a folder; the renames are still atomic there.
  }
}

/** Finishes or discards a transaction a killed command left behind. Call holding the folder's lock. */
export function recover(dataDir: string): 'none' | 'rolled-forward' | 'rolled-back' {
  const txn = join(dataDir, TXN_DIR);
  if (!existsSync(txn)) return 'none';
  const journalPath = join(txn, JOURNAL);
  if (!existsSync(journalPath)) {
    rmSync(txn, { recursive: true, force: true });
    return 'rolled-back';
  }
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  for (const { staged, target } of journal.files) {
    const from = join(txn, staged);
    if (existsSync(from)) renameSync(from, resolve(dataDir, target));
  }
  syncFolder(dataDir);
  rmSync(txn, { recursive: true, force: true });
  return 'rolled-forward';
}

/**
 * Writes the files as one transaction. Their folders are created first; a failure before the
 * commit leaves nothing behind and throws. Call holding the folder's lock, after `recover`.
 */
export function commit(dataDir: string, writes: FileWrite[]): void {
  if (writes.length === 0) return;
  const txn = join(dataDir, TXN_DIR);
  let at = txn;
  try {
    rmSync(txn, { recursive: true, force: true });
    mkdirSync(txn, { recursive: true });
    const files = writes.map((write, i) => {
      at = write.path;
      const target = relative(dataDir, resolve(write.path));
      if (target.startsWith('..') || isAbsolute(target)) throw new Error(`${write.path} is outside ${dataDir}`);
      mkdirSync(dirname(write.path), { recursive: true });
      if (existsSync(write.path) && statSync(write.path).isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      const staged = `${i}.new`;
      writeDurably(join(txn, staged), write.content);
      return { staged, target };
    });
    at = txn;
    writeDurably(join(txn, `${JOURNAL}.tmp`), JSON.stringify({ files } satisfies Journal));
    renameSync(join(txn, `${JOURNAL}.tmp`), join(txn, JOURNAL));
  } catch (error) {
    rmSync(txn, { recursive: true, force: true });
    throw new WriteError(at, describeWriteError(error));
  }
  syncFolder(txn);
  recover(dataDir);
}
