/**
 * The graph's own vocabulary as a matcher: every label and alias of every entity, in both
 * languages, as a sequence of folded words, indexed by its first word so that matching an
 * article costs a look-up per word, however large the graph.
 */
import type { Entity } from '../model/schema';
import type { CuratedKind as Kind } from './types';
import { tokenize, isAcronym, isCapitalised, type Token } from '../text/tokens';

export type VocabularyEntry = {
  words: string[];
  /** Acronyms match as written (EU is not "eu" in a sentence). */
  exact?: string[];
  /**
   * A one-word name ("Bỉ") matches only capitalised and with its own diacritics: folded, it
   * would also be "bị", a passive marker.
   */
  single?: string;
  /** A domain's one English word in lower case ("training", "piracy"): a common noun, it matches as written in lower case too. */
  commonNoun?: true;
  entity: string;
  method: 'label' | 'alias' | 'short-form';
};

/** Names as a trie of folded words: matching walks it word by word, whatever the vocabulary's size. */
type TrieNode = { next: Map<string, TrieNode>; entries: VocabularyEntry[] };

export type VocabularyIndex = {
  trie: TrieNode;
  kinds: Map<string, Kind>;
  entities: Map<string, Entity>;
  /** The most words a name has: a longer run of words names no known entity. */
  longest: number;
};

/** Words that open a description rather than a name: "Các Phái đoàn EU" is known as "Phái đoàn EU" too. */
const LEADING_DETERMINERS = new Set(['cac', 'nhung', 'the', 'ong', 'ba']);
/** Where a long official name narrows to the short form the corpus also uses. */
export const QUALIFIER_WORDS = new Set(['của', 'về', 'of', 'for', 'on']);

function entryWords(tokens: Token[]): { words: string[]; exact?: string[]; single?: string } | undefined {
  if (tokens.length === 0) return undefined;
  const words = tokens.map((t) => t.folded);
  if (tokens.every((t) => isAcronym(t.text))) return { words, exact: tokens.map((t) => t.text) };
  return tokens.length === 1 ? { words, single: tokens[0]!.text.toLowerCase() } : { words };
}

/** Shorter names a long one is also known by: without its determiner, or cut before "của / về / of". */
function shortForms(tokens: Token[]): string[][] {
  const forms: string[][] = [];
  const words = tokens.map((t) => t.folded);
  if (words.length >= 3 && LEADING_DETERMINERS.has(words[0]!)) forms.push(words.slice(1));
  // Compared as written: folded, the English "on" would also catch the Vietnamese "ổn".
  const cut = tokens.findIndex((t, i) => i >= 2 && QUALIFIER_WORDS.has(t.text.toLowerCase()));
  if (cut > 0) forms.push(words.slice(LEADING_DETERMINERS.has(words[0]!) ? 1 : 0, cut));
  // A short form must keep a proper-name part: "Chiến lược Toàn cầu", not "Hiệp định" or "Hiệp định khung".
  const capitalised = new Set(tokens.slice(1).filter((t) => isCapitalised(t.text)).map((t) => t.folded));
  return forms.filter((f) => f.length >= 2 && f.slice(1).some((w) => capitalised.has(w)));
}

const keyOf = (words: string[]) => words.join(' ');

/** An organisation's short and long names, which a text uses in one another's place: "UN Security Council", "United Nations Security Council". */
/** Each language's own: "EU Global Strategy" is no "Liên minh châu Âu Global Strategy". */
const ORGANISATION_FORMS: { vi: string[][]; en: string[][] } = {
  en: [
    ['UN', 'U.N.', 'United Nations'],
    ['EU', 'European Union'],
    ['AU', 'African Union'],
    ['US', 'U.S.', 'United States'],
  ],
  vi: [
    ['LHQ', 'Liên Hợp Quốc'],
    ['EU', 'Liên minh châu Âu'],
  ],
};

