/**
 * `npm run bench`: speed as ratios against bare graphology / sigma on the same input in the
 * same run. Prints markdown tables and writes them to tests/artifacts/bench.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../helpers/browser';
import { benchBrowser } from './browser';
import { benchFilters } from './filters';
import { benchIngest } from './ingest';

const only = process.argv[2];
const sections: string[] = [];

if (!only || only === 'filters') {
  sections.push('## Filters (Node, median of repeated runs)', '', ...benchFilters([10_000, 100_000]), '');
}
if (!only || only === 'ingest') {
  sections.push('## Ingest (Node, median of repeated runs)', '', ...benchIngest(), '');
}
if (!only || only === 'browser') {
  sections.push(...(await benchBrowser()), '');
}

const report = sections.join('\n');
process.stdout.write(`${report}\n`);
mkdirSync(ARTIFACTS, { recursive: true });
writeFileSync(join(ARTIFACTS, 'bench.md'), `${report}\n`);
