import { loadGraph } from './src/cli/loadGraph';
import { relationSentence } from './src/model/sentence';
const l = loadGraph('graph-data'); if (!l.ok) throw 0;
const g = l.graph;
for (const lang of ['en','vi'] as const) g.forEachEdge((e) => { const s = relationSentence(g, e, lang); console.log(`${s.subject} ${s.phrase} ${s.object}`); });
