/**
 * In the browser: the explorer's hover highlight (focus sets + partial refresh over the
 * changed neighbourhood) against bare sigma's usual way (sigma's "use-reducers" example:
 * a reducer over the hovered node's neighbours and a full refresh), on the same graph.
 * Both schedule the draw for the next frame, so the figures are the JavaScript work per hover;
 * the draw itself is the GPU's (here SwiftShader's, which says nothing of a user's machine).
 */
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/model/graph';
import { canvasLabels } from '../../src/app/canvas/canvasLabels';
import { createLabelDrawers } from '../../src/app/canvas/labelDrawers';
import { alwaysLabelled, reduceEdge, reduceNode, RenderState } from '../../src/app/canvas/reducers';
import { EMPTY_FOCUS, focusChange, nodeFocus } from '../../src/query/focus';
import { random, syntheticGraph } from './synthetic';

/** `framesOursMs`/`framesBareMs`: a whole synchronous frame with our label placement, and with sigma's own labels. */
type Result = { order: number; size: number; firstRenderMs: number; oursMs: number; bareMs: number; framesOursMs: number; framesBareMs: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
}

/** Above this, a whole software-GL frame takes many seconds: the frame comparison is left out. */
const FRAME_LIMIT = 10_000;

/** A full render, labels included: our placement runs in a microtask of the same task, so it is awaited. */
async function frameMs(renderer: { refresh: () => unknown }, frames = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < frames; i++) {
    const start = performance.now();
    renderer.refresh();
    await Promise.resolve();
    samples.push(performance.now() - start);
    await nextFrame();
  }
  return median(samples);
}

async function run(order: number, hovers = 15): Promise<Result> {
  const graph = syntheticGraph(order, 5);
  const container = document.getElementById('stage') as HTMLElement;
  const rand = random(7);
  const targets = Array.from({ length: hovers }, () => `n${Math.floor(rand() * order)}`);

  // Ours.
  const state = new RenderState(canvasLabels(graph), 'en', null, false);
  let start = performance.now();
  const ours = new Sigma(graph, container, {
    defaultEdgeType: 'arrow',
    nodeReducer: (node, data) => reduceNode(state, node, data),
    edgeReducer: (edge, data) => reduceEdge(state, edge, data),
  });
  const firstRenderMs = performance.now() - start;
  await nextFrame();
  const oursSamples: number[] = [];
  for (const node of targets) {
    start = performance.now();
    const focus = nodeFocus(graph, node);
    const before = state.swapFocus(focus);
    ours.refresh({ partialGraph: focusChange(before, focus), skipIndexation: true, schedule: true });
    oursSamples.push(performance.now() - start);
    await nextFrame();
  }
  ours.kill();

  // Bare sigma, as in its own example.
  let hovered: string | null = null;
  let neighbours = new Set<string>();
  const bare = new Sigma(graph, container, {
    defaultEdgeType: 'arrow',
    nodeReducer: (node, data) => {
      const res: Partial<NodeDisplayData> = { ...data };
      if (hovered && node !== hovered && !neighbours.has(node)) res.color = '#f6f6f6';
      if (node === hovered || neighbours.has(node)) res.highlighted = true;
      return res;
    },
    edgeReducer: (edge, data) => {
      const res: Partial<EdgeDisplayData> = { ...data };
      if (hovered && !graph.hasExtremity(edge, hovered)) res.hidden = true;
      return res;
    },
  });
  await nextFrame();
  const bareSamples: number[] = [];
  for (const node of targets) {
    start = performance.now();
    hovered = node;
    neighbours = new Set(graph.neighbors(node));
    bare.refresh({ skipIndexation: true, schedule: true });
    bareSamples.push(performance.now() - start);
    await nextFrame();
  }
  bare.kill();
  state.swapFocus(EMPTY_FOCUS);

  // Label placement alone: two renderers that differ only in who draws the labels.
  let framesOursMs = NaN;
  let framesBareMs = NaN;
  if (order <= FRAME_LIMIT) {
    // As the explorer draws: its reducers (which nodes ask for a label), its three drawers, and the discs read from sigma.
    const labelled = new RenderState(canvasLabels(graph), 'en', null, false, alwaysLabelled(graph));
    const { drawLabel, drawHover, drawEdgeLabel, attach } = createLabelDrawers(graph, labelled);
    const placed = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
      defaultEdgeType: 'arrow',
      defaultDrawNodeLabel: drawLabel,
      defaultDrawNodeHover: drawHover,
      defaultDrawEdgeLabel: drawEdgeLabel,
      nodeReducer: (node, data) => reduceNode(labelled, node, data),
      edgeReducer: (edge, data) => reduceEdge(labelled, edge, data),
    });
    const detach = attach(placed as unknown as Sigma);
    framesOursMs = await frameMs(placed);
    detach();
    placed.kill();
    const plain = new Sigma(graph, container, { defaultEdgeType: 'arrow' });
    framesBareMs = await frameMs(plain);
    plain.kill();
  }
  return { order, size: graph.size, firstRenderMs, oursMs: median(oursSamples), bareMs: median(bareSamples), framesOursMs, framesBareMs };
}

declare global {
  interface Window {
    runHoverBench: (order: number) => Promise<Result>;
  }
}
window.runHoverBench = run;
