/**
 * `kg review`'s flags turned into decisions: an edit of a listed item, a new entity, a mention,
 * an alias, a relation with its evidence. Everything is named by id, key, number or name, and
 * every span by its offsets; nothing here writes.
 */
import { ADDED_RELATION, aliasTarget, additions, candidateTarget, currentDecisions, decisionTargets, editOf, freeKey, mentionTarget, type DecisionInput } from '../ingest/review';
import type { DecisionEdit } from '../ingest/reviewSchema';
import { candidateKey } from '../ingest/candidateKey';
import type { Span } from '../ingest/types';
import { isIsoPartialDate } from '../model/dates';
import { ACTOR_CATEGORIES, CURATED_KIND_IDS, CURATED_PREDICATE_IDS, DATE_TYPES } from '../model/vocabulary';
import { UsageError } from './args';
import { RefusedError } from './corpusFiles';
import { resolveTarget, type Lang, type ReviewContext } from './reviewActions';
import { sentenceNaming } from '../ingest/reviewMentions';
import { parseSpan, resolveEnd } from './reviewEnds';

export type ReviewFlags = {
  edit?: string;
  'add-entity': boolean;
  'add-mention'?: string;
  'add-alias'?: string;
  'add-relation': boolean;
  kind?: string;
  category?: string;
  'label-vi'?: string;
  'label-en'?: string;
  'description-vi'?: string;
  'description-en'?: string;
  date?: string[];
  id?: string;
  merge?: string;
  alias?: string[];
  name?: string;
  span?: string;
  evidence?: string[];
  predicate?: string;
  source?: string;
  target?: string;
  instrument?: string;
};

type Context = ReviewContext & { lang: Lang };

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function labels(flags: ReviewFlags): DecisionEdit['labels'] | undefined {
  const vi = flags['label-vi']?.trim();
  const en = flags['label-en']?.trim();
  return vi || en ? { ...(vi ? { vi } : {}), ...(en ? { en } : {}) } : undefined;
}

function description(flags: ReviewFlags): DecisionEdit['description'] | undefined {
  const [vi, en] = [flags['description-vi']?.trim(), flags['description-en']?.trim()];
  if (!vi && !en) return undefined;
  if (!vi || !en) throw new UsageError('a description needs both --description-vi and --description-en');
  return { vi, en };
}

/** "signed:2024-05-28" → a dated event of the entity. */
function dates(flags: ReviewFlags): DecisionEdit['dates'] | undefined {
  if (!flags.date?.length) return undefined;
  return flags.date.map((value) => {
    const [type = '', date = ''] = value.split(/:(.*)/s);
    if (!Object.hasOwn(DATE_TYPES, type) || !isIsoPartialDate(date)) {
      throw new UsageError(`--date is TYPE:DATE, TYPE one of ${Object.keys(DATE_TYPES).join(', ')} and DATE YYYY, YYYY-MM or YYYY-MM-DD (got "${value}")`);
    }
    return { type: type as keyof typeof DATE_TYPES, date };
  });
}

const spans = (values: string[] | undefined, ctx: Context): Span[] => (values ?? []).map((v) => parseSpan(v, ctx.text, ctx.lang));

function addEntity(flags: ReviewFlags, ctx: Context): DecisionInput {
  const kind = oneOf('kind', flags.kind, CURATED_KIND_IDS);
  const names = labels(flags);
  if (!kind || !names?.vi || !names.en || !flags.span) throw new UsageError('--add-entity needs --kind K, --label-vi NAME, --label-en NAME and --span START-END (where the article names it)');
  const category = oneOf('category', flags.category, ACTOR_CATEGORIES);
  const key = freeKey(ctx.review, flags.id ?? candidateKey(names.en), 'candidate:');
  const about = description(flags);
  const dated = dates(flags);
  return {
    target: candidateTarget(key),
    action: 'add',
    add: {
      type: 'entity',
      kind,
      ...(category ? { category } : {}),
      labels: { vi: names.vi, en: names.en },
      ...(flags.id ? { id: flags.id } : {}),
      ...(about ? { description: about } : {}),
      ...(dated ? { dates: dated } : {}),
      ...(flags.alias?.length ? { aliases: flags.alias } : {}),
      mentions: [parseSpan(flags.span, ctx.text, ctx.lang)],
    },
  };
}

function addRelation(ends: string[], flags: ReviewFlags, ctx: Context): DecisionInput {
  const [sourceName, predicateName, targetName] = ends;
  if (!sourceName || !predicateName || !targetName) throw new UsageError('--add-relation needs SOURCE PREDICATE TARGET after the article id');
  const predicate = oneOf('add-relation PREDICATE', predicateName, CURATED_PREDICATE_IDS)!;
  const source = resolveEnd(ctx.review, ctx.entities, sourceName, ctx.lang);
  const target = resolveEnd(ctx.review, ctx.entities, targetName, ctx.lang);
  const given = spans(flags.evidence, ctx);
  const evidence = given.length > 0 ? given : [sentenceNaming(ctx.review, ctx.text, source, target)].filter((s): s is Span => s !== undefined);
  if (evidence.length === 0) {
    throw new RefusedError([
      ctx.lang === 'vi'
        ? 'Không câu nào của bài nêu tên cả hai đầu: hãy cho trích dẫn bằng --evidence ĐẦU-CUỐI.'
        : 'No sentence of the article names both ends: give the evidence with --evidence START-END.',
    ]);
  }
  return { target: ADDED_RELATION, action: 'add', add: { type: 'relation', source, predicate, target, evidence } };
}

