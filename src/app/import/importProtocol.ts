/** What the page and the import worker say to each other. */
import type { ImportProblem } from '../../io/importProblems';
import type { GraphPart, ImportedData } from '../../io/read';
import type { ImportSummary } from '../../io/sanitize';
import type { GraphAttributes } from '../../model/graph';
import type { CommunityLegend } from './communityColours';

/** The stages a person sees on the progress bar, in order; the last one runs on the page. */
export const IMPORT_STAGES = ['read', 'parse', 'build', 'communities', 'layout', 'send', 'draw'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export type ImportRequest = { file: File };

/** Positions from the worker's layout, in the order the nodes were sent. */
export type Positions = { x: Float64Array; y: Float64Array; size: Float64Array };

/** A plain file's communities: each node's (in the order the nodes were sent), and the legend's list. */
export type CommunityColours = { of: Uint8Array; legend: CommunityLegend };

/**
 * The graph arrives in parts while the worker still checks the rest (the page builds it as
 * they come, in small tasks), then "done" with its attributes and, for a file that had no
 * positions, the layout's.
 */
export type ImportReply =
  | { type: 'stage'; stage: ImportStage }
  | ({ type: 'part' } & GraphPart)
  | { type: 'done'; attributes: GraphAttributes; positions: Positions | null; communities: CommunityColours | null; format: ImportedData['format']; summary: ImportSummary }
  | { type: 'error'; refusal: ImportRefusal };

/** Why a file was not opened: a problem the reader names (worded in the interface's language), or an unexpected failure's own words. */
export type ImportRefusal = { file: string } & ({ problem: ImportProblem } | { message: string });
