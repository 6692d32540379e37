/** The states of `nameLexicon.ts` as look-ups: by name in either language, and by English adjective. */
import { foldKeepLength } from '../text/fold';
import { tokenize } from '../text/tokens';
import { STATES } from './nameLexicon';

export type State = { vi: string; en: string };

const byName = new Map<string, State>();
const byAdjective = new Map<string, State>();
for (const [vi, en, adjectives] of STATES) {
  const state = { vi: vi.split('|')[0]!, en: en.split('|')[0]! };
  for (const name of [...vi.split('|'), ...en.split('|')]) byName.set(foldKeepLength(name.replace(/^the /i, '')), state);
  for (const adjective of adjectives.split('|')) byAdjective.set(foldKeepLength(adjective), state);
}

/** The most words a run of an article can have and name a state: its longest name, after "the". */
export const LONGEST_STATE_WORDS = Math.max(...[...byName.keys()].map((name) => tokenize(name).length)) + 1;
/** Longer than this, a string names no state even written decomposed (a letter and up to four marks in one): it is not read at all. */
const LONGEST_STATE_CHARACTERS = 8 * Math.max(...[...byName.keys()].map((name) => name.length + 4));

/** The state a name names ("Ấn Độ", "the Philippines", "Hoa Kỳ"), compared without case or diacritics. */
export function stateNamed(name: string): State | undefined {
  // A run of a long article asked about every state it might end with costs nothing to refuse.
  if (name.trim().length > LONGEST_STATE_CHARACTERS) return undefined;
  return byName.get(foldKeepLength(name.normalize('NFC').replace(/^the /i, '').trim()));
}

/** The state an English adjective stands for ("Indian" → India). */
export function stateOfAdjective(word: string): State | undefined {
  return byAdjective.get(foldKeepLength(word));
}
