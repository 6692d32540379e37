/**
 * The files the ingest and review commands read and write in a graph-data folder: the validated
 * dataset, article texts with their hashes, and review files (graph-data/review/ID.json).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CURATED_PREDICATE_IDS } from '../model/vocabulary';
import { NO_LEARNING, type LearnedRules } from '../ingest/learn';
import { join, relative } from 'node:path';
import type { Dataset } from '../model/schema';
import { formatError, formatIssuePath, validateDataset, type RawDataset } from '../model/validate';
import { reviewFileSchema, type ReviewFile } from '../ingest/review';
import { describeJsonError } from '../text/jsonError';
import { decodeUtf8 } from '../text/utf8';
import { readDataset } from './readDataset';
import { readDataFile } from './store/graphStore';

export class DataError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** A request the data cannot take (a decision that does not fit, a name that names nothing): exit 2, the reason only. */
export class RefusedError extends DataError {}

export function hashText(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The curated dataset, validated; a DataError lists every problem. */
export function loadDataset(dataDir: string): Dataset {
  return loadDatasetFiles(dataDir).dataset;
}

/** The validated dataset and the files it was read from (to validate an edited copy without reading them again). */
export function loadDatasetFiles(dataDir: string): { dataset: Dataset; raw: RawDataset } {
  let raw: RawDataset;
  let result;
  try {
    raw = readDataset(dataDir);
    result = validateDataset(raw);
  } catch (error) {
    throw new DataError([`${dataDir}: ${(error as Error).message}`]);
  }
  if (!result.dataset) throw new DataError(result.errors.map(formatError));
  return { dataset: result.dataset, raw };
}

export const reviewPath = (dataDir: string, id: string) => join(dataDir, 'review', `${id}.json`);
/** What `kg learn` learned from the reviews; the ingest reads it when it is there. */
export const learnedRulesPath = (dataDir: string) => join(dataDir, 'learned-rules.json');

const learnedSchema = z.strictObject({
  constructions: z.array(z.strictObject({ predicate: z.enum(CURATED_PREDICATE_IDS), language: z.enum(['vi', 'en']), pattern: z.string().min(1), seen: z.number().int().positive() })),
  rules: z.record(z.string(), z.strictObject({ accepted: z.number().int().nonnegative(), rejected: z.number().int().nonnegative() })),
});

/** The learned rules of a graph-data folder, or none; a file that is not one is refused with its path. */
export function readLearnedRules(dataDir: string): LearnedRules {
  const path = learnedRulesPath(dataDir);
  let bytes: Uint8Array | null;
  try {
    bytes = readDataFile(path);
  } catch (error) {
    throw new DataError([`${path}: ${(error as Error).message}`]);
  }
  if (bytes === null) return NO_LEARNING;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new DataError([`${path}: not readable JSON: ${(error as Error).message.split('\n')[0]}`]);
  }
  const parsed = learnedSchema.safeParse(json);
  if (!parsed.success) throw new DataError(parsed.error.issues.map((issue) => `${path}: ${formatIssuePath(issue.path) || '(root)'}: ${issue.message}`));
  return parsed.data;
}
export const sourceTextPath = (dataDir: string, id: string) => join(dataDir, 'sources', `${id}.txt`);
export const sourceMetaPath = (dataDir: string, id: string) => join(dataDir, 'sources', `${id}.json`);

/** A review file, checked as strictly as graph-data: every problem named with its file and path. */
export function readReview(dataDir: string, id: string): ReviewFile | undefined {
  const path = reviewPath(dataDir, id);
  const shown = relative(process.cwd(), path) || path;
  let bytes: Uint8Array | null;
  try {
    bytes = readDataFile(path);
  } catch (error) {
    throw new DataError([`${shown}: ${(error as Error).message}`]);
  }
  if (bytes === null) return undefined;
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) throw new DataError([`${shown}: not valid UTF-8: invalid byte at offset ${decoded.badByte}`]);
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    throw new DataError([`${shown}: not a readable review file: invalid JSON at ${describeJsonError(decoded.text, error)}`]);
  }
  const parsed = reviewFileSchema.safeParse(json);
  if (!parsed.success) throw new DataError(parsed.error.issues.map((issue) => `${shown}: ${formatIssuePath(issue.path) || '(root)'}: ${issue.message}`));
  if (parsed.data.source !== id) throw new DataError([`${shown}: source: the review is for "${parsed.data.source}", not "${id}"`]);
  return parsed.data as ReviewFile;
}

/** A review as written: JSON with two-space indentation, so a team reads its changes in git. */
export const reviewJson = (review: ReviewFile) => `${JSON.stringify(review, null, 2)}\n`;

/**
 * A review whose article text changed since its proposals were made points at the wrong
 * characters: refuse it rather than apply spans to another text.
 */
export function loadReviewFor(dataDir: string, id: string): { review: ReviewFile; text: string; dataset: Dataset; raw: RawDataset } {
  const { dataset, raw } = loadDatasetFiles(dataDir);
  const review = readReview(dataDir, id);
  if (!review) throw new DataError([`no review for "${id}" at ${reviewPath(dataDir, id)}: ingest the article first (kg ingest FILE --id ${id})`]);
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) throw new DataError([`the review ${reviewPath(dataDir, id)} is for "${id}", which is not in ${join(dataDir, 'sources')}`]);
  const hash = hashText(source.text);
  if (hash !== review.textHash) {
    throw new DataError([
      `the text of "${id}" changed after its proposals were made (${review.textHash.slice(0, 19)}… then, ${hash.slice(0, 19)}… now): the proposals are void. Ingest the article again to make new ones.`,
    ]);
  }
  return { review, text: source.text, dataset, raw };
}
