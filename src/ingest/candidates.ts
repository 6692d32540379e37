/**
 * New entities an article brings: names the graph does not know yet, found by rules over
 * Vietnamese text. Each rule marks a token range; where ranges overlap, the surer rule wins.
 */
import type { CuratedKind as Kind } from './types';
import { isAcronym, isCapitalised, type Token } from '../text/tokens';
import type { CandidateRule } from './types';
import type { TokenMention } from './mentions';
import { isTriggerAt } from './relationRules';
import { joined, phraseAt } from './tokenSpans';
import {
  CLAUSE_OPENERS,
  DOMAIN_LIST_TRIGGERS,
  FUNCTION_WORDS,
  ITEM_LEADERS,
  NAME_HEADS,
  SENTENCE_OPENERS,
} from './wordLists';

export type RawCandidate = { first: number; last: number; kind: Kind; rule: CandidateRule; score: number; acronym?: string; person?: boolean };

type Context = {
  text: string;
  tokens: Token[];
  /** For each token, the index of the first token of its sentence. */
  sentenceStart: number[];
  /** For each token, one past the last token of its sentence. */
  sentenceEnd: number[];
  /** For each token, the known mention covering it, if any. */
  covered: (TokenMention | undefined)[];
  headKinds: Map<string, Kind>;
  domainBigrams: Set<string>;
  /** The kind of the known entity mentioned at a token, if any. */
  knownKind: (token: number) => Kind | undefined;
};

const RULE_RANK: Record<CandidateRule, number> = {
  'acronym-definition': 5,
  'name-head': 4,
  'quoted-name': 3,
  'domain-list': 2,
  'domain-phrase': 2,
  'capitalised-run': 1,
};

function headAt(ctx: Context, at: number): [number, Kind] | undefined {
  for (const [phrase, kind] of NAME_HEADS) {
    if (phraseAt(ctx.text, ctx.tokens, at, phrase)) return [phrase.split(' ').length, ctx.headKinds.get(phrase) ?? kind];
  }
  return undefined;
}

const cap = (ctx: Context, i: number) => isCapitalised(ctx.tokens[i]!.text);
const folded = (ctx: Context, i: number) => ctx.tokens[i]?.folded ?? '';

/** Lower-case words that join the parts of a name: "Hiệp định khung về Quan hệ …", "… của Việt Nam". */
const CONNECTORS = new Set(['về', 'của', 'giữa', 'cho', 'và', 'với']);

/**
 * Where a name that starts with a head ends. Capitalised words continue it; lower-case words do
 * when they lead to another capitalised word right after the head or through a connector; one
 * lower-case syllable completes a word whose first syllable is capitalised ("Bảo hộ", "Hội nhập").
 */
function extendName(ctx: Context, afterHead: number, limit: number): number {
  let end = afterHead;
  for (;;) {
    const next = end + 1;
    if (next >= limit || !joined(ctx.text, ctx.tokens, end)) return end;
    if (folded(ctx, next) === 'va' && headAt(ctx, next + 1)) return end;
    if (cap(ctx, next)) {
      // A known name inside a new one is taken whole: "Thỏa thuận Đối tác An ninh và Phòng thủ".
      end = ctx.covered[next]?.lastToken ?? next;
      continue;
    }
    let k = next;
    while (k < limit && k - next < 4 && !cap(ctx, k) && joined(ctx.text, ctx.tokens, k)) k++;
    const lastLower = ctx.tokens[k - 1]!.text.toLowerCase();
    // Grammar words inside a name are only its connectors: "Thỏa thuận được Đại diện …" is a clause.
    let grammatical = false;
    for (let w = next; w < k; w++) grammatical ||= FUNCTION_WORDS.has(folded(ctx, w)) && !CONNECTORS.has(ctx.tokens[w]!.text.toLowerCase());
    // A known name joins a new one only as its owner: "Chiến lược Toàn cầu của Liên minh châu Âu".
    const ownerOnly = ctx.covered[k] !== undefined && !['của', 'giữa'].includes(lastLower);
    // "và" before a known name or another head starts a second name: "… Việt Nam và Liên minh châu Âu".
    const coordination = folded(ctx, k - 1) === 'va' && (headAt(ctx, k) !== undefined || ctx.covered[k] !== undefined);
    if (k < limit && cap(ctx, k) && (end === afterHead || CONNECTORS.has(lastLower) || k - next === 1) && !coordination && !grammatical && !ownerOnly) {
      end = ctx.covered[k]?.lastToken ?? k;
      continue;
    }
    const firstSyllable = cap(ctx, end) && !cap(ctx, end - 1) && !isAcronym(ctx.tokens[end]!.text);
    if (firstSyllable && !FUNCTION_WORDS.has(folded(ctx, next))) {
      end = next;
      continue;
    }
    return end;
  }
}

