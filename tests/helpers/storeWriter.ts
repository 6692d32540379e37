/**
 * One of two writers racing on the same graph-data folder (tests/unit/cli/concurrentWrites.test.ts):
 * `decide` records a mention decision per round; `apply` records an alias per round and applies.
 * Run as its own process: npx tsx tests/helpers/storeWriter.ts ROLE DIR ROUNDS
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasTarget, mentionTarget } from '../../src/ingest/review';
import { recordDecisions, writeReview } from '../../src/cli/reviewActions';

const [role, dir = '', rounds = '0'] = process.argv.slice(2);
const text = readFileSync(join(dir, 'sources', 'fixture.txt'), 'utf8');
// Distinct one-letter spans: each round marks its own.
const letters = [...text.matchAll(/\p{L}/gu)].map((m) => m.index);

for (let i = 0; i < Number(rounds); i++) {
  if (role === 'decide') {
    const start = letters[i]!;
    const span = { start, end: start + 1, quote: text[start]! };
    recordDecisions(dir, 'fixture', [{ target: mentionTarget(span), action: 'add', add: { type: 'mention', of: { entity: 'vietnam' }, span } }]);
  } else {
    const alias = `EU alias ${i}`;
    recordDecisions(dir, 'fixture', [{ target: aliasTarget('eu', alias), action: 'add', add: { type: 'alias', entity: 'eu', alias } }]);
    writeReview(dir, 'fixture');
  }
}
