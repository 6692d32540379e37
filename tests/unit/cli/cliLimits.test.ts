/**
 * The command line at the edges of the system: output names longer than a file system takes,
 * and a reader that stops reading (`| head`). Each ends in one line or in silence, never in a
 * stack trace, and leaves no stray file or folder behind.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, graphDataCopy } from '../../helpers/ingest';
import { GRAPH_DATA, REPO_ROOT } from '../../helpers/shipped';

const scratch = () => mkdtempSync(join(tmpdir(), 'kg-limits-'));

describe('an output name too long for the file system', () => {
  const refused = (args: string[], dir: string) => {
    const result = runKg(...args);
    expect(result.code, args.join(' ').slice(0, 80)).toBe(3);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/^kg: cannot write .*: the name is too long \(/);
    expect(readdirSync(dir)).toEqual([]);
    return result.err;
  };

  it('a file name of 300 bytes, in one line, exit 3, nothing written', () => {
    const dir = scratch();
    const err = refused(['export', '--format', 'gexf', '--out', join(dir, `${'a'.repeat(300)}.gexf`), '--data', GRAPH_DATA], dir);
    expect(err).toMatch(/a file or folder name may have at most \d+ bytes; this one has 305\)$/);
    // Shortened in the message, so the line stays readable.
    expect(err.length).toBeLessThan(300);
  });

  it('counts bytes, not letters: 100 Vietnamese letters are 300 bytes', () => {
    const dir = scratch();
    refused(['export', '--format', 'json', '--out', join(dir, `${'ệ'.repeat(100)}.json`), '--data', GRAPH_DATA], dir);
  });

  it('a folder name too long, at the end of the path or inside it, creates no folder on the way', () => {
    const dir = scratch();
    refused(['export', '--format', 'gexf', '--out-dir', join(dir, 'new', 'x'.repeat(300)), '--data', GRAPH_DATA], dir);
    refused(['export', '--format', 'csv', '--out-dir', join(dir, 'new', 'y'.repeat(256), 'sub'), '--data', GRAPH_DATA], dir);
  });

  it('a whole path longer than the system takes (4,096 bytes)', () => {
    const dir = scratch();
    const deep = join(dir, ...Array.from({ length: 25 }, () => 'd'.repeat(200)), 'graph.json');
    refused(['build', '--out', deep, '--data', GRAPH_DATA], dir);
  });
});

describe('graph-data files that are not files', () => {
  it.each([
    ['a named pipe', (path: string) => execFileSync('mkfifo', [path])],
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
  ])('entities.json as %s is refused at once, not waited on or read for ever', (_name, make) => {
    const data = graphDataCopy();
    rmSync(join(data, 'entities.json'));
    make(join(data, 'entities.json'));
    const result = runKg('validate', '--data', data);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/entities\.json is not a regular file \(a folder, a pipe, a device or a socket\)/);
  });
});

/** The real command in its own process, its output piped to a reader that exits at once (as `| head` does). */
function pipedToClosedReader(args: string[]) {
  const kg = `${JSON.stringify(process.execPath)} --import tsx src/cli/kg.ts ${args.map((a) => JSON.stringify(a)).join(' ')}`;
  return spawnSync('bash', ['-c', `set -o pipefail; ${kg} | true`], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('a reader that stops reading', () => {
  it.each([
    ['kg stats', ['stats']],
    ['kg profile norway', ['profile', 'norway']],
    ['kg --help', ['--help']],
  ])('%s | head: ends quietly, with the command’s own exit code', (_name, args) => {
    const result = pipedToClosedReader(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('kg review ID | head: ends quietly', () => {
    const data = graphDataCopy();
    expect(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', data).code).toBe(0);
    const result = pipedToClosedReader(['review', 'fixture', '--data', data]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('a usage error into a closed pipe still exits 2, quietly', () => {
    const kg = `${JSON.stringify(process.execPath)} --import tsx src/cli/kg.ts nonsense`;
    const result = spawnSync('bash', ['-c', `${kg} 2>&1 | true; exit \${PIPESTATUS[0]}`], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(2);
  });
});