/** Each form found as a whole word: after a space or a dash, or at the start. */
const patterns = (groups: string[][]) => groups.map((forms) => forms.map((form) => ({ form, at: new RegExp(`(^|[\\s–-])${form.replace(/\./g, '\\.')}(?=$|[\\s–-])`, 'u') })));
const ORGANISATION_PATTERNS = { vi: patterns(ORGANISATION_FORMS.vi), en: patterns(ORGANISATION_FORMS.en) };
/** A name with a Vietnamese letter is written in Vietnamese. */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/** A name with an organisation inside it, written with that organisation's other names ("UN Charter" → "United Nations Charter", "U.N. Charter"). */
function otherForms(name: string): string[] {
  const out: string[] = [];
  for (const forms of ORGANISATION_PATTERNS[VIETNAMESE_LETTER.test(name) ? 'vi' : 'en']) {
    for (const { form, at } of forms) {
      if (name === form || !at.test(name)) continue;
      for (const other of forms) if (other.form !== form) out.push(name.replace(at, `$1${other.form}`));
    }
  }
  return out;
}

/** Kinds a common noun refers to only inside one article: "hội kiến", "the agreement". */
const REFERRED_KINDS = new Set(['event', 'agreement', 'partnership']);

/** `tokensOf` lets a caller that reads the same names again share one tokenisation. */
export function buildVocabularyIndex(entities: Entity[], tokensOf: (name: string) => Token[] = tokenize): VocabularyIndex {
  const byKey = new Map<string, VocabularyEntry[]>();
  const add = (entry: VocabularyEntry) => {
    const key = keyOf(entry.exact ?? entry.words);
    const list = byKey.get(key) ?? [];
    if (!list.some((e) => e.entity === entry.entity)) list.push(entry);
    byKey.set(key, list);
  };
  for (const entity of entities) {
    const names: [string, 'label' | 'alias'][] = [
      [entity.labels.vi, 'label'],
      [entity.labels.en, 'label'],
      // "hội kiến", "buổi hội kiến" for one meeting: a common noun says which event only in the article it came from,
      // where the article's own references read it; elsewhere it is every other meeting.
      ...entity.aliases.filter((a) => !(REFERRED_KINDS.has(entity.kind) && !/\p{Lu}/u.test(a))).map((a): [string, 'alias'] => [a, 'alias']),
    ];
    // "United Nations Convention on the Law of the Sea (1982)", "Công ước … về Luật Biển năm 1982": articles name a convention
    // or an agreement without its year too.
    // Not a meeting's: "ASEAN Defence Ministers' Meeting 2024" is no other year's meeting.
    for (const [name] of names.filter(([, method]) => method === 'label' && (entity.kind === 'framework' || entity.kind === 'agreement'))) {
      const bare = name.replace(/\s*\((?:19|20)\d{2}\)$|\s+(?:năm\s+)?(?:19|20)\d{2}$/u, '');
      if (bare !== name && bare.split(' ').length >= 3) names.push([bare, 'alias']);
    }
    for (const [name, method] of names) {
      const words = entryWords(tokensOf(name));
      const commonNoun = entity.kind === 'domain' && words?.single !== undefined && /^[a-z]{5,}$/.test(name) ? { commonNoun: true as const } : {};
      if (words) add({ ...words, ...commonNoun, entity: entity.id, method });
      for (const other of otherForms(name)) {
        const otherWords = entryWords(tokensOf(other));
        if (otherWords) add({ ...otherWords, entity: entity.id, method: 'alias' });
      }
    }
  }
  // Short forms only where no full name already claims them, and only when one entity yields them.
  const shortByKey = new Map<string, VocabularyEntry[]>();
  for (const entity of entities) {
    for (const name of [entity.labels.vi, entity.labels.en, ...entity.aliases]) {
      for (const words of shortForms(tokensOf(name))) {
        const key = keyOf(words);
        if (byKey.has(key)) continue;
        const list = shortByKey.get(key) ?? [];
        if (!list.some((e) => e.entity === entity.id)) list.push({ words, entity: entity.id, method: 'short-form' });
        shortByKey.set(key, list);
      }
    }
  }
  for (const [key, list] of shortByKey) if (list.length === 1) byKey.set(key, list);

  const trie: TrieNode = { next: new Map(), entries: [] };
  let longest = 0;
  for (const list of byKey.values()) {
    // A name two entities share is ambiguous: proposing either would be a guess.
    if (new Set(list.map((e) => e.entity)).size !== 1) continue;
    const entry = list[0]!;
    let node = trie;
    for (const word of entry.words) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), entries: [] }));
      node = child;
    }
    node.entries.push(entry);
    longest = Math.max(longest, entry.words.length);
  }
  return {
    trie,
    longest,
    kinds: new Map(entities.map((e) => [e.id, e.kind as Kind])),
    entities: new Map(entities.map((e) => [e.id, e])),
  };
}

