/**
 * Sigma's node and edge reducers. They run for every element on a full refresh, so they only
 * look values up in the precomputed state (label language, hidden kinds, focus sets); they
 * never search the graph.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../model/graph';
import type { FocusSets } from '../../query/focus';
import type { Lang } from '../state/viewState';

/** What the reducers read. Mutated by the canvas effects, then followed by a refresh. */
export class RenderState {
  constructor(
    /** Per node, its canvas label in each language (precomputed: reducers only look up). */
    private readonly labels: Map<string, Record<Lang, string>>,
    public lang: Lang,
    public hiddenKinds: Set<string>,
    public focus: FocusSets,
  ) {}

  label(node: string): string | undefined {
    return this.labels.get(node)?.[this.lang];
  }

  /** Sets the focus and returns the previous one, for a partial refresh of the difference. */
  swapFocus(focus: FocusSets): FocusSets {
    const before = this.focus;
    this.focus = focus;
    return before;
  }

  /** Sets language and hidden kinds; true when anything changed (and a full refresh is due). */
  setAppearance(lang: Lang, hiddenKinds: Iterable<string>): boolean {
    const hidden = new Set(hiddenKinds);
    const same = this.lang === lang && hidden.size === this.hiddenKinds.size && [...hidden].every((k) => this.hiddenKinds.has(k));
    this.lang = lang;
    this.hiddenKinds = hidden;
    return !same;
  }
}

export const EDGE_COLOR = '#c5cad3';
export const FOCUS_EDGE_COLOR = '#343a40';

export function reduceNode(state: RenderState, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = { ...data, label: state.label(node) ?? data.labels[state.lang] };
  if (state.hiddenKinds.has(data.kind)) display.hidden = true;
  if (state.focus.nodes.has(node)) display.highlighted = true;
  return display;
}

export function reduceEdge(state: RenderState, edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  // Only focused edges are labelled: on a dense graph, every label at once is unreadable.
  if (!state.focus.edges.has(edge)) return { label: null, color: EDGE_COLOR, size: 1.2 };
  return { label: data.labels[state.lang], color: FOCUS_EDGE_COLOR, size: 3, forceLabel: true };
}
