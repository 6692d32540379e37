/**
 * The sigma canvas. The graph and the settings handed to sigma are created once, so the
 * renderer is never rebuilt; everything that changes reaches it through a ref read by the
 * reducers, followed by a refresh of just what changed.
 */
import { SigmaContainer } from '@react-sigma/core';
import { forwardRef, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/graph';
import { useData } from '../data';
import { CanvasBehaviour } from './CanvasBehaviour';
import { CanvasControls } from './CanvasControls';
import type { CanvasProps } from './canvasProps';
import { CAMERA_LIMITS } from '../state/viewState';
import { canvasLabels } from './canvasLabels';
import { createLabelDrawers } from './labelDrawers';
import { alwaysLabelled, EDGE_COLOR, plainEdgeLook, reduceEdge, reduceNode, RenderState, sizeScale } from './reducers';


/** Edge labels cost sigma a pass over every edge per frame: only worth it on small graphs. */
const EDGE_LABEL_LIMIT = 5000;
/**
 * Above this many edges, arrows and edge picking (a second edge layer drawn, and pixels read
 * back on every mouse move) cost more than they give: in software WebGL they made the first
 * frame of a 100k-node graph about 4× bare sigma's. Plain lines, no edge events, and edges
 * hidden while the camera moves.
 */
const LARGE_GRAPH_EDGES = 20_000;

type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const GraphCanvas = forwardRef<Renderer | null, CanvasProps>(function GraphCanvas({ view, update, flyTo, visible, path, reveal, emphasis }, ref) {
  const { graph } = useData();
  const [renderState] = useState(() => {
    const state = new RenderState(canvasLabels(graph), view.lang, visible, view.dim, alwaysLabelled(graph));
    // A link that opens on a comparison is drawn faded from its first frame, not redrawn after it.
    state.swapReveal(reveal ?? null);
    if (emphasis) state.swapEmphasis(emphasis);
    state.plainEdge = plainEdgeLook(graph.size);
    return state;
  });
  const [drawers] = useState(() => createLabelDrawers(graph, renderState));
  // The canvas's size is known here, before sigma (built in its container's effect, after this) draws the first frame.
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (element) renderState.sizeScale = sizeScale(graph, element.offsetWidth, element.offsetHeight);
  }, [graph, renderState]);

  const settings = useMemo<Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>>>(() => {
    const { drawLabel, drawHover, drawEdgeLabel } = drawers;
    return {
      defaultEdgeType: graph.size <= LARGE_GRAPH_EDGES ? 'arrow' : 'line',
      defaultEdgeColor: EDGE_COLOR,
      renderEdgeLabels: graph.size <= EDGE_LABEL_LIMIT,
      enableEdgeEvents: graph.size <= LARGE_GRAPH_EDGES,
      hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES,
      labelDensity: 0.7,
      labelGridCellSize: 100,
      labelRenderedSizeThreshold: 7,
      labelFont: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
      labelSize: 13,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#495057' },
      stagePadding: 40,
      // A container with no width yet (a phone's window, a panel being laid out) waits for its size; sigma would throw.
      allowInvalidContainer: true,
      // Zoom stays within what the URL accepts back.
      minCameraRatio: CAMERA_LIMITS.minRatio,
      maxCameraRatio: CAMERA_LIMITS.maxRatio,
      defaultDrawNodeLabel: drawLabel,
      defaultDrawNodeHover: drawHover,
      defaultDrawEdgeLabel: drawEdgeLabel,
      nodeReducer: (node, data) => reduceNode(renderState, node, data),
      edgeReducer: (edge, data) => reduceEdge(renderState, edge, data),
    };
  }, [graph, renderState, drawers]);

  // A standard performance mark, read by the benchmarks: the first frame handed to the screen.
  // SigmaContainer (a child, so its effect runs first) has just built sigma, which renders
  // synchronously; the frame is committed during the next animation frame's task, so the
  // mark goes in the task after it.
  useEffect(() => {
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => performance.mark('kg:first-frame'))));
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [graph]);

  return (
    <div ref={box} className="graph-canvas">
      <SigmaContainer ref={ref} graph={graph} settings={settings} className="graph-canvas-sigma">
        <CanvasBehaviour view={view} update={update} renderState={renderState} attachLabels={drawers.attach} flyTo={flyTo} visible={visible} path={path} reveal={reveal} emphasis={emphasis} />
        <CanvasControls lang={view.lang} focusNode={view.selection?.type === 'node' ? view.selection.id : null} />
      </SigmaContainer>
    </div>
  );
});
