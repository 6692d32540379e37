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
  entity: string;
  method: 'label' | 'alias' | 'short-form';
};

export type VocabularyIndex = {
  byFirstWord: Map<string, VocabularyEntry[]>;
  kinds: Map<string, Kind>;
  entities: Map<string, Entity>;
};

/** Words that open a description rather than a name: "Các Phái đoàn EU" is known as "Phái đoàn EU" too. */
const LEADING_DETERMINERS = new Set(['cac', 'nhung', 'the', 'ong', 'ba']);
/** Where a long official name narrows to the short form the corpus also uses. */
const QUALIFIER_WORDS = new Set(['của', 'về', 'of', 'for', 'on']);

function entryWords(name: string): { words: string[]; exact?: string[]; single?: string } | undefined {
  const tokens = tokenize(name);
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

export function buildVocabularyIndex(entities: Entity[]): VocabularyIndex {
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
      ...entity.aliases.map((a): [string, 'alias'] => [a, 'alias']),
    ];
    for (const [name, method] of names) {
      const words = entryWords(name);
      if (words) add({ ...words, entity: entity.id, method });
    }
  }
  // Short forms only where no full name already claims them, and only when one entity yields them.
  const shortByKey = new Map<string, VocabularyEntry[]>();
  for (const entity of entities) {
    for (const name of [entity.labels.vi, entity.labels.en, ...entity.aliases]) {
      for (const words of shortForms(tokenize(name))) {
        const key = keyOf(words);
        if (byKey.has(key)) continue;
        const list = shortByKey.get(key) ?? [];
        if (!list.some((e) => e.entity === entity.id)) list.push({ words, entity: entity.id, method: 'short-form' });
        shortByKey.set(key, list);
      }
    }
  }
  for (const [key, list] of shortByKey) if (list.length === 1) byKey.set(key, list);

  const byFirstWord = new Map<string, VocabularyEntry[]>();
  for (const list of byKey.values()) {
    // A name two entities share is ambiguous: proposing either would be a guess.
    if (new Set(list.map((e) => e.entity)).size !== 1) continue;
    const entry = list[0]!;
    const first = entry.words[0]!;
    const bucket = byFirstWord.get(first) ?? [];
    bucket.push(entry);
    byFirstWord.set(first, bucket);
  }
  for (const bucket of byFirstWord.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return {
    byFirstWord,
    kinds: new Map(entities.map((e) => [e.id, e.kind as Kind])),
    entities: new Map(entities.map((e) => [e.id, e])),
  };
}

/** The longest entry that matches the words from `at`, or undefined. */
export function matchAt(index: VocabularyIndex, tokens: Token[], at: number, text: string): VocabularyEntry | undefined {
  const first = tokens[at]!;
  for (const entry of index.byFirstWord.get(first.folded) ?? []) {
    const n = entry.words.length;
    if (at + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const token = tokens[at + k]!;
      ok = entry.exact
        ? token.text === entry.exact[k]
        : entry.single
          ? isCapitalised(token.text) && token.text.toLowerCase() === entry.single
          : token.folded === entry.words[k];
      // The words of one name stand in one clause: no sentence or clause break between them.
      if (ok && k > 0 && /[.;:!?()\n]/.test(text.slice(tokens[at + k - 1]!.end, token.start))) ok = false;
    }
    if (ok) return entry;
  }
  return undefined;
}
