/**
 * Sigma's node and edge reducers. They run for every element on a full refresh, so they only
 * look values up in the precomputed state (labels, the filter's kept sets, focus and path
 * sets); they never search the graph.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../model/graph';
import type { Kept } from '../../query/filter';
import { EMPTY_FOCUS, type FocusSets } from '../../query/focus';
import type { Lang } from '../state/viewState';

export const EDGE_COLOR = '#c5cad3';
export const FOCUS_EDGE_COLOR = '#343a40';
export const PATH_COLOR = '#f08c00';
const DIMMED_NODE_COLOR = '#dee2e6';
const DIMMED_EDGE_COLOR = '#eef0f3';
/** Sigma's label grid keeps one label per cell, and a faded neighbour may hold the cell: below this, playback labels every node shown. */
const REVEAL_LABELS_LIMIT = 300;

/** What the reducers read. Mutated by the canvas effects, each followed by a refresh. */
export class RenderState {
  focus: FocusSets = EMPTY_FOCUS;
  path: FocusSets = EMPTY_FOCUS;
  /** Playback: what has appeared so far; everything else is faded. Null when no playback is on. */
  reveal: FocusSets | null = null;
  /** The hovered and the selected node: their labels are placed first, in full, and drawn on top. */
  hovered: string | null = null;
  selected: string | null = null;

  constructor(
    /** Per node, its canvas label in each language (precomputed: reducers only look up). */
    private readonly labels: Map<string, Record<Lang, string>>,
    public lang: Lang,
    /** What the filter keeps; null when it keeps everything. */
    public visible: Kept | null,
    public dim: boolean,
  ) {}

  label(node: string): string | undefined {
    return this.labels.get(node)?.[this.lang];
  }

  /** Sets the focus (and who has it) and returns the previous one, for a partial refresh of the difference. */
  swapFocus(focus: FocusSets, hovered: string | null = null, selected: string | null = null): FocusSets {
    const before = this.focus;
    Object.assign(this, { focus, hovered, selected });
    return before;
  }

  swapPath(path: FocusSets): FocusSets {
    const before = this.path;
    this.path = path;
    return before;
  }

  swapReveal(reveal: FocusSets | null): FocusSets | null {
    const before = this.reveal;
    this.reveal = reveal;
    return before;
  }

  /** Sets what changes every element's look; true when anything changed (a full refresh is due). */
  setAppearance(lang: Lang, visible: Kept | null, dim: boolean): boolean {
    const changed = this.lang !== lang || this.visible !== visible || this.dim !== dim;
    Object.assign(this, { lang, visible, dim });
    return changed;
  }

  isFocused(): boolean {
    return this.focus.nodes.size > 0 || this.path.nodes.size > 0;
  }
}

/** Whether playback labels every node it has shown (a change of answer changes every shown node's look). */
export function revealLabelled(reveal: FocusSets | null): boolean {
  return reveal !== null && reveal.nodes.size <= REVEAL_LABELS_LIMIT;
}

export function reduceNode(state: RenderState, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = { ...data, label: state.label(node) ?? data.labels[state.lang] };
  if (state.visible && !state.visible.nodes.has(node)) {
    if (!state.dim) return { ...display, hidden: true };
    display.color = DIMMED_NODE_COLOR;
    display.label = null;
  }
  if (state.reveal && !state.reveal.nodes.has(node)) {
    // Not there yet in playback: faded where it will appear, so positions stay put.
    display.color = DIMMED_NODE_COLOR;
    display.label = null;
    return display;
  }
  // What playback has shown so far keeps its names when there are few enough to read; placement drops those with no room.
  if (revealLabelled(state.reveal)) display.forceLabel = true;
  if (state.focus.nodes.has(node) || state.path.nodes.has(node)) display.highlighted = true;
  return display;
}

export function reduceEdge(state: RenderState, edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  if (state.visible && !state.visible.edges.has(edge)) {
    return state.dim ? { label: null, color: DIMMED_EDGE_COLOR, size: 0.8 } : { hidden: true };
  }
  if (state.reveal && !state.reveal.edges.has(edge)) return { label: null, color: DIMMED_EDGE_COLOR, size: 0.8 };
  if (state.path.edges.has(edge)) return { label: data.labels[state.lang], color: PATH_COLOR, size: 4, forceLabel: true };
  // Only focused edges are labelled: on a dense graph, every label at once is unreadable.
  if (!state.focus.edges.has(edge)) return { label: null, color: EDGE_COLOR, size: 1.2 };
  return { label: data.labels[state.lang], color: FOCUS_EDGE_COLOR, size: 3, forceLabel: true };
}
