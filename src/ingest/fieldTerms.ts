/**
 * Terms of the field written in lower case ("an ninh hàng hải", "humanitarian assistance and
 * disaster relief"), kept as data in data/field-terms.json: found in an article, each is a new
 * entity of its kind with the whole term as its name, whatever list or clause it stands in.
 */
import { z } from 'zod';
import { isAcronym, isCapitalised, tokenize, type Token } from '../text/tokens';
import { toneKey } from '../text/fold';
import { CURATED_KIND_IDS } from '../model/vocabulary';
import data from './data/field-terms.json';
import { wordTrie, type WordTrie } from './tokenIndexes';
import type { CuratedKind, RawCandidate } from './types';

const termsSchema = z.object({
  about: z.string(),
  terms: z.array(z.strictObject({ kind: z.enum(CURATED_KIND_IDS), vi: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) })),
});
type Term = { kind: CuratedKind; vi: string[]; en: string[] };

/**
 * A plural marker between a term's words is no part of it: "giải quyết các tranh chấp", "the centrality of the ASEAN". Compared
 * as written: folded, "những" is also the "nhũng" of "tham nhũng", and "the" the "thể" of "thể thao".
 */
const SKIPPED = new Set(['các', 'những', 'the']);
const skipped = (word: string) => SKIPPED.has(word.normalize('NFC').toLowerCase());
const wordsOf = (name: string) => tokenize(name).filter((t) => !skipped(t.text)).map((t) => t.folded);

/** Words that make a term an event: "đợt tuần tra chung", "cuộc diễn tập chung". */
const EVENT_CLASSIFIERS = new Set(['cuoc', 'dot', 'chuyen', 'buoi', 'le']);
/** The first words of what is fought, folded: "phòng, chống …", "chống …", "đấu tranh chống …". */
const FIGHTING = new Set(['phong', 'chong', 'dau']);
/** Words of a course that, before a term of training, make it the course's name: "khóa | huấn luyện tiền triển khai" (not "khóa | chỉ huy tham mưu", a course on a field). */
const COURSE_WORDS = new Set(['khoa', 'lop']);
const TRAINING_WORDS = new Set(['huan', 'tap']);

/** A term's name as written: its words with their tones (wherever the mark stands), and whether a comma or a stop is in it. */
type Written = { key: string; punctuated: boolean };
const PUNCTUATION = /[,;:.]/;
const writtenKey = (words: Token[]) => words.filter((t) => !skipped(t.text)).map((t) => toneKey(t.text)).join(' ');

let index: { trie: WordTrie<Term>; byWords: Map<string, Term>; written: Map<Term, Written[]>; capitalised: Set<Term> } | undefined;

function termIndex() {
  if (index) return index;
  const terms: Term[] = termsSchema.parse(data).terms;
  const names = terms.flatMap((term) => [...term.vi, ...term.en].map((name) => ({ name: term, words: wordsOf(name) })));
  const written = new Map(terms.map((term) => [term, [...term.vi, ...term.en].map((name) => ({ key: writtenKey(tokenize(name)), punctuated: PUNCTUATION.test(name) }))]));
  // Terms one of whose names is written with a capital ("Vietnamese language training", "HADR").
  const capitalised = new Set(terms.filter((term) => [...term.vi, ...term.en].some((name) => isCapitalised(name))));
  index = { trie: wordTrie(names), byWords: new Map(names.map((n) => [n.words.join(' '), n.name])), written, capitalised };
  return index;
}

/**
 * The longest term at each place, left to right, inside one sentence. A name the graph knows may stand
 * inside it ("vai trò trung tâm của ASEAN") or begin it ("đào tạo | ngoại ngữ"): the longer term is more
 * exact; a known name as long or longer wins.
 */
