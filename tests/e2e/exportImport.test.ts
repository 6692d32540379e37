/**
 * Export and import in a real browser: the Export menu saves the filtered view, the files
 * parse and hold that subgraph; opening files (our own, plain, hostile) behaves.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv';
import { readGraphFile } from '../../src/io/read';
import { browserUnavailable, openPage, paintedPixels, screenshot, waitForGraph } from '../helpers/browser';
import { browserSuite } from '../helpers/browserSuite';
import { validateGexf, xmllintUnavailable } from '../helpers/xmllint';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('export and import in Chromium', () => {
  const suite = browserSuite();
  const dir = mkdtempSync(join(tmpdir(), 'kg-e2e-io-'));

  async function open(query: string): Promise<Page> {
    const { page } = await openPage(suite.browser(), suite.origin());
    await page.goto(`${suite.origin()}${query}`);
    await waitForGraph(page);
    return page;
  }

  async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
    await page.locator('.export-menu summary').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`.export-menu button[data-format="${format}"]`).click()]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    await page.locator('.export-menu summary').click();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  const counts = (page: Page) => page.locator('.filters .counts').textContent();

  it('exports the filtered view as GEXF that validates and holds exactly that subgraph', async () => {
    const page = await open('?lang=en&actor=norway');
    await expect.poll(() => counts(page)).toContain('Showing 9 of 71 nodes, 16 of 114 edges');
    await page.locator('.export-menu summary').click();
    await screenshot(page, '13-export-menu');
    await page.locator('.export-menu summary').click();
    const { name, bytes } = await download(page, 'gexf');
    expect(name).toBe('partnerships-norway-en.gexf');
    const imported = readGraphFile(name, bytes);
    expect(imported.graph.order).toBe(9);
    expect(imported.graph.size).toBe(16);
    expect(imported.graph.getEdgeAttribute('norway:signs:eu-norway-spd', 'evidence')[0]?.quote).toContain('Na Uy');
    if (!xmllintUnavailable()) expect(validateGexf(bytes.toString('utf8')).ok).toBe(true);
  });

  it('offers GEXF 1.2 for NetworkX 2.x, as the command line does', async () => {
    const page = await open('?lang=en&actor=norway');
    await page.locator('.export-menu summary').click();
    await page.getByLabel('GEXF version').selectOption('1.2');
    await page.locator('.export-menu summary').click();
    const { name, bytes } = await download(page, 'gexf');
    expect(name).toBe('partnerships-norway-en.gexf');
    const text = bytes.toString('utf8');
    expect(text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">');
    expect(readGraphFile(name, bytes).graph.order).toBe(9);
  });

  it('exports CSV as a zip of a nodes and an edges file', async () => {
    const page = await open('?lang=en&actor=norway');
    const { name, bytes } = await download(page, 'csv');
    expect(name).toBe('partnerships-norway-en-csv.zip');
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toEqual(['partnerships-norway-en-edges.csv', 'partnerships-norway-en-nodes.csv']);
    const nodes = parseCsv(strFromU8(files['partnerships-norway-en-nodes.csv'] as Uint8Array));
    expect(nodes).toHaveLength(10);
    expect(nodes.map((r) => r[0])).toContain('eu-norway-spd');
  });

  it('in the Vietnamese interface, labels exports in Vietnamese and offers the Gephi and Neo4j CSV dialects with a BOM', async () => {
    const page = await open('?lang=vi&actor=norway');
    const gexf = await download(page, 'gexf');
    expect(gexf.name).toBe('partnerships-norway-vi.gexf');
    expect(gexf.bytes.toString('utf8')).toContain('<node id="norway" label="Na Uy">');
    await page.locator('.export-menu summary').click();
    await page.locator('.csv-options select').selectOption('gephi');
    await page.locator('.csv-options input[type=checkbox]').check();
    await screenshot(page, '16-export-menu-vi-csv');
    await page.locator('.export-menu summary').click();
    const { name, bytes } = await download(page, 'csv');
    expect(name).toBe('partnerships-norway-vi-gephi-csv.zip');
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toEqual(['partnerships-norway-vi-gephi-edges.csv', 'partnerships-norway-vi-gephi-nodes.csv']);
    const nodeBytes = files['partnerships-norway-vi-gephi-nodes.csv'] as Uint8Array;
    expect([...nodeBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const nodes = strFromU8(nodeBytes);
    expect(nodes.startsWith('Id,Label,')).toBe(true);
    expect(parseCsv(nodes).find((r) => r[0] === 'norway')?.[1]).toBe('Na Uy');
    await page.locator('.export-menu summary').click();
    await page.locator('.csv-options select').selectOption('neo4j');
    await page.locator('.export-menu summary').click();
    const neo4j = unzipSync(new Uint8Array((await download(page, 'csv')).bytes));
    expect(Object.keys(neo4j).sort()).toEqual(['partnerships-norway-vi-neo4j-edges.csv', 'partnerships-norway-vi-neo4j-import.sh', 'partnerships-norway-vi-neo4j-nodes.csv']);
  });

  it('exports the canvas as a PNG', async () => {
    const page = await open('?lang=en');
    const { name, bytes } = await download(page, 'png');
    expect(name).toBe('partnerships-en.png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
    writeFileSync(join(dir, 'export.png'), bytes);
  });

  it('opens our own export, a plain file without positions, and keeps hostile labels as text', async () => {
    const page = await open('?lang=en');
    const gexf = join(dir, 'plain.gexf');
    writeFileSync(
      gexf,
      '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>' +
        '<node id="a" label="&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;"/><node id="b" label="Hà Nội"/><node id="c" label="Brussels"/></nodes>' +
        '<edges><edge source="a" target="b"/><edge source="b" target="c"/></edges></graph></gexf>',
    );
    await page.locator('input[type=file]').setInputFiles(gexf);
    await expect.poll(() => page.locator('.notice.info').textContent()).toContain('plain.gexf');
    await expect.poll(() => counts(page)).toContain('Showing 3 of 3 nodes, 2 of 2 edges');
    await page.keyboard.press('/');
    await page.keyboard.type('img');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('<img src=x onerror="window.pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.waitForTimeout(1500);
    expect(await paintedPixels(page)).toBeGreaterThan(1000);
    await screenshot(page, '14-imported-plain');
  });

  it('refuses a hostile file with a clear message and keeps the graph on screen', async () => {
    const page = await open('?lang=en');
    const bomb = join(dir, 'bomb.graphml');
    writeFileSync(bomb, '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<graphml><graph><node id="&b;"/></graph></graphml>');
    await page.locator('input[type=file]').setInputFiles(bomb);
    const alert = page.locator('.notice.error');
    await expect.poll(() => alert.textContent()).toContain('bomb.graphml: line 2: DOCTYPE and ENTITY declarations are not allowed');
    expect(await alert.textContent()).toContain('the graph on screen is unchanged');
    expect(await counts(page)).toContain('Showing 71 of 71 nodes');
    await screenshot(page, '15-hostile-file');
    const dangling = join(dir, 'dangling.json');
    writeFileSync(dangling, JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'ghost' }] }));
    await page.locator('input[type=file]').setInputFiles(dangling);
    await expect.poll(() => alert.textContent()).toContain('dangling.json: edges[0]: target "ghost" is not a node of the file');
  });

  it('leaks no WebGL context when the explorer is rebuilt again and again', async () => {
    const { page, consoleErrors } = await openPage(suite.browser(), suite.origin());
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (/too many active webgl contexts/i.test(msg.text())) warnings.push(msg.text());
    });
    await page.goto(`${suite.origin()}?lang=en`);
    await waitForGraph(page);
    const small = join(dir, 'small.json');
    writeFileSync(small, JSON.stringify({ nodes: [{ key: 'a', attributes: { x: 0, y: 0 } }, { key: 'b', attributes: { x: 1, y: 1 } }], edges: [{ source: 'a', target: 'b' }] }));
    // Each explorer holds three WebGL contexts; Chromium complains past 16 live ones: eight rebuilds that leaked would be 27.
    for (let i = 0; i < 4; i++) {
      await page.locator('input[type=file]').setInputFiles(small);
      await expect.poll(() => page.locator('.notice.info').count()).toBe(1);
      await page.getByRole('button', { name: 'Back to the shipped graph' }).click();
      await expect.poll(() => page.locator('.notice.info').count()).toBe(0);
    }
    await waitForGraph(page);
    expect(await page.evaluate(() => document.querySelectorAll('canvas.sigma-nodes').length)).toBe(1);
    expect(warnings).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

