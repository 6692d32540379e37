/**
 * The search worker: on a large graph, building the index (seconds at 200k entities) and
 * ranking a common word's thousands of matches both happen here, so typing never blocks the page.
 */
import type { EntitySearch } from '../../query/search';
import { scopedSearches, type SearchReply, type SearchRequest, type SearchScope } from './searchProtocol';

let searches: Record<SearchScope, EntitySearch> | null = null;

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'docs') {
    const { docs } = request;
    searches = scopedSearches(() => docs);
    return;
  }
  const hits = searches ? searches[request.scope].search(request.query, request.limit) : [];
  self.postMessage({ id: request.id, hits } satisfies SearchReply);
};