/**
 * The tokens that lie inside text[start, end): a run of neighbours, found by binary search (an
 * article of many brackets or quotes would otherwise scan every token for each).
 */
function tokensWithin(ctx: Context, start: number, end: number): number[] {
  const found: number[] = [];
  for (let i = firstTokenFrom(ctx, (t) => t.start >= start); i < ctx.tokens.length && ctx.tokens[i]!.end <= end; i++) found.push(i);
  return found;
}

/** The first token that passes a test which, once passed, every later token passes too. */
function firstTokenFrom(ctx: Context, test: (token: Token) => boolean): number {
  let low = 0;
  let high = ctx.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(ctx.tokens[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function acronymDefinitions(ctx: Context, out: RawCandidate[]): void {
  for (const match of ctx.text.matchAll(/\(([^()\n]{2,40})\)/g)) {
    const inner = tokensWithin(ctx, match.index + 1, match.index + match[0].length - 1).map((i) => ctx.tokens[i]!);
    const acronym = inner.at(-1);
    if (!acronym || !isAcronym(acronym.text) || inner.length > 3) continue;
    const j = firstTokenFrom(ctx, (t) => t.end > match.index - 3);
    if (j >= ctx.tokens.length || ctx.tokens[j]!.end > match.index) continue;
    let k = j;
    let lowerRun = 0;
    while (k > ctx.sentenceStart[j]! && joined(ctx.text, ctx.tokens, k - 1) && j - k < 15) {
      lowerRun = cap(ctx, k - 1) ? 0 : lowerRun + 1;
      if (lowerRun > 3) break;
      k--;
    }
    // A name head close before the brackets is where the long form starts ("Hiệp định … (PCA)").
    let headStart = -1;
    for (let h = j; h >= Math.max(ctx.sentenceStart[j]!, j - 25); h--) {
      // The farthest head: "Hiệp định … giữa Việt Nam và Liên minh châu Âu (PCA)" starts at "Hiệp định".
      if (cap(ctx, h) && headAt(ctx, h)) headStart = h;
      if (h > 0 && !joined(ctx.text, ctx.tokens, h - 1)) break;
    }
    let first = headStart >= 0 ? headStart : k;
    while (first <= j && !cap(ctx, first)) first++;
    if (first === ctx.sentenceStart[j] && SENTENCE_OPENERS.has(folded(ctx, first))) first++;
    while (first <= j && !cap(ctx, first)) first++;
    let last = j;
    while (last > first && !cap(ctx, last) && (['vao', 'nam'].includes(folded(ctx, last)) || /^\d+$/.test(folded(ctx, last)))) last--;
    if (first > last) continue;
    const head = headAt(ctx, first);
    out.push({ first, last, kind: head?.[1] ?? 'actor', rule: 'acronym-definition', score: 0.8, acronym: acronym.text });
  }
}

function nameHeads(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const head = headAt(ctx, i);
    if (!head) continue;
    const [length, kind] = head;
    // The press often writes the head in lower case before a capitalised name: "thỏa thuận Đối tác …".
    if (!cap(ctx, i) && !(joined(ctx.text, ctx.tokens, i + length - 1) && cap(ctx, i + length))) continue;
    const afterHead = i + length - 1;
    const limit = ctx.sentenceEnd[i]!;
    const last = extendName(ctx, afterHead, limit);
    // A head alone ("Thỏa thuận", "Bộ") is a reference or a common noun, not a name.
    let hasName = false;
    for (let k = afterHead + 1; k <= last; k++) hasName ||= cap(ctx, k);
    if (!hasName) continue;
    out.push({ first: i, last, kind, rule: 'name-head', score: 0.75 });
    i = last;
  }
}

function quotedNames(ctx: Context, out: RawCandidate[]): void {
  for (const match of ctx.text.matchAll(/[“"«]([^“”"«»\n]{2,80})[”"»]/g)) {
    const start = match.index + 1;
    const end = start + (match[1] ?? '').length;
    const inner = tokensWithin(ctx, start, end);
    if (inner.length === 0 || inner.length > 10 || !cap(ctx, inner[0]!)) continue;
    const first = inner[0]!;
    const last = inner.at(-1)!;
    out.push({ first, last, kind: headAt(ctx, first)?.[1] ?? 'framework', rule: 'quoted-name', score: 0.6 });
  }
}

/**
 * One capitalised word inside a sentence names something (Ukraine, Brussels, Nga) when what
 * follows is punctuation or a grammar word; before a lower-case syllable it is the first half of
 * a title ("Bộ trưởng", "Chủ tịch").
 */
function loneName(ctx: Context, i: number): boolean {
  if (i === ctx.sentenceStart[i] || /[:“"(]\s*$/.test(ctx.text.slice(ctx.tokens[i - 1]?.end ?? 0, ctx.tokens[i]!.start))) return false;
  if (headAt(ctx, i)) return false;
  const next = ctx.tokens[i + 1];
  if (!next || !joined(ctx.text, ctx.tokens, i) || ctx.sentenceStart[i + 1] !== ctx.sentenceStart[i]) return true;
  return FUNCTION_WORDS.has(next.folded);
}

function capitalisedRuns(ctx: Context, out: RawCandidate[]): void {
  const placeEnds = new Set(out.flatMap((c) => (c.kind === 'place' ? [c.last] : [])));
  const push = (candidate: RawCandidate) => {
    out.push(candidate);
    if (candidate.kind === 'place') placeEnds.add(candidate.last);
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!cap(ctx, i)) continue;
    let last = i;
    while (last + 1 < ctx.tokens.length && cap(ctx, last + 1) && /^\s*[–-]?\s*$/.test(ctx.text.slice(ctx.tokens[last]!.end, ctx.tokens[last + 1]!.start))) last++;
    let first = i;
    if (SENTENCE_OPENERS.has(folded(ctx, first))) first++;
    // "châu Á", "châu Á – Thái Bình Dương": a continent is named with a lower-case "châu".
    if (first === i && folded(ctx, i - 1) === 'chau' && !cap(ctx, i - 1) && joined(ctx.text, ctx.tokens, i - 1)) {
      push({ first: i - 1, last, kind: 'place', rule: 'capitalised-run', score: 0.6 });
      i = last;
      continue;
    }
    // A line in capitals ("BÀI VIẾT …") is a header, not a name.
    if (last > first && ctx.tokens.slice(first, last + 1).every((t) => isAcronym(t.text))) {
      i = last;
      continue;
    }
    const bracketed = ctx.text[ctx.tokens[first]!.start - 1] === '(' && ctx.text[ctx.tokens[last]!.end] === ')';
    // "Brussels (Bỉ)": a place named in brackets after a place is where that place lies.
    const placeBefore = bracketed && placeEnds.has(first - 1);
    const lone = first === last && (bracketed ? placeBefore : isAcronym(ctx.tokens[first]!.text) || loneName(ctx, first));
    if (last - first >= 1 || lone) {
      const before = folded(ctx, first - 1);
      const person = !lone && (['ong', 'ba', 'ngai'].includes(before) || ctx.tokens.slice(first, last + 1).every((t) => /^[A-Za-z'-]+$/.test(t.text) && !isAcronym(t.text)));
      const place = ['tai', 'o'].includes(before) || phraseAt(ctx.text, ctx.tokens, first - 2, 'thu do') || placeBefore;
      push({ first, last, kind: place ? 'place' : 'actor', rule: 'capitalised-run', score: lone ? 0.45 : 0.55, person: person && !place });
    }
    i = last;
  }
}

const ONE_SYLLABLE_TAILS = new Set(['mang', 'chung', 'bien', 'moi']);

/** "an ninh mạng", "an ninh hàng hải": security domains named by what they secure. */
function domainPhrases(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i + 2 < ctx.tokens.length; i++) {
    if (!phraseAt(ctx.text, ctx.tokens, i, 'an ninh') || !joined(ctx.text, ctx.tokens, i + 1)) continue;
    const tail = folded(ctx, i + 2);
    if (FUNCTION_WORDS.has(tail) || cap(ctx, i + 2) || /^\d/.test(tail)) continue;
    // Most Vietnamese words have two syllables ("hàng hải", "tập thể"); a few one ("mạng", "chung").
    const second = folded(ctx, i + 3);
    const two =
      ctx.domainBigrams.has(`${tail} ${second}`) ||
      (!ONE_SYLLABLE_TAILS.has(tail) && joined(ctx.text, ctx.tokens, i + 2) && second !== '' && !FUNCTION_WORDS.has(second) && !cap(ctx, i + 3));
    out.push({ first: i, last: i + (two ? 3 : 2), kind: 'domain', rule: 'domain-phrase', score: 0.65 });
  }
}

function listTriggerAt(ctx: Context, i: number): number {
  for (const phrase of DOMAIN_LIST_TRIGGERS) {
    if (!phraseAt(ctx.text, ctx.tokens, i, phrase)) continue;
    const n = phrase.split(' ').length;
    const after = ctx.text.slice(ctx.tokens[i + n - 1]!.end, ctx.tokens[i + n]?.start ?? ctx.text.length);
    if (phrase === 'nhu' && !after.includes(':')) continue;
    return n;
  }
  return 0;
}

/**
 * Items of a list after "trong các lĩnh vực như", "bao gồm", "như:": split at commas; the list
 * ends at the clause's end, at a word that opens a new clause, or at an item that holds a
 * relation's trigger (a clause, not a name). Only a list that runs to its clause's end has its
 * last item split at "và" ("…, tội phạm có tổ chức và buôn lậu").
 */
function domainListItems(ctx: Context, from: number): [number, number][] {
  const items: [number, number][] = [];
  // A list trigger that ends the article ("… bao gồm") has no items.
  if (from >= ctx.tokens.length) return items;
  const limit = ctx.sentenceEnd[from]!;
  const at = (i: number) => (phrase: string) => phraseAt(ctx.text, ctx.tokens, i, phrase);
  const clauseInside = (i: number) => isTriggerAt(at(i), ['covers', 'supports']) || CLAUSE_OPENERS.some(at(i));
  let start = from;
  let natural = false;
  while (start < limit) {
    let end = start;
    while (end + 1 < limit && !/[,;:.()]/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]!.start))) end++;
    let first = start;
    while (first <= end && ITEM_LEADERS.has(ctx.tokens[first]!.folded)) first++;
    if (first > end || CLAUSE_OPENERS.some(at(first)) || isTriggerAt(at(first))) break;
    let clause = false;
    for (let k = first + 1; k <= end && !clause; k++) clause = clauseInside(k);
    if (clause) break;
    items.push([first, end]);
    const separator = ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]?.start ?? ctx.text.length);
    if (/[;.]/.test(separator) || end + 1 >= limit) {
      natural = true;
      break;
    }
    if (/[:()]/.test(separator)) break;
    start = end + 1;
  }
  const last = items.at(-1);
  if (last && natural) {
    let va = last[0] + 1;
    while (va < last[1] && ctx.tokens[va]!.folded !== 'va') va++;
    if (va < last[1]) items.splice(items.length - 1, 1, [last[0], va - 1], [va + 1, last[1]]);
  }
  return items.filter(([a, b]) => b > a && b - a < 10);
}

function domainLists(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const n = listTriggerAt(ctx, i);
    if (!n) continue;
    for (const [first, last] of domainListItems(ctx, i + n)) {
      // A proper name in a list is an actor, not a domain; a domain may end on one ("hỗ trợ chung cho Ukraine").
      if (isCapitalised(ctx.tokens[first]!.text) && first !== ctx.sentenceStart[first]) continue;
      if (ctx.tokens.slice(first, last + 1).some((t) => isAcronym(t.text))) continue;
      out.push({ first, last, kind: 'domain', rule: 'domain-list', score: 0.55 });
    }
    i += n - 1;
  }
}

