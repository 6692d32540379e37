/** What the explorer hands the canvas. */
import type { Kept } from '../../query/filter';
import type { FocusSets } from '../../query/focus';
import type { UpdateView } from '../state/useViewState';
import type { ViewState } from '../state/viewState';

export type CanvasProps = {
  view: ViewState;
  update: UpdateView;
  /** What to bring into view, once per request (`at` tells two requests for the same element apart). */
  flyTo: ({ node: string } | { edge: string }) & { at: number } | null;
  /** What the filter keeps (null: everything), and the path finder's result. */
  visible: Kept | null;
  path: FocusSets;
  /** During playback, what has appeared so far: the rest is faded in place (null: nothing is). */
  reveal?: FocusSets | null;
  /** "What changed": what the later moment adds, drawn on top with a halo (null: no comparison). */
  emphasis?: FocusSets | null;
};
