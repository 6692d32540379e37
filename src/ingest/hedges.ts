/**
 * Sentences that say something may, might or is hoped to happen, or that someone else believes it: "Theo giới phân tích,
 * Italy có thể trở thành đối tác …", "Tập đoàn … được cho là đang thảo luận …", "Chúng tôi mong muốn mở rộng hợp tác sang
 * …", "hai Bộ trưởng dự kiến ký …", "The two navies could hold …", "X is reportedly in talks …". A careful reader marks
 * only what the text states as fact: what such a sentence's clauses say is no relation (a name's own words still are:
 * "Bộ Quốc phòng Italy" is part of Italy whatever is hoped of it).
 */
import type { Predicate } from '../model/vocabulary';
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { tonedPhraseAt } from './tokenSpans';
import { refKey, type RelationProposal } from './types';

/** Relations a noun phrase states, whatever its sentence's verb hopes or plans ("Triển lãm … tại Băng Cốc"). */
const NOUN_PHRASE_FACTS = new Set<Predicate>(['part_of', 'held_at', 'located_in', 'belongs_to', 'instance_of', 'holds_role', 'heads']);
/** Where something is or takes place. */
const PLACES = new Set<Predicate>(['held_at', 'located_in']);
/** Rules that read a noun phrase, whose parties stand whatever is hoped of it ("the Defence Cooperation Agreement with Australia"). */
const NOUN_PHRASE_RULES = new Set(['party_to/voi', 'party_to/parties-in-name', 'participates_in/parties-in-name']);

/**
 * Whether a relation is stated as fact: not in a hedged sentence, or a noun phrase's, or between two names the sentence
 * gives before its hedge begins ("A và B vừa hoàn tất đàm phán X, dự kiến được ký …" negotiated X); never in a correction.
 */
export function statedAsFact(text: string, tokens: Token[], slots: Slot[], sentenceOf: (token: number) => number, language: 'vi' | 'en'): (r: RelationProposal) => boolean {
  const hedged = hedgedSentences(text, tokens, sentenceOf, language);
  const slotsIn = new Map<number, Slot[]>();
  for (const x of slots) {
    const sentence = sentenceOf(x.first);
    if (!hedged.has(sentence)) continue;
    const list = slotsIn.get(sentence);
    if (list) list.push(x);
    else slotsIn.set(sentence, [x]);
  }
  /** Where the relation's end `ref` is named in its sentence. */
  const namedAt = (r: RelationProposal, ref: RelationProposal['source']) => (slotsIn.get(r.sentence) ?? []).filter((x) => refKey(x.ref) === refKey(ref));
  const namedBefore = (r: RelationProposal, from: number) => {
    const ends = [...namedAt(r, r.source), ...namedAt(r, r.target)];
    return ends.length > 0 && ends.every((x) => x.first < from);
  };
  // "The two sides hoped to sign …; Viet Nam and India held their 14th Dialogue …": a semicolon ends what the hedge reaches, as
  // does ", and" before another clause ("Indonesia hoped to host the exercise, and the Indonesian Navy … held …").
  const namedAfterClause = (r: RelationProposal, from: number) => {
    const clause = from >= 0 ? CLAUSE_BREAK.exec(text.slice(tokens[from]!.end)) : null;
    if (!clause) return false;
    const clauseEnd = tokens[from]!.end + clause.index;
    // (By their names: "the two sides" before it may stand for the same.)
    const ends = [...namedAt(r, r.source), ...namedAt(r, r.target)].filter((x) => !x.viaReference);
    return ends.length > 0 && ends.every((x) => tokens[x.first]!.start > clauseEnd);
  };
  const besideEachOther = (r: RelationProposal) => {
    const targets = namedAt(r, r.target);
    return namedAt(r, r.source).some((a) => targets.some((b) => b.first > a.last && b.first - a.last <= 3));
  };
  return (r) => {
    const from = hedged.get(r.sentence);
    // (Where, only said right after the name: "mời … tham gia Triển lãm … tại Băng Cốc" names it; "diễn tập …, lần tới có thể
    // tại Sihanoukville", "a tabletop exercise be held in 2026, possibly in Manila" say where it may be.)
    // (A schedule's place stands: "Đối thoại lần thứ năm dự kiến được tổ chức tại Jakarta".)
    const scheduled = from !== undefined && from >= 0 && (tonedPhraseAt(tokens, from, 'dự kiến') || tokens[from]!.text.toLowerCase() === 'expected');
    const nounPhrase = NOUN_PHRASE_FACTS.has(r.predicate) && (!PLACES.has(r.predicate) || scheduled || besideEachOther(r));
    return from === undefined || (from >= 0 && (nounPhrase || NOUN_PHRASE_RULES.has(r.rule) || namedBefore(r, from) || namedAfterClause(r, from)));
  };
}

