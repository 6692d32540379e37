/** Two writers on one graph-data folder, 100 rounds each, at the same time: nothing either of them was told is lost. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReview } from '../../../src/cli/reviewActions';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, graphDataCopy } from '../../helpers/ingest';
import { REPO_ROOT } from '../../helpers/shipped';

const ROUNDS = 100;
const writer = (role: string, dir: string) =>
  new Promise<{ code: number | null; err: string }>((done) => {
    const child = spawn(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['tests/helpers/storeWriter.ts', role, dir, String(ROUNDS)], { cwd: REPO_ROOT });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => done({ code, err }));
  });

describe('two writers at once', () => {
  it('lose no decision and no applied alias over 100 rounds each', { timeout: 240_000 }, async () => {
    const dir = graphDataCopy();
    expect(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir).code).toBe(0);
    const [decide, apply] = await Promise.all([writer('decide', dir), writer('apply', dir)]);
    expect(decide).toEqual({ code: 0, err: '' });
    expect(apply).toEqual({ code: 0, err: '' });

    const review = JSON.parse(readFileSync(join(dir, 'review', 'fixture.json'), 'utf8')) as { decisions: { target: string }[] };
    const targets = review.decisions.map((d) => d.target);
    expect(targets.filter((t) => t.startsWith('mention:'))).toHaveLength(ROUNDS);
    expect(targets.filter((t) => t.startsWith('alias:'))).toHaveLength(ROUNDS);
    writeReview(dir, 'fixture');
    const eu = (JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')) as { entities: { id: string; aliases: string[] }[] }).entities.find((e) => e.id === 'eu')!;
    expect(eu.aliases.filter((a) => a.startsWith('EU alias '))).toHaveLength(ROUNDS);
    expect(runKg('validate', '--data', dir).code).toBe(0);
  });
});
