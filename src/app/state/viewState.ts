/**
 * The explorer's view state, and its round trip through the URL. Reading a URL cleans it
 * against the data: an unknown id or a malformed value is dropped and reported as a notice,
 * never crashed on, so any link opens a working page.
 */
import { KIND_IDS, type Kind } from '../../model/vocabulary';

export type Lang = 'vi' | 'en';
export type Selection = { type: 'node' | 'edge'; id: string } | null;
export type Camera = { x: number; y: number; ratio: number };

export type ViewState = {
  lang: Lang;
  selection: Selection;
  /** The open article, and the quote to highlight in it, if any. */
  article: { source: string; start?: number; end?: number } | null;
  hiddenKinds: Kind[];
  camera: Camera | null;
};

/** What was wrong with a URL parameter; the app words it in the current language. */
export type Notice = { param: string; value: string; problem: 'unknown' | 'malformed' };

export type DataIndex = {
  hasNode: (id: string) => boolean;
  hasEdge: (id: string) => boolean;
  sourceLength: (id: string) => number | undefined;
};

export function defaultViewState(lang: Lang): ViewState {
  return { lang, selection: null, article: null, hiddenKinds: [], camera: null };
}

function parseCamera(value: string): Camera | null {
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

export function parseViewState(search: string, data: DataIndex, fallbackLang: Lang): { state: ViewState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const state = defaultViewState(fallbackLang);
  const bad = (param: string, problem: Notice['problem']) => notices.push({ param, value: params.get(param) ?? '', problem });

  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'vi' || lang === 'en') state.lang = lang;
    else bad('lang', 'malformed');
  }

  const node = params.get('node');
  const edge = params.get('edge');
  if (node !== null) {
    if (data.hasNode(node)) state.selection = { type: 'node', id: node };
    else bad('node', 'unknown');
  }
  if (edge !== null) {
    if (state.selection) bad('edge', 'malformed');
    else if (data.hasEdge(edge)) state.selection = { type: 'edge', id: edge };
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

  const hide = params.get('hide');
  if (hide !== null) {
    const kinds = hide.split(',').filter(Boolean);
    const unknown = kinds.filter((k) => !(KIND_IDS as string[]).includes(k));
    if (unknown.length > 0) notices.push({ param: 'hide', value: unknown.join(','), problem: 'unknown' });
    state.hiddenKinds = KIND_IDS.filter((k) => kinds.includes(k));
  }

  const cam = params.get('cam');
  if (cam !== null) {
    state.camera = parseCamera(cam);
    if (!state.camera) bad('cam', 'malformed');
  }

  return { state, notices };
}

const round = (n: number) => String(Math.round(n * 1000) / 1000);

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
  if (state.hiddenKinds.length > 0) params.set('hide', state.hiddenKinds.join(','));
  if (state.camera) params.set('cam', [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(','));
  return `?${params.toString()}`;
}
