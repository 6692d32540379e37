/**
 * What the canvas does, as effects on the sigma instance: clicks select, hover brings a
 * neighbourhood forward, the camera is kept in the URL, and a search result is flown to.
 */
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef, useState } from 'react';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/graph';
import type Sigma from 'sigma';
import { edgeFocus, EMPTY_FOCUS, focusChange, nodeFocus, revealChange, type FocusSets } from '../../query/focus';
import type { CanvasProps } from './canvasProps';
import { cameraFitting, frame } from './frame';
import { revealLabelled, type RenderState } from './reducers';

/** Both partial changes in one refresh; null (a whole refresh) when either needs one. */
function joinChanges(a: { nodes: string[]; edges: string[] } | null, b: { nodes: string[]; edges: string[] }): { nodes: string[]; edges: string[] } | null {
  return a ? { nodes: [...new Set([...a.nodes, ...b.nodes])], edges: [...new Set([...a.edges, ...b.edges])] } : null;
}

type Props = CanvasProps & { renderState: RenderState; attachLabels: (sigma: Sigma) => () => void };

const CAMERA_WRITE_DELAY_MS = 400;

/**
 * Redraws only what changed. A full refresh still waiting for its frame (after a resize) has
 * cleared sigma's program indices, and repainting a part in place would then throw ("can't be
 * repaint"): the part waits for that frame's processing instead. (`needToProcess` is sigma's
 * own flag for it; it has no public reader.)
 */
function refreshPart(sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>, part: { nodes?: string[]; edges?: string[] }): void {
  const pending = (sigma as unknown as { needToProcess: boolean }).needToProcess;
  sigma.refresh({ partialGraph: part, skipIndexation: !pending, schedule: true });
}

