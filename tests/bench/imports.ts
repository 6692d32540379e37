/**
 * Opening a large graphology JSON in headless Chromium: the explorer (import worker, checks,
 * React, sigma) against bare sigma (`Graph.from` + `new Sigma`) on the same file in the same
 * run. Three figures each, from choosing the file: the first drawn frame (an animation frame
 * after sigma's synchronous first render); the moment the page answers again after it (its
 * first free moment, polled every 250 ms: software WebGL paints the first frame in a task of
 * its own, after that animation frame); and the longest main-thread task (PerformanceObserver
 * "longtask"), which is what freezes a page.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer } from 'vite';
import { browserUnavailable, launchBrowser, openPage, startServer } from '../helpers/browser';
import { REPO_ROOT } from '../helpers/shipped';
import { against, type Progress } from './progress';
import { random } from './synthetic';

type Size = { nodes: number; edges: number };
type Figures = { drawnMs: number; answersMs: number; longestTaskMs: number };

/** What bare sigma needs and a typical exported file carries: labels, positions, sizes; plain edges. */
function writeGraphFile(dir: string, { nodes, edges }: Size): string {
  const rand = random(11);
  const parts: string[] = ['{"attributes":{"name":"bench"},"options":{"type":"directed","multi":true,"allowSelfLoops":true},"nodes":['];
  for (let i = 0; i < nodes; i++) {
    parts.push(`${i ? ',' : ''}{"key":"n${i}","attributes":{"label":"Node ${i}","x":${(rand() * 1000).toFixed(2)},"y":${(rand() * 1000).toFixed(2)},"size":${(1 + rand() * 4).toFixed(1)}}}`);
  }
  parts.push('],"edges":[');
  for (let i = 0; i < edges; i++) parts.push(`${i ? ',' : ''}{"source":"n${i % nodes}","target":"n${Math.floor(rand() * nodes)}"}`);
  parts.push(']}');
  const path = join(dir, `bench-${nodes}-${edges}.json`);
  writeFileSync(path, parts.join(''));
  return path;
}

/** Marks the moment the file is chosen, and records every long task after it. */
const OBSERVE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => performance.mark('bench:start'), true);
`;

async function measure(browser: Browser, url: string, file: string, drawnMark: string, marksBefore: number): Promise<Figures> {
  const { page } = await openPage(browser, url, 1000, 700);
  await page.addInitScript(OBSERVE);
  await page.goto(url);
  await page.waitForFunction((n) => performance.getEntriesByName('kg:first-frame').length >= n, marksBefore, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.waitForFunction(([mark, n]) => performance.getEntriesByName(mark as string).length > (n as number), [drawnMark, marksBefore], { timeout: 15 * 60_000, polling: 250 });
  const figures = await page.evaluate((mark) => {
    const answered = performance.now();
    const start = performance.getEntriesByName('bench:start')[0]?.startTime ?? NaN;
    const drawn = performance.getEntriesByName(mark).at(-1)?.startTime ?? NaN;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(([at]) => at >= start - 1 && at <= answered);
    return { drawnMs: drawn - start, answersMs: answered - start, longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)) };
  }, drawnMark);
  await page.context().close();
  return figures;
}

export const importCaseName = (size: Size) => `${size.nodes / 1000}k nodes / ${size.edges / 1000}k edges: open the file, against bare sigma`;

export async function benchImports(sizes: Size[], progress: Progress): Promise<string[]> {
  const unavailable = browserUnavailable();
  if (unavailable) return ['## Imports', '', `Skipped: ${unavailable}`];
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-import-'));
  const app = await startServer();
  const dev = await createServer({ root: REPO_ROOT, logLevel: 'silent', server: { host: '127.0.0.1', port: 0, hmr: false, watch: null } });
  await dev.listen();
  const bareUrl = `${dev.resolvedUrls?.local[0] ?? ''}tests/bench/bareImport.html`;
  const browser = await launchBrowser();
  const rows: string[] = [];
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const seconds = (sec: number) => sec.toFixed(2);
  try {
    for (const size of sizes) {
      const file = writeGraphFile(dir, size);
      const mb = (statSync(file).size / 1048576).toFixed(0);
      const { ours, bare } = await progress.measure(
        importCaseName(size),
        async () => ({ bare: await measure(browser, bareUrl, file, 'bare:drawn', 0), ours: await measure(browser, `${app.url}?lang=en`, file, 'kg:first-frame', 1) }),
        (r) => `first frame ${against(r.ours.drawnMs / 1000, r.bare.drawnMs / 1000, seconds, 's')}`,
      );
      const cells = (key: keyof Figures) => `${s(ours[key])} | ${s(bare[key])} | ${(ours[key] / bare[key]).toFixed(2)}×`;
      rows.push(`| ${size.nodes / 1000}k nodes / ${size.edges / 1000}k edges (${mb} MB) | ${cells('drawnMs')} | ${cells('answersMs')} | ${cells('longestTaskMs')} |`);
    }
  } finally {
    await browser.close();
    await app.server.close();
    await dev.close();
  }
  return [
    '## Opening a graphology JSON (headless Chromium, software WebGL)',
    '',
    '| graph | first frame: ours (s) | bare sigma (s) | ratio | page answers: ours (s) | bare sigma (s) | ratio | longest main-thread task: ours (s) | bare sigma (s) | ratio |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}
