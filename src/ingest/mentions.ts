/** Mentions of entities the graph already knows: longest name first, left to right, no overlaps. */
import type { Token } from '../text/tokens';
import type { Mention } from './types';
import { matchAt, type VocabularyIndex } from './vocabularyIndex';

export type TokenMention = Mention & { firstToken: number; lastToken: number };

export function findKnownMentions(text: string, tokens: Token[], index: VocabularyIndex): TokenMention[] {
  const mentions: TokenMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const entry = matchAt(index, tokens, i, text);
    if (!entry) {
      i++;
      continue;
    }
    const last = i + entry.length - 1;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    mentions.push({ start, end, quote: text.slice(start, end), entity: entry.entity, method: entry.method, firstToken: i, lastToken: last });
    i = last + 1;
  }
  return mentions;
}
