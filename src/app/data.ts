/** Everything the explorer derives once from the loaded bundle, shared by its components. */
import { createContext, useContext } from 'react';
import type { KnowledgeGraph, SourceDocument } from '../model/graph';
import type { Segment } from '../query/evidenceIndex';
import type { EntitySearch } from '../query/search';

export type ExplorerData = {
  graph: KnowledgeGraph;
  sources: Map<string, SourceDocument>;
  segments: Map<string, Segment[]>;
  search: EntitySearch;
  /** Searches limited to one kind, for the filter panel's pickers. */
  actorSearch: EntitySearch;
  domainSearch: EntitySearch;
};

export const DataContext = createContext<ExplorerData | null>(null);

export function useData(): ExplorerData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData outside DataContext');
  return data;
}