/** "luật pháp quốc tế", "luật nhân đạo quốc tế": a body of law, named in lower case. */
function lawPhrases(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (folded(ctx, i) !== 'luat' || cap(ctx, i)) continue;
    for (let k = i + 1; k <= i + 4 && k + 1 < ctx.tokens.length && joined(ctx.text, ctx.tokens, k - 1); k++) {
      if (FUNCTION_WORDS.has(folded(ctx, k)) || cap(ctx, k)) break;
      if (phraseAt(ctx.text, ctx.tokens, k, 'quoc te')) {
        out.push({ first: i, last: k + 1, kind: 'framework', rule: 'name-head', score: 0.6 });
        i = k + 1;
        break;
      }
    }
  }
}

/**
 * A partnership the text names by what it is about, in lower case: "quan hệ đối tác hợp tác
 * trong lĩnh vực quốc phòng an ninh" — up to the end of the domain it names.
 */
function partnershipPhrases(ctx: Context, out: RawCandidate[]): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!phraseAt(ctx.text, ctx.tokens, i, 'quan he doi tac')) continue;
    let k = i + 4;
    if (phraseAt(ctx.text, ctx.tokens, k, 'hop tac')) k += 2;
    if (phraseAt(ctx.text, ctx.tokens, k, 'trong linh vuc')) k += 3;
    else if (phraseAt(ctx.text, ctx.tokens, k, 've')) k += 1;
    else continue;
    if (!joined(ctx.text, ctx.tokens, k - 1) || ctx.knownKind(k) !== 'domain') continue;
    const last = ctx.covered[k]!.lastToken;
    out.push({ first: i, last, kind: 'partnership', rule: 'name-head', score: 0.6 });
    i = last;
  }
}

