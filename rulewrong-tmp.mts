import { readCorpus } from './src/cli/corpusEval';
import { propose, buildKnowledge } from './src/ingest/propose';
import { loadDataset } from './src/cli/corpusFiles';
import { scoreArticle } from './src/ingest/corpusEvaluation';
const corpus = readCorpus('tests/fixtures/corpus');
const ds = loadDataset('graph-data');
const knowledge = buildKnowledge(ds.entities, ds.relations);
const want = process.env.RULE!;
for (const a of corpus.development) {
  const p = propose(a.text, knowledge);
  const name = (r: { entity: string } | { candidate: string }) => ('entity' in r ? r.entity : p.candidates.find((c) => c.key === r.candidate)?.label);
  for (const r of p.relations.filter((x) => x.rule === want)) {
    const s = scoreArticle(a.gold, { ...p, relations: [r] });
    if (s.endsPrecision.right === 0) process.stdout.write(`${a.id.slice(0, 4)} ${name(r.source)} ${r.predicate} ${name(r.target)}\n`);
  }
}
