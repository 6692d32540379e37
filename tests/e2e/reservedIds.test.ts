/**
 * Ids that are names JavaScript objects already carry, on every path a curated id takes: the
 * validator, each export format (whole graph and filtered), the profile, paths, search, the stats, and the
 * explorer in Chromium (search, ?node=, ?actor=, ?path=).
 *
 * The fixture's entities are "constructor", "prototype", "name", "0" and "valueof", its article
 * "length". "constructor" is refused with a message naming it: graphology, the graph library,
 * keeps each node's neighbours in a plain object, where "constructor" is already there (it
 * crashed filters, profiles and the explorer). Renamed as the message suggests, every other name
 * works everywhere.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../src/cli/reviewServer';
import { buildGraph, toSourceDocuments, type GraphBundle } from '../../src/model/graph';
import type { Dataset, Entity, Relation, SourceMeta } from '../../src/model/schema';
import { EXPORT_FORMAT_IDS, type ExportFormat } from '../../src/io/options';
import { browserUnavailable, launchBrowser, openPage, screenshot, waitForGraph } from '../helpers/browser';
import { runKg } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/shipped';

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'reserved-ids');
const IDS = ['prototype', 'name', '0', 'valueof'];
const REFUSAL = /entities\.json: entities\[0\]\.id: "constructor" cannot be an id: .*choose another, e\.g\. "constructor-1"/;

/** A throw-away copy of the fixture; `renamed` gives "constructor" the id the refusal suggests. */
function fixtureCopy(renamed: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-reserved-'));
  cpSync(FIXTURE, dir, { recursive: true });
  if (renamed) {
    for (const name of ['entities.json', 'relations.json']) {
      const path = join(dir, name);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"constructor"', '"constructor-1"'));
    }
  }
  return dir;
}

/** Where each format writes an entity's id, so the test can find every id in what was written. */
function exportedIds(format: ExportFormat, dir: string): string[] {
  const files = readdirSync(dir);
  const read = (suffix: string) => readFileSync(join(dir, files.find((f) => f.endsWith(suffix))!), 'utf8');
  const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
  switch (format) {
    case 'gexf':
    case 'graphml':
      return all(read(`.${format}`), /<node id="([^"]*)"/g);
    case 'cyjs':
      return (JSON.parse(read('.cyjs')) as { elements: { nodes: { data: { id: string } }[] } }).elements.nodes.map((n) => n.data.id);
    case 'json':
      return (JSON.parse(read('.json')) as { nodes: { key: string }[] }).nodes.map((n) => n.key);
    case 'csv':
      return read('-nodes.csv').split('\n').slice(1, -1).map((line) => line.split(',')[0]!);
    case 'cypher':
      return all(read('.cypher'), /\{id: '([^':]*)'/g);
    case 'ttl':
      return [...new Set(all(read('.ttl'), /\/entity\/([^>]*)>/g))];
  }
}

