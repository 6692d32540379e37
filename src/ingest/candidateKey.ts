/**
 * A candidate's key, on its own: the review page and the CLI's review commands name a new entity by it without the
 * proposer (whose rules, word lists and English tagger would otherwise ship in the review page's bundle).
 */
import { isReservedId } from '../model/ids';
import { foldedWords } from '../text/tokens';

/** A candidate's key: its name in ASCII, also the id it would get (never one the graph cannot hold, such as "constructor"). */
export function candidateKey(label: string): string {
  const key =
    foldedWords(label)
      .join('-')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'entity';
  return isReservedId(key) ? `${key}-entity` : key;
}