/**
 * "… đề xuất sớm tổ chức Đối thoại Chính sách quốc phòng Việt Nam – Hungary lần thứ nhất": those an occasion only asked for or
 * proposed is named with have not taken part in it (what its name says of an instrument's parties still stands).
 */
export function notAskedForOccasion(text: string, tokens: Token[], sentenceOf: (token: number) => number): (r: RelationProposal) => boolean {
  const sentenceStarts = new Map<number, number>();
  for (let i = tokens.length - 1; i >= 0; i--) sentenceStarts.set(sentenceOf(i), tokens[i]!.start);
  return (r) => r.rule !== 'participates_in/parties-in-name' || !ASKED_FOR.test(text.slice(sentenceStarts.get(r.sentence) ?? r.evidence.start, r.evidence.start));
}

/** Words that ask for or propose an occasion not yet held (as written): "đề xuất sớm tổ chức …", "proposed launching …". */
const ASKED_FOR = /(?:^|[^\p{L}])(?:đề nghị|đề xuất|kêu gọi|yêu cầu|mong muốn|proposed|proposes|urged|urges|called for|calls for|suggested)(?:[^\p{L}]|$)/u;

/** What ends the clause a hedge opens: a semicolon, or ", and" / ", và" before the next clause. */
const CLAUSE_BREAK = /;|, (?:and|và) /u;

/** As written, with their tones: "có thể" (may), not "cơ thể" (body); "dự kiến" (planned), not "dự kiện". */
// ("đề xuất", proposed: "Ba bên đề xuất luân phiên tổ chức diễn tập …". Not "Theo kế hoạch, Việt Nam sẽ tổ chức …": what is
// scheduled is stated, as the corpus's readers record what "will" be held.)
const HEDGES_VI = ['có thể', 'được cho là', 'giới phân tích', 'mong muốn', 'dự kiến', 'hy vọng', 'hi vọng', 'kỳ vọng', 'triển vọng', 'đề xuất'];
/** In lower case ("Reportedly," opening a sentence too); "may" only as written, "May" opening a date. */
const HEDGES_EN = ['could', 'might', 'may', 'reportedly', 'allegedly', 'expected to', 'likely to', 'hopes to', 'hope to', 'hope that', 'hopes that', 'hoped', 'offered to', 'offers to', 'proposed to', 'proposes to', 'wish to', 'wishes to', 'would like to', 'analysts say', 'analysts said', 'suggested that', 'proposed that', 'possibly', 'has requested', 'have requested', 'requested that'];
/**
 * Words before a hedge that make it the reason or the plan fulfilled, not a hedge (folded): "Với mong muốn tăng cường …, A
 * và B đã ký …", "Như dự kiến, …", "Theo đề nghị và mong muốn của …"; "mong muốn của X" is X's wish, named.
 */
const NOT_A_HEDGE_AFTER = new Set(['voi', 'theo', 'nhu']);

/**
 * The sentences that hedge, each with the token its hedge begins at: what comes after it is hoped or planned ("… vừa hoàn tất
 * đàm phán Bản ghi nhớ …, dự kiến được ký …" negotiated it). A sentence that reports what an earlier version of the article
 * got wrong hedges from its start (-1).
 */
function hedgedSentences(text: string, tokens: Token[], sentenceOf: (token: number) => number, language: 'vi' | 'en'): Map<number, number> {
  const hedged = new Map<number, number>();
  const phrases = language === 'vi' ? HEDGES_VI : HEDGES_EN;
  for (let i = 0; i < tokens.length; i++) {
    const at = (phrase: string) => (language === 'vi' ? tonedPhraseAt(tokens, i, phrase) : phrase.split(' ').every((word, k) => (phrase === 'may' ? tokens[i + k]?.text : tokens[i + k]?.text.toLowerCase()) === word));
    const sentence = sentenceOf(i);
    // ("đã nhầm", mistaken, with its tone: not "đã nhằm", aimed at.)
    if (MISSTATED.has(tokens[i]!.folded) || (tonedPhraseAt(tokens, i, 'nhầm') && ['ghi', 'da'].includes(tokens[i - 1]?.folded ?? ''))) hedged.set(sentence, -1);
    else if (!hedged.has(sentence) && phrases.some(at) && !NOT_A_HEDGE_AFTER.has(tokens[i - 1]?.folded ?? '') && tokens[i + 2]?.folded !== 'cua') hedged.set(sentence, i);
  }
  for (const sentence of correctionParagraphs(text, tokens, sentenceOf)) hedged.set(sentence, -1);
  return hedged;
}

/** Words that say what was stated wrongly: "misstated the name of …", "ghi nhầm chức danh …" (read above). */
const MISSTATED = new Set(['misstated', 'incorrectly', 'wrongly', 'erroneously', 'misidentified']);

/**
 * "Correction: An earlier version of this article misstated … It also said the memorandum was signed in Rome; it was
 * signed in Hanoi.": a paragraph that corrects the article repeats its mistakes; what is right the article says again.
 */
