/**
 * Browser-side figures, in headless Chromium (software WebGL: only the JavaScript-side
 * numbers mean anything): the production bundle's size, navigation to the first drawn
 * frame of the seed graph, and the hover highlight's cost against bare sigma at 1k–100k nodes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';
import { browserUnavailable, launchBrowser, openPage, startServer } from '../helpers/browser';
import { REPO_ROOT } from '../helpers/shipped';
import { fmt, median } from './measure';
import { against, type Progress } from './progress';

function bundleSizes(): string[] {
  const assets = join(REPO_ROOT, 'dist', 'assets');
  const rows = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(join(assets, f));
      return { f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  return [
    '| file | raw (kB) | gzip (kB) |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.f.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} | ${(r.raw / 1024).toFixed(1)} | ${(r.gzip / 1024).toFixed(1)} |`),
    `| **total** | | **${(total / 1024).toFixed(1)}** |`,
  ];
}

async function firstFrame(runs = 5): Promise<number> {
  const { server, url } = await startServer();
  const browser = await launchBrowser();
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { page } = await openPage(browser, url);
      await page.goto(`${url}?lang=en`);
      await page.waitForFunction(() => performance.getEntriesByName('kg:first-frame').length > 0, undefined, { timeout: 30_000 });
      samples.push(await page.evaluate(() => performance.getEntriesByName('kg:first-frame')[0]?.startTime ?? NaN));
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return median(samples);
}

type HoverResult = { order: number; size: number; firstRenderMs: number; oursMs: number; bareMs: number; framesOursMs: number; framesBareMs: number };

async function hoverCosts(orders: number[], progress: Progress): Promise<HoverResult[]> {
  // No watching, no HMR: an edit elsewhere must not reload the page mid-measurement.
  const server = await createServer({ root: REPO_ROOT, logLevel: 'silent', server: { host: '127.0.0.1', port: 0, hmr: false, watch: null } });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  const browser = await launchBrowser();
  const results: HoverResult[] = [];
  try {
    for (const order of orders) {
      const result = await progress.measure(
        hoverCaseName(order),
        async () => {
          const { page } = await openPage(browser, url ?? '', 1000, 700);
          await page.goto(`${url}tests/bench/hover.html`);
          await page.waitForFunction(() => typeof window.runHoverBench === 'function', undefined, { timeout: 60_000 });
          const figures = await page.evaluate((n) => window.runHoverBench(n), order);
          await page.context().close();
          return figures;
        },
        (h) => `hover ${against(h.oursMs, h.bareMs, fmt)}; a frame with labels ${against(h.framesOursMs, h.framesBareMs, fmt)}`,
      );
      results.push(result);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

const HOVER_ORDERS = [1_000, 10_000, 100_000];
const FIRST_FRAME = 'the seed graph: navigation to the first drawn frame (median of 5 loads)';
const hoverCaseName = (order: number) => `${order / 1000}k nodes / ${order / 200}k edges: hover highlight and a whole frame, against bare sigma`;

export function browserCaseNames(): string[] {
  return [FIRST_FRAME, ...HOVER_ORDERS.map(hoverCaseName)];
}

export async function benchBrowser(progress: Progress): Promise<string[]> {
  const unavailable = browserUnavailable();
  if (unavailable) return ['## Browser', '', `Skipped: ${unavailable}`];
  const frame = await progress.measure(FIRST_FRAME, () => firstFrame(), (ms) => `${fmt(ms)} ms`);
  const hover = await hoverCosts(HOVER_ORDERS, progress);
  return [
    '## Production bundle (npm run build)',
    '',
    ...bundleSizes(),
    '',
    '## Seed graph in headless Chromium',
    '',
    `Navigation to the first drawn frame (sigma's first afterRender), median of 5 loads: **${fmt(frame)} ms**`,
    '',
    '## Hover highlight, JavaScript time per hover (median of 15)',
    '',
    '| graph | ours: focus sets + partial refresh (ms) | bare sigma: reducer + full refresh (ms) | ours / bare | sigma construction (ms) |',
    '| --- | --- | --- | --- | --- |',
    ...hover.map(
      (h) => `| ${h.order / 1000}k nodes / ${Math.round(h.size / 1000)}k edges | ${fmt(h.oursMs)} | ${fmt(h.bareMs)} | ${(h.oursMs / h.bareMs).toPrecision(2)}× | ${fmt(h.firstRenderMs)} |`,
    ),
    '',
    '## A whole frame with our label placement (no overlap, nothing cut) against sigma drawing its own labels, same renderer otherwise (median of 5)',
    '',
    '| graph | ours: render + label placement (ms) | bare sigma: render + its labels (ms) | ours / bare |',
    '| --- | --- | --- | --- |',
    ...hover
      .filter((h) => Number.isFinite(h.framesOursMs))
      .map((h) => `| ${h.order / 1000}k nodes / ${Math.round(h.size / 1000)}k edges | ${fmt(h.framesOursMs)} | ${fmt(h.framesBareMs)} | ${(h.framesOursMs / h.framesBareMs).toPrecision(2)}× |`),
  ];
}
