/**
 * Entity search over both languages' labels and the aliases, insensitive to case and
 * diacritics (đ → d): "an ninh mang", "bu da pet", "Budapest" and "csdp" all find their node.
 * MiniSearch does the indexing and ranking; we only fold terms and put exact hits first.
 */
import MiniSearch from 'minisearch';
import type { KnowledgeGraph } from '../model/graph';
import type { Kind } from '../model/vocabulary';
import { foldForSearch } from '../text/fold';

export type SearchHit = { id: string; score: number };

/** What the index needs of an entity: plain data, so it can be handed to a worker. */
export type SearchDoc = { id: string; kind: Kind; vi: string; en: string; aliases: string[] };

export type EntitySearch = { search: (query: string, limit?: number) => SearchHit[] };

/** Longer queries are cut: no entity name needs more, and fuzzy matching grows with length. */
export const MAX_QUERY_LENGTH = 200;

export function searchDocs(graph: KnowledgeGraph, nodes: Iterable<string> = graph.nodes()): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const id of nodes) {
    const { kind, labels, aliases } = graph.getNodeAttributes(id);
    docs.push({ id, kind, vi: labels.vi, en: labels.en, aliases });
  }
  return docs;
}

/** The index is built on the first search, so opening a large graph does not wait for it. */
export function createDocSearch(docs: () => Iterable<SearchDoc>): EntitySearch {
  let built: ReturnType<typeof buildIndex> | null = null;
  return {
    search(query, limit = 10) {
      const folded = foldForSearch(query.slice(0, MAX_QUERY_LENGTH));
      if (!folded) return [];
      built ??= buildIndex(docs());
      const { index, exactKeys } = built;
      const hits = index.search(folded).map((r) => ({ id: String(r.id), score: r.score }));
      const isExact = (hit: SearchHit) => (exactKeys.get(hit.id)?.has(folded) ? 1 : 0);
      return hits.sort((a, b) => isExact(b) - isExact(a) || b.score - a.score).slice(0, limit);
    },
  };
}

export function createEntitySearch(graph: KnowledgeGraph, nodes?: () => Iterable<string>): EntitySearch {
  return createDocSearch(() => searchDocs(graph, nodes ? nodes() : graph.nodes()));
}

type IndexedDoc = { id: string; vi: string; en: string; aliases: string };

function buildIndex(docs: Iterable<SearchDoc>) {
  const index = new MiniSearch<IndexedDoc>({
    fields: ['vi', 'en', 'aliases'],
    // Words are runs of letters, marks and digits: "<img" and "(CSDP)" index as "img", "csdp".
    tokenize: (text) => text.split(/[^\p{L}\p{M}\p{N}]+/u),
    // A word longer than any real name (a megabyte label) is not indexed: no one types it.
    processTerm: (term) => (term.length > MAX_QUERY_LENGTH ? null : foldForSearch(term) || null),
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { vi: 2, en: 2, aliases: 1.5 } },
  });
  const exactKeys = new Map<string, Set<string>>();
  const indexed: IndexedDoc[] = [];
  for (const { id, vi, en, aliases } of docs) {
    indexed.push({ id, vi, en, aliases: aliases.join(' | ') });
    exactKeys.set(id, new Set([vi, en, ...aliases].map(foldForSearch)));
  }
  index.addAll(indexed);
  return { index, exactKeys };
}
