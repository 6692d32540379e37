/**
 * `npm run bench`: speed as ratios against bare graphology / sigma on the same input in the
 * same run. Prints markdown tables and writes them to tests/artifacts/bench.md; while it runs,
 * each case is announced on stderr as it starts and as it ends, with its figure.
 *
 *   npm run bench                 every section
 *   npm run bench -- paths        one section (filters, timeline, ingest, long-articles, paths, browser, imports)
 *   npm run bench -- imports small   the imports section on its smallest graph only
 *   npm run bench -- --list       the sections and their cases, without running them
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../helpers/browser';
import { benchBrowser, browserCaseNames } from './browser';
import { benchFilters, filterCaseNames } from './filters';
import { benchImports, importCaseName } from './imports';
import { benchIngest, benchLongArticles, INGEST_CASE, longArticleCaseNames } from './ingest';
import { benchPaths, pathCaseNames } from './paths';
import { progressFor, type Progress } from './progress';
import { benchTimeline, timelineCaseNames } from './timeline';
import scratchTmpdir from '../helpers/scratchTmpdir';

// The scratch copies of graph-data and the files the benches write go under one directory of the run, removed at its end,
// as the tests' do (a long-articles run had left some 160 directories in /tmp).
process.on('exit', scratchTmpdir());

const IMPORT_SIZES = [
  { nodes: 10_000, edges: 50_000 },
  { nodes: 100_000, edges: 500_000 },
  { nodes: 200_000, edges: 400_000 },
  { nodes: 200_000, edges: 1_000_000 },
];
const importSizes = process.argv[3] === 'small' ? IMPORT_SIZES.slice(0, 1) : IMPORT_SIZES;
const NODE_SIZES = [10_000, 100_000];

type Section = { id: string; cases: () => string[]; run: (progress: Progress) => Promise<string[]> };

const SECTIONS: Section[] = [
  {
    id: 'filters',
    cases: () => filterCaseNames(NODE_SIZES),
    run: async (p) => ['## Filters (Node, median of repeated runs)', '', ...(await benchFilters(NODE_SIZES, p))],
  },
  {
    id: 'timeline',
    cases: () => timelineCaseNames(NODE_SIZES),
    run: async (p) => ['## Timeline (Node, median of repeated runs)', '', ...(await benchTimeline(NODE_SIZES, p))],
  },
  { id: 'ingest', cases: () => [INGEST_CASE], run: async (p) => ['## Ingest (Node, median of repeated runs)', '', ...(await benchIngest(p))] },
  {
    id: 'long-articles',
    cases: longArticleCaseNames,
    run: async (p) => ['## Ingest of long articles, up to the 1 MB limit (Node, median of 3 runs)', '', ...(await benchLongArticles(p))],
  },
  {
    id: 'paths',
    cases: pathCaseNames,
    run: async (p) => ['## k shortest paths (Node, median of repeated runs, per pair of entities)', '', ...(await benchPaths(p))],
  },
  { id: 'browser', cases: browserCaseNames, run: (p) => benchBrowser(p) },
  { id: 'imports', cases: () => importSizes.map(importCaseName), run: (p) => benchImports(importSizes, p) },
];

const [first] = process.argv.slice(2);
if (first === '--list') {
  for (const section of SECTIONS) process.stdout.write(`${section.id}\n${section.cases().map((name) => `  ${name}\n`).join('')}`);
  process.exit(0);
}
const chosen = first ? SECTIONS.filter((s) => s.id === first) : SECTIONS;
if (chosen.length === 0) {
  process.stderr.write(`no bench section "${first}"; the sections are ${SECTIONS.map((s) => s.id).join(', ')} (npm run bench -- --list shows their cases)\n`);
  process.exit(2);
}

const sections: string[] = [];
for (const section of chosen) {
  const cases = section.cases().length;
  process.stderr.write(`\n${section.id}: ${cases} ${cases === 1 ? 'case' : 'cases'}\n`);
  sections.push(...(await section.run(progressFor(section.id))), '');
}

const report = sections.join('\n');
process.stdout.write(`${report}\n`);
mkdirSync(ARTIFACTS, { recursive: true });
writeFileSync(join(ARTIFACTS, 'bench.md'), `${report}\n`);
