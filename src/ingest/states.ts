/** The states of `nameLexicon.ts` as look-ups: by name in either language, and by English adjective. */
import { foldKeepLength } from '../text/fold';
import { STATES } from './nameLexicon';

export type State = { vi: string; en: string };

const byName = new Map<string, State>();
const byAdjective = new Map<string, State>();
for (const [vi, en, adjectives] of STATES) {
  const state = { vi: vi.split('|')[0]!, en: en.split('|')[0]! };
  for (const name of [...vi.split('|'), ...en.split('|')]) byName.set(foldKeepLength(name.replace(/^the /i, '')), state);
  for (const adjective of adjectives.split('|')) byAdjective.set(foldKeepLength(adjective), state);
}

/** The state a name names ("Ấn Độ", "the Philippines", "Hoa Kỳ"), compared without case or diacritics. */
export function stateNamed(name: string): State | undefined {
  return byName.get(foldKeepLength(name.normalize('NFC').replace(/^the /i, '').trim()));
}

/** The state an English adjective stands for ("Indian" → India). */
export function stateOfAdjective(word: string): State | undefined {
  return byAdjective.get(foldKeepLength(word));
}
