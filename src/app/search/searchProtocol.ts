/** What the page and the search worker say to each other. */
import type { SearchDoc, SearchHit } from '../../query/search';

/** Which entities a search looks among: every one, or only one kind (the filter panel's pickers). */
export type SearchScope = 'all' | 'actor' | 'domain';

export type SearchRequest =
  | { type: 'docs'; docs: SearchDoc[] }
  | { type: 'query'; id: number; scope: SearchScope; query: string; limit: number };

export type SearchReply = { id: number; hits: SearchHit[] };
