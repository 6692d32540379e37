/**
 * A place named as a topic's, not as where something was: "exchanged views on the situation in the South China Sea",
 * "trao đổi về tình hình ở Biển Đông". The meeting discussed the sea; it was not held there.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { refKey, type RelationProposal } from './types';

/** Nouns whose place follows them (folded in English, as written in Vietnamese: "tình hình", not "tinh hinh"). */
const TOPICS_EN = new Set(['situation', 'developments', 'tensions', 'tension', 'conflict', 'crisis', 'war', 'fighting', 'violence', 'instability']);
const TOPICS_VI = ['tình hình', 'căng thẳng', 'xung đột', 'khủng hoảng', 'chiến sự'];
const PREPOSITIONS = new Set(['in', 'on', 'ở', 'tại', 'trên']);
const WHERE: ReadonlySet<string> = new Set(['held_at', 'located_in', 'signed_at']);

/** Whether word `k` ends one of the topics. */
function topicEndsAt(tokens: Token[], k: number): boolean {
  if (TOPICS_EN.has(tokens[k]?.folded ?? '')) return true;
  return TOPICS_VI.some((topic) => {
    const words = topic.split(' ');
    return words.every((w, n) => tokens[k - words.length + 1 + n]?.text.toLowerCase() === w);
  });
}

/** A filter that keeps every relation but a where whose place is a topic's ("the situation in | the South China Sea"). */
export function notATopicsPlace(tokens: Token[], byRef: Map<string, Slot[]>): (r: RelationProposal) => boolean {
  return (r) => {
    if (!WHERE.has(r.predicate)) return true;
    return !(byRef.get(refKey(r.target)) ?? []).some((s) => {
      if (tokens[s.first]!.start < r.evidence.start || tokens[s.last]!.end > r.evidence.end) return false;
      let k = s.first - 1;
      if (tokens[k]?.text === 'the') k--;
      return PREPOSITIONS.has(tokens[k]?.text.toLowerCase() ?? '') && topicEndsAt(tokens, k - 1);
    });
  };
}
