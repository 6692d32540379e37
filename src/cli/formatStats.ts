/** Plain-text rendering of graph statistics for the terminal. */
import type { GraphStats } from '../query/stats';

function table(title: string, counts: Record<string, number>): string[] {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(...rows.map(([k]) => k.length), 4);
  return [title, ...rows.map(([k, n]) => `  ${k.padEnd(width)}  ${n}`)];
}

export function formatStats(stats: GraphStats): string {
  const sources = Object.entries(stats.bySource).map(([id, s]) => `  ${id}: ${s.nodes} nodes, ${s.edges} edges`);
  return [
    `${stats.nodes} nodes, ${stats.edges} edges (${stats.inferredEdges} inferred)`,
    ...table('Nodes by kind:', stats.byKind),
    ...table('Edges by predicate:', stats.byPredicate),
    'By source (what its evidence supports):',
    ...sources,
    `Connected components: ${stats.components.length} (sizes ${stats.components.join(', ')})`,
  ].join('\n');
}
