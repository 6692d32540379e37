/**
 * How well the proposals for an article match what a careful reader decided (its gold), counted
 * so that nothing flatters:
 * - known-entity mentions: a proposed mention (or a scored "is this X?" link of a candidate) is
 *   right when it overlaps a gold mention of the same entity. A proposed name nested inside a
 *   longer gold name of something else ("Việt Nam" inside "Cảnh sát biển Việt Nam") is neither.
 * - new entities: a candidate stands for the gold entity its spans overlap most; the entity is
 *   found when a candidate stands for it, found exactly when a candidate span is one of its spans.
 * - relations: the ends of a proposal are resolved through the candidates; right by ends when the
 *   gold has a relation between the same two entities, right by ends and predicate when it has
 *   the same triple ("cooperates with" read either way).
 * - accepted as proposed: the share of all proposals (candidates and relations) a reviewer would
 *   accept without a change: exact boundaries and kind, or the exact triple between exact ends.
 */
import { SYMMETRIC_PREDICATES, type Gold } from './gold';
import type { Candidate, EndRef, Proposals } from './types';

export type Count = { right: number; of: number };

export type ArticleScore = {
  source: string;
  language: 'vi' | 'en';
  knownRecall: Count;
  knownPrecision: Count;
  newFound: Count;
  newExact: Count;
  candidatePrecision: Count;
  endsRecall: Count;
  /** Gold relations whose two ends the proposals name (a known mention or a candidate for each): the most relations could find. */
  endsNamed: Count;
  endsPrecision: Count;
  predicateRecall: Count;
  predicatePrecision: Count;
  acceptedAsProposed: Count;
  /** Relations proposed, and gold relations: at most three proposals a gold relation is the aim. */
  relationsProposed: number;
  goldRelations: number;
  /** What was missed and what was wrong, for reading the misses. */
  missed: { relations: string[]; entities: string[]; mentions: string[] };
  wrong: { relations: string[]; candidates: string[] };
};

/** A candidate's "is this X?" link, when its score is high enough to put to a reviewer. */
export const LINK_THRESHOLD = 0.5;

type Span = { start: number; end: number };
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const tripleKey = (s: string, p: string, t: string) => (SYMMETRIC_PREDICATES.has(p) && t < s ? `${t}|${p}|${s}` : `${s}|${p}|${t}`);
const count = (right: number, of: number): Count => ({ right, of });

function linkOf(candidate: Candidate): string | undefined {
  const top = candidate.similar[0];
  return top && top.score >= LINK_THRESHOLD ? top.entity : undefined;
}

