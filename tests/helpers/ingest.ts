/** The fictional ingest fixture, and a throw-away copy of graph-data to ingest it into. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GRAPH_DATA, notLock, REPO_ROOT } from './shipped';

export const FIXTURE_ARTICLE = join(REPO_ROOT, 'tests', 'fixtures', 'ingest', 'fictional-article.txt');
export const fixtureText = () => readFileSync(FIXTURE_ARTICLE, 'utf8');

export function graphDataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  cpSync(GRAPH_DATA, dir, { recursive: true, filter: (src) => notLock(src) && !src.includes(join('graph-data', 'dist')) && !src.includes(join('graph-data', 'review')) });
  return dir;
}
