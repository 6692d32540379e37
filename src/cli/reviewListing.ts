/**
 * One line per decision target for the command line, in the curator's language: what it would
 * add as it stands now (edits applied, names rather than ids), and the quote it rests on.
 */
import { sharedWordsPhrase } from '../ingest/similar';
import { additions, candidateTarget, currentDecisions, decisionTargets, distinctPhrases, editOf, progress, referenceQuotesFor, referenceTarget, reviewEntities, type ReviewFile } from '../ingest/review';
import { describeRule } from '../ingest/ruleLabels';
import { parseRefKey, type EndRef } from '../ingest/types';
import type { Entity } from '../model/schema';
import { KINDS, predicatePhrase, type Kind } from '../model/vocabulary';
import type { Lang } from './reviewActions';

export const VERDICTS = {
  open: { vi: 'chưa xét', en: 'open' },
  accept: { vi: 'nhận', en: 'accept' },
  edit: { vi: 'đã sửa', en: 'edited' },
  reject: { vi: 'bỏ', en: 'reject' },
  add: { vi: 'đã thêm', en: 'added' },
} as const;

const WORDS = {
  progress: { vi: (d: number, t: number) => `đã quyết định ${d} trên ${t} mục`, en: (d: number, t: number) => `${d} of ${t} decided` },
  reference: { vi: 'các cụm từ thay cho một văn kiện hay sự kiện chỉ', en: 'the phrases that stand for an instrument or event mean' },
  new: { vi: 'mới', en: 'new' },
  added: { vi: 'người duyệt thêm', en: 'added by the reviewer' },
  mention: { vi: 'nhắc đến', en: 'names' },
  alias: { vi: 'tên khác của', en: 'another name of' },
  addsEvidence: { vi: 'thêm trích dẫn cho quan hệ đã có', en: 'adds evidence to a known relation' },
  similar: { vi: 'giống', en: 'similar' },
  times: { vi: 'lần', en: '×' },
  mergeInto: { vi: 'gộp vào', en: 'merged into' },
} as const;

/**
 * "“the two sides”, “the document” refer to", "các cụm “hai bên”, “văn kiện” chỉ": the article's own phrases, as the review page
 * quotes them (three at most); the general words where the review kept none.
 */
function referenceLead(quotes: string[], lang: Lang): string {
  const distinct = distinctPhrases(quotes);
  if (distinct.length === 0) return WORDS.reference[lang];
  const shown = `${distinct.slice(0, 3).map((q) => `“${clip(q, 40)}”`).join(', ')}${distinct.length > 3 ? ' …' : ''}`;
  if (lang === 'vi') return `${distinct.length === 1 ? 'cụm' : 'các cụm'} ${shown} chỉ`;
  return `${shown} refer${distinct.length === 1 ? 's' : ''} to`;
}

/** "new actor", "chủ thể mới": the adjective goes after the noun in Vietnamese. */
const newKind = (kind: Kind, lang: Lang) => (lang === 'vi' ? `${KINDS[kind].vi.toLowerCase()} mới` : `new ${KINDS[kind].en.toLowerCase()}`);

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * What each decision target would add as it stands now, in the curator's language (one line's text). `article`: the language
 * the article is written in, the half of a rule's words its quotes use.
 */
