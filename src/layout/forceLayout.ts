/**
 * A deterministic layout for the shipped graph, computed once at build time so the explorer
 * opens on a stable picture: same graph in, same coordinates out.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

const ITERATIONS = 600;

/** Node size grows with the square root of degree, so hubs stand out without swamping the rest. */
export function sizeForDegree(degree: number): number {
  return Math.round((5 + 3 * Math.sqrt(degree)) * 10) / 10;
}

/** Places nodes on a circle in insertion order: a fixed, seedless start for ForceAtlas2. */
function seedCircle(graph: Graph): void {
  const n = graph.order;
  let i = 0;
  graph.forEachNode((node) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    graph.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
    i += 1;
  });
}

export function applyLayout(graph: Graph): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', sizeForDegree(graph.degree(node))));
  seedCircle(graph);
  forceAtlas2.assign(graph, {
    iterations: ITERATIONS,
    settings: { ...forceAtlas2.inferSettings(graph), outboundAttractionDistribution: true, scalingRatio: 20, gravity: 0.6 },
  });
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 14, ratio: 1.4 } });
  // Round so the artefact is byte-stable across platforms' last-digit float differences.
  graph.forEachNode((node, attrs) => {
    graph.mergeNodeAttributes(node, { x: Math.round(attrs.x * 100) / 100, y: Math.round(attrs.y * 100) / 100 });
  });
}
