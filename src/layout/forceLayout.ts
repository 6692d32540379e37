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

/** Who acts and under what: drawn in the middle. Domains, frameworks, events and places ring them. */
const CORE_KINDS: ReadonlySet<unknown> = new Set(['actor', 'agreement', 'partnership']);
/**
 * The core's share of the picture's radius, and where the outer ring starts: wide enough that the
 * hubs in the middle (the EU, Viet Nam, the two partnerships) have room for their names.
 */
const CORE_RADIUS = 0.5;
const RING_START = 0.6;

/**
 * Keeps each node's direction from the centre (what ForceAtlas2 found: neighbours stay on the same
 * side) but sets its distance by kind, so the structure reads at a glance: actors and their
 * instruments in the middle, what they cooperate on and rest on around them.
 */
function ringsByKind(graph: Graph): void {
  if (graph.order === 0) return;
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_n, a) => {
    cx += a.x / graph.order;
    cy += a.y / graph.order;
  });
  const polar = graph.mapNodes((node, a) => ({ node, core: CORE_KINDS.has(a.kind), r: Math.hypot(a.x - cx, a.y - cy), theta: Math.atan2(a.y - cy, a.x - cx) }));
  // Wide enough that noverlap (next) only nudges: about 60 units of radius per √node.
  const outer = Math.max(...polar.map((p) => p.r), 60 * Math.sqrt(graph.order));
  const maxOf = (core: boolean) => Math.max(...polar.filter((p) => p.core === core).map((p) => p.r), 1);
  const coreMax = maxOf(true);
  const ringMax = maxOf(false);
  for (const p of polar) {
    const r = p.core ? (p.r / coreMax) * CORE_RADIUS * outer : (RING_START + (p.r / ringMax) * (1 - RING_START)) * outer;
    graph.mergeNodeAttributes(p.node, { x: cx + r * Math.cos(p.theta), y: cy + r * Math.sin(p.theta) });
  }
}

export function applyLayout(graph: Graph): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', sizeForDegree(graph.degree(node))));
  seedCircle(graph);
  forceAtlas2.assign(graph, {
    iterations: ITERATIONS,
    settings: { ...forceAtlas2.inferSettings(graph), outboundAttractionDistribution: true, scalingRatio: 20, gravity: 0.6 },
  });
  ringsByKind(graph);
  // Discs are drawn in screen pixels, about 1.8 layout units each on a 1440-pixel-wide window: room for a label between neighbours.
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 20, ratio: 2 } });
  // Round so the artefact is byte-stable across platforms' last-digit float differences.
  graph.forEachNode((node, attrs) => {
    graph.mergeNodeAttributes(node, { x: Math.round(attrs.x * 100) / 100, y: Math.round(attrs.y * 100) / 100 });
  });
}