/** `--edit N` with the fields that change; an item the reviewer added is added again, changed. */
function editItem(name: string, flags: ReviewFlags, ctx: Context): DecisionInput {
  const target = resolveTarget(ctx.review, name, ctx.lang);
  if (!decisionTargets(ctx.review).includes(target)) throw new RefusedError([ctx.lang === 'vi' ? `Không có mục “${name}”.` : `There is no item “${name}”.`]);
  const kind = oneOf('kind', flags.kind, CURATED_KIND_IDS);
  const category = oneOf('category', flags.category, ACTOR_CATEGORIES);
  const predicate = oneOf('predicate', flags.predicate, CURATED_PREDICATE_IDS);
  const end = (value: string | undefined) => (value === undefined ? undefined : resolveEnd(ctx.review, ctx.entities, value, ctx.lang));
  const evidence = spans(flags.evidence, ctx);
  const dated = dates(flags);
  const added = additions(ctx.review).get(target);
  if (added?.type === 'entity' || added?.type === 'relation') {
    const names = labels(flags);
    const about = description(flags);
    const add =
      added.type === 'entity'
        ? { ...added, ...(kind ? { kind } : {}), ...(category ? { category } : {}), labels: { ...added.labels, ...names }, ...(about ? { description: about } : {}), ...(dated ? { dates: dated } : {}), ...(flags.alias?.length ? { aliases: flags.alias } : {}), ...(flags.span ? { mentions: [parseSpan(flags.span, ctx.text, ctx.lang)] } : {}) }
        : { ...added, ...(predicate ? { predicate } : {}), ...(flags.source ? { source: end(flags.source)! } : {}), ...(flags.target ? { target: end(flags.target)! } : {}), ...(evidence.length ? { evidence } : {}) };
    return { target, action: 'add', add };
  }
  // An edit replaces the previous one: start from it, so a second --edit keeps the first's changes.
  const previous = editOf(currentDecisions(ctx.review.decisions).get(target)) ?? {};
  const names = labels(flags);
  const about = description(flags);
  const edit: DecisionEdit = {
    ...previous,
    ...(kind ? { kind } : {}),
    ...(category ? { category } : {}),
    ...(names ? { labels: { ...previous.labels, ...names } } : {}),
    ...(about ? { description: about } : {}),
    ...(dated ? { dates: dated } : {}),
    ...(flags.id ? { id: flags.id } : {}),
    ...(flags.merge ? { merge: (end(flags.merge) as { entity?: string }).entity ?? flags.merge } : {}),
    ...(flags.alias?.length ? { aliases: flags.alias } : {}),
    ...(predicate ? { predicate } : {}),
    ...(flags.source ? { source: end(flags.source)! } : {}),
    ...(flags.target ? { target: end(flags.target)! } : {}),
    ...(flags.instrument ? { instrument: end(flags.instrument)! } : {}),
    ...(evidence.length ? { evidence } : {}),
  };
  return { target, action: 'edit', edit };
}

/** The decisions the flags ask for (none when they only list or undo). */
export function decisionsFromFlags(flags: ReviewFlags, ends: string[], ctx: Context): DecisionInput[] {
  const chosen = [flags.edit !== undefined, flags['add-entity'], flags['add-mention'] !== undefined, flags['add-alias'] !== undefined, flags['add-relation']].filter(Boolean).length;
  if (chosen > 1) throw new UsageError('give one of --edit, --add-entity, --add-mention, --add-alias, --add-relation at a time');
  if (ends.length > 0 && !flags['add-relation']) throw new UsageError(`unexpected argument "${ends[0]}" (only --add-relation takes SOURCE PREDICATE TARGET)`);
  if (flags.edit !== undefined) return [editItem(flags.edit, flags, ctx)];
  if (flags['add-entity']) return [addEntity(flags, ctx)];
  if (flags['add-relation']) return [addRelation(ends, flags, ctx)];
  if (flags['add-mention'] !== undefined) {
    if (!flags.span) throw new UsageError('--add-mention ENTITY needs --span START-END');
    const span = parseSpan(flags.span, ctx.text, ctx.lang);
    return [{ target: mentionTarget(span), action: 'add', add: { type: 'mention', of: resolveEnd(ctx.review, ctx.entities, flags['add-mention'], ctx.lang), span } }];
  }
  if (flags['add-alias'] !== undefined) {
    const of = resolveEnd(ctx.review, ctx.entities, flags['add-alias'], ctx.lang);
    if (!('entity' in of)) throw new UsageError('--add-alias names an entity of the graph; for a new entity, give --alias with --edit');
    const alias = flags.name?.trim() ?? (flags.span ? parseSpan(flags.span, ctx.text, ctx.lang).quote : undefined);
    if (!alias) throw new UsageError('--add-alias ENTITY needs --span START-END or --name NAME');
    return [{ target: aliasTarget(of.entity, alias), action: 'add', add: { type: 'alias', entity: of.entity, alias } }];
  }
  return [];
}