/** Words after which a lower-case common noun still stands on its own: "training for troops", "stability in South-East Asia". */
const AFTER_NOUN = new Set(['for', 'of', 'and', 'or', 'to', 'with', 'at', 'by', 'as', 'from', 'since', 'under', 'in', 'on', 'across', 'among']);
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * Whether a domain's one lower-case English word stands as its name at `at`: not before another noun it
 * qualifies ("a training vessel"), nor heading the list of lower-case topics the rules read after it
 * ("training in counter-terrorism, the protection of civilians …"; "stability in the region" stands).
 */
function commonNounStands(text: string, tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || /[^\s]/.test(text.slice(tokens[at]!.end, next.start))) return true;
  if (!AFTER_NOUN.has(next.text)) return isCapitalised(next.text);
  const after = tokens[at + 2];
  return !['in', 'on'].includes(next.text) || after === undefined || isCapitalised(after.text) || ARTICLES.has(after.text);
}

function accepts(entry: VocabularyEntry, tokens: Token[], at: number, text: string): boolean {
  if (entry.exact) return entry.exact.every((word, k) => tokens[at + k]!.text === word);
  if (entry.single) return (isCapitalised(tokens[at]!.text) || (entry.commonNoun === true && commonNounStands(text, tokens, at))) && tokens[at]!.text.toLowerCase() === entry.single;
  return true;
}

/** Words a name may be written with or without: a plural marker inside it ("giải quyết các tranh chấp"). */
const OPTIONAL_INSIDE = new Set(['cac', 'nhung', 'the']);
/** Words a comma may stand for: "hòa bình, ổn định" is "hòa bình và ổn định". */
const COMMA_FOR = ['va', 'and'];

/**
 * The longest entry that matches the words from `at`, and how many words of the text it takes
 * (more than its own where the text adds a plural marker), or undefined.
 */
export function matchAt(index: VocabularyIndex, tokens: Token[], at: number, text: string): (VocabularyEntry & { length: number }) | undefined {
  let node: TrieNode | undefined = index.trie;
  let found: VocabularyEntry | undefined;
  let length = 0;
  for (let k = at; k < tokens.length; k++) {
    const gap = k > at ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '';
    // The words of one name stand in one clause: no sentence or clause break between them.
    if (/[.;:!?()\n]/.test(gap)) break;
    const word = tokens[k]!.folded;
    let next: TrieNode | undefined = node.next.get(word);
    if (!next && k > at && /,/.test(gap)) {
      const joiner = COMMA_FOR.map((w) => node!.next.get(w)).find((n) => n?.next.has(word));
      next = joiner?.next.get(word);
    }
    if (!next && k > at && OPTIONAL_INSIDE.has(word) && k + 1 < tokens.length) continue;
    if (!next) break;
    node = next;
    const entry = node.entries.find((e) => accepts(e, tokens, at, text));
    if (entry) [found, length] = [entry, k - at + 1];
  }
  return found && { ...found, length };
}
