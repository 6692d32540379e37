/** The graph-data store: one writer at a time, nothing overwritten that changed meanwhile, all files or none. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, withLock } from '../../../src/cli/store/lock';
import { ConflictError, readDataFile, transact } from '../../../src/cli/store/graphStore';
import { commit, recover, TXN_DIR } from '../../../src/cli/store/transaction';

const folder = () => mkdtempSync(join(tmpdir(), 'kg-store-'));
const text = (path: string) => readFileSync(path, 'utf8');

describe('the lock', () => {
  it('is taken and given back', () => {
    const dir = folder();
    withLock(dir, () => expect(existsSync(join(dir, LOCK_FILE))).toBe(true));
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('left by a writer that died is broken by the next one', () => {
    const dir = folder();
    // A pid that cannot be running: the kernel's largest is far below this.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 30, host: hostname(), at: '2026-01-01T00:00:00.000Z' }));
    expect(withLock(dir, () => 'ran')).toBe('ran');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a transaction', () => {
  it('never overwrites a change made while it worked: it does the work again from fresh', () => {
    const dir = folder();
    const file = join(dir, 'entities.json');
    writeFileSync(file, 'A\n');
    let attempts = 0;
    transact(dir, () => {
      attempts++;
      const seen = new TextDecoder().decode(readDataFile(file)!);
      // A person saves the file by hand while the first attempt works.
      if (attempts === 1) writeFileSync(file, 'A, edited by hand\n');
      return { writes: [{ path: file, content: `${seen.trim()} + B\n` }], result: undefined };
    });
    expect(attempts).toBe(2);
    expect(text(file)).toBe('A, edited by hand + B\n');
  });

  it('gives up after three attempts, naming the file that keeps changing, and writes nothing', () => {
    const dir = folder();
    const file = join(dir, 'relations.json');
    writeFileSync(file, '0');
    let n = 0;
    expect(() =>
      transact(dir, () => {
        readDataFile(file);
        writeFileSync(file, String(++n));
        return { writes: [{ path: file, content: 'mine' }], result: undefined };
      }),
    ).toThrow(ConflictError);
    expect(text(file)).toBe('3');
    expect(readdirSync(dir).sort()).toEqual(['relations.json']);
  });

  it('refuses to create a file that appeared meanwhile', () => {
    const dir = folder();
    const file = join(dir, 'sources', 'new.txt');
    let attempt = 0;
    expect(() =>
      transact(dir, () => {
        attempt++;
        mkdirSync(join(dir, 'sources'), { recursive: true });
        writeFileSync(file, `someone else ${attempt}`);
        return { writes: [{ path: file, content: 'mine' }], result: undefined };
      }),
    ).toThrow(/nothing written: .*new\.txt changed while this command was working/);
    expect(text(file)).toBe('someone else 3');
  });
});

describe('recovery of a transaction a killed command left', () => {
  const staged = (dir: string, journal: boolean) => {
    writeFileSync(join(dir, 'a.json'), 'old a');
    writeFileSync(join(dir, 'b.json'), 'old b');
    mkdirSync(join(dir, TXN_DIR));
    writeFileSync(join(dir, TXN_DIR, '0.new'), 'new a');
    writeFileSync(join(dir, TXN_DIR, '1.new'), 'new b');
    if (journal) writeFileSync(join(dir, TXN_DIR, 'journal.json'), JSON.stringify({ files: [{ staged: '0.new', target: 'a.json' }, { staged: '1.new', target: 'b.json' }] }));
  };

  it('rolls back when the kill came before the commit', () => {
    const dir = folder();
    staged(dir, false);
    expect(recover(dir)).toBe('rolled-back');
    expect([text(join(dir, 'a.json')), text(join(dir, 'b.json'))]).toEqual(['old a', 'old b']);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('rolls forward when it came after, even halfway through the renames', () => {
    const dir = folder();
    staged(dir, true);
    // The first file was already renamed into place when the command was killed.
    writeFileSync(join(dir, 'a.json'), 'new a');
    rmSync(join(dir, TXN_DIR, '0.new'));
    expect(recover(dir)).toBe('rolled-forward');
    expect([text(join(dir, 'a.json')), text(join(dir, 'b.json'))]).toEqual(['new a', 'new b']);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('commits several files and leaves no temporary file', () => {
    const dir = folder();
    commit(dir, [
      { path: join(dir, 'x', 'one.json'), content: '1' },
      { path: join(dir, 'two.json'), content: '2' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['two.json', 'x']);
    expect(text(join(dir, 'x', 'one.json'))).toBe('1');
  });
});
