/**
 * "The Council today extended the mandate of … It also allocated a budget …", "Secretary Ramon Villaflor
 * told the Dialogue … He said any Code of Conduct …": an English sentence opened by "It", "He" or "She"
 * goes on about the previous sentence's subject, its first name of the right sort. Read where the pronoun
 * stands, as a name of that entity for the clause rules; a previous sentence that opens with no such name
 * gives the pronoun no referent.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';

/** Whom "It" cannot stand for: a person or an office ("Minister …"), a state (a state is "she" or named again). */
const NOT_IT = new Set(['person', 'state']);

/** The sentence's first name that the pronoun can stand for: its first person for "He", its first name if no person for "It". */
function subjectOf(slots: readonly Slot[], sentence: { firstToken: number; lastToken: number }, person: boolean): Slot | undefined {
  const own = slots.filter((s) => s.first >= sentence.firstToken && s.last <= sentence.lastToken && !s.viaReference && s.kind !== 'place' && s.kind !== 'domain');
  if (person) return own.find((s) => s.category === 'person');
  const first = own[0];
  return first && !NOT_IT.has(first.category ?? '') && first.category !== 'office' ? first : undefined;
}

export function pronounSlots(tokens: Token[], sentences: readonly { firstToken: number; lastToken: number }[], occupied: boolean[], slots: readonly Slot[]): Slot[] {
  const sorted = [...slots].sort((a, b) => a.first - b.first);
  const out: Slot[] = [];
  sentences.forEach((sentence, index) => {
    const at = sentence.firstToken;
    const word = tokens[at]?.text;
    if (index === 0 || occupied[at] || (word !== 'It' && word !== 'He' && word !== 'She')) return;
    const referent = subjectOf(sorted, sentences[index - 1]!, word !== 'It');
    if (referent) out.push({ first: at, last: at, ref: referent.ref, kind: referent.kind, viaReference: false, ...(referent.category ? { category: referent.category } : {}) });
  });
  return out;
}