export function scoreArticle(gold: Gold, proposals: Pick<Proposals, 'mentions' | 'candidates' | 'relations'>): ArticleScore {
  const goldSpans = [
    ...gold.knownMentions.map((m) => ({ ...m, known: true })),
    ...gold.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e.id, known: false }))),
  ];
  const nestedInOther = (span: Span, entity: string) => goldSpans.some((g) => g.entity !== entity && g.start <= span.start && g.end >= span.end && g.end - g.start > span.end - span.start);

  // Candidates: which gold entity each stands for.
  const standsFor = new Map<string, { id: string; exact: boolean; known: boolean }>();
  for (const c of proposals.candidates) {
    let best: { id: string; overlap: number; exact: boolean; known: boolean } | undefined;
    for (const m of c.mentions) {
      for (const g of goldSpans) {
        if (g.known && g.entity !== linkOf(c)) continue;
        const o = overlap(m, g);
        // A name nested in a longer one overlaps both as much: the span it is exactly wins.
        if (o > 0 && (!best || o > best.overlap || (o === best.overlap && same(m, g) && !best.exact))) best = { id: g.entity, overlap: o, exact: same(m, g), known: g.known };
        if (best && best.id === g.entity && same(m, g)) best.exact = true;
      }
    }
    if (best) standsFor.set(c.key, best);
  }

  // Known mentions: exact-name mentions and candidates' links.
  const proposedKnown = [
    ...proposals.mentions.flatMap((m) => ('entity' in m ? [{ entity: m.entity, start: m.start, end: m.end }] : [])),
    ...proposals.candidates.flatMap((c) => {
      const link = linkOf(c);
      return link ? c.mentions.map((m) => ({ entity: link, start: m.start, end: m.end })) : [];
    }),
  ].filter((m) => !nestedInOther(m, m.entity));
  const knownRight = proposedKnown.filter((p) => gold.knownMentions.some((g) => g.entity === p.entity && overlap(p, g) > 0)).length;
  const foundMentions = gold.knownMentions.filter((g) => proposedKnown.some((p) => p.entity === g.entity && overlap(p, g) > 0));

  const found = new Set<string>();
  const exact = new Set<string>();
  for (const s of standsFor.values()) {
    if (s.known) continue;
    found.add(s.id);
    if (s.exact) exact.add(s.id);
  }

  const named = new Set([...found, ...proposedKnown.map((m) => m.entity)]);
  const resolve = (ref: EndRef) => ('entity' in ref ? { id: ref.entity, exact: true } : standsFor.get(ref.candidate));
  const goldPairs = new Set(gold.relations.map((r) => pairKey(r.source, r.target)));
  const goldTriples = new Set(gold.relations.map((r) => tripleKey(r.source, r.predicate, r.target)));
  const proposedPairs = new Set<string>();
  const proposedTriples = new Set<string>();
  let endsRight = 0;
  let predicateRight = 0;
  let acceptedRelations = 0;
  const wrongRelations: string[] = [];
  for (const r of proposals.relations) {
    const [s, t] = [resolve(r.source), resolve(r.target)];
    if (!s || !t) {
      wrongRelations.push(`${describe(r.source)} ${r.predicate} ${describe(r.target)}`);
      continue;
    }
    const pair = pairKey(s.id, t.id);
    const triple = tripleKey(s.id, r.predicate, t.id);
    proposedPairs.add(pair);
    proposedTriples.add(triple);
    if (goldPairs.has(pair)) endsRight++;
    else wrongRelations.push(`${s.id} ${r.predicate} ${t.id}`);
    if (goldTriples.has(triple)) {
      predicateRight++;
      if (s.exact && t.exact) acceptedRelations++;
    }
  }
  const kindOf = new Map(gold.entities.map((e) => [e.id, e.kind]));
  const acceptedCandidates = proposals.candidates.filter((c) => {
    const s = standsFor.get(c.key);
    return s?.exact && (s.known || kindOf.get(s.id) === c.kind);
  }).length;

  return {
    source: gold.source,
    language: gold.language,
    knownRecall: count(foundMentions.length, gold.knownMentions.length),
    knownPrecision: count(knownRight, proposedKnown.length),
    newFound: count(found.size, gold.entities.length),
    newExact: count(exact.size, gold.entities.length),
    candidatePrecision: count(standsFor.size, proposals.candidates.length),
    endsRecall: count(gold.relations.filter((r) => proposedPairs.has(pairKey(r.source, r.target))).length, gold.relations.length),
    endsNamed: count(gold.relations.filter((r) => named.has(r.source) && named.has(r.target)).length, gold.relations.length),
    endsPrecision: count(endsRight, proposals.relations.length),
    predicateRecall: count(gold.relations.filter((r) => proposedTriples.has(tripleKey(r.source, r.predicate, r.target))).length, gold.relations.length),
    predicatePrecision: count(predicateRight, proposals.relations.length),
    acceptedAsProposed: count(acceptedCandidates + acceptedRelations, proposals.candidates.length + proposals.relations.length),
    relationsProposed: proposals.relations.length,
    goldRelations: gold.relations.length,
    missed: {
      relations: gold.relations.filter((r) => !proposedPairs.has(pairKey(r.source, r.target))).map((r) => `${r.source} ${r.predicate} ${r.target}`),
      entities: gold.entities.filter((e) => !found.has(e.id)).map((e) => e.id),
      mentions: gold.knownMentions.filter((g) => !foundMentions.includes(g)).map((g) => `${g.entity} “${g.quote}”`),
    },
    wrong: {
      relations: wrongRelations,
      candidates: proposals.candidates.filter((c) => !standsFor.has(c.key)).map((c) => `${c.kind} “${c.label}”`),
    },
  };

  function describe(ref: EndRef): string {
    return 'entity' in ref ? ref.entity : `“${proposals.candidates.find((c) => c.key === ref.candidate)?.label ?? ref.candidate}”`;
  }
}

type Summable = Exclude<keyof ArticleScore, 'source' | 'language' | 'missed' | 'wrong' | 'relationsProposed' | 'goldRelations'>;
export const SUMMED: Summable[] = ['knownRecall', 'knownPrecision', 'newFound', 'newExact', 'candidatePrecision', 'endsRecall', 'endsNamed', 'endsPrecision', 'predicateRecall', 'predicatePrecision', 'acceptedAsProposed'];

/** Many articles as one: every count added up (so a long article weighs more than a short one). */
export function sumScores(source: string, scores: ArticleScore[]): Omit<ArticleScore, 'language' | 'missed' | 'wrong'> {
  const total = { source, relationsProposed: 0, goldRelations: 0 } as Omit<ArticleScore, 'language' | 'missed' | 'wrong'>;
  for (const key of SUMMED) total[key] = count(0, 0);
  for (const s of scores) {
    for (const key of SUMMED) total[key] = count(total[key].right + s[key].right, total[key].of + s[key].of);
    total.relationsProposed += s.relationsProposed;
    total.goldRelations += s.goldRelations;
  }
  return total;
}
