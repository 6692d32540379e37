/**
 * k shortest paths on a 100k-node / 500k-edge graph: our kShortestPaths() (Yen's algorithm over
 * a bidirectional breadth-first search, with the path finder's options and the relations of each
 * hop) against the same algorithm written bare over graphology (neighbours and sets, no options),
 * in the same run, for the same pairs of entities. Both must find paths of the same lengths.
 */
import type { KnowledgeGraph } from '../../src/model/graph';
import { DEFAULT_PATH_OPTIONS, kShortestPaths } from '../../src/query/paths';
import { compare, fmt } from './measure';
import type { Progress } from './progress';
import { against } from './progress';
import { random, syntheticGraph } from './synthetic';

type Neighbours = (node: string, visit: (next: string) => void) => void;

/** The textbook form: a BFS from each end in turn, a layer at a time, stopping at the first layer that meets. */
function bareShortest(forward: Neighbours, backward: Neighbours, from: string, to: string, banned: Set<string>, firstBanned: Set<string>): string[] | null {
  const prev = new Map<string, string>();
  const next = new Map<string, string>();
  const seenF = new Set([from]);
  const seenB = new Set([to]);
  let front = [from];
  let back = [to];
  let meet = null as string | null;
  while (front.length > 0 && back.length > 0 && meet === null) {
    const growFront = front.length <= back.length;
    const layer: string[] = [];
    for (const u of growFront ? front : back) {
      (growFront ? forward : backward)(u, (v) => {
        if (meet !== null || banned.has(v)) return;
        if (growFront ? u === from && firstBanned.has(v) : v === from && firstBanned.has(u)) return;
        if (growFront ? seenF.has(v) : seenB.has(v)) return;
        (growFront ? prev : next).set(v, u);
        (growFront ? seenF : seenB).add(v);
        if (growFront ? seenB.has(v) : seenF.has(v)) meet = v;
        layer.push(v);
      });
      if (meet !== null) break;
    }
    if (growFront) front = layer;
    else back = layer;
  }
  if (meet === null) return null;
  const path = [meet];
  for (let at = prev.get(meet); at !== undefined; at = prev.get(at)) path.unshift(at);
  for (let at = next.get(meet); at !== undefined; at = next.get(at)) path.push(at);
  return path;
}

function bareYen(graph: KnowledgeGraph, from: string, to: string, k: number, directed: boolean): string[][] {
  const forward: Neighbours = directed ? (n, v) => graph.forEachOutNeighbor(n, v) : (n, v) => graph.forEachNeighbor(n, v);
  const backward: Neighbours = directed ? (n, v) => graph.forEachInNeighbor(n, v) : forward;
  const first = bareShortest(forward, backward, from, to, new Set(), new Set());
  if (!first) return [];
  const found = [first];
  const candidates: string[][] = [];
  const known = new Set([first.join(' ')]);
  while (found.length < k) {
    const last = found[found.length - 1] as string[];
    for (let i = 0; i + 1 < last.length; i++) {
      const root = last.slice(0, i + 1);
      const firstBanned = new Set(found.filter((p) => root.every((n, j) => p[j] === n) && p.length > i + 1).map((p) => p[i + 1] as string));
      const spur = bareShortest(forward, backward, last[i] as string, to, new Set(root.slice(0, i)), firstBanned);
      if (!spur) continue;
      const path = [...root.slice(0, i), ...spur];
      if (known.has(path.join(' '))) continue;
      known.add(path.join(' '));
      candidates.push(path);
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length);
    found.push(candidates.shift() as string[]);
  }
  return found;
}

/** Pairs of entities chosen at random (seeded), each joined by some path. */
function pairs(graph: KnowledgeGraph, count: number): [string, string][] {
  const rand = random(7);
  const out: [string, string][] = [];
  while (out.length < count) {
    const a = `n${Math.floor(rand() * graph.order)}`;
    const b = `n${Math.floor(rand() * graph.order)}`;
    if (a !== b && kShortestPaths(graph, a, b, { ...DEFAULT_PATH_OPTIONS, k: 1 }).length > 0) out.push([a, b]);
  }
  return out;
}

const K = 5;
const SIZES = [{ nodes: 10_000 }, { nodes: 100_000 }];
const MODES = [
  { name: 'relations either way', directed: false },
  { name: 'along relation direction', directed: true },
];

export function pathCaseNames(): string[] {
  return SIZES.flatMap(({ nodes }) => MODES.map((m) => `${nodes / 1000}k nodes / ${nodes / 200}k edges, k = ${K}, ${m.name}`));
}

export async function benchPaths(progress: Progress): Promise<string[]> {
  const lines = [
    `| graph | paths | pairs | path lengths found | ours (ms per pair) | bare graphology Yen (ms per pair) | ratio |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const names = pathCaseNames();
  for (const [s, { nodes }] of SIZES.entries()) {
    const graph = syntheticGraph(nodes, 5);
    const chosen = pairs(graph, 5);
    for (const [m, mode] of MODES.entries()) {
      const options = { ...DEFAULT_PATH_OPTIONS, k: K, directed: mode.directed };
      const row = await progress.measure(
        names[s * MODES.length + m] as string,
        () => {
          const { a: ours, b: bare } = compare(
            () => chosen.map(([a, b]) => kShortestPaths(graph, a, b, options)),
            () => chosen.map(([a, b]) => bareYen(graph, a, b, K, mode.directed)),
            nodes >= 100_000 ? 21 : 41,
          );
          const lengths = (paths: string[][][]) => paths.map((p) => p.map((q) => q.length - 1).join(',')).join(' · ');
          const oursLengths = lengths(ours.result.map((list) => list.map((p) => p.nodes)));
          if (oursLengths !== lengths(bare.result)) throw new Error(`paths at ${nodes} (${mode.name}): ours found ${oursLengths}, bare ${lengths(bare.result)}`);
          return { ours: ours.ms / chosen.length, bare: bare.ms / chosen.length, lengths: oursLengths };
        },
        (r) => against(r.ours, r.bare, fmt),
      );
      lines.push(`| ${nodes / 1000}k nodes / ${Math.round(graph.size / 1000)}k edges | k = ${K}, ${mode.name} | ${chosen.length} | ${row.lengths} | ${fmt(row.ours)} | ${fmt(row.bare)} | ${(row.ours / row.bare).toFixed(2)}× |`);
    }
  }
  return lines;
}
