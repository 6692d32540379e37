/** Everything the explorer derives once from the loaded bundle, shared by its components. */
import { createContext, useContext } from 'react';
import type { KnowledgeGraph, SourceDocument } from '../model/graph';
import type { Segment } from '../query/evidenceIndex';
import type { CommunityLegend } from './import/communityColours';
import type { EntitySearches } from './search/entitySearches';

export type ExplorerData = EntitySearches & {
  graph: KnowledgeGraph;
  sources: Map<string, SourceDocument>;
  segments: Map<string, Segment[]>;
  /** A plain file's communities, which its nodes are coloured by (null: coloured by kind). */
  communities: CommunityLegend | null;
};

export const DataContext = createContext<ExplorerData | null>(null);

export function useData(): ExplorerData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData outside DataContext');
  return data;
}
