/**
 * The search worker: on a large graph, building the index (seconds at 200k entities) and
 * ranking a common word's thousands of matches both happen here, so typing never blocks the page.
 */
import { createDocSearch, type EntitySearch, type SearchDoc } from '../../query/search';
import type { SearchReply, SearchRequest, SearchScope } from './searchProtocol';

let searches: Record<SearchScope, EntitySearch> | null = null;

function scoped(docs: SearchDoc[]): Record<SearchScope, EntitySearch> {
  return {
    all: createDocSearch(() => docs),
    actor: createDocSearch(() => docs.filter((d) => d.kind === 'actor')),
    domain: createDocSearch(() => docs.filter((d) => d.kind === 'domain')),
  };
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'docs') {
    searches = scoped(request.docs);
    return;
  }
  const hits = searches ? searches[request.scope].search(request.query, request.limit) : [];
  self.postMessage({ id: request.id, hits } satisfies SearchReply);
};
