/** What the page and the search worker say to each other, and the scopes both search in. */
import { createDocSearch, type EntitySearch, type SearchDoc, type SearchHit } from '../../query/search';

/** Which entities a search looks among: every one, or only one kind (the filter panel's pickers). */
export type SearchScope = 'all' | 'actor' | 'domain';

export type SearchRequest =
  | { type: 'docs'; docs: SearchDoc[] }
  | { type: 'query'; id: number; scope: SearchScope; query: string; limit: number };

export type SearchReply = { id: number; hits: SearchHit[] };

/** One search per scope over the same documents, each indexed on its first query. */
export function scopedSearches(docs: () => SearchDoc[]): Record<SearchScope, EntitySearch> {
  return {
    all: createDocSearch(docs),
    actor: createDocSearch(() => docs().filter((d) => d.kind === 'actor')),
    domain: createDocSearch(() => docs().filter((d) => d.kind === 'domain')),
  };
}
