/**
 * The existing entities a new name most resembles, so that a reviewer merges instead of creating
 * a duplicate: word overlap (Jaccard) between the name and each label or alias, through an
 * inverted index so only entities sharing a meaningful word are compared.
 */
import type { Entity } from '../model/schema';
import { tokenize, type Token } from '../text/tokens';
import type { Similar } from './types';
import { isCompound } from './compounds';
import { FUNCTION_WORDS } from './wordLists';

export type SimilarityIndex = { byWord: Map<string, Set<string>>; names: Map<string, string[][]> };

/** The words of a name that carry meaning: grammar words say nothing about which entity it is. */
export const meaningful = (words: string[]) => words.filter((w) => !FUNCTION_WORDS.has(w));

/**
 * A name's meaningful words in lower case with their diacritics: folded, "Ấn" (Độ) would be the
 * "an" of "an ninh", and a reviewer would be offered cyber security for India. Two syllables that
 * are one Vietnamese word are one: "Chương trình" shares nothing with "Hiến chương".
 */
function wordsOf(tokens: Token[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (FUNCTION_WORDS.has(tokens[i]!.folded)) continue;
    const next = tokens[i + 1];
    if (next && isCompound(tokens[i]!.text, next.text)) {
      words.push(`${tokens[i]!.text} ${next.text}`.toLowerCase());
      i++;
    } else words.push(tokens[i]!.text.toLowerCase());
  }
  return words;
}

export function buildSimilarityIndex(entities: Entity[], tokensOf: (name: string) => Token[] = tokenize): SimilarityIndex {
  const byWord = new Map<string, Set<string>>();
  const names = new Map<string, string[][]>();
  for (const entity of entities) {
    const all = [entity.labels.vi, entity.labels.en, ...entity.aliases].map((n) => wordsOf(tokensOf(n)));
    names.set(entity.id, all);
    for (const word of new Set(all.flat())) {
      const set = byWord.get(word) ?? new Set<string>();
      set.add(entity.id);
      byWord.set(word, set);
    }
  }
  return { byWord, names };
}

export function jaccard(a: Set<string>, b: string[]): number {
  const bs = new Set(b);
  let shared = 0;
  for (const w of a) if (bs.has(w)) shared++;
  return shared === 0 ? 0 : shared / (a.size + bs.size - shared);
}

/**
 * The entities most like a new name, by the closest of its names: the words of the article, and its English label when it
 * has one of its own ("cứu hộ cứu nạn" is "search and rescue", the English name of a known domain).
 */
export function similarEntities(index: SimilarityIndex, names: string | (string | undefined)[], limit = 3, threshold = 0.3): Similar[] {
  const best = new Map<string, Similar>();
  for (const name of typeof names === 'string' ? [names] : names) {
    if (name === undefined) continue;
    for (const found of similarTo(index, name, threshold)) if (found.score > (best.get(found.entity)?.score ?? 0)) best.set(found.entity, found);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entity.localeCompare(b.entity)).slice(0, limit);
}

function similarTo(index: SimilarityIndex, name: string, threshold: number): Similar[] {
  const words = new Set(wordsOf(tokenize(name)));
  const seen = new Set<string>();
  for (const word of words) for (const id of index.byWord.get(word) ?? []) seen.add(id);
  const scored: Similar[] = [];
  for (const id of seen) {
    const names = index.names.get(id) ?? [];
    const scores = names.map((n) => jaccard(words, n));
    const score = Math.max(...scores);
    if (score < threshold) continue;
    // The reason a reviewer reads: the words the new name shares with the entity's closest name.
    const closest = new Set(names[scores.indexOf(score)]);
    scored.push({ entity: id, score: Math.round(score * 100) / 100, shared: [...words].filter((w) => closest.has(w)) });
  }
  return scored;
}

/** Why a new name was found like an entity, as a reviewer reads it: “cùng có “hợp tác”, “quốc phòng”” / “shares …”. */
export function sharedWordsPhrase(similar: Similar, lang: 'vi' | 'en'): string {
  if (!similar.shared?.length) return '';
  const words = similar.shared.map((w) => `“${w}”`).join(', ');
  return lang === 'vi' ? `cùng có ${words}` : `shares ${words}`;
}
