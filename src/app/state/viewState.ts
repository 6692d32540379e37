/**
 * The explorer's view state, and its round trip through the URL. Reading a URL cleans it
 * against the data: an unknown id or a malformed value is dropped and reported as a notice,
 * never crashed on, so any link opens a working page.
 */
import type { KnowledgeGraph } from '../../model/graph';
import { emptyFilter } from '../../query/filterSpec';
import { FILTER_PARAMS, filterToParams, parseFilterParams, type ParamProblem, type RawParams } from '../../query/filterParams';
import { PATH_PARAMS, parsePathParams, pathToParams, type RawPathParams } from '../../query/pathParams';
import type { StepView } from '../../query/storyStep';
import { CAMERA_EXPECTED, CAMERA_LIMITS, isDrawableCamera, type Camera } from '../../query/view';
import { parseStoryParams, STORY_PARAMS, storyToParams, type StoryShown } from '../story/storyParams';
import { CLOSED_TABLE, parseTableParams, TABLE_PARAMS, tableToParams, type TableView } from './tableParams';
import { DEFAULT_TIMELINE, parseTimelineParams, TIMELINE_PARAMS, timelineToParams, type TimelineView } from './timelineParams';

export type Lang = 'vi' | 'en';
export type { Camera, Selection } from '../../query/view';
export { CAMERA_LIMITS, isDrawableCamera } from '../../query/view';

/** What a story's step holds (selection, open article, filter, dim, path, camera), and what the interface adds. */
export type ViewState = StepView & {
  lang: Lang;
  /** The relations table: open or not, its sort and column filters. */
  table: TableView;
  /** The timeline strip: folded or not, what its bars are stacked by, and the "what changed" comparison shown. */
  timeline: TimelineView;
  /** The story being presented, and its step. */
  story: StoryShown | null;
};

/**
 * What was wrong with a URL parameter; the app words it in the current language. Besides what the
 * parameter readers find, a link may hold a parameter none of them reads (a typo such as "actors=").
 */
export type Notice = ParamProblem | { param: string; value: string; problem: 'unread' };

export type DataIndex = { graph: KnowledgeGraph; sourceLength: (id: string) => number | undefined; sourceIds: string[] };

export function defaultViewState(lang: Lang): ViewState {
  return { lang, selection: null, article: null, filter: emptyFilter(), dim: false, path: null, camera: null, table: CLOSED_TABLE, timeline: DEFAULT_TIMELINE, story: null };
}

function parseCamera(value: string): Camera | null {
  const parts = value.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
  if (parts.length !== 3) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return isDrawableCamera({ x, y, ratio }) ? { x, y, ratio } : null;
}

/** Every parameter a view's link holds; any other is reported, not dropped in silence. */
const VIEW_PARAMS: ReadonlySet<string> = new Set([
  ...['lang', 'node', 'edge', 'article', 'quote', 'dim', 'cam'],
  ...FILTER_PARAMS,
  ...PATH_PARAMS,
  ...TABLE_PARAMS,
  ...TIMELINE_PARAMS,
  ...STORY_PARAMS,
]);

export function parseViewState(search: string, data: DataIndex, fallbackLang: Lang): { state: ViewState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const state = defaultViewState(fallbackLang);
  const bad = (param: string, problem: 'unknown' | 'malformed') => notices.push({ param, value: params.get(param) ?? '', problem });

  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'vi' || lang === 'en') state.lang = lang;
    else bad('lang', 'malformed');
  }

  const node = params.get('node');
  const edge = params.get('edge');
  if (node !== null) {
    if (data.graph.hasNode(node)) state.selection = { type: 'node', id: node };
    else bad('node', 'unknown');
  }
  if (edge !== null) {
    if (state.selection) bad('edge', 'malformed');
    else if (data.graph.hasEdge(edge)) state.selection = { type: 'edge', id: edge };
    else bad('edge', 'unknown');
  }

  const article = params.get('article');
  if (article !== null) {
    const length = data.sourceLength(article);
    if (length === undefined) bad('article', 'unknown');
    else {
      state.article = { source: article };
      const quote = params.get('quote');
      if (quote !== null) {
        const match = /^(\d+)-(\d+)$/.exec(quote);
        const start = Number(match?.[1]);
        const end = Number(match?.[2]);
        if (match && start < end && end <= length) state.article = { source: article, start, end };
        else bad('quote', 'malformed');
      }
    }
  } else if (params.has('quote')) bad('quote', 'malformed');

  const raw: RawParams = {};
  for (const name of FILTER_PARAMS) if (params.has(name)) raw[name] = params.getAll(name);
  const filter = parseFilterParams(raw, data.graph, data.sourceIds);
  state.filter = filter.spec;
  notices.push(...filter.problems);

  const dim = params.get('dim');
  if (dim !== null) {
    if (dim === '1' || dim === '0') state.dim = dim === '1';
    else bad('dim', 'malformed');
  }

  const rawPath: RawPathParams = {};
  for (const name of PATH_PARAMS) if (params.has(name)) rawPath[name] = params.getAll(name);
  const path = parsePathParams(rawPath, data.graph);
  state.path = path.path;
  notices.push(...path.problems);

  const cam = params.get('cam');
  if (cam !== null) {
    state.camera = parseCamera(cam);
    if (!state.camera) {
      notices.push({ param: 'cam', value: cam, problem: 'malformed', expected: CAMERA_EXPECTED });
    }
  }

  const table = parseTableParams(params);
  state.table = table.table;
  notices.push(...table.problems);

  const timeline = parseTimelineParams(params, data.sourceIds);
  state.timeline = timeline.timeline;
  notices.push(...timeline.problems);

  const story = parseStoryParams(params);
  state.story = story.story;
  notices.push(...story.problems);

  // Last, so that a typo ("actors=norway") is named after what the link's good parameters gave.
  for (const param of new Set(params.keys())) if (!VIEW_PARAMS.has(param)) notices.push({ param, value: params.get(param) ?? '', problem: 'unread' });

  return { state, notices };
}

const round = (n: number) => String(Math.round(n * 1000) / 1000);
/** Four significant digits: a deep zoom (0.00123) keeps its ratio instead of rounding to 0. */
const roundRatio = (n: number) => String(Math.min(CAMERA_LIMITS.maxRatio, Math.max(CAMERA_LIMITS.minRatio, Number(n.toPrecision(4)))));

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  if (state.selection) params.set(state.selection.type, state.selection.id);
  if (state.article) {
    params.set('article', state.article.source);
    if (state.article.start !== undefined && state.article.end !== undefined) {
      params.set('quote', `${state.article.start}-${state.article.end}`);
    }
  }
  for (const [name, value] of filterToParams(state.filter)) params.set(name, value);
  if (state.dim) params.set('dim', '1');
  for (const [name, value] of pathToParams(state.path)) params.set(name, value);
  for (const [name, value] of tableToParams(state.table)) params.append(name, value);
  for (const [name, value] of timelineToParams(state.timeline)) params.set(name, value);
  for (const [name, value] of storyToParams(state.story)) params.set(name, value);
  if (state.camera && isDrawableCamera(state.camera)) {
    params.set('cam', [round(state.camera.x), round(state.camera.y), roundRatio(state.camera.ratio)].join(','));
  }
  return `?${params.toString()}`;
}
