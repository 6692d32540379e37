import { readCorpus } from './src/cli/corpusEval';
import { propose, buildKnowledge } from './src/ingest/propose';
import { loadDataset } from './src/cli/corpusFiles';
import { scoreArticle } from './src/ingest/corpusEvaluation';
const half = process.env.HALF === 'held' ? 'heldOut' : 'development';
const corpus = readCorpus('tests/fixtures/corpus');
const ds = loadDataset('graph-data');
const knowledge = buildKnowledge(ds.entities, ds.relations);
const stat = new Map<string, { right: number; of: number }>();
for (const a of corpus[half]) {
  const p = propose(a.text, knowledge);
  const rules = new Set(p.relations.map((r) => r.rule));
  for (const rule of rules) {
    const s = scoreArticle(a.gold, { ...p, relations: p.relations.filter((r) => r.rule === rule) });
    const e = stat.get(rule) ?? { right: 0, of: 0 };
    e.right += s.endsPrecision.right; e.of += s.endsPrecision.of; stat.set(rule, e);
  }
}
const rows = [...stat].sort((x, y) => (y[1].of - y[1].right) - (x[1].of - x[1].right));
process.stdout.write(rows.map(([r, s]) => `${r.padEnd(40)} ${s.right}/${s.of} wrong ${s.of - s.right}`).join('\n') + '\n');
