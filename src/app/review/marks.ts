/**
 * What the article marks, as the review stands now: known entities, new ones (not once rejected;
 * as the entity they were merged into once merged), what the reviewer added, the references to the
 * article's instrument, and the names the rules found inside a span (for prefilling a relation).
 */
import { additions, isKept } from '../../ingest/review';
import { refKey, type EndRef, type Span } from '../../ingest/types';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import { endsOf, referencedInstrument } from './ends';

export type MarkClass = 'mark-known' | 'mark-candidate' | 'mark-added' | 'mark-reference' | 'mark-focus' | 'mark-selection';
export type Mark = { start: number; end: number; className: MarkClass; title?: string };

/** A place in the article that names an end. */
type Naming = { start: number; end: number; ref: EndRef; added: boolean; reference?: boolean };

function namings(state: ReviewState): Naming[] {
  const { proposals } = state.review;
  const out: Naming[] = proposals.mentions.map((m) => ({ start: m.start, end: m.end, ref: 'entity' in m ? { entity: m.entity } : { candidate: m.candidate }, added: false }));
  const { current } = endsOf(state);
  for (const [target, add] of additions(state.review)) {
    if (!isKept(current.get(target))) continue;
    if (add.type === 'entity') for (const m of add.mentions) out.push({ start: m.start, end: m.end, ref: { candidate: target.slice('candidate:'.length) }, added: true });
    if (add.type === 'mention') out.push({ start: add.span.start, end: add.span.end, ref: add.of, added: true });
  }
  const instrument = referencedInstrument(state);
  if (instrument) for (const r of proposals.references) out.push({ start: r.start, end: r.end, ref: instrument, added: false, reference: true });
  return out;
}

/** The article's marks, each titled with the name of what it marks, in the reader's language. */
export function articleMarks(state: ReviewState, lang: Lang): Mark[] {
  const ends = endsOf(state);
  const marks: Mark[] = [];
  for (const n of namings(state)) {
    const info = ends.info(n.ref);
    if (!info || info.rejected) continue;
    const title = info.labels[lang];
    const className: MarkClass = n.reference ? 'mark-reference' : n.added ? 'mark-added' : info.isNew ? 'mark-candidate' : 'mark-known';
    marks.push({ start: n.start, end: n.end, className, title });
  }
  return marks;
}

/** The ends the article names inside a span, in reading order, each once (what a selection offers as a relation's ends). */
export function namedIn(state: ReviewState, span: Pick<Span, 'start' | 'end'>): EndRef[] {
  const ends = endsOf(state);
  const inside = namings(state)
    .filter((n) => n.start >= span.start && n.end <= span.end)
    .sort((a, b) => a.start - b.start)
    .flatMap((n) => {
      const info = ends.info(n.ref);
      return info && !info.rejected ? [info.ref] : [];
    });
  const seen = new Set<string>();
  return inside.filter((ref) => {
    const key = refKey(ref);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
