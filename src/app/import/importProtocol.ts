/** What the page and the import worker say to each other. */
import type { ImportedGraph } from '../../io/read';
import type { ImportSummary } from '../../io/sanitize';
import type { SerializedKnowledgeGraph } from '../../model/graph';

/** The stages a person sees on the progress bar, in order; the last one runs on the page. */
export const IMPORT_STAGES = ['read', 'parse', 'build', 'layout', 'send', 'draw'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export type ImportRequest = { file: File };

export type ImportReply =
  | { type: 'stage'; stage: ImportStage }
  | { type: 'done'; graph: SerializedKnowledgeGraph; format: ImportedGraph['format']; summary: ImportSummary }
  | { type: 'error'; message: string };
