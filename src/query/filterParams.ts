/**
 * A FilterSpec from named text parameters, checked against the graph. The explorer's URL and
 * the CLI's flags use the same names and this same reader, so a bad value gets the same
 * diagnosis through either door.
 */
import type { KnowledgeGraph } from '../model/graph';
import { isIsoPartialDate } from '../model/dates';
import { KIND_IDS, PREDICATE_IDS, type Kind, type Predicate } from '../model/vocabulary';
import { emptyFilter, HOPS_RANGE, type Direction, type FilterSpec } from './filterSpec';
import { MAX_QUERY_LENGTH } from './search';

export const FILTER_PARAMS = [
  'actor',
  'hops',
  'direction',
  'domain',
  'domain-hops',
  'kind',
  'predicate',
  'source',
  'from',
  'to',
  'undated',
  'text',
  'among',
] as const;

export type FilterParam = (typeof FILTER_PARAMS)[number];

export type ParamProblem =
  | { param: string; value: string; problem: 'unknown' | 'malformed'; expected?: string }
  /** `to` earlier than `from`: each is a good date, the two together are not. */
  | { param: 'to'; value: string; problem: 'beforeFrom'; from: string }
  /** A value cut to `limit` characters, or a list cut to `limit` values, out of `length`. */
  | { param: string; value: string; problem: 'tooLong'; unit: 'characters' | 'values'; length: number; limit: number };

/** No view needs more: a longer list or text is cut (with a notice) rather than kept in a URL. */
export const PARAM_LIMITS = { values: 100, characters: MAX_QUERY_LENGTH } as const;

/** Each parameter's raw values; list values may also be comma-separated. */
export type RawParams = Partial<Record<FilterParam, string[]>>;

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function tooLong(param: string, value: string, unit: 'characters' | 'values', length: number): ParamProblem {
  return { param, value, problem: 'tooLong', unit, length, limit: PARAM_LIMITS[unit] };
}

/**
 * A list parameter's values (repeated or comma-separated), at most PARAM_LIMITS.values of them,
 * those `known` kept and each other one reported as unknown.
 */
export function knownValues(param: string, values: string[] | undefined, known: (id: string) => boolean, expected: string, problems: ParamProblem[]): string[] {
  const all = list(values);
  if (all.length > PARAM_LIMITS.values) problems.push(tooLong(param, all.join(','), 'values', all.length));
  return all.slice(0, PARAM_LIMITS.values).filter((id) => {
    if (known(id)) return true;
    problems.push({ param, value: id, problem: 'unknown', expected });
    return false;
  });
}

export function parseFilterParams(raw: RawParams, graph: KnowledgeGraph, sourceIds: Iterable<string>): { spec: FilterSpec; problems: ParamProblem[] } {
  const spec = emptyFilter();
  const problems: ParamProblem[] = [];
  const sources = new Set(sourceIds);
  const last = (param: FilterParam) => raw[param]?.at(-1);

  const ids = (param: FilterParam, known: (id: string) => boolean, expected: string) => knownValues(param, raw[param], known, expected, problems);
  const entity = (id: string) => graph.hasNode(id);
  const ENTITY = 'an entity id of the graph';
  const hops = (param: FilterParam, fallback: number): number => {
    const value = last(param);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (Number.isInteger(n) && n >= HOPS_RANGE.min && n <= HOPS_RANGE.max) return n;
    problems.push({ param, value, problem: 'malformed', expected: `a whole number from ${HOPS_RANGE.min} to ${HOPS_RANGE.max}` });
    return fallback;
  };
  const date = (param: 'from' | 'to'): string | undefined => {
    const value = last(param);
    if (value === undefined || isIsoPartialDate(value)) return value;
    problems.push({ param, value, problem: 'malformed', expected: 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD' });
    return undefined;
  };

  spec.actors = ids('actor', entity, ENTITY);
  spec.actorHops = hops('hops', spec.actorHops);
  spec.domains = ids('domain', entity, ENTITY);
  spec.domainHops = hops('domain-hops', raw.hops && spec.domains.length > 0 ? spec.actorHops : spec.domainHops);
  const direction = last('direction');
  if (direction !== undefined) {
    if (direction === 'in' || direction === 'out' || direction === 'both') spec.direction = direction as Direction;
    else problems.push({ param: 'direction', value: direction, problem: 'malformed', expected: 'in, out or both' });
  }
  spec.kinds = ids('kind', (k) => (KIND_IDS as string[]).includes(k), `one of ${KIND_IDS.join(', ')}`) as Kind[];
  spec.predicates = ids('predicate', (p) => (PREDICATE_IDS as string[]).includes(p), `one of ${PREDICATE_IDS.join(', ')}`) as Predicate[];
  spec.sources = ids('source', (s) => sources.has(s), `one of ${[...sources].join(', ')}`);
  spec.from = date('from');
  spec.to = date('to');
  if (spec.from && spec.to && spec.from > spec.to) {
    problems.push({ param: 'to', value: spec.to, problem: 'beforeFrom', from: spec.from });
    spec.to = undefined;
  }
  const undated = last('undated');
  if (undated !== undefined) {
    if (undated === 'keep' || undated === 'drop') spec.keepUndated = undated === 'keep';
    else problems.push({ param: 'undated', value: undated, problem: 'malformed', expected: 'keep or drop' });
  }
  const text = last('text') ?? '';
  if (text.length > PARAM_LIMITS.characters) problems.push(tooLong('text', text, 'characters', text.length));
  spec.text = text.slice(0, PARAM_LIMITS.characters);
  spec.among = ids('among', entity, ENTITY);
  return { spec, problems };
}

/** The parameters that reproduce a spec (defaults left out), for URLs and command lines. */
export function filterToParams(spec: FilterSpec): [FilterParam, string][] {
  const defaults = emptyFilter();
  const out: [FilterParam, string][] = [];
  const put = (param: FilterParam, value: string | undefined) => value && out.push([param, value]);
  // Never written longer than it would be read back: the reader cuts beyond the limits.
  const join = (values: string[]) => values.slice(0, PARAM_LIMITS.values).join(',');
  put('actor', join(spec.actors));
  if (spec.actors.length > 0 && spec.actorHops !== defaults.actorHops) put('hops', String(spec.actorHops));
  if (spec.actors.length > 0 && spec.direction !== defaults.direction) put('direction', spec.direction);
  put('domain', join(spec.domains));
  if (spec.domains.length > 0) put('domain-hops', String(spec.domainHops));
  put('kind', join(spec.kinds));
  put('predicate', join(spec.predicates));
  put('source', join(spec.sources));
  put('from', spec.from);
  put('to', spec.to);
  if (!spec.keepUndated) put('undated', 'drop');
  put('text', spec.text.trim().slice(0, PARAM_LIMITS.characters).trim());
  put('among', join(spec.among));
  return out;
}
