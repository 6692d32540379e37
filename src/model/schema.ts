/**
 * The shape of the curated files in graph-data/. These zod schemas check structure;
 * cross-file rules (ids, offsets, NFC) live in validate.ts. JSON Schemas for editors are
 * generated from these (see `kg schema`).
 */
import { z } from 'zod';
import { ACTOR_CATEGORIES, CURATED_KIND_IDS, CURATED_PREDICATE_IDS, DATE_TYPES } from './vocabulary';
import { isIsoPartialDate } from './dates';
import { hasVisibleText } from '../text/visible';
import { ID_PATTERN, isReservedId, MAX_ID_LENGTH } from './ids';

/** A reference to an entity or a source: a reserved name cannot be defined, so it is reported where it is defined, once. */
const ref = z
  .string()
  .regex(ID_PATTERN, 'must be lower-case ASCII words joined by hyphens, e.g. "eu-norway-spd"')
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters: an id names files and links`);

/** An entity's or a source's own id (see isReservedId for why "constructor" cannot be one). */
const id = ref.refine((value) => !isReservedId(value), {
  error: (issue) =>
    `"${String(issue.input)}" cannot be an id: every JavaScript object already has a property of that name, which the graph library would take for a link; choose another, e.g. "${String(issue.input)}-1"`,
});

/** Some text a reader can see: blank, or only zero-width and other invisible characters, is empty. */
const text = z.string().trim().min(1, { error: 'must not be empty', abort: true }).refine(hasVisibleText, 'must not be empty');

const bilingual = z.strictObject({ vi: text, en: text });

const isoDate = z.string().refine(isIsoPartialDate, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Why a date or relation that the text does not state outright is believed anyway: words a
 * reader sees, so in both languages like every other text.
 */
const inferenceReason = z
  .strictObject(bilingual.shape, {
    error: (issue) =>
      issue.code === 'invalid_type' ? 'the reason must be given in both languages: {"vi": "…", "en": "…"}' : undefined,
  })
  .describe('present only when inferred: the reason, in Vietnamese and English');

export const sourceMetaSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: bilingual,
  language: z.enum(['vi', 'en']),
  date: isoDate.optional(),
  dateInferred: inferenceReason.optional(),
  publisher: bilingual.optional(),
  seedFile: z.string().optional().describe('name of the corpus file in shared/seeds this text is a copy of'),
  textHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits')
    .optional()
    .describe('SHA-256 of the text as stored (NFC, LF), written by `kg ingest`: proposals made for another text are void'),
  notes: text.optional(),
});

export const evidenceSchema = z.strictObject({
  source: ref,
  quote: text,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** A curator's English rendering of a quote from an article in another language, for readers of the English interface. */
  gloss: text.describe('an English rendering of the quote, for a quote from an article not in English').optional(),
});

export const entitySchema = z.strictObject({
  id,
  kind: z.enum(CURATED_KIND_IDS),
  category: z.enum(ACTOR_CATEGORIES).optional(),
  labels: bilingual,
  aliases: z.array(text).default([]),
  description: bilingual,
  dates: z
    .array(
      z.strictObject({
        type: z.enum(Object.keys(DATE_TYPES) as [keyof typeof DATE_TYPES]),
        date: isoDate,
        dateInferred: inferenceReason.optional(),
      }),
    )
    .default([]),
  mentions: z
    .array(evidenceSchema)
    .optional()
    .describe('where an article names it, for an entity that no relation ties to that article (written by kg apply)'),
});

export const relationSchema = z.strictObject({
  source: ref,
  predicate: z.enum(CURATED_PREDICATE_IDS),
  target: ref,
  labels: bilingual,
  date: isoDate.optional(),
  dateInferred: inferenceReason.optional(),
  inferred: inferenceReason.optional(),
  evidence: z.array(evidenceSchema).min(1, 'every relation needs at least one evidence record'),
});

export const entitiesFileSchema = z.strictObject({ $schema: z.string().optional(), entities: z.array(entitySchema) });
export const relationsFileSchema = z.strictObject({ $schema: z.string().optional(), relations: z.array(relationSchema) });

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Relation = z.infer<typeof relationSchema>;

/** A source as the graph uses it: its metadata and its NFC text. */
export type Source = SourceMeta & { text: string };

export type Dataset = { sources: Source[]; entities: Entity[]; relations: Relation[] };

/** Relations are keyed by their triple: one fact, one edge, however many quotes support it. */
export function relationId(relation: Pick<Relation, 'source' | 'predicate' | 'target'>): string {
  return `${relation.source}:${relation.predicate}:${relation.target}`;
}
