/**
 * The path finder's question from named text parameters, checked against the graph: the two
 * ends (`path=vietnam,strategic-compass`), how many paths (`k`), what to go around (`avoid`,
 * `avoid-kind`), what to pass through (`via-kind`), whether to follow relation direction
 * (`directed=1`), and which path is shown (`chosen`, counted from 1). The explorer's URL, the
 * CLI's flags and a story's steps use these names and this reader alike.
 */
import type { KnowledgeGraph } from '../model/graph';
import { KIND_IDS, type Kind } from '../model/vocabulary';
import { knownValues, type ParamProblem } from './filterParams';
import { DEFAULT_PATH_OPTIONS, MAX_PATHS, type PathOptions } from './paths';

export const PATH_PARAMS = ['path', 'k', 'avoid', 'avoid-kind', 'via-kind', 'directed', 'chosen'] as const;
export type PathParam = (typeof PATH_PARAMS)[number];
export type RawPathParams = Partial<Record<PathParam, string[]>>;

/** The path finder's state: the two ends, the options, and which of the paths found is drawn (from 0). */
export type PathView = { ends: [string, string]; options: PathOptions; chosen: number };

/** Agreements and partnerships: the "only through agreements and partnerships" choice. */
export const INSTRUMENT_KINDS: Kind[] = ['agreement', 'partnership'];

export function parsePathParams(raw: RawPathParams, graph: KnowledgeGraph): { path: PathView | null; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const value = raw.path?.at(-1);
  if (value === undefined) return { path: null, problems };
  const ends = value.split(',');
  const [from, to] = ends;
  if (ends.length !== 2 || !from || !to) return { path: null, problems: [{ param: 'path', value, problem: 'malformed', expected: 'two entity ids: FROM,TO' }] };
  if (!graph.hasNode(from) || !graph.hasNode(to)) return { path: null, problems: [{ param: 'path', value, problem: 'unknown', expected: 'two entity ids of the graph' }] };

  const options: PathOptions = { ...DEFAULT_PATH_OPTIONS };
  const count = (param: 'k' | 'chosen', max: number): number | undefined => {
    const text = raw[param]?.at(-1);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (Number.isInteger(n) && n >= 1 && n <= max) return n;
    problems.push({ param, value: text, problem: 'malformed', expected: `a whole number from 1 to ${max}` });
    return undefined;
  };
  const ids = <T extends string>(param: PathParam, known: (id: string) => boolean, expected: string) => knownValues(param, raw[param], known, expected, problems) as T[];
  const isKind = (k: string) => (KIND_IDS as string[]).includes(k);
  const KINDS_EXPECTED = `one of ${KIND_IDS.join(', ')}`;

  options.k = count('k', MAX_PATHS) ?? options.k;
  options.avoid = ids('avoid', (id) => graph.hasNode(id), 'an entity id of the graph');
  options.avoidKinds = ids<Kind>('avoid-kind', isKind, KINDS_EXPECTED);
  options.viaKinds = ids<Kind>('via-kind', isKind, KINDS_EXPECTED);
  const directed = raw.directed?.at(-1);
  if (directed !== undefined) {
    if (directed === '1' || directed === '0') options.directed = directed === '1';
    else problems.push({ param: 'directed', value: directed, problem: 'malformed', expected: '1 or 0' });
  }
  const chosen = count('chosen', options.k);
  return { path: { ends: [from, to], options, chosen: (chosen ?? 1) - 1 }, problems };
}

/** The parameters that reproduce a path view (defaults left out). */
export function pathToParams(path: PathView | null): [PathParam, string][] {
  if (!path) return [];
  const { options } = path;
  const out: [PathParam, string][] = [['path', path.ends.join(',')]];
  if (options.k !== DEFAULT_PATH_OPTIONS.k) out.push(['k', String(options.k)]);
  if (options.avoid.length > 0) out.push(['avoid', options.avoid.join(',')]);
  if (options.avoidKinds.length > 0) out.push(['avoid-kind', options.avoidKinds.join(',')]);
  if (options.viaKinds.length > 0) out.push(['via-kind', options.viaKinds.join(',')]);
  if (options.directed) out.push(['directed', '1']);
  if (path.chosen > 0) out.push(['chosen', String(path.chosen + 1)]);
  return out;
}

/** A new question between two ends, with the default options. */
export function pathBetween(from: string, to: string): PathView {
  return { ends: [from, to], options: { ...DEFAULT_PATH_OPTIONS }, chosen: 0 };
}
