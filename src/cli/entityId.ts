/** An entity id given on the command line: known, or refused with the nearest ids as suggestions. */
import type { KnowledgeGraph } from '../model/graph';
import { createEntitySearch } from '../query/search';
import { UsageError } from './args';

export function requireEntity(graph: KnowledgeGraph, id: string, command: string): string {
  if (graph.hasNode(id)) return id;
  const near = createEntitySearch(graph).search(id.replace(/-/g, ' '), 5).map((hit) => hit.id);
  throw new UsageError(`${command}: no entity with id "${id}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (kg find WORDS finds ids by name)`);
}
