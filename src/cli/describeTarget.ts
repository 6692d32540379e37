/** One line per proposal for the command line: what it would add, and the quote it rests on. */
import { candidateTarget, type ReviewFile } from '../ingest/review';
import { parseRefKey, type EndRef } from '../ingest/types';

export function describeTarget(review: ReviewFile, target: string, text: string): string {
  const { candidates, relations } = review.proposals;
  const name = (ref: EndRef) => ('entity' in ref ? ref.entity : `“${candidates.find((c) => c.key === ref.candidate)?.label ?? ref.candidate}” (new)`);
  if (target.startsWith('reference:')) {
    return `reference: “hai bên”, “thỏa thuận” … mean ${name(parseRefKey(target.slice('reference:'.length)))}`;
  }
  const candidate = candidates.find((c) => candidateTarget(c.key) === target);
  if (candidate) {
    const similar = candidate.similar.map((s) => `${s.entity} ${s.score}`).join(', ');
    return `new ${candidate.kind}: “${candidate.label}”${candidate.acronym ? ` (${candidate.acronym})` : ''} — ${candidate.rule}, ${candidate.mentions.length}×${similar ? `; similar: ${similar}` : ''}`;
  }
  const relation = relations.find((r) => r.id === target);
  if (!relation) return target;
  const quote = text.slice(relation.evidence.start, relation.evidence.end);
  const short = quote.length > 90 ? `${quote.slice(0, 87)}…` : quote;
  return `${name(relation.source)} ${relation.predicate} ${name(relation.target)}${relation.existing ? ' (adds evidence)' : ''} — ${relation.rule} ${relation.score} — “${short}” @${relation.evidence.start}`;
}
