/**
 * Sentences with their offsets, from the platform's Unicode segmenter. It breaks after
 * abbreviations such as "TP.", "PGS.TS." or "U.S."; those breaks are joined back.
 */
import { SHORT_GIVEN_NAMES, SHORT_TITLES, written } from './abbreviations';

export type Span = { start: number; end: number };

/**
 * V8's segmenter (Node 20) spends time in proportion to the whole string on every sentence it
 * yields, so one pass over an article is quadratic: 20,000 short sentences took 28 s. It is
 * handed windows of about this many characters instead, which keeps the whole linear.
 */
const WINDOW = 1024;

export function splitSentences(text: string, window = WINDOW): Span[] {
  const segmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });
  const spans: Span[] = [];
  let start = 0;
  for (const end of sentenceEnds(text, segmenter, window)) {
    const previous = spans.at(-1);
    const joins = previous && !endsWithLineBreak(text, previous.start, previous.end) && (endsWithAbbreviation(text, previous.start, previous.end) || (NUMBERED_ABBREVIATION.test(text.slice(Math.max(previous.start, previous.end - 8), previous.end)) && /^\s*\d/.test(text.slice(start, end))));
    if (previous && joins) {
      previous.end = end;
    } else {
      spans.push({ start, end });
    }
    start = end;
  }
  return spans.map(trimSpan(text)).filter((s) => s.end > s.start);
}

/** The index of the sentence of `spans` (in order, not overlapping) that holds `offset`, or -1: found by halving, not by a scan. */
export function sentenceContaining(spans: Span[], offset: number): number {
  let [low, high] = [0, spans.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * Where the segmenter ends each sentence, read window by window, exactly as one pass over the
 * whole text would. A line feed always ends a sentence (UAX #29, rule SB4), so a window that
 * stops after one is read whole. Elsewhere the window's edge may have cut the look-ahead that
 * decides its last break, so that one is read again with the next window; every break before
 * it is followed, within the window, by a sentence terminator, which ends any look-ahead.
 * A window with no sure break is doubled: a long run without one is still read in linear time.
 */
function* sentenceEnds(text: string, segmenter: Intl.Segmenter, window: number): Generator<number> {
  let from = 0;
  let size = window;
  while (from < text.length) {
    let to = Math.min(text.length, from + size);
    const lineEnd = to < text.length ? text.slice(from, to).lastIndexOf('\n') : -1;
    if (lineEnd >= 0) to = from + lineEnd + 1;
    const ends: number[] = [];
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) ends.push(from + index + segment.length);
    if (to === text.length || lineEnd >= 0) {
      yield* ends;
      from = to;
    } else if (ends.length >= 3) {
      const sure = ends.slice(0, -2);
      yield* sure;
      from = sure.at(-1) as number;
    } else {
      size *= 2;
      continue;
    }
    size = window;
  }
}

/** One unit of a dotted abbreviation: "TP", "PGS", "U", a title or a rank such as "Mr", "Smt.", "Lt. Gen.", a short given name ("Ma."). */
const ABBREVIATION_UNIT = new RegExp(`^(?:\\p{Lu}{1,4}|ThS|Mr|Mrs|Ms|Dr|St|Smt|Shri|${[...SHORT_GIVEN_NAMES, ...SHORT_TITLES.map(written)].join('|')})$`, 'u');
const SPACE = /\s/u;
/** An abbreviation a number follows: "Engineering Unit No. 3", "ASTANA, Oct. 2 —", "Art. 5". */
const NUMBERED_ABBREVIATION = /(?:^|[\s(])(?:No|Nos|Art|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;

/**
 * Whether text[start, end) ends in a short dotted abbreviation ("… TP. ", "(U.S.") that
 * stands at its start or after a space or "(": read backwards from the end, so the cost is
 * that of the abbreviation, not of the sentence (joined sentences grow).
 */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && SPACE.test(text[i - 1] as string)) i--;
  for (;;) {
    if (i <= start || text[i - 1] !== '.') return false;
    let unitStart = i - 1;
    while (unitStart > start && !/[.(]/.test(text[unitStart - 1] as string) && !SPACE.test(text[unitStart - 1] as string)) unitStart--;
    if (!ABBREVIATION_UNIT.test(text.slice(unitStart, i - 1))) return false;
    if (unitStart === start || text[unitStart - 1] !== '.') return true;
    i = unitStart;
  }
}

/** Whether the spaces that end text[start, end) hold a line break: a heading's abbreviation does not run on. */
function endsWithLineBreak(text: string, start: number, end: number): boolean {
  for (let i = end; i > start && SPACE.test(text[i - 1] as string); i--) if (text[i - 1] === '\n') return true;
  return false;
}

function trimSpan(text: string) {
  return ({ start, end }: Span): Span => {
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    return { start, end };
  };
}
