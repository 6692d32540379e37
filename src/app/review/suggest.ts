/**
 * Which ends to offer first for a relation drawn from a selection: those the selection names,
 * those it names in part ("xây dựng năng lực" for "Xây dựng năng lực và đào tạo"), then those the
 * reviewer used a moment ago; and which way round two ends most likely go.
 */
import { additions } from '../../ingest/review';
import { refKey, type EndRef, type Span } from '../../ingest/types';
import { predicatesBetween, type Kind } from '../../model/vocabulary';
import { foldForSearch } from '../../text/fold';
import type { ReviewState } from './api';
import { endsOf, referencedInstrument } from './ends';
import { namedIn } from './marks';

/** A name's leading words up to its first "and", comma or bracket: enough words to be telling. */
function head(label: string): string | undefined {
  const words = foldForSearch(label.split(/\s(?:và|and)\s|[,(]/u)[0] ?? '');
  return words.split(' ').length >= 2 && words.length >= 8 ? words : undefined;
}

const heads = new WeakMap<ReviewState['entities'], { id: string; head: string }[]>();

function graphHeads(entities: ReviewState['entities']) {
  let found = heads.get(entities);
  if (!found) {
    found = entities.flatMap((e) => [e.labels.vi, e.labels.en].flatMap((l) => (head(l) ? [{ id: e.id, head: head(l)! }] : [])));
    heads.set(entities, found);
  }
  return found;
}

/** Ends named in part inside a quote, by the leading words of their names. */
function partlyNamedIn(state: ReviewState, quote: string): EndRef[] {
  const text = ` ${foldForSearch(quote).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/ +/g, ' ')} `;
  const has = (h: string) => text.includes(` ${h} `);
  return [
    ...endsOf(state).news.filter((n) => [n.labels.vi, n.labels.en].some((l) => head(l) && has(head(l)!))).map((n) => n.ref),
    ...graphHeads(state.entities).filter((h) => has(h.head)).map((h): EndRef => ({ entity: h.id })),
  ];
}

/** The ends of what the reviewer added last, most recent first (a relation's subject before its object: the next sentence often goes on about it). */
export function recentEnds(state: ReviewState, count = 4): EndRef[] {
  const out: EndRef[] = [];
  for (const [target, add] of [...additions(state.review)].reverse()) {
    if (add.type === 'relation') out.push(add.source, add.target);
    else if (add.type === 'entity') out.push({ candidate: target.slice('candidate:'.length) });
    else if (add.type === 'mention') out.push(add.of);
  }
  return unique(state, out).slice(0, count);
}

function unique(state: ReviewState, refs: EndRef[]): EndRef[] {
  const ends = endsOf(state);
  const seen = new Set<string>();
  return refs.flatMap((ref) => {
    const info = ends.info(ref);
    if (!info || info.rejected || seen.has(refKey(info.ref))) return [];
    seen.add(refKey(info.ref));
    return [info.ref];
  });
}

/** The ends to offer for a relation stated in a span: named, named in part, those used last, then the article's instrument. */
export function suggestedEnds(state: ReviewState, span: Span): EndRef[] {
  const instrument = referencedInstrument(state);
  return unique(state, [...namedIn(state, span), ...partlyNamedIn(state, span.quote), ...recentEnds(state), ...(instrument ? [instrument] : [])]).slice(0, 8);
}

/** Two ends in the order more predicates allow (ties keep the order given). */
export function likelyDirection(a: { ref: EndRef; kind: Kind }, b: { ref: EndRef; kind: Kind }): [EndRef, EndRef] {
  return predicatesBetween(b.kind, a.kind).length > predicatesBetween(a.kind, b.kind).length ? [b.ref, a.ref] : [a.ref, b.ref];
}

/**
 * A new relation's prefilled ends. Two ends the selection names go in the text's order (the
 * subject comes first in a Vietnamese sentence), turned round only when no predicate allows that
 * order; one named end is paired with the first other suggestion the way more predicates allow.
 */
export function prefilledEnds(state: ReviewState, span: Span, suggested: EndRef[]): { source?: EndRef; target?: EndRef } {
  const ends = endsOf(state);
  const info = (refs: EndRef[]) => refs.map((ref) => ends.info(ref)).filter((i) => i !== undefined);
  const [first, second] = info(namedIn(state, span));
  if (first && second) {
    const forward = predicatesBetween(first.kind, second.kind).length > 0 || predicatesBetween(second.kind, first.kind).length === 0;
    return forward ? { source: first.ref, target: second.ref } : { source: second.ref, target: first.ref };
  }
  const [a, b] = info(first ? [first.ref, ...suggested.filter((r) => refKey(r) !== refKey(first.ref))] : suggested);
  if (!a) return {};
  if (!b) return { source: a.ref };
  const [source, target] = likelyDirection(a, b);
  return { source, target };
}
