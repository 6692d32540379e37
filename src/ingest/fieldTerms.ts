/**
 * Terms of the field written in lower case ("an ninh hàng hải", "humanitarian assistance and
 * disaster relief"), kept as data in data/field-terms.json: found in an article, each is a new
 * entity of its kind with the whole term as its name, whatever list or clause it stands in.
 */
import { z } from 'zod';
import { foldedWords, type Token } from '../text/tokens';
import { CURATED_KIND_IDS } from '../model/vocabulary';
import data from './data/field-terms.json';
import { wordTrie, type WordTrie } from './tokenIndexes';
import type { CuratedKind, RawCandidate } from './types';

const termsSchema = z.object({
  about: z.string(),
  terms: z.array(z.strictObject({ kind: z.enum(CURATED_KIND_IDS), vi: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) })),
});
type Term = { kind: CuratedKind; vi: string[]; en: string[] };

/** A plural marker between a term's words is no part of it: "giải quyết các tranh chấp", "the centrality of the ASEAN". */
const SKIPPED = new Set(['cac', 'nhung', 'the']);
const wordsOf = (name: string) => foldedWords(name).filter((w) => !SKIPPED.has(w));

/** Words that make a term an event: "đợt tuần tra chung", "cuộc diễn tập chung". */
const EVENT_CLASSIFIERS = new Set(['cuoc', 'dot', 'chuyen', 'buoi', 'le']);

let index: { trie: WordTrie<Term>; byWords: Map<string, Term> } | undefined;

function termIndex() {
  if (index) return index;
  const terms: Term[] = termsSchema.parse(data).terms;
  const names = terms.flatMap((term) => [...term.vi, ...term.en].map((name) => ({ name: term, words: wordsOf(name) })));
  index = { trie: wordTrie(names), byWords: new Map(names.map((n) => [n.words.join(' '), n.name])) };
  return index;
}

/**
 * The longest term at each place, left to right, inside one sentence. A name the graph knows may stand
 * inside it ("vai trò trung tâm của ASEAN") or begin it ("đào tạo | ngoại ngữ"): the longer term is more
 * exact; a known name as long or longer wins.
 */
export function fieldTermRanges(ctx: { tokens: Token[]; sentenceStart: number[]; covered: ({ lastToken: number } | undefined)[] }): RawCandidate[] {
  const { trie } = termIndex();
  const out: RawCandidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if ((ctx.covered[i] && ctx.covered[i - 1] === ctx.covered[i]) || !trie.next.has(ctx.tokens[i]!.folded)) continue;
    let node: WordTrie<Term> | undefined = trie;
    let found: { last: number; term: Term } | undefined;
    for (let k = i; k < ctx.tokens.length && ctx.sentenceStart[k] === ctx.sentenceStart[i]; k++) {
      const word = ctx.tokens[k]!.folded;
      const next: WordTrie<Term> | undefined = node.next.get(word);
      if (!next) {
        if (k > i && SKIPPED.has(word)) continue;
        break;
      }
      node = next;
      if (node.names.length > 0) found = { last: k, term: node.names[0]! };
    }
    const known = ctx.covered[i];
    if (!found || (known && known.lastToken >= found.last)) continue;
    // "tuần tra chung lần thứ 38", "đợt tuần tra chung": an event that is held, not what is cooperated on.
    const after = ctx.tokens[found.last + 1]?.folded ?? '';
    if (after === 'lan' || /^\d/.test(after) || EVENT_CLASSIFIERS.has(ctx.tokens[i - 1]?.folded ?? '')) {
      i = found.last;
      continue;
    }
    out.push({ first: i, last: found.last, kind: found.term.kind, rule: 'field-term', score: 0.7 });
    i = found.last;
  }
  return out;
}

/** The English label of a term as an article writes it, if it is one. */
export function fieldTermEnglish(quote: string): string | undefined {
  return termIndex().byWords.get(wordsOf(quote).join(' '))?.en[0];
}
