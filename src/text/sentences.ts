/**
 * Sentences with their offsets, from the platform's Unicode segmenter. It breaks after
 * abbreviations such as "TP.", "PGS.TS." or "U.S."; those breaks are joined back.
 */
export type Span = { start: number; end: number };

/** A sentence that ends in a short dotted abbreviation does not really end there. */
const ABBREVIATION_END = /(?:^|[\s(])(?:(?:\p{Lu}{1,4}|ThS|Mr|Mrs|Ms|Dr|St)\.)+\s*$/u;

export function splitSentences(text: string): Span[] {
  const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const previous = spans.at(-1);
    const end = index + segment.length;
    if (previous && ABBREVIATION_END.test(text.slice(previous.start, previous.end)) && !/\n\s*$/.test(text.slice(previous.start, previous.end))) {
      previous.end = end;
    } else {
      spans.push({ start: index, end });
    }
  }
  return spans.map(trimSpan(text)).filter((s) => s.end > s.start);
}

function trimSpan(text: string) {
  return ({ start, end }: Span): Span => {
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    return { start, end };
  };
}
