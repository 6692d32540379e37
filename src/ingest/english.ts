/**
 * What wink-nlp (with its English lite model, shipped in the package: nothing is downloaded)
 * says about the words of an English article: each word's part of speech and whether it belongs
 * to a date. The name rules read it so that a capitalised word that is not a proper noun ("The",
 * "Both", "Opening") or a date ("Monday", "April") does not start or end a name.
 */
import winkNLP, { type ItemEntity, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../text/tokens';

export type EnglishWords = {
  /** Part of speech of each of our tokens (PROPN, NOUN, DET …), '' where wink saw none. */
  pos: string[];
  /** Whether each token is part of a date or a time ("Monday", "19 August 2025"). */
  date: boolean[];
};

let nlp: ReturnType<typeof winkNLP> | undefined;

export function readEnglish(text: string, tokens: Token[]): EnglishWords {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink keeps no offsets: find its tokens in the text, in order, and map them onto ours by position.
  const posAt = new Map<number, string>();
  const starts: number[] = [];
  let at = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, at);
    if (found < 0) {
      starts.push(-1);
      return;
    }
    starts.push(found);
    posAt.set(found, tags[i] ?? '');
    at = found + value.length;
  });
  const dateStarts = new Set<number>();
  doc.entities().each((entity: ItemEntity) => {
    const detail = entity.out(its.detail) as { type: string };
    if (detail.type !== 'DATE' && detail.type !== 'TIME') return;
    entity.tokens().each((token: ItemToken) => {
      const start = starts[token.index()];
      if (start !== undefined && start >= 0) dateStarts.add(start);
    });
  });
  return { pos: tokens.map((t) => posAt.get(t.start) ?? ''), date: tokens.map((t) => dateStarts.has(t.start)) };
}