function correctionParagraphs(text: string, tokens: Token[], sentenceOf: (token: number) => number): Set<number> {
  const out = new Set<number>();
  let correcting = false;
  for (let i = 0; i < tokens.length; i++) {
    // A paragraph opens after a line's end (read once per token, not searched back from each).
    const gap = text.slice(tokens[i - 1]?.end ?? 0, tokens[i]!.start);
    if (i === 0 || gap.includes('\n')) correcting = CORRECTION_OPENS.test(text.slice(tokens[i]!.start, tokens[i]!.start + 40));
    if (correcting) out.add(sentenceOf(i));
  }
  return out;
}
const CORRECTION_OPENS = /^(?:(?:correction|clarification|đính chính)\s*:|an? (?:earlier|previous) version of this (?:article|story|report))/iu;

/** Verbs that ask others to do what follows (as written, lower case): "Việt Nam đề nghị các bên thực hiện …". */
// ("các yêu cầu", "theo yêu cầu của …": a request as a noun asks nothing of the clause's subject.)
const ASKING = new RegExp(`(?:^|[^\\p{L}])(?<!(?:các|những|mọi|theo|của|đáp ứng) )(?:${['đề nghị', 'yêu cầu', 'kêu gọi', 'urged', 'urges', 'urge', 'called on', 'calls on', 'call on', 'asked', 'asks'].join('|')})(?:[^\\p{L}]|$)`, 'u');

/** An asking verb, then, after it, a verb of helping: "đề nghị phía New Zealand xem xét hỗ trợ …", "asked Japan to help …". */
const ASKING_FOR_HELP = new RegExp(`${ASKING.source}.*(?:hỗ trợ|giúp đỡ|giúp|support|assist|help)`, 'u');

/**
 * Whether a relation of doing ("implements") is not the asker's: "Việt Nam đề nghị các bên thực hiện nghiêm túc DOC" does not
 * say Viet Nam implements the DOC, nor "Japan urged China to implement CUES" that Japan does.
 */
/** Where an end of a relation is named inside its evidence (not through a reference, when `named`). */
function endInEvidence(tokens: Token[], byRef: Map<string, Slot[]>, r: RelationProposal, ref: RelationProposal['source'], named = false): Slot | undefined {
  return (byRef.get(refKey(ref)) ?? []).find((s) => !(named && s.viaReference) && tokens[s.first]!.start >= r.evidence.start && tokens[s.last]!.end <= r.evidence.end);
}

export function notAskedOfOthers(text: string, tokens: Token[], byRef: Map<string, Slot[]>): (r: RelationProposal) => boolean {
  const inEvidence = (r: RelationProposal, ref: RelationProposal['source']) => endInEvidence(tokens, byRef, r, ref);
  return (r) => {
    // ("Phía Việt Nam đề nghị Hội đồng An ninh mạng UAE hỗ trợ đào tạo … cho Cục A05": Viet Nam asks; it supports nobody.)
    if (r.predicate !== 'implements' && r.predicate !== 'supports') return true;
    const [source, target] = [inEvidence(r, r.source), inEvidence(r, r.target)];
    if (!source || !target || target.first < source.last) return true;
    // (Who is asked does: "đề nghị Bộ Quốc phòng Nhật Bản cùng phía Việt Nam tiếp tục triển khai hiệu quả Kế hoạch …", as readers
    // of the corpus record it.)
    const between = text.slice(tokens[source.last]!.end, tokens[target.first]!.start).toLowerCase();
    // (Urging others to uphold a principle or an instrument is supporting it, as the corpus's readers record it; asking them to
    // help someone is not helping them.)
    if (r.predicate === 'supports') return !ASKING_FOR_HELP.test(between);
    return !ASKING.test(between);
  };
}

/** Words just before an agreement that say it is still talked about, as written: "Talks on a …", "đang đàm phán Hiệp định …". */
const UNDER_NEGOTIATION = /(?:^|[^\p{L}])(?:talks|negotiations?|negotiating|negotiate|consultations|đàm phán|thương lượng)(?:\s+(?:on|for|of|về))?\s+(?:(?:a|an|the|một|các)\s+)?$/iu;

/**
 * Whether a party read from "an agreement with X" is one already: "Talks on a Status of Forces Agreement with Germany",
 * "Manila is negotiating a … Agreement with France", "đàm phán Hiệp định … với Ba Lan" make no party yet (the rule for
 * negotiating reads them).
 */
export function notStillNegotiated(text: string, tokens: Token[], byRef: Map<string, Slot[]>): (r: RelationProposal) => boolean {
  return (r) => {
    if (r.rule !== 'party_to/voi') return true;
    const agreement = endInEvidence(tokens, byRef, r, r.target, true);
    if (!agreement) return true;
    const start = tokens[agreement.first]!.start;
    return !UNDER_NEGOTIATION.test(text.slice(Math.max(0, start - 40), start));
  };
}
