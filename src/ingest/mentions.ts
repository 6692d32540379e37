/** Mentions of entities the graph already knows: longest name first, left to right, no overlaps. */
import { isCapitalised, type Token } from '../text/tokens';
import { oceanGoesOn, stateOfAdjectiveAt, type State } from './states';
import type { EndRef, Mention } from './types';
import { matchAt, QUALIFIER_WORDS, type VocabularyIndex } from './vocabularyIndex';
import { CALENDAR_WORDS } from './wordLists';

export type TokenMention = Mention & { firstToken: number; lastToken: number };

/** Words that go on with a name's topic or owner, as written ("… against Transnational Organized Crime", "… chống tham nhũng"). */
const QUALIFIERS = new Set([...QUALIFIER_WORDS, 'against', 'chống']);
/** What after such a word says when, not what: "the Minister of Defence on Tuesday". */
const NO_TOPIC = new Set([...CALENDAR_WORDS, 'the', 'a', 'an', 'behalf']);

export function findKnownMentions(text: string, tokens: Token[], index: VocabularyIndex): TokenMention[] {
  const mentions: TokenMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const entry = matchAt(index, tokens, i, text);
    if (!entry) {
      i++;
      continue;
    }
    const last = i + entry.length - 1;
    // "Công ước Liên Hợp Quốc | về chống tham nhũng": a short form cut at "về" stands for its long name only where no other
    // topic follows it; here a longer name goes on, which is another's (the long name itself would have matched whole).
    const topic = tokens[last + 2];
    if (entry.method === 'short-form' && QUALIFIERS.has(tokens[last + 1]?.text.toLowerCase() ?? '') && topic && !NO_TOPIC.has(topic.folded) && !/^\d/.test(topic.text) && /^ $/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) {
      i++;
      continue;
    }
    // "the Vietnamese ministry" is any of its ministries: a short form stands for a name only written with its capitals.
    if (entry.method === 'short-form' && last > i && tokens.slice(i + 1, last + 1).every((t) => !isCapitalised(t.text))) {
      i++;
      continue;
    }
    // "Ấn Độ Dương" is an ocean, no mention of India.
    if (oceanGoesOn(text, tokens, last)) {
      i++;
      continue;
    }
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
