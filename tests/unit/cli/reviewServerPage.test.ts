/**
 * What the review page needs from the review server: a write answered with the plan it wrote,
 * the entities with their category (so the page says "the Ministry …" as `kg apply` does), and a
 * refusal worded in the page's language.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../../src/cli/reviewServer';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, graphDataCopy } from '../../helpers/ingest';

describe('what the review page needs from the review server', () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const dataDir = graphDataCopy();
    runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dataDir);
    const dist = mkdtempSync(join(tmpdir(), 'kg-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    server = await startReviewServer({ dataDir, distDir: dist, port: 0 });
  });
  afterAll(() => server.close());
  const post = (path: string, body: unknown) => fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  let written: { status: number; body: { plan: Record<string, unknown> } };
  beforeAll(async () => {
    await post('api/review/fixture/decisions', { decisions: [{ target: 'candidate:nhat-ban', action: 'edit', edit: { labels: { en: 'Japan' } } }] });
    const response = await post('api/review/fixture/apply', {});
    written = { status: response.status, body: (await response.json()) as { plan: Record<string, unknown> } };
  });

  it('answers a write with the plan it wrote (entities, relations …), not the planned apply around it', () => {
    expect(written.status).toBe(200);
    expect(written.body.plan).toHaveProperty('entities');
    expect(written.body.plan).not.toHaveProperty('files');
  });

  it('lists each entity with its category', async () => {
    const state = (await (await fetch(new URL('api/review/fixture', server.url))).json()) as { entities: { id: string; category?: string }[] };
    expect(state.entities.find((e) => e.id === 'vn-ministry-of-defence')?.category).toBe('body');
  });

  it('explains a refused decision in the language the page asks for', async () => {
    const response = await post('api/review/fixture/decisions?lang=vi', { decisions: [{ target: 'relation:nope', action: 'accept' }] });
    expect(((await response.json()) as { error: string }).error).toMatch(/Bản duyệt này không có đề xuất/);
  });
});
