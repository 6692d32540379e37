/**
 * "Chairman's Statement of the 48th ASEAN Summit … 18. We reaffirmed the importance of the Treaty of Amity …", "Joint
 * Statement by Australia and New Zealand on … We condemn …": in a statement, "We" opening a sentence is whoever issues it,
 * the states, organisations and bodies its title names before its topic (ASEAN, inside the name of its own summit;
 * Australia and New Zealand; "Statement by the High Representative on behalf of the EU on the incidents between China and
 * the Philippines" is the EU's). Read only in an English article whose title opens as a statement, declaration or
 * communiqué ("Australia, Indonesia sign joint declaration …" is a news report, whose "We" is a speaker quoted), never
 * inside quotation marks, and only where the title names at most four of them.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { refKey, type EndRef } from './types';

/** The words that make a title a statement's (folded). */
const STATEMENT_WORDS = new Set(['statement', 'declaration', 'communique']);
/** How far into its title a statement's genre word stands: "Chairman's Statement", "Joint Statement by …". */
const GENRE_WITHIN = 4;
/** Who issues a statement in its own voice: a state, an organisation, a body (not "the High Representative on behalf of the EU"). */
const ISSUERS = new Set(['state', 'organisation', 'body']);
const MOST_ISSUERS = 4;

type Sentence = { firstToken: number; lastToken: number };
/** A name the title may hold: a slot, or a known name or a candidate inside a longer name. */
type Named = Pick<Slot, 'first' | 'last' | 'ref' | 'kind' | 'category'>;

/**
 * Where "We" opens the sentence, outside quotation marks: first, after a paragraph's number ("18. We …"), after a dateline's
 * dash ("Santiago, 2 May 2026 — We …"), or on a new line (a title with no full stop runs on into it); -1 if it does not.
 */
function weAt(text: string, tokens: Token[], sentence: Sentence): number {
  const first = sentence.firstToken;
  for (let k = first; k <= sentence.lastToken; k++) {
    if (tokens[k]!.text !== 'We') continue;
    const gap = k > first ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '';
    const opens = k === first || (k === first + 1 && /^\d{1,3}$/.test(tokens[first]!.text)) || (k <= first + 8 && /[—–]\s*$/.test(gap)) || gap.includes('\n');
    if (opens) return /["“‘']\s*$/.test(text.slice(Math.max(0, tokens[k]!.start - 3), tokens[k]!.start)) ? -1 : k;
  }
  return -1;
}

/** The title, when it is a statement's: the first sentence that opens no disclaimer in capitals ("FICTIONAL ARTICLE —", not "ASEAN Chairman's …"). */
function statementTitle(tokens: Token[], sentences: readonly Sentence[]): Sentence | undefined {
  const capitals = (k: number) => /^\p{Lu}{2,}$/u.test(tokens[k]?.text ?? '');
  const title = sentences.slice(0, 2).find((s) => !(capitals(s.firstToken) && capitals(s.firstToken + 1)));
  if (!title) return undefined;
  const opening = tokens.slice(title.firstToken, Math.min(title.lastToken + 1, title.firstToken + GENRE_WITHIN));
  return opening.some((t) => STATEMENT_WORDS.has(t.folded)) ? title : undefined;
}

/** Where the title's topic starts: its first "on" that is not "on behalf of" ("… on the latest incidents between …"), or its line's end. */
function topicStart(text: string, tokens: Token[], title: Sentence): number {
  for (let k = title.firstToken; k <= title.lastToken; k++) {
    if (k > title.firstToken && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) return k;
    if (tokens[k]!.folded === 'on' && tokens[k + 1]?.folded !== 'behalf') return k;
  }
  return title.lastToken + 1;
}

/**
 * Whether a name inside `outer` speaks for the meeting it names: "48th ASEAN Summit", "ASEAN Defence Ministers' Meeting" are
 * ASEAN's own; "ASEAN Regional Forum", "ADMM-Plus" gather others too.
 */
function ownMeeting(tokens: Token[], outer: Named): boolean {
  const words = tokens.slice(outer.first, outer.last + 1).map((t) => t.folded);
  return ['summit', 'meeting'].includes(words[words.length - 1] ?? '') && !words.some((word) => word.includes('plus'));
}

/** `names`: the article's names, and those inside longer ones, asked for only when the title is a statement's. */
export function statementVoiceSlots(text: string, tokens: Token[], sentences: readonly Sentence[], occupied: boolean[], names: () => { top: readonly Named[]; inside: readonly Named[] }): Slot[] {
  const title = statementTitle(tokens, sentences);
  if (!title) return [];
  const topic = topicStart(text, tokens, title);
  const { top, inside } = names();
  const inTitle = (name: Named) => name.first >= title.firstToken && name.last < topic;
  const meetings = top.filter((name) => inTitle(name) && ownMeeting(tokens, name));
  const issuers = new Map<string, EndRef>();
  for (const name of [...top, ...inside.filter((name) => meetings.some((outer) => outer.first <= name.first && name.last <= outer.last))]) {
    // (A name of no known sort issues too when it is an abbreviation, "the EU", "ASEAN": not "the Foreign Ministers of …".)
    const issuer = ISSUERS.has(name.category ?? '') || (name.category === undefined && name.first === name.last && /^\p{Lu}{2,}$/u.test(tokens[name.first]!.text));
    if (!inTitle(name) || name.kind !== 'actor' || !issuer) continue;
    issuers.set(refKey(name.ref), name.ref);
  }
  if (issuers.size === 0 || issuers.size > MOST_ISSUERS) return [];
  const parties = [...issuers.values()];
  const out: Slot[] = [];
  for (const sentence of sentences) {
    const at = weAt(text, tokens, sentence);
    if (at < 0 || occupied[at]) continue;
    out.push({ first: at, last: at, ref: parties[0]!, kind: 'actor', viaReference: false, ...(parties.length > 1 ? { parties } : {}) });
  }
  return out;
}
