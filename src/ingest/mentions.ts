/** Mentions of entities the graph already knows: longest name first, left to right, no overlaps. */
import type { Token } from '../text/tokens';
import { stateOfAdjectiveAt, type State } from './states';
import type { EndRef, Mention } from './types';
import { matchAt, type VocabularyIndex } from './vocabularyIndex';

export type TokenMention = Mention & { firstToken: number; lastToken: number };

export function findKnownMentions(text: string, tokens: Token[], index: VocabularyIndex): TokenMention[] {
  const mentions: TokenMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const entry = matchAt(index, tokens, i, text);
    if (!entry) {
      i++;
      continue;
    }
    const last = i + entry.length - 1;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    mentions.push({ start, end, quote: text.slice(start, end), entity: entry.entity, method: entry.method, firstToken: i, lastToken: last });
    i = last + 1;
  }
  return mentions;
}

/**
 * "the Vietnamese delegation", "Vietnamese officers": outside any name, an English adjective of a
 * state the graph knows is a mention of it, as readers mark it. Inside a name ("Vietnamese People's
 * Navy") the name's own relations read it instead; a state the graph does not know gets no
 * candidate from an adjective alone ("Malaysian and Singaporean forces" describe, they do not name).
 */
export function stateAdjectiveMentions(text: string, tokens: Token[], taken: readonly boolean[], states: ReadonlyMap<State, EndRef>): TokenMention[] {
  const mentions: TokenMention[] = [];
  tokens.forEach((token, k) => {
    if (taken[k]) return;
    const state = stateOfAdjectiveAt(tokens, k);
    const ref = state && states.get(state);
    if (!ref || !('entity' in ref)) return;
    mentions.push({ start: token.start, end: token.end, quote: text.slice(token.start, token.end), entity: ref.entity, method: 'state-adjective', firstToken: k, lastToken: k });
  });
  return mentions;
}
