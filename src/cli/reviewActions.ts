/**
 * What a reviewer can do to a review, shared by `kg review`, `kg apply` and the review server:
 * record decisions, undo the latest, plan the apply, write it. Each runs as one transaction of
 * the graph-data store (one writer at a time, nothing overwritten that changed meanwhile, all
 * files or none) and refuses (DataError) with a message a curator can act on, in their language.
 */
import { z } from 'zod';
import { planApply, type ApplyPlan } from '../ingest/apply';
import { describeDecisionProblem } from '../ingest/decisionProblems';
import { describeIssue } from '../ingest/issues';
import { writePlanInto } from '../ingest/planFiles';
import { ADDED_RELATION, checkDecision, trimSpans, decisionInputSchema, decisionTargets, nextRelationTarget, type Decision, type DecisionInput, type ReviewFile } from '../ingest/review';
import type { Entity } from '../model/schema';
import { formatError, validateDataset, type RawFile } from '../model/validate';
import { decodeUtf8 } from '../text/utf8';
import { DataError, loadReviewFor, RefusedError, reviewJson, reviewPath } from './corpusFiles';
import { readConsistent, transact } from './store/graphStore';
import { join } from 'node:path';

export type Lang = 'vi' | 'en';

export const decisionInputs = z.array(decisionInputSchema);
export type { DecisionInput };

/** A target as the curator names it: its number in the listing (from 1), or its full id. */
export function resolveTarget(review: ReviewFile, name: string, lang: Lang = 'en'): string {
  if (!/^\d+$/.test(name)) return name;
  const targets = decisionTargets(review);
  const target = targets[Number(name) - 1];
  if (!target) {
    throw new RefusedError([lang === 'vi' ? `Không có đề xuất số ${name} (bản duyệt này có ${targets.length}).` : `There is no proposal number ${name} (this review has ${targets.length}).`]);
  }
  return target;
}

/** What decisions are made from: the review as it stands when they are recorded. */
export type ReviewContext = { review: ReviewFile; text: string; entities: Entity[] };

/**
 * Records decisions in order, each checked against the review as the earlier ones left it (so a
 * relation may use an entity added just before it). One refused: none recorded. The decisions
 * may be built from the review read inside the same transaction (numbers, next free keys), so
 * that two reviewers adding at once never take the same key.
 */
export function recordDecisions(dataDir: string, id: string, inputs: DecisionInput[] | ((context: ReviewContext) => DecisionInput[]), lang: Lang = 'en'): ReviewFile {
  return transact(dataDir, () => {
    const { review, text, dataset } = loadReviewFor(dataDir, id);
    const built = typeof inputs === 'function' ? inputs({ review, text, entities: dataset.entities }) : inputs;
    const context = { text, entityKinds: new Map(dataset.entities.map((e) => [e.id, e.kind])) };
    const at = new Date().toISOString();
    const problems: string[] = [];
    for (const input of built) {
      // A relation added without a number gets the next free one.
      const target = input.action === 'add' && input.target === ADDED_RELATION ? nextRelationTarget(review) : resolveTarget(review, input.target, lang);
      const decision = { ...trimSpans(input, text), target, at } as Decision;
      const problem = checkDecision(review, decision, context);
      if (problem) problems.push(`${decision.target}: ${describeDecisionProblem(problem, lang)}`);
      else review.decisions.push(decision);
    }
    if (problems.length > 0) throw new RefusedError(problems);
    return { writes: built.length > 0 ? [{ path: reviewPath(dataDir, id), content: reviewJson(review) }] : [], result: review };
  });
}

export function undoDecision(dataDir: string, id: string): { review: ReviewFile; undone: Decision | undefined } {
  return transact(dataDir, () => {
    const { review } = loadReviewFor(dataDir, id);
    const undone = review.decisions.pop();
    return { writes: undone ? [{ path: reviewPath(dataDir, id), content: reviewJson(review) }] : [], result: { review, undone } };
  });
}

export type PlannedApply = { plan: ApplyPlan; invalid: string[]; review: ReviewFile; files: { entities: string; relations: string; changed: { entities: boolean; relations: boolean } } };

const textOf = (file: RawFile) => {
  if (typeof file.content === 'string') return file.content;
  const decoded = decodeUtf8(file.content);
  return 'text' in decoded ? decoded.text : '';
};

function plan(dataDir: string, id: string): PlannedApply {
  const { review, dataset, raw } = loadReviewFor(dataDir, id);
  const meta = dataset.sources.find((s) => s.id === id)!;
  const planned = planApply(dataset, review, meta);
  const before = { entities: textOf(raw.entities), relations: textOf(raw.relations) };
  const after = writePlanInto(before, planned);
  const check = validateDataset({ ...raw, entities: { ...raw.entities, content: after.entities }, relations: { ...raw.relations, content: after.relations } });
  return {
    plan: planned,
    invalid: check.dataset ? [] : check.errors.map(formatError),
    review,
    files: { ...after, changed: { entities: after.entities !== before.entities, relations: after.relations !== before.relations } },
  };
}

/** What applying would change, and whether the result would validate. Writes nothing. */
export function planReview(dataDir: string, id: string): PlannedApply {
  return readConsistent(dataDir, () => plan(dataDir, id));
}

export function isEmptyPlan(plan: ApplyPlan): boolean {
  return plan.entities.length + plan.relations.length + plan.evidence.length + plan.aliases.length + plan.mentions.length === 0;
}

/** Why a planned apply cannot be written, if it cannot. */
export function refusal({ plan, invalid }: Pick<PlannedApply, 'plan' | 'invalid'>, lang: Lang = 'en'): DataError | undefined {
  const vi = lang === 'vi';
  if (plan.problems.length > 0) return new DataError([vi ? 'Chưa ghi gì; trước hết cần giải quyết:' : 'nothing written; first settle:', ...plan.problems.map((p) => `  - ${describeIssue(p, lang)}`)]);
  if (invalid.length > 0) return new DataError([vi ? 'Chưa ghi gì: kết quả sẽ không hợp lệ:' : 'nothing written: the result would not validate:', ...invalid.map((e) => `  - ${e}`)]);
  return undefined;
}

/**
 * Writes what was decided since the last apply into graph-data, only if nothing stands in the way:
 * the changed data files and the review (marked applied) in one transaction.
 */
export function writeReview(dataDir: string, id: string, lang: Lang = 'en'): PlannedApply {
  return transact(dataDir, () => {
    const planned = plan(dataDir, id);
    const refused = refusal(planned, lang);
    if (refused) throw refused;
    const { plan: p, review, files } = planned;
    if (isEmptyPlan(p)) return { writes: [], result: planned };
    review.applied = [
      ...(review.applied ?? []),
      {
        at: new Date().toISOString(),
        entities: p.entities.length,
        relations: p.relations.length,
        evidence: p.evidence.length,
        aliases: p.aliases.length,
        mentions: p.mentions.length,
        entityIds: p.entities.map((e) => e.id),
      },
    ];
    return {
      writes: [
        ...(files.changed.entities ? [{ path: join(dataDir, 'entities.json'), content: files.entities }] : []),
        ...(files.changed.relations ? [{ path: join(dataDir, 'relations.json'), content: files.relations }] : []),
        { path: reviewPath(dataDir, id), content: reviewJson(review) },
      ],
      result: planned,
    };
  });
}
