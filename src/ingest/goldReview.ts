/**
 * The review a careful reader gives an article's proposals when what they want is known (a gold):
 * a proposal that is exactly what they want is accepted (a new entity with the id and labels they
 * give it), every other proposal is rejected, and what the rules missed is added. The corpus gold
 * is made this way through the review tool, and the evaluation learns from the same review.
 */
import { candidateTarget, referenceTarget, type DecisionInput } from './review';
import { SYMMETRIC_PREDICATES, type Gold } from './gold';
import { refKey, type EndRef, type Proposals } from './types';

/** What the reader wants: the gold's shape, with what "hai bên", "văn kiện" … mean. */
export type Wanted = Pick<Gold, 'knownMentions' | 'entities' | 'relations'> & { main?: string };

export const tripleKey = (s: string, p: string, t: string) => (SYMMETRIC_PREDICATES.has(p) && t < s ? `${t}|${p}|${s}` : `${s}|${p}|${t}`);
const spanKey = (s: { start: number; end: number }) => `${s.start}-${s.end}`;

export function decideAgainstGold(proposals: Pick<Proposals, 'mentions' | 'candidates' | 'relations'>, wanted: Wanted): DecisionInput[] {
  const decisions: DecisionInput[] = [];
  const newBySpan = new Map<string, string>();
  for (const e of wanted.entities) for (const m of e.mentions) newBySpan.set(spanKey(m), e.id);
  const knownBySpan = new Map(wanted.knownMentions.map((m) => [spanKey(m), m.entity]));

  // Candidates: the one that names a new entity exactly (and with its kind) becomes it; one that
  // names it with other boundaries is corrected (its id and labels); one that names a known entity is merged.
  const keyOf = new Map<string, string>();
  const accepted = new Map<string, string>();
  const decided = new Map<string, DecisionInput>();
  const take = (c: Proposals['candidates'][number], entity: Wanted['entities'][number]) => {
    keyOf.set(entity.id, c.key);
    accepted.set(c.key, entity.id);
    decided.set(c.key, { target: candidateTarget(c.key), action: 'edit', edit: { id: entity.id, labels: entity.labels, ...(entity.category ? { category: entity.category } : {}) } });
  };
  for (const c of proposals.candidates) {
    const id = c.mentions.map((m) => newBySpan.get(spanKey(m))).find((x) => x !== undefined);
    const entity = id ? wanted.entities.find((e) => e.id === id) : undefined;
    if (entity && entity.kind === c.kind && !keyOf.has(entity.id)) take(c, entity);
  }
  for (const c of proposals.candidates) {
    if (decided.has(c.key)) continue;
    const entity = wanted.entities.find((e) => e.kind === c.kind && !keyOf.has(e.id) && e.mentions.some((g) => c.mentions.some((m) => m.start < g.end && g.start < m.end)));
    if (entity) take(c, entity);
  }
  for (const c of proposals.candidates) {
    if (!decided.has(c.key)) {
      const known = c.mentions.map((m) => knownBySpan.get(spanKey(m))).find((x) => x !== undefined);
      decided.set(c.key, known ? { target: candidateTarget(c.key), action: 'edit', edit: { merge: known } } : { target: candidateTarget(c.key), action: 'reject' });
    }
    decisions.push(decided.get(c.key)!);
  }
  const taken = new Set(proposals.candidates.map((c) => c.key));
  for (const entity of wanted.entities) {
    if (keyOf.has(entity.id)) continue;
    const key = taken.has(entity.id) ? `${entity.id}-read` : entity.id;
    keyOf.set(entity.id, key);
    decisions.push({
      target: candidateTarget(key),
      action: 'add',
      add: { type: 'entity', kind: entity.kind, ...(entity.category ? { category: entity.category } : {}), labels: entity.labels, id: entity.id, mentions: entity.mentions },
    });
  }

  // References: confirmed when they mean the article's own instrument or event as the reader reads it.
  const resolve = (ref: EndRef): string | undefined => ('entity' in ref ? ref.entity : accepted.get(ref.candidate));
  const confirmed = new Set<string>();
  const referenced = new Map<string, EndRef>();
  for (const r of proposals.relations) {
    const end = r.viaReference === 'source' ? r.source : r.viaReference === 'target' ? r.target : undefined;
    if (end) referenced.set(refKey(end), end);
  }
  for (const [key, end] of referenced) {
    if (wanted.main && resolve(end) === wanted.main) {
      decisions.push({ target: referenceTarget(end), action: 'accept' });
      confirmed.add(key);
    } else decisions.push({ target: referenceTarget(end), action: 'reject' });
  }

  // Relations: a proposal the reader wants as it stands is accepted; the rest are rejected, what is missing added.
  const wantedIndex = new Map(wanted.relations.map((r, i) => [tripleKey(r.source, r.predicate, r.target), i]));
  const covered = new Set<number>();
  for (const r of proposals.relations) {
    const via = r.viaReference === 'source' ? r.source : r.viaReference === 'target' ? r.target : undefined;
    const [s, t] = [resolve(r.source), resolve(r.target)];
    const index = s && t && (!via || confirmed.has(refKey(via))) ? wantedIndex.get(tripleKey(s, r.predicate, t)) : undefined;
    if (index !== undefined && !covered.has(index)) {
      covered.add(index);
      decisions.push({ target: r.id, action: 'accept' });
    } else decisions.push({ target: r.id, action: 'reject' });
  }
  const isNew = new Set(wanted.entities.map((e) => e.id));
  const end = (id: string): EndRef => (isNew.has(id) ? { candidate: keyOf.get(id)! } : { entity: id });
  wanted.relations.forEach((r, i) => {
    if (covered.has(i)) return;
    decisions.push({ target: 'relation:added-', action: 'add', add: { type: 'relation', source: end(r.source), predicate: r.predicate, target: end(r.target), evidence: [r.evidence[0]!] } });
  });

  // Mentions of known entities the rules did not find (names written in other words).
  const proposed = new Set(proposals.mentions.flatMap((m) => ('entity' in m ? [`${m.entity}@${spanKey(m)}`] : [])));
  for (const m of wanted.knownMentions) {
    if (proposed.has(`${m.entity}@${spanKey(m)}`)) continue;
    decisions.push({ target: `mention:${spanKey(m)}`, action: 'add', add: { type: 'mention', of: { entity: m.entity }, span: { start: m.start, end: m.end, quote: m.quote } } });
  }
  return decisions;
}