export function fieldTermRanges(ctx: { text: string; tokens: Token[]; sentenceStart: number[]; covered: ({ lastToken: number } | undefined)[] }): RawCandidate[] {
  const { trie, capitalised } = termIndex();
  const out: RawCandidate[] = [];
  const longestAt = (i: number) => {
    let node: WordTrie<Term> | undefined = trie;
    let found: { last: number; term: Term } | undefined;
    for (let k = i; k < ctx.tokens.length && ctx.sentenceStart[k] === ctx.sentenceStart[i]; k++) {
      const word = ctx.tokens[k]!.folded;
      const next: WordTrie<Term> | undefined = node.next.get(word);
      if (!next) {
        if (k > i && (skipped(ctx.tokens[k]!.text) || bracketedAcronym(ctx.text, ctx.tokens, k))) continue;
        break;
      }
      node = next;
      if (node.names.length > 0) found = { last: k, term: node.names[0]! };
    }
    // Folded, "bắn đạn" is "bán dẫn" and "tuần tra biên" "tuần tra biển": the words as written must be one of the term's names.
    return found && writtenAsTerm(ctx.text, ctx.tokens, i, found.last, found.term) ? found : undefined;
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    if ((ctx.covered[i] && ctx.covered[i - 1] === ctx.covered[i]) || !trie.next.has(ctx.tokens[i]!.folded)) continue;
    const found = longestAt(i);
    const known = ctx.covered[i];
    if (!found || (known && known.lastToken >= found.last)) continue;
    // "phòng, chống tội phạm mạng": what is fought is a term that the first one's last words begin; the field is the whole.
    if (FIGHTING.has(ctx.tokens[i]!.folded)) {
      for (let j = i + 1; j <= found.last; j++) {
        const inner = longestAt(j);
        if (inner && inner.last > found.last) {
          found.last = inner.last;
          break;
        }
      }
    }
    // "Bùi Văn Hòa" is a person, not "văn hóa": a term written in lower case is not read from a capitalised word inside a sentence.
    if (i !== ctx.sentenceStart[i] && isCapitalised(ctx.tokens[i]!.text) && !isAcronym(ctx.tokens[i]!.text) && !capitalised.has(found.term)) continue;
    // "tuần tra chung lần thứ 38", "đợt tuần tra chung": an event that is held, not what is cooperated on.
    const after = ctx.tokens[found.last + 1]?.folded ?? '';
    const course = COURSE_WORDS.has(ctx.tokens[i - 1]?.folded ?? '') && TRAINING_WORDS.has(ctx.tokens[i]!.folded);
    if (after === 'lan' || /^\d/.test(after) || EVENT_CLASSIFIERS.has(ctx.tokens[i - 1]?.folded ?? '') || course) {
      i = found.last;
      continue;
    }
    out.push({ first: i, last: found.last, kind: found.term.kind, rule: 'field-term', score: 0.7 });
    i = found.last;
  }
  return out;
}

/**
 * The last word of the longest term that starts at word `at` and goes on in lower case ("Hỗ trợ nhân đạo và cứu trợ thảm
 * họa" inside "Diễn tập thực địa Hỗ trợ nhân đạo …"), whatever the case of its first word; -1 when none does.
 */
export function fieldTermEndAt(text: string, tokens: Token[], at: number, limit: number): number {
  let node: WordTrie<Term> | undefined = termIndex().trie;
  let found = -1;
  for (let k = at; k < limit; k++) {
    node = node.next.get(tokens[k]!.folded);
    if (!node || (k > at && isCapitalised(tokens[k]!.text))) break;
    if (node.names.length > 0 && writtenAsTerm(text, tokens, at, k, node.names[0]!)) found = k;
  }
  return found;
}

/**
 * An abbreviation in brackets: inside a term, which it only repeats ("illegal, unreported and unregulated (IUU) fishing"), or
 * after a name ("Bharat Electronics Limited (BEL), Bengaluru").
 */
export function bracketedAcronym(text: string, tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  return isAcronym(token.text) && text[token.start - 1] === '(' && text[token.end] === ')';
}
const BRACKETED_ACRONYM = /\(\s*\p{Lu}[\p{Lu}\d-]*\s*\)/gu;

/**
 * Whether the words from `first` to `last`, with their tones, are one of the term's names (wherever the tone mark stands), and
 * no comma or stop parts them that the name does not have ("defence, trade and …" is two fields, not "defence trade"), nor a
 * bracket but one round an abbreviation (not "(IUU) | fishing").
 */
function writtenAsTerm(text: string, tokens: Token[], first: number, last: number, term: Term): boolean {
  const words = tokens.slice(first, last + 1).filter((_, n) => n === 0 || !bracketedAcronym(text, tokens, first + n));
  const key = writtenKey(words);
  const between = text.slice(tokens[first]!.end, tokens[last]!.start).replace(BRACKETED_ACRONYM, ' ');
  if (/[()]/.test(between)) return false;
  const parted = PUNCTUATION.test(between);
  return (termIndex().written.get(term) ?? []).some((name) => (!parted || name.punctuated) && name.key === key);
}

/** The English label of a term as an article writes it, if it is one. */
export function fieldTermEnglish(quote: string): string | undefined {
  return termIndex().byWords.get(wordsOf(quote).join(' '))?.en[0];
}
