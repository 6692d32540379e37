/**
 * The shape of a review file (graph-data/review/ID.json), checked as strictly as graph-data:
 * a review is read before anything is written from it, and a decision that is not one of the
 * known shapes (a typo for "reject", an edit that is not an object) is refused, never taken as
 * an accept.
 */
import { z } from 'zod';
import { ACTOR_CATEGORIES, CURATED_KIND_IDS, CURATED_PREDICATE_IDS, DATE_TYPES } from '../model/vocabulary';
import { isIsoPartialDate } from '../model/dates';
import { isWellFormedId } from '../model/ids';
import type { Candidate, Mention, Proposals, Reference, RelationProposal, Span } from './types';

export const entityId = z.string().refine(isWellFormedId, 'must be lower-case ASCII words joined by hyphens, e.g. "eu-norway-spd", at most 100 characters, and not a name JavaScript reserves (constructor)');
const name = z.string().trim().min(1, 'must not be empty').max(500, 'is longer than 500 characters');
const offset = z.number().int().nonnegative();

export const spanSchema = z
  .strictObject({ start: offset, end: offset, quote: z.string().min(1, 'must not be empty') })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] })
  .refine((s) => s.quote.length === s.end - s.start, { message: 'the quote is not as long as its span', path: ['quote'] });

export const endRefSchema = z.union([z.strictObject({ entity: entityId }), z.strictObject({ candidate: z.string().min(1) })]);

const kind = z.enum(CURATED_KIND_IDS);
const predicate = z.enum(CURATED_PREDICATE_IDS);
const bilingual = z.strictObject({ vi: name, en: name });
const datesSchema = z.array(
  z.strictObject({
    type: z.enum(Object.keys(DATE_TYPES) as [keyof typeof DATE_TYPES]),
    date: z.string().refine(isIsoPartialDate, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD'),
  }),
);

const candidateSchema = z.strictObject({
  key: z.string().min(1),
  label: name,
  labelEn: name.optional(),
  acronym: name.optional(),
  kind,
  category: z.literal('person').optional(),
  rule: z.string().min(1),
  score: z.number(),
  mentions: z.array(spanSchema),
  similar: z.array(z.strictObject({ entity: entityId, score: z.number(), shared: z.array(z.string()).optional() })),
});

const mentionSchema = z.intersection(
  spanSchema,
  z.union([z.strictObject({ entity: entityId, method: z.string() }), z.strictObject({ candidate: z.string(), method: z.string() })]),
);

const referenceSchema = z.strictObject({ start: offset, end: offset, quote: z.string(), resolvesTo: z.literal('main') });

const relationProposalSchema = z.strictObject({
  id: z.string().startsWith('relation:'),
  source: endRefSchema,
  predicate,
  target: endRefSchema,
  evidence: spanSchema,
  rule: z.string().min(1),
  score: z.number(),
  viaReference: z.enum(['source', 'target']).optional(),
  viaSpan: spanSchema.optional(),
  existing: z.string().optional(),
  sentence: z.number().int().nonnegative(),
});

const proposalsSchema = z.strictObject({
  mentions: z.array(mentionSchema),
  candidates: z.array(candidateSchema),
  references: z.array(referenceSchema),
  mainInstrument: z.array(endRefSchema),
  relations: z.array(relationProposalSchema),
});

/** A correction of a proposal (or of something the reviewer added): only the fields that change. */
export const decisionEditSchema = z.strictObject({
  /** reference: the instrument it really refers to */
  instrument: endRefSchema.optional(),
  /** candidate */
  id: entityId.optional(),
  kind: kind.optional(),
  category: z.enum(ACTOR_CATEGORIES).optional(),
  labels: z.strictObject({ vi: name.optional(), en: name.optional() }).optional(),
  description: bilingual.optional(),
  dates: datesSchema.optional(),
  merge: entityId.optional(),
  /** Names a person confirmed as aliases: nothing becomes an alias silently. */
  aliases: z.array(name).optional(),
  /** relation */
  predicate: predicate.optional(),
  source: endRefSchema.optional(),
  target: endRefSchema.optional(),
  /** The spans that state it, replacing the proposed one (moved, or a second one added). */
  evidence: z.array(spanSchema).min(1, 'a relation needs at least one span of evidence').optional(),
});

/** What a reviewer adds that the rules did not propose. */
export const additionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('entity'),
    kind,
    category: z.enum(ACTOR_CATEGORIES).optional(),
    labels: bilingual,
    id: entityId.optional(),
    description: bilingual.optional(),
    dates: datesSchema.optional(),
    aliases: z.array(name).optional(),
    mentions: z.array(spanSchema).min(1, 'a new entity needs the span that names it'),
  }),
  z.strictObject({ type: z.literal('mention'), of: endRefSchema, span: spanSchema }),
  z.strictObject({ type: z.literal('alias'), entity: entityId, alias: name }),
  z.strictObject({
    type: z.literal('relation'),
    source: endRefSchema,
    predicate,
    target: endRefSchema,
    evidence: z.array(spanSchema).min(1, 'a relation needs at least one span of evidence'),
  }),
]);

const target = z.string().min(1);
const acceptInput = z.strictObject({ target, action: z.literal('accept') });
const rejectInput = z.strictObject({ target, action: z.literal('reject') });
const editInput = z.strictObject({ target, action: z.literal('edit'), edit: decisionEditSchema });
const addInput = z.strictObject({ target, action: z.literal('add'), add: additionSchema });

/** A decision as a reviewer gives it (the page, `kg review --decisions`): the time is added when it is recorded. */
export const decisionInputSchema = z.discriminatedUnion('action', [acceptInput, rejectInput, editInput, addInput]);

const at = { at: z.iso.datetime({ message: 'must be an ISO 8601 time' }) };
export const decisionSchema = z.discriminatedUnion('action', [acceptInput.extend(at), rejectInput.extend(at), editInput.extend(at), addInput.extend(at)]);

const appliedSchema = z.strictObject({
  at: z.iso.datetime(),
  entities: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
  aliases: z.number().int().nonnegative().optional(),
  mentions: z.number().int().nonnegative().optional(),
  /** What this apply created, so a later apply knows them as its own and not as taken ids. */
  entityIds: z.array(entityId).optional(),
});

export const reviewFileSchema = z.strictObject({
  source: entityId,
  textHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits'),
  rulesVersion: z.number().int().nonnegative(),
  proposedAt: z.iso.datetime(),
  proposals: proposalsSchema,
  decisions: z.array(decisionSchema),
  applied: z.array(appliedSchema).optional(),
});

export type Decision = z.infer<typeof decisionSchema>;
export type DecisionEdit = z.infer<typeof decisionEditSchema>;
export type Addition = z.infer<typeof additionSchema>;
export type AppliedRecord = z.infer<typeof appliedSchema>;
export type ReviewFile = Omit<z.infer<typeof reviewFileSchema>, 'proposals'> & { proposals: Omit<Proposals, 'text' | 'sentences'> };

export type DecisionInput = z.infer<typeof decisionInputSchema>;

// Whatever the rules propose, the file's schema accepts (rule and method names are open strings in the file).
type Accepts<Schema, T> = [T] extends [Schema] ? true : false;
const checks: [
  Accepts<z.infer<typeof spanSchema>, Span>,
  Accepts<z.infer<typeof candidateSchema>, Candidate>,
  Accepts<z.infer<typeof referenceSchema>, Reference>,
  Accepts<z.infer<typeof relationProposalSchema>, RelationProposal>,
  Accepts<z.infer<typeof mentionSchema>, Mention>,
] = [true, true, true, true, true];
void checks;
