/**
 * A command killed at any moment of a write leaves graph-data valid, and every decision either
 * applied or still pending: each rename of ingest, review and apply is turned, in turn, into a
 * SIGKILL of the real process (strace's syscall fault injection), then the next command runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, graphDataCopy } from '../../helpers/ingest';
import { ARTIFACTS } from '../../helpers/browser';
import { REPO_ROOT } from '../../helpers/shipped';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const RENAMES = 'rename,renameat,renameat2';
const straceWorks = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true']).status === 0;
if (!straceWorks && process.env.CI) throw new Error('strace is needed for the kill tests (apt-get install strace; .ci/run installs it)');

/** Runs `kg` as its own process; with `killAt`, the killAt-th rename it makes kills it instead. */
function kg(args: string[], killAt?: number): { killed: boolean; renames: number } {
  mkdirSync(ARTIFACTS, { recursive: true });
  const log = join(ARTIFACTS, `strace-${process.pid}.log`);
  const inject = killAt ? ['-e', `inject=${RENAMES}:signal=KILL:when=${killAt}`] : [];
  const run = spawnSync('strace', ['-f', '-qq', '-o', log, '-e', `trace=${RENAMES}`, ...inject, TSX, 'src/cli/kg.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  const renames = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => /\brename(at2?)?\(/.test(l)).length : 0;
  // tsx runs the command in a child process; the parent reports its death by SIGKILL as 137.
  return { killed: run.signal === 'SIGKILL' || run.status === 137, renames };
}

/** Nothing a killed writer leaves behind after the next command: no journal, no temporary file, no lock. */
function leftovers(dir: string): string[] {
  const all = (sub: string): string[] => readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(sub, e.name)) : [join(sub, e.name)]));
  return all('').filter((p) => /(^|\/)\.|\.tmp$|\.new$/.test(p));
}

const ingestArgs = (dir: string) => ['ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir];

// Each case starts the real command once per rename, a second or two each.
describe.skipIf(!straceWorks)('killed at every rename', { timeout: 180_000 }, () => {
  it('ingest: the article is stored with its review, or not at all, and can be ingested again', () => {
    const clean = graphDataCopy();
    const total = kg(ingestArgs(clean)).renames;
    expect(total).toBeGreaterThanOrEqual(4);
    for (let n = 1; n <= total; n++) {
      const dir = graphDataCopy();
      expect(kg(ingestArgs(dir), n).killed).toBe(true);
      expect(runKg('validate', '--data', dir).code).toBe(0);
      expect(leftovers(dir)).toEqual([]);
      const stored = ['sources/fixture.txt', 'sources/fixture.json', 'review/fixture.json'].map((f) => existsSync(join(dir, f)));
      expect(new Set(stored).size, `after a kill at rename ${n}: ${stored}`).toBe(1);
      // No dead end: either it is there and reviewable, or it can be ingested.
      if (stored[0]) expect(runKg('review', 'fixture', '--data', dir).code).toBe(0);
      else expect(runKg(...ingestArgs(dir)).code).toBe(0);
    }
  });

  it('apply: the graph and the review are both written, or neither; applying again finishes the job', () => {
    const prepared = graphDataCopy();
    expect(runKg(...ingestArgs(prepared)).code).toBe(0);
    const decisions = join(prepared, 'decisions.json');
    writeFileSync(
      decisions,
      JSON.stringify([
        { target: 'candidate:nhat-ban', action: 'edit', edit: { labels: { en: 'Japan' }, category: 'state' } },
        { target: 'candidate:ha-noi', action: 'edit', edit: { labels: { en: 'Hanoi' } } },
        { target: 'relation:added-', action: 'add', add: { type: 'relation', source: { candidate: 'nhat-ban' }, predicate: 'cooperates_with', target: { entity: 'vietnam' }, evidence: [{ start: 71, end: 91, quote: 'Nhật Bản và Việt Nam' }] } },
      ]),
    );
    expect(runKg('review', 'fixture', '--decisions', decisions, '--data', prepared)).toMatchObject({ code: 0, err: '' });
    const copy = () => {
      const dir = graphDataCopy();
      mkdirSync(join(dir, 'review'));
      for (const f of ['sources/fixture.txt', 'sources/fixture.json', 'review/fixture.json']) writeFileSync(join(dir, f), readFileSync(join(prepared, f)));
      return dir;
    };
    const reference = copy();
    const total = kg(['apply', 'fixture', '--write', '--data', reference]).renames;
    expect(total).toBeGreaterThanOrEqual(4);
    const written = readFileSync(join(reference, 'entities.json'), 'utf8');
    const before = readFileSync(join(prepared, 'entities.json'), 'utf8');
    for (let n = 1; n <= total; n++) {
      const dir = copy();
      expect(kg(['apply', 'fixture', '--write', '--data', dir], n).killed).toBe(true);
      expect(runKg('validate', '--data', dir).code).toBe(0);
      expect(leftovers(dir)).toEqual([]);
      const entities = readFileSync(join(dir, 'entities.json'), 'utf8');
      const applied = (JSON.parse(readFileSync(join(dir, 'review', 'fixture.json'), 'utf8')) as { applied?: unknown[] }).applied ?? [];
      // Either nothing happened (the decisions still pending) or all of it (and the review says so).
      expect([entities, applied.length], `after a kill at rename ${n}`).toEqual(entities === before ? [before, 0] : [written, 1]);
      expect(runKg('apply', 'fixture', '--write', '--data', dir).code).toBe(0);
      expect(readFileSync(join(dir, 'entities.json'), 'utf8')).toBe(written);
    }
  });

  it('review: a decision is recorded whole or not at all', () => {
    const prepared = graphDataCopy();
    expect(runKg(...ingestArgs(prepared)).code).toBe(0);
    const args = (dir: string) => ['review', 'fixture', '--accept', '2', '--data', dir];
    const total = kg(args(prepared)).renames;
    for (let n = 1; n <= total; n++) {
      const dir = graphDataCopy();
      expect(runKg(...ingestArgs(dir)).code).toBe(0);
      expect(kg(args(dir), n).killed).toBe(true);
      const state = runKg('review', 'fixture', '--json', '--data', dir);
      expect(state.code).toBe(0);
      expect([0, 1]).toContain((JSON.parse(state.out) as { decided: number }).decided);
      expect(leftovers(dir)).toEqual([]);
    }
  });
});
