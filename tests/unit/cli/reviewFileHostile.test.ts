/**
 * A review file is read as strictly as graph-data: a typo or a malformed shape is refused with the
 * file, the path and the problem — never taken as a decision, never a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, graphDataCopy } from '../../helpers/ingest';

type Json = unknown;

function ingested() {
  const dir = graphDataCopy();
  expect(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir).code).toBe(0);
  expect(runKg('review', 'fixture', '--accept', '1,2', '--data', dir).code).toBe(0);
  const path = join(dir, 'review', 'fixture.json');
  return { dir, path, valid: JSON.parse(readFileSync(path, 'utf8')) as Record<string, Json> };
}

const refused = (dir: string, message: RegExp) => {
  for (const args of [['review', 'fixture'], ['apply', 'fixture', '--write']]) {
    const result = runKg(...args, '--data', dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
  }
};

describe('a review file that is not what kg writes', () => {
  it('a typo in an action is refused, not taken as an accept', () => {
    const { dir, path, valid } = ingested();
    const decisions = valid.decisions as { action: string }[];
    decisions[1]!.action = 'rejct';
    writeFileSync(path, JSON.stringify(valid));
    refused(dir, /review\/fixture\.json: decisions\[1\]\.action: /);
  });

  it('an edit that is not an object is refused', () => {
    const { dir, path, valid } = ingested();
    (valid.decisions as Record<string, Json>[]).push({ target: 'candidate:nhat-ban', action: 'edit', edit: 'Japan', at: '2026-12-01T00:00:00.000Z' });
    writeFileSync(path, JSON.stringify(valid));
    refused(dir, /review\/fixture\.json: decisions\[2\]\.edit: /);
  });

  it('a named pipe in place of the file is refused at once, not waited on', () => {
    const { dir, path } = ingested();
    rmSync(path);
    execFileSync('mkfifo', [path]);
    refused(dir, /review\/fixture\.json: .*is not a regular file/);
  });

  it('broken JSON is named with its line and column', () => {
    const { dir, path } = ingested();
    writeFileSync(path, '{"source": "fixture",\n  "decisions": [}');
    refused(dir, /review\/fixture\.json: not a readable review file: invalid JSON at line 2, column/);
  });

  it('any value anywhere replaced by anything: an answer in words, exit 1 or 0, never a crash', () => {
    const { dir, path, valid } = ingested();
    const paths: (string | number)[][] = [];
    const walk = (value: Json, at: (string | number)[]) => {
      paths.push(at);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
    };
    walk(valid, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(fc.anything(), fc.constant(undefined)), (where, value) => {
        const copy = structuredClone(valid) as Record<string, Json>;
        let parent = copy as Record<string | number, Json>;
        for (const key of where.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
        const last = where.at(-1)!;
        if (value === undefined) delete parent[last];
        else parent[last] = value;
        writeFileSync(path, JSON.stringify(copy));
        for (const args of [['review', 'fixture'], ['apply', 'fixture']]) {
          const result = runKg(...args, '--data', dir);
          expect([0, 1]).toContain(result.code);
          if (result.code === 1) expect(result.err.split('\n')[0]).toMatch(/^(\S*review\/fixture\.json: \S+: |nothing written)/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
