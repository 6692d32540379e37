/** Proposals read against the shipped graph or against none, and written compactly for assertions. */
import { buildKnowledge, propose } from '../../src/ingest/propose';
import type { Proposals } from '../../src/ingest/types';
import { loadDataset } from '../../src/cli/corpusFiles';
import { GRAPH_DATA } from './shipped';

export const dataset = loadDataset(GRAPH_DATA);
export const knowledge = buildKnowledge(dataset.entities, dataset.relations);
/** Proposals with the shipped graph's vocabulary. */
export const run = (text: string) => propose(text, knowledge);
/** For rules read on sentences of their own: no known entity. */
export const blank = buildKnowledge([], []);
/** Candidates as "kind:label". */
export const labels = (p: Proposals) => p.candidates.map((c) => `${c.kind}:${c.label}`);
export const endName = (p: Proposals, ref: Proposals['relations'][number]['source']) => ('entity' in ref ? ref.entity : p.candidates.find((c) => c.key === ref.candidate)?.label);
/** Relations as "source predicate target", by known id or candidate label. */
export const triples = (p: Proposals) => p.relations.map((r) => `${endName(p, r.source)} ${r.predicate} ${endName(p, r.target)}`);
export const mentioned = (p: Proposals, quote: string) => p.mentions.find((m) => m.quote === quote);
export const candidate = (p: Proposals, label: string) => p.candidates.find((c) => c.label === label);
