/**
 * Finding an end by name for the review's pickers: the graph's entities through the explorer's
 * own search (MiniSearch over both labels and the aliases, folded for case and diacritics, đ → d),
 * indexed once per set of entities, and the article's new entities by the same fold, looked
 * through directly because they change with every decision. Kinds narrow the answer.
 */
import { createDocSearch, type EntitySearch, type SearchDoc } from '../../query/search';
import { foldForSearch } from '../../text/fold';
import type { EndRef } from '../../ingest/types';
import type { Kind } from '../../model/vocabulary';
import type { ReviewState } from './api';
import { endsOf } from './ends';

/** Hits looked through before the kinds (and what this review wrote already) narrow them: enough that a narrow kind still finds its own. */
const WIDE = 2000;

const indexes = new WeakMap<ReviewState['entities'], EntitySearch>();

function graphSearch(entities: ReviewState['entities']): EntitySearch {
  let search = indexes.get(entities);
  if (!search) {
    const docs = (): SearchDoc[] => entities.map((e) => ({ id: e.id, kind: e.kind, vi: e.labels.vi, en: e.labels.en, aliases: e.aliases }));
    search = createDocSearch(docs);
    indexes.set(entities, search);
  }
  return search;
}

/** Builds the graph's index ahead (the first search would otherwise pay for it). */
export function warmEndSearch(state: ReviewState): void {
  graphSearch(state.entities).search('a', 1);
}

export type EndQuery = { kinds?: readonly Kind[]; graphOnly?: boolean; limit?: number };

export function searchEnds(state: ReviewState, query: string, { kinds, graphOnly = false, limit = 12 }: EndQuery = {}): EndRef[] {
  const folded = foldForSearch(query);
  if (!folded) return [];
  const fits = (kind: Kind) => !kinds || kinds.includes(kind);
  const ends = endsOf(state);
  // The article's new entities, the closest first: named exactly so, then starting so, then holding the words
  // ("Philippines" before "Joint Statement on the Australia–Philippines …").
  const closeness = (labels: string[]) => Math.min(...labels.map((label) => foldForSearch(label)).map((l) => (l === folded ? 0 : l.startsWith(folded) ? 1 : l.includes(folded) ? 2 : 3)));
  const news = graphOnly
    ? []
    : ends.news
        .map((n) => ({ n, rank: closeness([n.labels.vi, n.labels.en]) }))
        .filter(({ n, rank }) => fits(n.kind) && rank < 3)
        .sort((a, b) => a.rank - b.rank)
        .map(({ n }) => n.ref);
  // What an earlier apply wrote is offered once, as the review's own entity (unless only the graph's are asked for).
  const known = graphSearch(state.entities)
    .search(query, WIDE)
    .flatMap((hit): EndRef[] => {
      const info = ends.info({ entity: hit.id });
      return info && fits(info.kind) && (graphOnly || !ends.applied.has(hit.id)) ? [info.ref] : [];
    });
  return [...news, ...known].slice(0, limit);
}
