/** Plain-text rendering of "what changed" for the terminal: counts first, then each list. */
import type { KnowledgeGraph } from '../model/graph';
import { KINDS } from '../model/vocabulary';
import type { Changes, DateChanges } from '../query/changes';
import { relationTime, type SourceTimes } from '../query/relationTime';

export type Lang = 'vi' | 'en';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function relationLine(graph: KnowledgeGraph, edge: string, times: SourceTimes, lang: Lang): string {
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge).map((n) => graph.getNodeAttribute(n, 'labels')[lang]);
  const time = relationTime(attrs, times);
  const notes = [...(time?.source ? ["the article's date"] : []), ...(time?.inferred ? ['inferred'] : [])];
  const when = time ? `${time.date}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}` : 'undated';
  return `  ${source} — ${attrs.labels[lang]} → ${target}   [${edge}; ${when}]`;
}

export function formatChanges(graph: KnowledgeGraph, changes: Changes | DateChanges, heading: string, times: SourceTimes, lang: Lang): string {
  const summary = [
    plural(changes.entities.length, 'new entity', 'new entities'),
    plural(changes.relations.length, 'new relation', 'new relations'),
    `new evidence for ${plural(changes.evidence.length, 'earlier relation', 'earlier relations')}`,
  ].join(', ');
  const lines = [heading, summary];
  if ('undated' in changes && changes.undated > 0) {
    lines.push(`${plural(changes.undated, 'relation has', 'relations have')} no date and no dated article, so neither side counts them.`);
  }
  if (changes.entities.length > 0) {
    lines.push('', `New entities (${changes.entities.length}):`);
    for (const id of changes.entities) {
      const attrs = graph.getNodeAttributes(id);
      lines.push(`  ${attrs.labels[lang]} (${KINDS[attrs.kind][lang]})   [${id}]`);
    }
  }
  if (changes.relations.length > 0) {
    lines.push('', `New relations (${changes.relations.length}):`);
    for (const edge of changes.relations) lines.push(relationLine(graph, edge, times, lang));
  }
  if (changes.evidence.length > 0) {
    lines.push('', `New evidence for earlier relations (${changes.evidence.length}):`);
    for (const { relation, added } of changes.evidence) {
      lines.push(relationLine(graph, relation, times, lang));
      for (const e of added) lines.push(`      ${e.source} ${e.start}–${e.end}: “${e.quote}”`);
    }
  }
  return lines.join('\n');
}
