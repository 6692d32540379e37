/**
 * "The Council today extended the mandate of … It also allocated a budget …", "Secretary Ramon Villaflor
 * told the Dialogue … He said any Code of Conduct …": an English sentence opened by "It", "He" or "She"
 * goes on about the previous sentence's subject, its first name of the right sort outside an opening
 * phrase of place or time ("At the ADMM-Plus in Kuala Lumpur, Japan …" is about Japan). Read where the
 * pronoun stands, as a name of that entity for the clause rules; a previous sentence that opens with no
 * such name gives the pronoun no referent (unless "It" is signed, held, conducted, or allows, covers or targets something: then the sentence's
 * instrument or occasion), and an "It" that stands for nothing ("It is the first time …",
 * "It is essential that …") is no pronoun.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';

/** What "It" cannot stand for: a person, an office ("Minister …"), a state (a state is "she" or named again). */
const NOT_IT = new Set(['person', 'office', 'state']);
/** Words that open a phrase of place, time or manner before a sentence's subject: "At the ADMM-Plus …, Japan …". */
const OPENING_PREPOSITIONS = new Set(['at', 'in', 'on', 'under', 'during', 'after', 'before', 'following', 'according', 'with', 'for', 'from', 'by', 'through', 'since', 'speaking', 'addressing']);
/** "It is …", "It was …": a copula, after which "It" names something only in a passive ("It was funded through …"). */
const COPULAS = new Set(['is', 'was', 'remains', 'seems', 'appears']);
const PARTICIPLE = /^(?:\p{Ll}+ed|held|made|built|signed|given|done|seen|known|taken|set|led|run|paid|put)$/u;

/** What "It" does when it can only be an instrument or an occasion: "It allows …", "It will cover …", "It was signed in …". */
const INSTRUMENT_VERBS = new Set(['allows', 'covers', 'enables', 'commits', 'gives', 'establishes', 'sets', 'provides', 'allow', 'cover', 'enable', 'commit', 'give', 'establish', 'set', 'provide', 'targeted', 'targets']);
const DONE_TO_INSTRUMENTS = new Set(['signed', 'adopted', 'concluded', 'ratified', 'initialled', 'initialed', 'inked', 'held', 'opened', 'convened', 'launched', 'conducted', 'carried']);
const INSTRUMENTS_AND_EVENTS = new Set(['agreement', 'partnership', 'framework', 'event']);

/** What "It" does when it can only be an occasion (folded): "It brought together …", "It was attended by …". */
const OCCASION_VERBS = [['brought', 'together'], ['brings', 'together'], ['gathered'], ['drew'], ['was', 'attended'], ['was', 'also', 'attended']];

/** Whether "It" at `at` is said to do what only an occasion does. */
function saidOfOccasion(tokens: Token[], at: number): boolean {
  return OCCASION_VERBS.some((words) => words.every((w, n) => tokens[at + 1 + n]?.folded === w));
}

/** Whether "It" at `at` is said to do or undergo what only an instrument or an occasion does. */
function saidOfInstrument(tokens: Token[], at: number): boolean {
  let k = at + 1;
  if (['will', 'also', 'would'].includes(tokens[k]?.folded ?? '')) k++;
  if (INSTRUMENT_VERBS.has(tokens[k]?.folded ?? '')) return true;
  return ['was', 'were'].includes(tokens[k]?.folded ?? '') && DONE_TO_INSTRUMENTS.has(tokens[k + 1]?.folded ?? '');
}

type Sentence = { firstToken: number; lastToken: number };

/** Where a sentence's subject may start: after its opening phrase of place or time and that phrase's comma. */
function subjectStart(text: string, tokens: Token[], sentence: Sentence): number {
  // ("Hosted by the French Armed Forces, the exercise runs …": so does a participle's phrase, which says by whom or under what.)
  const participle = PARTICIPLE.test(tokens[sentence.firstToken]?.text.toLowerCase() ?? '') && ['by', 'under'].includes(tokens[sentence.firstToken + 1]?.folded ?? '');
  if (!OPENING_PREPOSITIONS.has(tokens[sentence.firstToken]?.folded ?? '') && !participle) return sentence.firstToken;
  for (let k = sentence.firstToken; k < sentence.lastToken; k++) if (/^[\s)]*,/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return k + 1;
  return sentence.lastToken + 1;
}

/** Whether "It" at `at` stands for nothing: "It is the first time …", "It is essential that …" (not "It was funded …"). */
function expletive(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1]?.folded ?? '';
  return COPULAS.has(next) && !PARTICIPLE.test(tokens[at + 2]?.text ?? '');
}

export function pronounSlots(text: string, tokens: Token[], sentences: readonly Sentence[], occupied: boolean[], slots: readonly Slot[]): Slot[] {
  // One walk over the names, in order: each sentence's own names, named outright and neither a place nor a domain.
  const own: Slot[][] = sentences.map(() => []);
  let s = 0;
  for (const slot of slots) {
    while (s < sentences.length && sentences[s]!.lastToken < slot.first) s++;
    if (s === sentences.length) break;
    if (slot.first >= sentences[s]!.firstToken && slot.last <= sentences[s]!.lastToken && slot.kind !== 'place' && slot.kind !== 'domain') own[s]!.push(slot);
  }
  const out: Slot[] = [];
  // What each sentence's opening "It" was read as: "It was signed in Brussels by …. It allows …" goes on about the same.
  const itOf = new Map<number, Slot>();
  sentences.forEach((sentence, index) => {
    const at = sentence.firstToken;
    const word = tokens[at]?.text;
    if (index === 0 || occupied[at] || (word !== 'It' && word !== 'He' && word !== 'She') || (word === 'It' && expletive(tokens, at))) return;
    const previous = sentences[index - 1]!;
    const from = subjectStart(text, tokens, previous);
    // The sentence's names as written; an occasion said again as its subject ("…, the exercise runs …") is one too.
    const names = own[index - 1]!.filter((n) => n.first >= from && (!n.viaReference || (n.kind === 'event' && n.first <= from + 1)));
    let referent = word === 'It' ? names[0] : names.find((n) => n.category === 'person');
    // "Viet Nam and the EU signed a Framework Participation Agreement in 2019. It was signed in Brussels …": no state is signed,
    // the sentence's instrument is.
    // ("ARMAC and Japan signed the Project Agreement …. It was signed by …": nor is a body the sentence opens with, where it names one.)
    if (word === 'It' && (!referent || NOT_IT.has(referent.category ?? '') || referent.kind === 'actor') && saidOfInstrument(tokens, at)) {
      const body = referent && !NOT_IT.has(referent.category ?? '') ? referent : undefined;
      referent = names.find((n) => INSTRUMENTS_AND_EVENTS.has(n.kind)) ?? itOf.get(index - 1) ?? body;
    }
    // "Ms X co-chaired the third meeting of … . It brought together …": the occasion, whoever the sentence's subject was.
    if (word === 'It' && referent?.kind !== 'event' && saidOfOccasion(tokens, at)) referent = names.find((n) => n.kind === 'event') ?? referent;
    if (!referent || (word === 'It' && NOT_IT.has(referent.category ?? ''))) return;
    const slot = { first: at, last: at, ref: referent.ref, kind: referent.kind, viaReference: false, ...(referent.category ? { category: referent.category } : {}) };
    if (word === 'It') itOf.set(index, slot);
    out.push(slot);
  });
  return out;
}
