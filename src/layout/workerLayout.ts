/**
 * Laying out a graph that came without positions (an imported file), off the main thread:
 * ForceAtlas2 runs in a Web Worker for a bounded time while the canvas shows it settling.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { sizeForDegree } from './forceLayout';

/** Circle start positions and degree sizes: what the worker starts from. */
export function prepareForLayout(graph: Graph): void {
  const n = graph.order;
  let i = 0;
  graph.forEachNode((node) => {
    const angle = (2 * Math.PI * i++) / Math.max(n, 1);
    graph.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle), size: sizeForDegree(graph.degree(node)) });
  });
}

/** Starts the worker layout; it stops by itself after `ms`. Returns a function that stops it now. */
export function runWorkerLayout(graph: Graph, ms = 4000): () => void {
  const supervisor = new FA2LayoutSupervisor(graph, { settings: { ...forceAtlas2.inferSettings(graph), linLogMode: false } });
  supervisor.start();
  const timer = setTimeout(() => supervisor.kill(), ms);
  return () => {
    clearTimeout(timer);
    supervisor.kill();
  };
}
