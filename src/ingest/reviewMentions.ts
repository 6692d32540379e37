/**
 * Where a review's article names an end of a relation: the mentions the rules found and those a
 * reviewer marked, so that a relation added without a quote can take the first sentence that
 * names both its ends (the command line's default, and the page's when nothing is selected).
 */
import { candidateTarget, type ReviewFile } from './review';
import { refKey, type EndRef, type Span } from './types';
import { splitSentences } from '../text/sentences';

/** Where the article names an end: its mentions, proposed or added. */
export function mentionsOf(review: Pick<ReviewFile, 'proposals' | 'decisions'>, ref: EndRef): Span[] {
  const key = refKey(ref);
  const proposed = review.proposals.mentions.filter((m) => refKey('entity' in m ? { entity: m.entity } : { candidate: m.candidate }) === key);
  const made = review.decisions.flatMap((d) => {
    if (d.action !== 'add') return [];
    if (d.add.type === 'mention' && refKey(d.add.of) === key) return [d.add.span];
    if (d.add.type === 'entity' && 'candidate' in ref && d.target === candidateTarget(ref.candidate)) return d.add.mentions;
    return [];
  });
  const candidate = 'candidate' in ref ? review.proposals.candidates.find((c) => c.key === ref.candidate) : undefined;
  return [...proposed, ...made, ...(candidate?.mentions ?? [])];
}

/** The first sentence that names both ends: a relation's evidence when none is given. */
export function sentenceNaming(review: Pick<ReviewFile, 'proposals' | 'decisions'>, text: string, source: EndRef, target: EndRef): Span | undefined {
  const a = mentionsOf(review, source);
  const b = mentionsOf(review, target);
  for (const sentence of splitSentences(text)) {
    const inside = (m: Span) => m.start >= sentence.start && m.end <= sentence.end;
    if (a.some(inside) && b.some(inside)) return { ...sentence, quote: text.slice(sentence.start, sentence.end) };
  }
  return undefined;
}
