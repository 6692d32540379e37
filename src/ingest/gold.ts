/**
 * What a careful reader decided about one article of the development corpus, in a form that does
 * not depend on the rules of the day: the known entities it mentions (every span), the new
 * entities it brings (every span), and the relations it states. Proposals change as rules change;
 * the gold does not. Made by `tests/fixtures/corpus/build-gold.ts` through the review tool.
 */
import { z } from 'zod';
import { ACTOR_CATEGORIES, CURATED_KIND_IDS, CURATED_PREDICATE_IDS } from '../model/vocabulary';

const span = z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().positive(), quote: z.string().min(1) });
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const goldSchema = z.strictObject({
  source: id,
  language: z.enum(['vi', 'en']),
  /** What "hai bên", "văn kiện", "the two sides" mean in this article, as the reader reads it. */
  main: id.optional(),
  knownMentions: z.array(span.extend({ entity: id })),
  entities: z.array(
    z.strictObject({
      id,
      kind: z.enum(CURATED_KIND_IDS),
      category: z.enum(ACTOR_CATEGORIES).optional(),
      labels: z.strictObject({ vi: z.string().min(1), en: z.string().min(1) }),
      mentions: z.array(span).min(1),
    }),
  ),
  relations: z.array(z.strictObject({ source: id, predicate: z.enum(CURATED_PREDICATE_IDS), target: id, evidence: z.array(span).min(1) })),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldSpan = z.infer<typeof span>;

/** Predicates that say the same read either way: "A cooperates with B" is "B cooperates with A". */
export const SYMMETRIC_PREDICATES: ReadonlySet<string> = new Set(['cooperates_with', 'diplomatic_relations_with']);