describe('ids that are names JavaScript objects carry, on the command line', () => {
  it('"constructor" is refused by every command with the reason and a way out, and nothing is written', () => {
    const data = fixtureCopy(false);
    const validate = runKg('validate', '--data', data);
    expect(validate.code).toBe(1);
    expect(validate.err).toMatch(REFUSAL);
    // The relations that name it are not reported again: one mistake, one message.
    expect(validate.err.split('\n').filter((line) => line.includes('constructor'))).toHaveLength(1);
    for (const args of [['stats'], ['build'], ['profile', 'constructor'], ['profile', 'prototype'], ['path', 'prototype', '0'], ['find', 'viet nam']]) {
      const result = runKg(...args, '--data', data);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err).toMatch(REFUSAL);
    }
    expect(existsSync(join(data, 'dist'))).toBe(false);
    for (const format of EXPORT_FORMAT_IDS) {
      const out = mkdtempSync(join(tmpdir(), 'kg-reserved-out-'));
      const result = runKg('export', '--format', format, '--out-dir', out, '--actor', 'prototype', '--data', data);
      expect(result.code, format).toBe(1);
      expect(result.err).toMatch(REFUSAL);
      expect(readdirSync(out)).toEqual([]);
    }
  });

  it('renamed, every other such name validates, exports in every format, filters and has its profile', () => {
    const data = fixtureCopy(true);
    expect(runKg('validate', '--data', data)).toMatchObject({ code: 0, out: expect.stringContaining('5 entities, 5 relations, 1 sources') });
    expect(runKg('stats', '--data', data).out).toMatch(/By source[^\n]*\n\s+length: 5 nodes, 5 edges\n/);
    for (const format of EXPORT_FORMAT_IDS) {
      for (const filter of [[], ['--actor', 'prototype', '--hops', '2'], ['--domain', '0', '--domain-hops', '2'], ['--among', 'constructor-1,prototype,name']]) {
        const out = mkdtempSync(join(tmpdir(), 'kg-reserved-out-'));
        const result = runKg('export', '--format', format, '--out-dir', out, ...filter, '--data', data);
        expect(result.code, `${format} ${filter.join(' ')}`).toBe(0);
        const expected = filter[0] === '--among' ? ['constructor-1', 'prototype', 'name'] : ['constructor-1', ...IDS];
        expect(new Set(exportedIds(format, out)), `${format} ${filter.join(' ')}`).toEqual(new Set(expected));
      }
    }
    const actor = runKg('profile', 'prototype', '--data', data);
    expect(actor.code).toBe(0);
    expect(actor.out).toMatch(/Partners \(1\)\n\s+Viet Nam/);
    const domain = runKg('profile', '0', '--lang', 'vi', '--json', '--data', data);
    expect(domain.code).toBe(0);
    expect(JSON.stringify(JSON.parse(domain.out))).toContain('"prototype"');
    const path = runKg('path', 'constructor-1', 'valueof', '--data', data);
    expect(path.code).toBe(0);
    expect(path.out).toContain('Viet Nam signs the Framework Agreement.');
    expect(runKg('find', 'hien chuong', '--data', data).out).toContain('valueof');
  });
});

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('ids that are names JavaScript objects carry, in the explorer', () => {
  let browser: Browser | undefined;
  const servers: { url: string; close: () => Promise<void> }[] = [];
  const serve = async (dataDir: string) => {
    const server = await startReviewServer({ dataDir, distDir: join(REPO_ROOT, 'dist'), port: 0 });
    servers.push(server);
    return server.url;
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  const details = (page: Page) => page.locator('#details-title');
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

  it('works with every such name: search, ?node=, ?actor=, ?path=, and an unknown "constructor" is a notice', async () => {
    const origin = await serve(fixtureCopy(true));
    const { page, consoleErrors } = await openPage(browser!, origin);

    await page.goto(`${origin}?lang=en`);
    await waitForGraph(page);
    await page.keyboard.press('/');
    await page.keyboard.type('hien chuong');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Charter of the United Nations');
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).textContent()).toBe('Charter of the United Nations');
    expect(param(page, 'node')).toBe('valueof');

    await page.goto(`${origin}?lang=en&node=0`);
    await waitForGraph(page);
    await expect.poll(() => details(page).textContent()).toBe('Cyber security');
    expect(await page.locator('.details').textContent()).toContain('Framework Agreement');

    await page.goto(`${origin}?lang=en&actor=prototype&hops=1`);
    await waitForGraph(page);
    await expect.poll(() => page.locator('.filters .counts').textContent()).toContain('Showing 3 of 5 nodes, 3 of 5 edges');

    await page.goto(`${origin}?lang=en&path=constructor-1,valueof`);
    await waitForGraph(page);
    const result = page.locator('.path-result');
    await expect.poll(() => result.locator('.path-list button').first().textContent()).toBe('2 relations, via the Framework Agreement');
    expect(await result.locator('.path-sentences .relation-line').allTextContents()).toEqual([
      'Viet Nam signs the Framework Agreement',
      'The Framework Agreement is grounded in the Charter of the United Nations',
    ]);
    await screenshot(page, 'reserved-ids-path');

    for (const query of ['node=constructor', 'actor=constructor', 'path=constructor,name', 'node=__proto__']) {
      await page.goto(`${origin}?lang=en&${query}`);
      await waitForGraph(page);
      await expect.poll(() => page.getByRole('alert').textContent(), { message: query }).toMatch(/is not in the data|is malformed/);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('a graph-data holding "constructor" is not drawn: every link says why, in place of a crash', async () => {
    const origin = await serve(fixtureCopy(false));
    const { page } = await openPage(browser!, origin);
    for (const query of ['', 'node=constructor', 'actor=constructor', 'path=constructor,valueof']) {
      await page.goto(`${origin}?lang=en&${query}`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { message: query }).toMatch(/The graph could not be loaded/);
      expect(await alert.textContent()).toMatch(REFUSAL);
      expect(await page.locator('body').textContent()).not.toContain('Something went wrong');
    }
    await screenshot(page, 'reserved-ids-refused');
  });

  it('a graph bundle built before the validator refused "constructor" is refused on loading, with the id named', async () => {
    const origin = await serve(fixtureCopy(true));
    const { page } = await openPage(browser!, origin);
    await page.route('**/graph.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(staleBundle()) }));
    await page.goto(`${origin}?lang=en&node=constructor`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/The graph could not be loaded/);
    expect(await alert.textContent()).toMatch(/"constructor"/);
  });
});

/** The fixture as an old `kg build` would have bundled it, without the validator's refusal. */
function staleBundle(): GraphBundle {
  const json = <T>(name: string) => JSON.parse(readFileSync(join(FIXTURE, name), 'utf8')) as T;
  const meta = json<SourceMeta>('sources/length.json');
  const dataset: Dataset = {
    sources: [{ ...meta, text: readFileSync(join(FIXTURE, 'sources', 'length.txt'), 'utf8') }],
    entities: json<{ entities: Entity[] }>('entities.json').entities.map((e) => ({ ...e, aliases: e.aliases ?? [], dates: e.dates ?? [] })),
    relations: json<{ relations: Relation[] }>('relations.json').relations,
  };
  return { graph: buildGraph(dataset).export(), sources: toSourceDocuments(dataset.sources) };
}
