/**
 * What a reviewer can do to a review, shared by `kg review`, `kg apply` and the review server:
 * record decisions, undo the latest, plan the apply, write it. Every function reads the files
 * afresh and refuses (DataError) with a message a curator can act on.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { applyPlan, planApply, type ApplyPlan } from '../ingest/apply';
import { describeIssue } from '../ingest/issues';
import { checkDecision, decisionSchema, decisionTargets, type Decision, type ReviewFile } from '../ingest/review';
import type { Dataset } from '../model/schema';
import { formatError, validateDataset } from '../model/validate';
import { DataError, loadReviewFor, reviewPath, writeJson } from './corpusFiles';
import { writeFiles } from './writeFiles';

export const decisionInputs = z.array(decisionSchema.omit({ at: true }));
export type DecisionInput = z.infer<typeof decisionInputs>[number];

/** A target as the curator names it: its number in the listing (from 1), or its full id. */
export function resolveTarget(review: ReviewFile, name: string): string {
  if (!/^\d+$/.test(name)) return name;
  const targets = decisionTargets(review);
  const target = targets[Number(name) - 1];
  if (!target) throw new DataError([`there is no proposal number ${name} (this review has ${targets.length})`]);
  return target;
}

export function recordDecisions(dataDir: string, id: string, inputs: DecisionInput[]): ReviewFile {
  const { review } = loadReviewFor(dataDir, id);
  const at = new Date().toISOString();
  const decisions: Decision[] = inputs.map((d) => ({ ...d, target: resolveTarget(review, d.target), at }));
  const problems = decisions.flatMap((d) => {
    const problem = checkDecision(review, d);
    return problem ? [`${d.target}: ${problem}`] : [];
  });
  if (problems.length > 0) throw new DataError(problems);
  review.decisions.push(...decisions);
  if (decisions.length > 0) writeJson(reviewPath(dataDir, id), review);
  return review;
}

export function undoDecision(dataDir: string, id: string): { review: ReviewFile; undone: Decision | undefined } {
  const { review } = loadReviewFor(dataDir, id);
  const undone = review.decisions.pop();
  if (undone) writeJson(reviewPath(dataDir, id), review);
  return { review, undone };
}

export type PlannedApply = { plan: ApplyPlan; invalid: string[]; review: ReviewFile; next: Pick<Dataset, 'entities' | 'relations'> };

/** What applying would change, and whether the result would validate. Writes nothing. */
export function planReview(dataDir: string, id: string): PlannedApply {
  const { review, dataset, raw } = loadReviewFor(dataDir, id);
  const meta = dataset.sources.find((s) => s.id === id)!;
  const plan = planApply(dataset, review, meta);
  const next = applyPlan(dataset, plan);
  const check = validateDataset({
    ...raw,
    entities: { ...raw.entities, content: entitiesJson(next.entities) },
    relations: { ...raw.relations, content: relationsJson(next.relations) },
  });
  return { plan, invalid: check.dataset ? [] : check.errors.map(formatError), review, next };
}

const entitiesJson = (entities: Dataset['entities']) => `${JSON.stringify({ $schema: './schema/entities.schema.json', entities }, null, 2)}\n`;
const relationsJson = (relations: Dataset['relations']) => `${JSON.stringify({ $schema: './schema/relations.schema.json', relations }, null, 2)}\n`;

export function isEmptyPlan(plan: ApplyPlan): boolean {
  return plan.entities.length + plan.relations.length + plan.evidence.length + plan.aliases.length === 0;
}

/** Why a planned apply cannot be written, if it cannot. */
export function refusal({ plan, invalid }: Pick<PlannedApply, 'plan' | 'invalid'>): DataError | undefined {
  if (plan.problems.length > 0) return new DataError(['nothing written; first settle:', ...plan.problems.map((p) => `  - ${describeIssue(p, 'en')}`)]);
  if (invalid.length > 0) return new DataError(['nothing written: the result would not validate:', ...invalid.map((e) => `  - ${e}`)]);
  return undefined;
}

/** Writes the accepted part into entities.json and relations.json, only if nothing stands in the way. */
export function writeReview(dataDir: string, id: string): ApplyPlan {
  const planned = planReview(dataDir, id);
  const { plan, review, next } = planned;
  const refused = refusal(planned);
  if (refused) throw refused;
  if (isEmptyPlan(plan)) return plan;
  review.applied = [...(review.applied ?? []), { at: new Date().toISOString(), entities: plan.entities.length, relations: plan.relations.length, evidence: plan.evidence.length }];
  // All three files or none: each goes to a temporary file first, then all are renamed into place.
  writeFiles([
    { path: join(dataDir, 'entities.json'), content: entitiesJson(next.entities) },
    { path: join(dataDir, 'relations.json'), content: relationsJson(next.relations) },
    { path: reviewPath(dataDir, id), content: `${JSON.stringify(review, null, 2)}\n` },
  ]);
  return plan;
}
