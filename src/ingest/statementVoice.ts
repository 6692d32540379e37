/**
 * "Chairman's Statement of the 48th ASEAN Summit … 18. We reaffirmed the importance of the Treaty of Amity …", "Joint
 * Statement by Australia and New Zealand … We condemn …": in a statement, "We" opening a sentence is whoever issues it,
 * the states and organisations its title names (ASEAN, inside the summit's name; Australia and New Zealand). Read only
 * in an English article whose title is a statement, declaration or communiqué, and only where the title names at most
 * four such actors: a "We" in a news report is a speaker quoted, not the document.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { refKey, type EndRef } from './types';

/** The words that make a title a statement's (folded). */
const STATEMENT_WORDS = new Set(['statement', 'declaration', 'communique', 'communiqué']);
/** Who issues a statement: states and organisations ("… on Maritime Cooperation" is its topic, whatever its capitals). */
const ISSUERS = new Set(['state', 'organisation']);
const MOST_ISSUERS = 4;

type Sentence = { firstToken: number; lastToken: number };
/** A name the title holds: a slot, or a known name or a candidate inside a longer name. */
type Named = { first: number; last: number; ref: EndRef; kind: string; category?: string };

/** Where "We" opens the sentence, past a paragraph's number or a dateline's dash; -1 if it does not. */
function weAt(text: string, tokens: Token[], sentence: Sentence): number {
  const first = sentence.firstToken;
  if (tokens[first]?.text === 'We') return first;
  if (/^\d{1,3}$/.test(tokens[first]?.text ?? '') && tokens[first + 1]?.text === 'We') return first + 1;
  for (let k = first + 1; k <= Math.min(sentence.lastToken, first + 8); k++) {
    if (tokens[k]!.text === 'We' && /[—–]\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return k;
  }
  return -1;
}

export function statementVoiceSlots(text: string, tokens: Token[], sentences: readonly Sentence[], occupied: boolean[], names: readonly Named[]): Slot[] {
  // The title: the first sentence that says it is a statement, among the first three (a disclaimer may come first).
  const title = sentences.slice(0, 3).find((s) => tokens.slice(s.firstToken, s.lastToken + 1).some((t) => STATEMENT_WORDS.has(t.folded)));
  if (!title) return [];
  const issuers = new Map<string, EndRef>();
  for (const name of names) {
    if (name.first < title.firstToken || name.last > title.lastToken || name.kind !== 'actor' || !ISSUERS.has(name.category ?? '')) continue;
    issuers.set(refKey(name.ref), name.ref);
  }
  if (issuers.size === 0 || issuers.size > MOST_ISSUERS) return [];
  const parties = [...issuers.values()];
  const out: Slot[] = [];
  for (const sentence of sentences) {
    if (sentence === title) continue;
    // "18. We reaffirmed …", "Santiago, 2 May 2026 — We condemn …": after a paragraph's number or a dateline's dash.
    const at = weAt(text, tokens, sentence);
    if (at < 0 || occupied[at]) continue;
    out.push({ first: at, last: at, ref: parties[0]!, kind: 'actor', viaReference: false, ...(parties.length > 1 ? { parties } : {}) });
  }
  return out;
}
