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
  const date = tokens.map((t) => dateStarts.has(t.start));
  // "Pham Thu Hang", "Le Thi Thu Ha": a short weekday or month between two capitalised words of a name, with no date around it, is
  // a syllable of the name.
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text);
  const spaced = (a: Token, b: Token) => text.slice(a.end, b.start) === ' ';
  tokens.forEach((t, i) => {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (date[i] && t.text.length <= 3 && !date[i - 1] && !date[i + 1] && capital(before) && capital(after) && spaced(before!, t) && spaced(t, after!)) date[i] = false;
  });
  return { pos: tokens.map((t) => posAt.get(t.start) ?? ''), date };
}
