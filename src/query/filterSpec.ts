/**
 * What a user can narrow the graph by. The same spec drives the explorer's filter panel and
 * the CLI's export flags, so both doors show the same subgraph for the same question.
 */
import type { Kind, Predicate } from '../model/vocabulary';

export type Direction = 'out' | 'in' | 'both';

export type FilterSpec = {
  /** Actors whose neighbourhood to keep (union of their neighbourhoods). */
  actors: string[];
  actorHops: number;
  direction: Direction;
  /** Domains whose surroundings to keep: agreements covering them, actors cooperating on them… */
  domains: string[];
  domainHops: number;
  /** Node kinds to keep; empty means every kind. */
  kinds: Kind[];
  /** Relation types to keep; empty means every predicate. */
  predicates: Predicate[];
  /** Keep only relations that one of these articles states; empty means every article. */
  sources: string[];
  /** ISO partial dates bounding the relations kept (inclusive, by overlap). */
  from?: string;
  to?: string;
  /** Under a date range, relations with no date at all are kept unless this is false. */
  keepUndated: boolean;
  /** Keep entities whose labels or aliases contain every word of this text (folded). */
  text: string;
  /** Keep only the relations among exactly these nodes (the induced subgraph). */
  among: string[];
};

export const HOPS_RANGE = { min: 1, max: 3 } as const;

export function emptyFilter(): FilterSpec {
  return {
    actors: [],
    actorHops: 1,
    direction: 'both',
    domains: [],
    domainHops: 1,
    kinds: [],
    predicates: [],
    sources: [],
    keepUndated: true,
    text: '',
    among: [],
  };
}

/** True when the spec keeps everything, so callers can skip filtering altogether. */
export function isEmptyFilter(spec: FilterSpec): boolean {
  return (
    spec.actors.length === 0 &&
    spec.domains.length === 0 &&
    spec.kinds.length === 0 &&
    spec.predicates.length === 0 &&
    spec.sources.length === 0 &&
    spec.from === undefined &&
    spec.to === undefined &&
    spec.text.trim() === '' &&
    spec.among.length === 0
  );
}