export function targetDescriber(review: ReviewFile, entities: Entity[], lang: Lang, article: Lang): (target: string) => string {
  const current = currentDecisions(review.decisions);
  const news = reviewEntities(review);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const name = (ref: EndRef): string => {
    if ('entity' in ref) return byId.get(ref.entity)?.labels[lang] ?? ref.entity;
    const c = news.get(ref.candidate);
    const merged = editOf(current.get(candidateTarget(ref.candidate)))?.merge;
    if (merged) return byId.get(merged)?.labels[lang] ?? merged;
    return `“${(lang === 'en' ? c?.labelEn : undefined) ?? c?.label ?? ref.candidate}” (${WORDS.new[lang]})`;
  };
  // The kind of what the end is once merged, as `name` shows it: "was signed in" a place, "at" an event.
  const kindOf = (ref: EndRef): Kind | undefined => {
    if ('entity' in ref) return byId.get(ref.entity)?.kind;
    const merged = editOf(current.get(candidateTarget(ref.candidate)))?.merge;
    return merged ? byId.get(merged)?.kind : news.get(ref.candidate)?.kind;
  };
  const added = additions(review);
  const line = (target: string): string => {
    const edit = editOf(current.get(target));
    if (target.startsWith('reference:')) {
      const proposed = parseRefKey(target.slice('reference:'.length));
      return `${referenceLead(referenceQuotesFor(review, proposed), lang)} ${name(edit?.instrument ?? proposed)}`;
    }
    const add = added.get(target);
    if (add?.type === 'entity') return `${WORDS.added[lang]} — ${KINDS[add.kind][lang].toLowerCase()}: “${add.labels[lang]}” @${add.mentions[0]!.start}`;
    if (add?.type === 'mention') return `${WORDS.added[lang]} — “${clip(add.span.quote)}” @${add.span.start} ${WORDS.mention[lang]} ${name(add.of)}`;
    if (add?.type === 'alias') return `${WORDS.added[lang]} — “${add.alias}”: ${WORDS.alias[lang]} ${name({ entity: add.entity })}`;
    if (add?.type === 'relation') {
      return `${WORDS.added[lang]} — ${name(add.source)} ${predicatePhrase(add.predicate, kindOf(add.target))[lang]} ${name(add.target)} — ${add.evidence.map((e) => `“${clip(e.quote)}” @${e.start}`).join('; ')}`;
    }
    const candidate = review.proposals.candidates.find((c) => candidateTarget(c.key) === target);
    if (candidate) {
      const entity = news.get(candidate.key)!;
      const merged = edit?.merge ? ` → ${WORDS.mergeInto[lang]} ${name({ entity: edit.merge })}` : '';
      const similar = candidate.similar.length ? `; ${WORDS.similar[lang]}: ${candidate.similar.map((s) => `${name({ entity: s.entity })} ${s.score}${s.shared?.length ? ` (${sharedWordsPhrase(s, lang)})` : ''}`).join(', ')}` : '';
      const label = lang === 'en' && entity.labelEn ? `“${entity.label}” / “${entity.labelEn}”` : `“${entity.label}”`;
      return `${newKind(entity.kind, lang)}: ${label}${candidate.acronym ? ` (${candidate.acronym})` : ''}${merged} — ${describeRule(candidate.rule, lang, article)}, ${candidate.mentions.length} ${WORDS.times[lang]}${similar}`;
    }
    const relation = review.proposals.relations.find((r) => r.id === target);
    if (!relation) return target;
    const evidence = edit?.evidence ?? [relation.evidence];
    // An end reached through "hai bên", "văn kiện" … is the instrument the reviewer said they mean, as apply writes it.
    const end = (side: 'source' | 'target') => edit?.[side] ?? (relation.viaReference === side ? (editOf(current.get(referenceTarget(relation[side])))?.instrument ?? relation[side]) : relation[side]);
    return (
      `${name(end('source'))} ${predicatePhrase(edit?.predicate ?? relation.predicate, kindOf(end('target')))[lang]} ${name(end('target'))}` +
      `${relation.existing ? ` (${WORDS.addsEvidence[lang]})` : ''} — ${evidence.map((e) => `“${clip(e.quote)}” @${e.start}`).join('; ')}`
    );
  };
  return line;
}

/** The numbered listing of every decision target, with its state. */
export function listingLines(review: ReviewFile, entities: Entity[], lang: Lang, article: Lang): string[] {
  const current = currentDecisions(review.decisions);
  const line = targetDescriber(review, entities, lang, article);
  const { decided, total } = progress(review);
  return [
    `${review.source}: ${WORDS.progress[lang](decided, total)}`,
    ...decisionTargets(review).map((target, i) => {
      const verdict = VERDICTS[current.get(target)?.action ?? 'open'][lang];
      return `${String(i + 1).padStart(4)}  [${verdict.padEnd(8)}]  ${line(target)}`;
    }),
  ];
}
