/**
 * `npm run bench`: speed as ratios against bare graphology / sigma on the same input in the
 * same run. Prints markdown tables and writes them to tests/artifacts/bench.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../helpers/browser';
import { benchBrowser } from './browser';
import { benchFilters } from './filters';
import { benchImports } from './imports';
import { benchIngest, benchLongArticles } from './ingest';
import { benchTimeline } from './timeline';

const only = process.argv[2];
const sections: string[] = [];

if (!only || only === 'filters') {
  sections.push('## Filters (Node, median of repeated runs)', '', ...benchFilters([10_000, 100_000]), '');
}
if (!only || only === 'timeline') {
  sections.push('## Timeline (Node, median of repeated runs)', '', ...benchTimeline([10_000, 100_000]), '');
}
if (!only || only === 'ingest') {
  sections.push('## Ingest (Node, median of repeated runs)', '', ...benchIngest(), '');
  sections.push('## Ingest of long articles, up to the 1 MB limit (Node, median of 3 runs)', '', ...benchLongArticles(), '');
}
if (!only || only === 'browser') {
  sections.push(...(await benchBrowser()), '');
}
if (!only || only === 'imports') {
  const sizes = [
    { nodes: 10_000, edges: 50_000 },
    { nodes: 100_000, edges: 500_000 },
    { nodes: 200_000, edges: 400_000 },
    { nodes: 200_000, edges: 1_000_000 },
  ];
  sections.push(...(await benchImports(process.argv[3] === 'small' ? sizes.slice(0, 1) : sizes)), '');
}

const report = sections.join('\n');
process.stdout.write(`${report}\n`);
mkdirSync(ARTIFACTS, { recursive: true });
writeFileSync(join(ARTIFACTS, 'bench.md'), `${report}\n`);
