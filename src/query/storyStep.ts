/**
 * A story's step against a graph: the view it names, cleaned the way a link is (an entity,
 * article or filter value the graph no longer has is left out and reported, never crashed on),
 * and the way back, from a view on screen to the step that reproduces it.
 */
import type { KnowledgeGraph } from '../model/graph';
import { filterToParams, parseFilterParams, type FilterParam, type ParamProblem, type RawParams } from './filterParams';
import type { FilterSpec } from './filterSpec';
import { parsePathParams, type PathView, type RawPathParams } from './pathParams';
import { DEFAULT_PATH_OPTIONS } from './paths';
import type { StepViewSpec } from './story';
import { CAMERA_EXPECTED, isDrawableCamera, isQuoteWithin, type ArticleView, type Camera, type Selection } from './view';

/** Everything a step shows, as the explorer holds it (its view state adds the language, the table, the timeline). */
export type StepView = {
  selection: Selection;
  /** The open article, and the quote to highlight in it, if any. */
  article: ArticleView | null;
  filter: FilterSpec;
  /** Show filtered-out elements faded instead of hiding them. */
  dim: boolean;
  /** The path finder: the two ends it connects, its options, and which path is drawn. */
  path: PathView | null;
  camera: Camera | null;
};

/** What a step is checked against: the graph and its articles. */
export type StepData = { graph: KnowledgeGraph; sourceIds: string[]; sourceLength: (id: string) => number | undefined };

const NUMBER_PARAMS = new Set<FilterParam>(['hops', 'domain-hops']);
const SINGLE_PARAMS = new Set<FilterParam>(['hops', 'domain-hops', 'direction', 'from', 'to', 'undated', 'text']);

export function resolveStep(spec: StepViewSpec, data: StepData): { view: StepView; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const { graph } = data;

  let selection: Selection = null;
  if (spec.node !== undefined) {
    if (graph.hasNode(spec.node)) selection = { type: 'node', id: spec.node };
    else problems.push({ param: 'node', value: spec.node, problem: 'unknown' });
  } else if (spec.edge !== undefined) {
    if (graph.hasEdge(spec.edge)) selection = { type: 'edge', id: spec.edge };
    else problems.push({ param: 'edge', value: spec.edge, problem: 'unknown' });
  }

  const rawFilter: RawParams = {};
  for (const [name, value] of Object.entries(spec.filter ?? {})) {
    rawFilter[name as FilterParam] = Array.isArray(value) ? value : [String(value)];
  }
  const filter = parseFilterParams(rawFilter, graph, data.sourceIds);
  problems.push(...filter.problems);

  let path: PathView | null = null;
  if (spec.path) {
    const { from, to, directed, chosen, k, ...lists } = spec.path;
    const raw: RawPathParams = { path: [`${from},${to}`], ...lists };
    if (k !== undefined) raw.k = [String(k)];
    if (directed !== undefined) raw.directed = [directed ? '1' : '0'];
    if (chosen !== undefined) raw.chosen = [String(chosen)];
    const parsed = parsePathParams(raw, graph);
    path = parsed.path;
    problems.push(...parsed.problems);
  }

  let article: ArticleView | null = null;
  if (spec.article) {
    const { source, start, end } = spec.article;
    const length = data.sourceLength(source);
    if (length === undefined) problems.push({ param: 'article', value: source, problem: 'unknown' });
    else if (start === undefined && end === undefined) article = { source };
    else if (start !== undefined && end !== undefined && isQuoteWithin(start, end, length)) article = { source, start, end };
    else {
      article = { source };
      problems.push({ param: 'quote', value: `${start ?? ''}-${end ?? ''}`, problem: 'malformed', expected: `a start and an end within the article's ${length} characters` });
    }
  }

  let camera: Camera | null = null;
  if (spec.camera) {
    if (isDrawableCamera(spec.camera)) camera = { ...spec.camera };
    else problems.push({ param: 'camera', value: `${spec.camera.x},${spec.camera.y},${spec.camera.ratio}`, problem: 'malformed', expected: CAMERA_EXPECTED });
  }

  return { view: { selection, article, filter: filter.spec, dim: spec.dim ?? false, path, camera }, problems };
}

/** The step that reproduces a view: only what differs from an empty view is written. */
export function stepSpecOf(view: StepView): StepViewSpec {
  const spec: StepViewSpec = {};
  if (view.selection) spec[view.selection.type] = view.selection.id;
  const filter: Record<string, string | number | string[]> = {};
  for (const [name, value] of filterToParams(view.filter)) {
    filter[name] = NUMBER_PARAMS.has(name) ? Number(value) : SINGLE_PARAMS.has(name) ? value : value.split(',');
  }
  if (Object.keys(filter).length > 0) spec.filter = filter as StepViewSpec['filter'];
  if (view.dim) spec.dim = true;
  if (view.path) {
    const [from, to] = view.path.ends;
    const { options, chosen } = view.path;
    spec.path = {
      from,
      to,
      ...(options.k !== DEFAULT_PATH_OPTIONS.k ? { k: options.k } : {}),
      ...(options.avoid.length > 0 ? { avoid: options.avoid } : {}),
      ...(options.avoidKinds.length > 0 ? { 'avoid-kind': options.avoidKinds } : {}),
      ...(options.viaKinds.length > 0 ? { 'via-kind': options.viaKinds } : {}),
      ...(options.directed ? { directed: true } : {}),
      ...(chosen > 0 ? { chosen: chosen + 1 } : {}),
    };
  }
  if (view.article) spec.article = { ...view.article };
  if (view.camera) spec.camera = { ...view.camera };
  return spec;
}
