/**
 * The hits for what is typed now. One search runs at a time: keys typed while it runs are
 * searched together when it returns, so a slow search on a large graph never queues a
 * backlog of stale ones.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
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

  // A search in the page answers at once: typing and Enter in the same moment choose the right hit.
  const now = useMemo(() => search.now?.(query, limit) ?? null, [search, query, limit]);

  useEffect(() => {
    latest.current = query;
    if (search.now || busy.current) return;
    const run = (text: string) => {
      busy.current = true;
      const settle = (hits: SearchHit[]) => {
        busy.current = false;
        if (!mounted.current) return;
        setAnswered({ query: text, hits });
        if (latest.current !== text) run(latest.current);
      };
      search.search(text, limit).then(settle, () => settle([]));
    };
    run(query);
  }, [search, query, limit]);

  return now ? { hits: now, pending: false } : { hits: answered.hits, pending: answered.query !== query };
}
