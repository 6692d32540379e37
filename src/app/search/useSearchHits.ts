/**
 * The hits for what is typed now. One search runs at a time: keys typed while it runs are
 * searched together when it returns, so a slow search on a large graph never queues a
 * backlog of stale ones.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../query/search';
import type { AsyncEntitySearch } from './entitySearches';

export type SearchHits = { hits: SearchHit[]; /** The hits are for an earlier query; the current one is on its way. */ pending: boolean };

export function useSearchHits(search: AsyncEntitySearch, query: string, limit: number): SearchHits {
  const [answered, setAnswered] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const latest = useRef(query);
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  useEffect(() => {
    latest.current = query;
    if (busy.current) return;
    const run = (text: string) => {
      busy.current = true;
      search.search(text, limit).then(
        (hits) => {
          busy.current = false;
          if (!mounted.current) return;
          setAnswered({ query: text, hits });
          if (latest.current !== text) run(latest.current);
        },
        () => void (busy.current = false),
      );
    };
    run(query);
  }, [search, query, limit]);

  return { hits: answered.hits, pending: answered.query !== query };
}
