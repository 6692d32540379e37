import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../../src/cli/reviewServer';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, graphDataCopy } from '../../helpers/ingest';

describe('the review server', () => {
  let server: { url: string; close: () => Promise<void> };
  let dataDir: string;
  beforeAll(async () => {
    dataDir = graphDataCopy();
    runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dataDir);
    const dist = mkdtempSync(join(tmpdir(), 'kg-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    server = await startReviewServer({ dataDir, distDir: dist, port: 0 });
  });
  afterAll(() => server.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const decided = async () => ((await (await fetch(new URL('api/review/fixture', server.url))).json()) as { progress: { decided: number } }).progress.decided;

  it('lists the reviews and serves one with its text and the graph entities', async () => {
    const list = (await (await fetch(new URL('api/reviews', server.url))).json()) as { id: string }[];
    expect(list.map((r) => r.id)).toEqual(['fixture']);
    const state = (await (await fetch(new URL('api/review/fixture', server.url))).json()) as { text: string; entities: unknown[] };
    expect(state.text).toMatch(/^BÀI VIẾT HƯ CẤU/);
    expect(state.entities.length).toBe(71);
  });

  it('records a decision sent by its own page', async () => {
    const response = await post('api/review/fixture/decisions', { decisions: [{ target: '1', action: 'accept' }] }, { origin: new URL(server.url).origin });
    expect(response.status).toBe(200);
    expect(await decided()).toBe(1);
  });

  it('refuses writes from another origin or without JSON, and records nothing', async () => {
    const before = await decided();
    const foreign = await post('api/review/fixture/decisions', { decisions: [{ target: '2', action: 'accept' }] }, { origin: 'http://attacker.invalid' });
    expect(foreign.status).toBe(403);
    const form = await fetch(new URL('api/review/fixture/undo', server.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect(await decided()).toBe(before);
  });

  it('answers a bad decision with what is wrong', async () => {
    const response = await post('api/review/fixture/decisions', { decisions: [{ target: 'relation:nope', action: 'accept' }] });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(/no proposal “relation:nope”/);
  });

  it('serves nothing outside the built app', async () => {
    const response = await fetch(new URL('/%2e%2e/package.json', server.url));
    expect(response.status).toBe(404);
  });

  it('serves the graph as graph-data holds it now, the new article included', async () => {
    const bundle = (await (await fetch(new URL('graph.json', server.url))).json()) as { sources: { id: string }[] };
    expect(bundle.sources.map((s) => s.id)).toContain('fixture');
  });
});