/**
 * Every candidate range the rules find, after dropping what the graph already knows: a range
 * whose first word is covered by a known name is that name, not a new one.
 */
export function findCandidateRanges(ctx: Context): RawCandidate[] {
  const found: RawCandidate[] = [];
  acronymDefinitions(ctx, found);
  nameHeads(ctx, found);
  partnershipPhrases(ctx, found);
  lawPhrases(ctx, found);
  quotedNames(ctx, found);
  domainLists(ctx, found);
  domainPhrases(ctx, found);
  capitalisedRuns(ctx, found);
  // An acronym the article defines is a mention of its long form wherever it stands, not a name of its own.
  const defined = new Set(found.flatMap((c) => (c.acronym ? [c.acronym] : [])));
  const distinct = found.filter((c) => !(c.rule === 'capitalised-run' && c.first === c.last && defined.has(ctx.tokens[c.first]!.text)));
  distinct.sort((a, b) => RULE_RANK[b.rule] - RULE_RANK[a.rule] || b.last - b.first - (a.last - a.first));
  const taken = new Array<boolean>(ctx.tokens.length).fill(false);
  const kept: RawCandidate[] = [];
  for (const candidate of distinct) {
    // A name the graph knows is a mention, never a new candidate, even when a rule would read on.
    if (ctx.covered[candidate.first]) continue;
    if (ctx.covered[candidate.last] && ctx.covered[candidate.last]!.firstToken <= candidate.first) continue;
    let free = true;
    for (let k = candidate.first; k <= candidate.last && free; k++) free = !taken[k];
    if (!free) continue;
    for (let k = candidate.first; k <= candidate.last; k++) taken[k] = true;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.first - b.first);
}