export function CanvasBehaviour({ view, update, renderState, attachLabels, flyTo, visible, path, reveal = null, emphasis = null }: Props) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const registerEvents = useRegisterEvents();
  const [hovered, setHovered] = useState<string | null>(null);
  const cameraTimer = useRef<number | undefined>(undefined);

  // Frames drawn after the first, counted on the container: on a large graph each costs seconds,
  // so the tests check that opening a graph draws it once and a hover redraws only what changed.
  useEffect(() => {
    const container = sigma.getContainer();
    let redraws = 0;
    const count = () => void (container.dataset.redraws = String(++redraws));
    sigma.on('afterRender', count);
    return () => void sigma.off('afterRender', count);
  }, [sigma]);

  // The labels keep clear of every node's disc, read from this renderer.
  useEffect(() => attachLabels(sigma as unknown as Sigma), [sigma, attachLabels]);

  // Sigma only follows window resizes; the table opening or closing resizes the canvas by itself.
  useEffect(() => {
    const container = sigma.getContainer();
    // The observer also reports the size sigma was built at: redrawing for that would cost a
    // whole second frame (seconds on a large graph). A container being torn down has no size.
    let size = `${container.offsetWidth}×${container.offsetHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${container.offsetWidth}×${container.offsetHeight}`;
      if (now === size || container.offsetWidth === 0 || container.offsetHeight === 0) return;
      size = now;
      sigma.scheduleRefresh();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [sigma]);

  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      clickNode: ({ node }) => update({ selection: { type: 'node', id: node } }),
      clickEdge: ({ edge }) => update({ selection: { type: 'edge', id: edge } }),
      clickStage: () => update({ selection: null }),
      enterNode: ({ node }) => {
        setHovered(node);
        container.style.cursor = 'pointer';
      },
      leaveNode: () => {
        setHovered(null);
        container.style.cursor = '';
      },
      enterEdge: () => void (container.style.cursor = 'pointer'),
      leaveEdge: () => void (container.style.cursor = ''),
    });
  }, [registerEvents, sigma, update]);

  // Focus: the hovered node, else the selection. Only the elements whose look changes are redrawn.
  const selection = view.selection;
  useEffect(() => {
    const graph = sigma.getGraph();
    let focus: FocusSets = EMPTY_FOCUS;
    if (hovered && graph.hasNode(hovered)) focus = nodeFocus(graph, hovered);
    else if (selection?.type === 'node' && graph.hasNode(selection.id)) focus = nodeFocus(graph, selection.id);
    else if (selection?.type === 'edge' && graph.hasEdge(selection.id)) focus = edgeFocus(graph, selection.id);
    const before = renderState.swapFocus(focus, hovered, selection?.type === 'node' ? selection.id : null);
    // Nothing changed (the first mount): a redraw would cost a whole frame, seconds on a large graph.
    if (before === focus) return;
    sigma.getContainer().dataset.focus = String(renderState.isFocused());
    refreshPart(sigma, focusChange(before, focus));
  }, [sigma, hovered, selection, renderState]);

  useEffect(() => {
    const before = renderState.swapPath(path);
    if (before === path) return;
    sigma.getContainer().dataset.focus = String(renderState.isFocused());
    refreshPart(sigma, focusChange(before, path));
  }, [sigma, path, renderState]);

  // Playback fades what has not appeared yet; "what changed" fades the rest and draws what the later
  // moment adds on top. A step redraws only what it changes (the camera is not touched), in one
  // refresh: a whole one re-indexes, and a partial one in the same task would find nothing to repaint.
  useEffect(() => {
    const nextEmphasis = emphasis ?? EMPTY_FOCUS;
    const beforeReveal = renderState.swapReveal(reveal);
    const beforeEmphasis = renderState.swapEmphasis(nextEmphasis);
    sigma.getContainer().dataset.reveal = String(reveal?.nodes.size ?? 'all');
    if (beforeReveal === reveal && beforeEmphasis === nextEmphasis) return;
    const whole = revealLabelled(beforeReveal) !== revealLabelled(reveal);
    const change = whole ? null : joinChanges(revealChange(beforeReveal, reveal), focusChange(beforeEmphasis, nextEmphasis));
    if (change) refreshPart(sigma, change);
    else sigma.refresh({ skipIndexation: true, schedule: true });
  }, [sigma, reveal, emphasis, renderState]);

  // Language and filter change every element's look: a full refresh, and a rare one.
  const { lang, dim } = view;
  useEffect(() => {
    if (renderState.setAppearance(lang, visible, dim)) sigma.refresh();
  }, [sigma, lang, visible, dim, renderState]);

  // The camera: restored once from the URL, then written back (replacing, not pushing) as it moves.
  const initialCamera = useRef(view.camera);
  useEffect(() => {
    const camera = sigma.getCamera();
    if (initialCamera.current) camera.setState(initialCamera.current);
    const onUpdate = () => {
      window.clearTimeout(cameraTimer.current);
      cameraTimer.current = window.setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        update({ camera: { x, y, ratio } }, 'replace');
      }, CAMERA_WRITE_DELAY_MS);
    };
    camera.on('updated', onUpdate);
    return () => {
      camera.off('updated', onUpdate);
      window.clearTimeout(cameraTimer.current);
    };
  }, [sigma, update]);

  // A node chosen in a panel, the search or the table is framed in the visible part of the canvas.
  useEffect(() => {
    if (!flyTo) return;
    const graph = sigma.getGraph();
    if ('node' in flyTo ? graph.hasNode(flyTo.node) : graph.hasEdge(flyTo.edge)) frame(sigma as unknown as Sigma, flyTo);
  }, [flyTo, sigma]);

  // A link that selects a node but brings no camera of its own opens framed on that node.
  const initialSelection = useRef(view.camera ? null : view.selection);
  useEffect(() => {
    const selected = initialSelection.current;
    initialSelection.current = null;
    if (selected?.type === 'node' && sigma.getGraph().hasNode(selected.id)) frame(sigma as unknown as Sigma, { node: selected.id }, 0);
  }, [sigma]);

  // A new filter result is framed; on first load only when the URL brings no camera of its own.
  // (A selection in the link is framed instead, below.)
  const framed = useRef(view.camera || view.selection?.type === 'node' ? visible : null);
  useEffect(() => {
    if (framed.current === visible) return;
    framed.current = visible;
    if (visible && visible.nodes.size > 0) void sigma.getCamera().animate(cameraFitting(sigma as unknown as Sigma, [...visible.nodes]), { duration: 400 });
    else void sigma.getCamera().animatedReset({ duration: 400 });
  }, [sigma, visible]);

  // A comparison chosen after the page opened is framed: what it adds, with the ends of what it adds.
  const framedEmphasis = useRef(emphasis);
  useEffect(() => {
    if (framedEmphasis.current === emphasis) return;
    framedEmphasis.current = emphasis;
    if (!emphasis) return;
    const graph = sigma.getGraph();
    const nodes = new Set(emphasis.nodes);
    emphasis.edges.forEach((edge) => graph.extremities(edge).forEach((end) => nodes.add(end)));
    if (nodes.size === 0) return;
    // After the frame the comparison's refresh asked for: until sigma has drawn it, its display
    // data holds the nodes' raw positions, not the framed ones a camera is computed from.
    const fit = () => void sigma.getCamera().animate(cameraFitting(sigma as unknown as Sigma, [...nodes]), { duration: 400 });
    sigma.once('afterRender', fit);
    sigma.scheduleRender();
    return () => void sigma.off('afterRender', fit);
  }, [sigma, emphasis]);

  return null;
}
