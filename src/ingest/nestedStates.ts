/**
 * A state the article names only inside longer names: "the Secretary of National Defense of the
 * Philippines", "Australia–Philippines Status of Visiting Forces Agreement", "Hải quân Hoa Kỳ".
 * A reader marks it there, and the relations those names state (the secretary is part of the
 * Philippines, the Philippines is a party) need it as an end; so it becomes a candidate of its own,
 * its mentions inside the longer names. It takes no words from them: it is not a slot.
 */
import type { Token } from '../text/tokens';
import { isCompound } from './compounds';
import { spanOf } from './tokenSpans';
import { LONGEST_STATE_WORDS, stateNamed, stateOfAdjective, type State } from './states';
import type { Span } from './types';

export type NestedState = { state: State; label: string; mentions: Span[] };

/**
 * The states named (or, in English, called by their adjective: "Philippine Coast Guard") inside
 * `ranges` that `hasRef` does not already know, each with every place it stands inside them.
 */
export function statesInsideNames(text: string, tokens: Token[], ranges: [number, number][], hasRef: (state: State) => boolean): NestedState[] {
  const found = new Map<State, NestedState>();
  const note = (state: State, first: number, last: number, label: string) => {
    if (hasRef(state)) return;
    const span = spanOf(text, tokens, first, last);
    const entry = found.get(state) ?? { state, label, mentions: [] };
    if (!entry.mentions.some((m) => m.start === span.start)) entry.mentions.push(span);
    found.set(state, entry);
  };
  for (const [first, last] of ranges) {
    for (let k = first; k <= last; k++) {
      // The longest run from k that names a state; a one-word adjective otherwise.
      let end = -1;
      for (let e = Math.min(last, k + LONGEST_STATE_WORDS - 1); e >= k && end < 0; e--) {
        if (stateNamed(text.slice(tokens[k]!.start, tokens[e]!.end))) end = e;
      }
      // "Vụ Pháp chế" names no France: a state's syllable bound into a word with its neighbour is not the state.
      if (end >= 0 && (isCompound(tokens[k - 1]?.text ?? '', tokens[k]!.text) || isCompound(tokens[end]!.text, tokens[end + 1]?.text ?? ''))) end = -1;
      if (end >= 0) {
        if (tokens[k]!.folded === 'the') continue; // "the Philippines" is read from "Philippines"
        const span = spanOf(text, tokens, k, end);
        note(stateNamed(span.quote)!, k, end, span.quote);
        k = end;
        continue;
      }
      const adjective = stateOfAdjective(tokens[k]!.text);
      if (adjective) note(adjective, k, k, adjective.en);
    }
  }
  for (const entry of found.values()) entry.mentions.sort((a, b) => a.start - b.start);
  return [...found.values()];
}
