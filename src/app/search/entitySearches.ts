/**
 * The explorer's entity searches, answered asynchronously: in the page for a graph small
 * enough to index in a blink, in a worker above that (see searchWorker.ts).
 */
import type { KnowledgeGraph } from '../../model/graph';
import { MAX_QUERY_LENGTH, searchDocs, type EntitySearch, type SearchDoc, type SearchHit } from '../../query/search';
import { foldForSearch } from '../../text/fold';
import { scopedSearches, type SearchReply, type SearchRequest, type SearchScope } from './searchProtocol';

export type AsyncEntitySearch = {
  search: (query: string, limit: number) => Promise<SearchHit[]>;
  /** The same answer at once, for a search that runs in the page. */
  now?: (query: string, limit: number) => SearchHit[];
};

export type EntitySearches = {
  search: AsyncEntitySearch;
  /** Searches limited to one kind, for the filter panel's pickers. */
  actorSearch: AsyncEntitySearch;
  domainSearch: AsyncEntitySearch;
  /** Ends the worker, if there is one: the data it indexed has been replaced. */
  dispose: () => void;
};

/** Below this many entities the index builds in tens of milliseconds: a worker would only add latency. */
export const WORKER_SEARCH_FROM = 5_000;

const inPage = (search: EntitySearch): AsyncEntitySearch => ({ search: async (query, limit) => search.search(query, limit), now: search.search });

function pageSearches(graph: KnowledgeGraph): EntitySearches {
  let docs: SearchDoc[] | null = null;
  const scoped = scopedSearches(() => (docs ??= searchDocs(graph)));
  return { search: inPage(scoped.all), actorSearch: inPage(scoped.actor), domainSearch: inPage(scoped.domain), dispose: () => undefined };
}

function workerSearches(graph: KnowledgeGraph): EntitySearches {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, (hits: SearchHit[]) => void>();
  // Started on the first search, not with the graph: opening a file does not pay for it.
  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<SearchReply>) => {
      waiting.get(event.data.id)?.(event.data.hits);
      waiting.delete(event.data.id);
    };
    // A worker that fails answers nothing: every waiting search ends empty rather than hanging,
    // and the next search starts a fresh worker.
    w.onerror = () => {
      w.terminate();
      if (worker === w) worker = null;
      for (const resolve of waiting.values()) resolve([]);
      waiting.clear();
    };
    w.postMessage({ type: 'docs', docs: searchDocs(graph) } satisfies SearchRequest);
    worker = w;
    return w;
  };
  const scoped = (scope: SearchScope): AsyncEntitySearch => ({
    search: (query, limit) => {
      const text = query.slice(0, MAX_QUERY_LENGTH);
      if (!foldForSearch(text)) return Promise.resolve([]);
      return new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        started().postMessage({ type: 'query', id, scope, query: text, limit } satisfies SearchRequest);
      });
    },
  });
  return {
    search: scoped('all'),
    actorSearch: scoped('actor'),
    domainSearch: scoped('domain'),
    dispose: () => {
      worker?.terminate();
      worker = null;
      for (const resolve of waiting.values()) resolve([]);
      waiting.clear();
    },
  };
}

export function createEntitySearches(graph: KnowledgeGraph): EntitySearches {
  return graph.order < WORKER_SEARCH_FROM ? pageSearches(graph) : workerSearches(graph);
}
