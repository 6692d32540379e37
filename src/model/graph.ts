/**
 * The graph model shared by the CLI and the explorer: a graphology multi directed graph whose
 * nodes are entities and whose edges are relations, each edge carrying its evidence.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { KINDS, PREDICATES, type Bilingual, type DateType, type Kind, type Predicate } from './vocabulary';
import { relationId, type Dataset, type Evidence, type Source } from './schema';

/** `dateInferred`: present when the date is not stated outright, the reason in both languages. */
export type EntityDate = { type: DateType; date: string; dateInferred?: Bilingual };

export type NodeAttributes = {
  label: string;
  labels: Bilingual;
  kind: Kind;
  category?: string;
  aliases: string[];
  description: Bilingual;
  dates: EntityDate[];
  /** Ids of the sources whose evidence (of its relations, or its own mentions) names this entity, in corpus order. */
  sources: string[];
  /** Where an article names it that none of its relations ties to (curated data; never read from a file). */
  mentions?: Evidence[];
  color: string;
  x: number;
  y: number;
  size: number;
};

export type EdgeAttributes = {
  label: string;
  predicate: Predicate;
  predicateLabels: Bilingual;
  labels: Bilingual;
  date?: string;
  dateInferred?: Bilingual;
  /** Present when the text does not state the relation outright: why it is believed, in both languages. */
  inferred?: Bilingual;
  evidence: Evidence[];
};

export type GraphAttributes = {
  name: string;
  /** Each cited source's date, where it has one: undated relations are placed in time by it. */
  sourceDates: Record<string, string>;
};

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Source metadata and text as the explorer's reader needs them. */
export type SourceDocument = Omit<Source, '$schema'>;

/** What `kg build` writes and the explorer loads: the laid-out graph and the texts it cites. */
export type GraphBundle = { graph: SerializedKnowledgeGraph; sources: SourceDocument[] };

export const GRAPH_NAME = 'Security and defence partnerships';

export function buildGraph(dataset: Dataset): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute('name', GRAPH_NAME);
  graph.setAttribute(
    'sourceDates',
    Object.fromEntries(dataset.sources.flatMap((s) => (s.date ? [[s.id, s.date] as const] : []))),
  );
  const sourceOrder = dataset.sources.map((s) => s.id);
  const sourcesOf = new Map<string, Set<string>>();
  for (const relation of dataset.relations) {
    for (const end of [relation.source, relation.target]) {
      const set = sourcesOf.get(end) ?? new Set<string>();
      relation.evidence.forEach((e) => set.add(e.source));
      sourcesOf.set(end, set);
    }
  }
  for (const entity of dataset.entities) {
    const seen = sourcesOf.get(entity.id) ?? new Set<string>();
    entity.mentions?.forEach((m) => seen.add(m.source));
    graph.addNode(entity.id, {
      label: entity.labels.en,
      labels: entity.labels,
      kind: entity.kind,
      ...(entity.category ? { category: entity.category } : {}),
      aliases: entity.aliases,
      description: entity.description,
      dates: entity.dates,
      sources: sourceOrder.filter((id) => seen.has(id)),
      ...(entity.mentions?.length ? { mentions: entity.mentions } : {}),
      color: KINDS[entity.kind].color,
      x: 0,
      y: 0,
      size: 1,
    });
  }
  for (const relation of dataset.relations) {
    graph.addDirectedEdgeWithKey(relationId(relation), relation.source, relation.target, {
      label: relation.labels.en,
      predicate: relation.predicate,
      predicateLabels: PREDICATES[relation.predicate],
      labels: relation.labels,
      ...(relation.date ? { date: relation.date } : {}),
      ...(relation.dateInferred ? { dateInferred: relation.dateInferred } : {}),
      ...(relation.inferred ? { inferred: relation.inferred } : {}),
      evidence: relation.evidence,
    });
  }
  return graph;
}

export function toSourceDocuments(sources: Source[]): SourceDocument[] {
  return sources.map(({ $schema: _schema, ...rest }) => rest);
}

/** An article's date from the graph's table, by own key only: a file may cite a source named "valueOf". */
export function sourceDateOf(sourceDates: GraphAttributes['sourceDates'], id: string): string | undefined {
  return Object.hasOwn(sourceDates, id) ? sourceDates[id] : undefined;
}
