/**
 * From an article's normalised text and the graph's vocabulary to proposals: mentions of known
 * entities, new entity candidates, references to the main instrument, and draft relations.
 * Pure and deterministic: the same text and graph give the same proposals.
 */
import { titleCaseHeadline } from './headlines';
import { candidateKey } from './candidateKey';
import type { Entity, Relation } from '../model/schema';
import { relationId } from '../model/schema';
import type { CuratedKind as Kind } from './types';
import { splitSentences } from '../text/sentences';
import { foldedWords, isAcronym, isCapitalised, isOrdinal, tokenize, type Token } from '../text/tokens';
import { initialsHold } from '../text/abbreviations';
import { datelineEnds, findCandidateRanges, type RawCandidate } from './candidates';
import { foreignLongForm, shortFormsOf } from './shortForms';
import { attendanceSlots, eventsByHead, occasionSlots, receptionVerbSlots } from './eventAnaphora';
import { headReferenceSlots } from './headReferences';
import { pronounSlots } from './pronouns';
import { statementVoiceSlots } from './statementVoice';
import { fieldTermEnglish } from './fieldTerms';
import { findKnownMentions, stateAdjectiveMentions, type TokenMention } from './mentions';
import { proposeByConstructions, slotsByRef, type Slot } from './constructions';
import { articleLanguage } from '../text/language';
import { readEnglish } from './english';
import { proposeNameRelations } from './nameRelations';
import { buildSimilarityIndex, similarEntities, type SimilarityIndex } from './similar';
import { joined, phraseFrom, phraseIndex, spanOf, tonedPhraseAt } from './tokenSpans';
import { isCompound } from './compounds';
import { occurrencesOf, positionsBy, reachOf, trieAt, wordRunKeys, wordTrie } from './tokenIndexes';
import { refKey, type Candidate, type EndRef, type Mention, type Proposals, type Reference, type RelationProposal } from './types';
import { buildVocabularyIndex, matchAt, type VocabularyIndex } from './vocabularyIndex';
import { LONGEST_STATE_WORDS, mayOpenStateName, stateNamed, stateOfAdjective, type State } from './states';
import { bodyInOffice, bodyOfBody, notTheState, organisationsInName, ownerInBodyName, partnershipInName, placeInName, regionInEnglishName, sidesInName, statesInsideNames, topicsInName } from './nestedNames';
import { isTwoCountries, signedByBothStates, theMostNamed } from './bothStates';
import { diplomaticRelations } from './diplomaticRelations';
import { forcesServing } from './forcesServing';
import { notAskedForOccasion, notAskedOfOthers, notStillNegotiated, statedAsFact } from './hedges';
import { notATopicsPlace } from './topicPlaces';
import { upgradedTies } from './upgradedTies';
import { signedByTheTwoSides, supportedByTheTwoSides } from './twoSides';
import { withoutStandInsActing } from './holders';
import { coveredByOpeningInstrument } from './instrumentContent';
import { isRetired, learnedScore, NO_LEARNING, type LearnedRules } from './learn';
import { NAME_HEADS, REFERENCE_PHRASES, type ReferenceKind } from './wordLists';
import { instrumentsByGenre } from './instrumentHeads';
import { OFFICE_TITLES_VI, opensShipName, RANKS_EN } from './nameLexicon';
import { MALAY_HONORIFICS } from './englishNames';
import { englishPlaceName } from './placeNames';
import { addTo, pushAll } from '../model/collections';

/** What the proposer knows of the graph; build it once and reuse it for many articles. */
export type Knowledge = {
  vocabulary: VocabularyIndex;
  similarity: SimilarityIndex;
  relationIds: Set<string>;
  headKinds: Map<string, Kind>;
  domainBigrams: Set<string>;
  /** The graph's entities for states, by state: what "Indian" or "Mỹ" names when the graph knows it. */
  states: Map<State, EndRef>;
  /** What earlier reviews taught: constructions people added, rules they rejected. */
  learned: LearnedRules;
};

const HEADS = new Set(NAME_HEADS.map(([head]) => head));

export function buildKnowledge(entities: Entity[], relations: Relation[], learned: LearnedRules = NO_LEARNING): Knowledge {
  const tokenized = new Map<string, Token[]>();
  const tokensOf = (name: string) => {
    let tokens = tokenized.get(name);
    if (!tokens) tokenized.set(name, (tokens = tokenize(name)));
    return tokens;
  };
  // A head's kind as the graph uses it, where the graph agrees with itself on it.
  const votes = new Map<string, Map<Kind, number>>();
  const domainBigrams = new Set<string>();
  for (const entity of entities) {
    const words = tokensOf(entity.labels.vi).map((t) => t.folded);
    for (let n = 1, prefix = words[0] ?? ''; n <= Math.min(3, words.length); prefix += ` ${words[n] ?? ''}`, n++) {
      if (!HEADS.has(prefix)) continue;
      const tally = votes.get(prefix) ?? new Map<Kind, number>();
      tally.set(entity.kind, (tally.get(entity.kind) ?? 0) + 1);
      votes.set(prefix, tally);
    }
    if (entity.kind === 'domain') {
      for (const name of [entity.labels.vi, ...entity.aliases]) {
        const w = tokensOf(name).map((t) => t.folded);
        for (let i = 0; i + 1 < w.length; i++) domainBigrams.add(`${w[i]} ${w[i + 1]}`);
      }
    }
  }
  const headKinds = new Map<string, Kind>();
  for (const [head, tally] of votes) {
    const [kind, count] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
    if (count >= 2 && count / [...tally.values()].reduce((a, b) => a + b, 0) > 0.6) headKinds.set(head, kind);
  }
  const states = new Map<State, EndRef>();
  for (const entity of entities) {
    if (entity.kind !== 'actor') continue;
    for (const name of [entity.labels.vi, entity.labels.en, ...entity.aliases]) {
      const state = stateNamed(name);
      if (state && !states.has(state)) states.set(state, { entity: entity.id });
    }
  }
  return {
    learned,
    states,
    vocabulary: buildVocabularyIndex(entities, tokensOf),
    similarity: buildSimilarityIndex(entities, tokensOf),
    relationIds: new Set(relations.map(relationId)),
    headKinds,
    domainBigrams,
  };
}

function sentenceIndexOfTokens(tokens: Token[], sentences: { start: number; end: number }[]) {
  const sentenceStart = new Array<number>(tokens.length);
  const sentenceIndex = new Array<number>(tokens.length);
  const withTokens = sentences.map((s) => ({ ...s, firstToken: -1, lastToken: -2 }));
  let si = 0;
  tokens.forEach((token, i) => {
    while (si < withTokens.length - 1 && token.start >= withTokens[si]!.end) si++;
    const sentence = withTokens[si]!;
    if (sentence.firstToken < 0) sentence.firstToken = i;
    sentence.lastToken = i;
    sentenceStart[i] = sentence.firstToken;
    sentenceIndex[i] = si;
  });
  const sentenceEnd = sentenceIndex.map((index) => withTokens[index]!.lastToken + 1);
  return { sentenceStart, sentenceEnd, sentenceIndex, sentences: withTokens };
}

/**
 * A name in an English article is its own English label ("EU–Egypt Strategic and Comprehensive Partnership", "Yaoundé
 * Code of Conduct"), as is one a Vietnamese article writes in plain Latin letters; a term of the field has its own; the
 * reviewer supplies the others. A state a Vietnamese article names has its English name ("Ba Lan" is Poland, not "Ba Lan").
 */
function englishLabelOf(quote: string, language: 'vi' | 'en', kind?: Kind): { labelEn?: string } {
  const state = language === 'vi' ? stateNamed(quote, 'vi') : undefined;
  if (state) return { labelEn: state.en };
  // "Viêng Chăn" (Vientiane), "Quảng Trị" (Quang Tri): a place a Vietnamese article names, by its English name.
  const place = language === 'vi' && kind === 'place' ? englishPlaceName(quote) : undefined;
  if (place) return { labelEn: place };
  if (language === 'en' || /^[A-Za-z0-9 .'’&–-]+$/.test(quote)) return { labelEn: quote };
  const term = fieldTermEnglish(quote);
  return term ? { labelEn: term } : {};
}

/** The sentence of the text around an offset: from the last full stop or line break before it to the next after it. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const stop = text.slice(at).search(/\.\s|\n/);
  return text.slice(start, stop < 0 ? text.length : at + stop);
}

/** The head words an English release capitalises when it says its occasion again: "The Meeting", "the Workshop". */
const OCCASION_HEADS_EN = new Set(['Meeting', 'Workshop', 'Dialogue', 'Conference', 'Forum', 'Seminar', 'Symposium', 'Summit', 'Course', 'Exercise', 'Consultations', 'Talks']);

/** Words after an English name's head that say what it is about, whose it is, or when: "… Work Plan | on …", "… Task Force | of …". */
const AFTER_HEAD = new Set(['on', 'of', 'for', 'in', 'between', 'against', 'to']);

/**
 * The runs of two words or more a name's words hold after its first word that end right before its end, a word of
 * `AFTER_HEAD` or a year: what "the …" may say again of it ("work plan" of "ASEAN–Japan Work Plan on …").
 */
function headTails(words: readonly string[]): string[] {
  const tails: string[] = [];
  for (let end = 2; end <= words.length; end++) {
    const next = words[end];
    if (next !== undefined && !AFTER_HEAD.has(next) && !/^(?:19|20)\d{2}/.test(next)) continue;
    for (let k = 1; k <= end - 2; k++) tails.push(words.slice(k, end).join(' '));
  }
  return tails;
}

/**
 * Whether a short name (its label and folded words) is a longer one's first word or two, its head, and then its last words,
 * of which the first is capitalised: "Diễn tập | Komodo 2028" of "Diễn tập Hải quân đa phương Komodo 2028".
 */
function headAndEnd(label: string, short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 3 || long.length <= short.length) return false;
  const written = tokenize(label);
  return [1, 2].some((head) => {
    const end = short.length - head;
    if (end < 1 || !isCapitalised(written[head]?.text ?? '')) return false;
    return short.slice(0, head).every((w, k) => w === long[k]) && short.slice(head).every((w, k) => w === long[long.length - end + k]);
  });
}

type Built = Candidate & { ranges: [number, number][]; actorCategory?: RawCandidate['category'] };

/** Words for the sitting of an occasion before its own words (folded): "buổi chiêu đãi", "tiệc chiêu đãi", "cuộc gặp". */
const SITTING_WORDS = new Set(['buoi', 'tiec', 'cuoc', 'bua']);

function buildCandidates(text: string, tokens: Token[], raw: RawCandidate[], knowledge: Knowledge, covered: (TokenMention | undefined)[], language: 'vi' | 'en'): Built[] {
  const byKey = new Map<string, Built>();
  // One name said two ways: the other's mentions are this one's, and the other is gone.
  const mergeInto = (kept: Built, gone: Built) => {
    pushAll(kept.mentions, gone.mentions);
    pushAll(kept.ranges, gone.ranges);
    byKey.delete(gone.key);
  };
  for (const range of raw) {
    const span = spanOf(text, tokens, range.first, range.last);
    const key = candidateKey(span.quote);
    const existing = byKey.get(key);
    if (existing) {
      existing.mentions.push(span);
      existing.ranges.push([range.first, range.last]);
      // "NATO and Colombia sign Individually Tailored Partnership Programme", then "… Programme (ITPP)": defined the second time.
      if (range.acronym && !existing.acronym) existing.acronym = range.acronym;
      // "CANBERRA, 4 March —" then "in Canberra": a name shouted in a dateline takes its writing from the text.
      if (existing.rule === 'dateline' && existing.label === existing.label.toUpperCase() && span.quote !== span.quote.toUpperCase()) {
        if (existing.labelEn?.toUpperCase() === span.quote.toUpperCase()) existing.labelEn = span.quote;
        existing.label = span.quote;
      }
      // "Kuala Lumpur" in a headline reads like a person's name; "in Kuala Lumpur" says it is a place.
      if (range.kind === 'place' && range.rule === 'capitalised-run' && existing.rule === 'capitalised-run' && existing.actorCategory === 'person') {
        existing.kind = 'place';
        delete existing.category;
        delete existing.actorCategory;
      }
      continue;
    }
    const english = range.owner ? { labelEn: `${span.quote} of ${range.owner}` } : englishLabelOf(span.quote, language, range.kind);
    byKey.set(key, {
      key,
      label: span.quote,
      ...english,
      ...(range.acronym ? { acronym: range.acronym } : {}),
      kind: range.kind,
      ...(range.person ? { category: 'person' } : {}),
      ...(range.category ? { actorCategory: range.category } : range.person ? { actorCategory: 'person' } : {}),
      rule: range.rule,
      score: range.score,
      mentions: [span],
      similar: similarEntities(knowledge.similarity, [span.quote, english.labelEn]),
      ranges: [[range.first, range.last]],
    });
  }
  // A name cut short ("thỏa thuận Đối tác" in a headline) is the one longer name it begins.
  const labelWords = new Map([...byKey.values()].map((c) => [c.key, foldedWords(c.label)]));
  const labels = wordTrie([...byKey.values()].map((c) => ({ name: c, words: labelWords.get(c.key)! })));
  for (const short of [...byKey.values()]) {
    // A state is not a name cut short: "Japan" is not the "Japan Coast Guard"; nor is an abbreviation, "NATO" of "NATO Cooperative Cyber Defence Centre …".
    // Nor is an office: "Thứ trưởng Ngoại giao" (Viet Nam's, unsaid) is not the "Thứ trưởng Ngoại giao Philippines".
    if (stateNamed(short.label) || isAcronym(short.label) || short.actorCategory === 'office') continue;
    const runOn = trieAt(labels, labelWords.get(short.key)!)?.longer ?? [];
    // (Nor a Vietnamese body written alone, "Bộ Công an", of the foreign one named in full, "Bộ Công an Trung Quốc".)
    const longer = runOn.filter((c) => c !== short && c.kind === short.kind && byKey.get(c.key) === c && !foreignLongForm(short.label, c.label));
    // ("Khóa huấn luyện kéo dài …" after a headline's "khóa huấn luyện rà phá bom mìn …" and the course's name: the one
    // event with a name, of those it begins.)
    const one = longer.length > 1 && short.kind === 'event' ? longer.filter((c) => c.rule !== 'event-phrase') : longer;
    if (one.length !== 1) continue;
    mergeInto(one[0]!, short);
  }
  // "Diễn tập Komodo 2028" after "Diễn tập Hải quân đa phương Komodo 2028": an occasion named again by its head and the
  // capitalised end of its name is the one occasion so named.
  // (Vietnamese names open with their genre; "United Nations | Mission in Colombia" is another mission than the "… Verification
  // Mission in Colombia".)
  // (Looked up by their first and last words: a long article names thousands of occasions.)
  const events = new Map<string, Built[]>();
  const ends = (c: Built) => `${labelWords.get(c.key)![0]} ${labelWords.get(c.key)!.at(-1)}`;
  if (language === 'vi') for (const c of byKey.values()) if (c.kind === 'event') addTo(events, ends(c), c);
  for (const short of [...events.values()].flat()) {
    const longer = events.get(ends(short))!.filter((c) => c !== short && byKey.get(c.key) === c && headAndEnd(short.label, labelWords.get(short.key)!, labelWords.get(c.key)!));
    if (longer.length !== 1) continue;
    mergeInto(longer[0]!, short);
  }
  // "Bộ Quốc phòng chiêu đãi …", "tổ chức tiệc chiêu đãi …", "chủ trì buổi chiêu đãi": one occasion said with and without the
  // word for its sitting, named by its words written most fully.
  if (language === 'vi') {
    const byCore = new Map<string, Built[]>();
    for (const c of byKey.values()) {
      if (c.kind !== 'event' || c.rule !== 'event-phrase') continue;
      const words = labelWords.get(c.key)!;
      const core = (SITTING_WORDS.has(words[0]!) && words.length > 1 ? words.slice(1) : words).join(' ');
      addTo(byCore, core, c);
    }
    for (const same of byCore.values()) {
      if (same.length < 2) continue;
      const [kept, ...others] = [...same].sort((a, b) => labelWords.get(b.key)!.length - labelWords.get(a.key)!.length || a.ranges[0]![0] - b.ranges[0]![0]);
      for (const other of others) {
        mergeInto(kept!, other);
      }
    }
  }
  // "The 17th ASEAN Regional Forum Inter-Sessional Meeting … was held …. The Meeting was co-chaired by …": a release's
  // capitalised head word alone, after "the", is the occasion of that kind named last before it.
  if (language === 'en') {
    for (const short of [...byKey.values()]) {
      if (!OCCASION_HEADS_EN.has(short.label) || !short.ranges.every(([first]) => tokens[first - 1]?.folded === 'the')) continue;
      const at = Math.min(...short.ranges.map(([first]) => first));
      const named = [...byKey.values()].filter((c) => c !== short && c.kind === 'event' && foldedWords(c.label).includes(short.label.toLowerCase()) && c.ranges.some(([first]) => first < at));
      const nearest = named.sort((a, b) => Math.max(...b.ranges.map(([f]) => (f < at ? f : -1))) - Math.max(...a.ranges.map(([f]) => (f < at ? f : -1))))[0];
      if (!nearest) continue;
      mergeInto(nearest, short);
    }
  }
  // "The Work Plan covers …" after "the ASEAN–Japan Work Plan on Combating Transnational Crime", "the Task Force" after "the
  // Maritime Task Force of UNIFIL": words that end a name's head, said again after "the", are the one name before them that
  // holds them so (its head ending there, its topic or owner after). Not "the European Union" of "European Union Naval Force".
  if (language === 'en') {
    // Looked up, not searched: a long article has thousands of names, and as many "the …".
    const byTail = new Map<string, Set<Built>>();
    for (const c of byKey.values()) for (const tail of headTails(labelWords.get(c.key)!)) byTail.set(`${c.kind} ${tail}`, (byTail.get(`${c.kind} ${tail}`) ?? new Set()).add(c));
    for (const short of [...byKey.values()]) {
      const words = labelWords.get(short.key)!;
      // (Not an office: "the Minister of National Defense" is not the "Vice Minister of National Defense".)
      if (words.length < 2 || stateNamed(short.label) || ['person', 'state', 'office'].includes(short.actorCategory ?? '') || !short.ranges.every(([first]) => tokens[first - 1]?.folded === 'the')) continue;
      const at = Math.min(...short.ranges.map(([first]) => first));
      const named = [...(byTail.get(`${short.kind} ${words.join(' ')}`) ?? [])].filter((c) => c !== short && byKey.get(c.key) === c && c.ranges.some(([first]) => first < at));
      if (named.length !== 1) continue;
      mergeInto(named[0]!, short);
    }
  }
  // "Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Nội vụ Singapore" after "Bản ghi nhớ về hợp tác …": the one memorandum
  // the article named, said again by its sides.
  for (const bySides of [...byKey.values()]) {
    const head = /^(.+?) (?:giữa|between) /u.exec(bySides.label)?.[1];
    if (!head || (bySides.kind !== 'agreement' && bySides.kind !== 'partnership')) continue;
    const named = [...byKey.values()].filter((c) => c !== bySides && c.kind === bySides.kind && c.label.startsWith(`${head} `) && c.ranges[0]![0] < bySides.ranges[0]![0]);
    if (named.length !== 1) continue;
    // Only the same sides: "Việt Nam và Nhật Bản ký Bản ghi nhớ … Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng
    // Australia" is another memorandum. Each side's last two words stand in the sentence that named the first.
    const sentence = sentenceAround(text, named[0]!.mentions[0]!.start);
    const sides = bySides.label.slice(bySides.label.indexOf(head) + head.length).replace(/^\s*(?:giữa|between)\s+/u, '').split(/\s+(?:và|and)\s+/u);
    if (sides.length !== 2 || !sides.every((side) => sentence.includes(side.split(/\s+/).slice(-2).join(' ')))) continue;
    mergeInto(named[0]!, bySides);
  }
  // "(INL)" right after "Bureau of International Narcotics and Law Enforcement Affairs", "the MoU" after "a memorandum of
  // understanding on …": an abbreviation the rules could not spell out is still the one name whose initials hold its letters.
  // "Viet Nam also signed an MoU with Australia": an abbreviation said with "a", "an" is another of its kind.
  const indefinite = (c: Built) => c.mentions.some((m) => /\b(?:an?|another|one)\s+$/iu.test(text.slice(Math.max(0, m.start - 10), m.start)));
  // Looked up, not searched: a long article has thousands of names and of abbreviations.
  const byLeadingInitials = new Map<string, Built[]>();
  const byMentionEnd = new Map<number, Built>();
  for (const c of byKey.values()) {
    if (isAcronym(c.label)) continue;
    const words = c.label.split(/\s+/);
    let initials = '';
    for (const word of words.slice(0, 8)) {
      initials += word[0]!.toUpperCase();
      if (initials.length >= 2) addTo(byLeadingInitials, `${c.kind} ${initials}`, c);
    }
    for (const m of c.mentions) byMentionEnd.set(m.end, c);
  }
  for (const short of [...byKey.values()].filter((c) => isAcronym(c.label.replace(/(?<=\p{Lu})o(?=\p{Lu})/u, 'O')) && c.label.length >= 3 && !indefinite(c))) {
    const letters = short.label.toUpperCase();
    const long = new Set(byLeadingInitials.get(`${short.kind} ${letters}`) ?? []);
    for (const a of short.mentions) {
      const open = /\(\s*$/.exec(text.slice(Math.max(0, a.start - 4), a.start));
      const before = open ? byMentionEnd.get(a.start - (open[0].length) - (/\s$/.test(text.slice(0, a.start - open[0].length)) ? 1 : 0)) : undefined;
      if (before && text[a.end] === ')' && initialsHold(before.label.split(/\s+/), letters)) long.add(before);
    }
    if (long.size !== 1) continue;
    const [named] = long;
    if (!named || !byKey.has(named.key)) continue;
    named.acronym ??= short.label;
    mergeInto(named, short);
  }
  // "Mr Tanabe", "Carmody said": a person named again by the last word of their name is that person.
  // ("Japan's Defense Minister, SATO Kenji, …": after an office, a family name in capitals and a given name are a person's,
  // though not on their own: "EUNAVFOR Atalanta" is none.)
  const officeEnds = new Set([...byKey.values()].filter((c) => c.actorCategory === 'office').flatMap((c) => c.ranges.map(([, last]) => last)));
  const shouted = (c: Built) => c.kind === 'actor' && c.actorCategory === undefined && /^\p{Lu}{3,} \p{Lu}\p{Ll}+$/u.test(c.label) && c.ranges.some(([first]) => officeEnds.has(first - 1));
  const persons = [...byKey.values()].filter((c) => c.actorCategory === 'person' || shouted(c));
  const byLastWord = new Map<string, Built[]>();
  for (const c of persons) {
    const words = labelWords.get(c.key)!;
    if (words.length > 1) addTo(byLastWord, words.at(-1)!, c);
    // ("Minister KIMURA", after "KIMURA Takeshi": a family name written first, in capitals, names them again.)
    if (words.length === 2 && /^\p{Lu}{3,}\s/u.test(c.label)) addTo(byLastWord, words[0]!, c);
    // ("Dato Rosli", after "Dato Paduka Haji Rosli Hamid": a Bruneian or Malaysian name is said again by its first name after
    // its honorifics.)
    const honorifics = words.findIndex((w) => !MALAY_HONORIFICS.has(w));
    if (honorifics > 0 && honorifics < words.length - 1) addTo(byLastWord, words[honorifics]!, c);
  }
  // The lone word need not read as a person on its own ("Kröger said").
  for (const short of [...byKey.values()].filter((c) => c.kind === 'actor' && (c.actorCategory === 'person' || (c.actorCategory === undefined && !isAcronym(c.label))))) {
    const words = labelWords.get(short.key)!;
    if (words.length !== 1) continue;
    const longer = byLastWord.get(words[0]!) ?? [];
    if (longer.length !== 1) continue;
    mergeInto(longer[0]!, short);
  }
  // "Bộ trưởng Ellwood mời …", "Phó Cảnh sát trưởng Ellwood" after "bà Catherine Ellwood, Phó Cảnh sát trưởng …": a bare
  // Vietnamese title before a person's last name names that person again; the title is neither's name.
  for (const office of [...byKey.values()].filter((c) => c.actorCategory === 'office')) {
    const title = OFFICE_TITLES_VI.find((t) => office.label.toLowerCase().startsWith(`${t} `));
    if (!title) continue;
    const rest = labelWords.get(office.key)!.slice(title.split(' ').length);
    const person = rest.length === 1 ? byLastWord.get(rest[0]!) ?? [] : [];
    if (person.length !== 1) continue;
    const skip = title.split(' ').length;
    for (const [first, last] of office.ranges) {
      person[0]!.mentions.push(spanOf(text, tokens, first + skip, last));
      person[0]!.ranges.push([first + skip, last]);
    }
    byKey.delete(office.key);
  }
  // "Al Nuaimi and Abenov discussed …": two persons named again by their last words, joined, are those two.
  // ("Marles and Nakatani", after "Nakatani Gen": a name written family name first is named again by its first word.)
  const byTail = (words: readonly string[]) => {
    const named = (at: (full: string[]) => number) => persons.filter((p) => {
      const full = labelWords.get(p.key)!;
      return full.length > words.length && words.every((w, n) => full[at(full) + n] === w);
    });
    const [last, first] = [named((full) => full.length - words.length), named(() => 0)];
    return last.length === 1 ? last[0] : last.length === 0 && first.length === 1 ? first[0] : undefined;
  };
  for (const pair of [...byKey.values()].filter((c) => c.kind === 'actor' && c.actorCategory === undefined)) {
    const words = labelWords.get(pair.key)!;
    const and = words.findIndex((w) => w === 'and' || w === 'va');
    if (and <= 0 || words.lastIndexOf(words[and]!) !== and) continue;
    const sides = [byTail(words.slice(0, and)), byTail(words.slice(and + 1))];
    if (!sides[0] || !sides[1] || sides[0] === sides[1]) continue;
    for (const [first, last] of pair.ranges) {
      const at = first + and;
      for (const [person, a, b] of [[sides[0], first, at - 1], [sides[1], at + 1, last]] as const) {
        person.mentions.push(spanOf(text, tokens, a, b));
        person.ranges.push([a, b]);
      }
    }
    byKey.delete(pair.key);
  }
  // One state, however the article writes it ("U.S.", "the United States"), is one candidate: the longest name leads.
  const byState = new Map<State, Built>();
  for (const c of [...byKey.values()]) {
    const state = stateNamed(c.label);
    if (!state) continue;
    const kept = byState.get(state);
    if (!kept) {
      byState.set(state, c);
      continue;
    }
    const [long, short] = c.label.length > kept.label.length ? [c, kept] : [kept, c];
    mergeInto(long, short);
    byState.set(state, long);
  }
  // A name that is another's abbreviation ("EUMAM Mozambique", read as a name of its own) is that candidate.
  for (const c of [...byKey.values()]) {
    const short = c.acronym ? byKey.get(candidateKey(c.acronym)) : undefined;
    if (!short || short === c || !byKey.has(c.key)) continue;
    mergeInto(c, short);
  }
  // Later uses of a defined acronym, or of the same name, are mentions of the candidate too.
  const taken = covered.map((m) => m !== undefined);
  for (const c of byKey.values()) for (const [a, b] of c.ranges) for (let k = a; k <= b; k++) taken[k] = true;
  const byText = positionsBy(tokens, (t) => t.text);
  const wordsOf = new Map([...byKey.values()].map((c) => [c, c.acronym ? [c.acronym] : foldedWords(c.label)]));
  // What is taken now stays taken: no later use can start on it or run through it.
  const takenBefore = [...taken];
  const occurrences = occurrencesOf(
    tokens,
    wordTrie([...byKey.values()].flatMap((c) => (c.acronym || wordsOf.get(c)!.length === 0 ? [] : [{ name: c, words: wordsOf.get(c)! }]))),
    (i) => takenBefore[i] === true,
  );
  for (const c of byKey.values()) {
    const words = wordsOf.get(c)!;
    // Only where the whole name stands can it be used again.
    const starts = (c.acronym ? byText.get(c.acronym) : occurrences.get(c)) ?? [];
    for (const i of starts) {
      if (taken[i]) continue;
      const match = c.acronym ? true : words.every((w, k) => tokens[i + k]?.folded === w && !taken[i + k]);
      if (!match) continue;
      const last = i + (c.acronym ? 0 : words.length - 1);
      // "buổi tiếp" is not used again in "buổi tiếp theo" (the next session): its last word begins another word there.
      if (!c.acronym && joined(text, tokens, last) && isCompound(tokens[last]!.text, tokens[last + 1]?.text ?? '')) continue;
      c.mentions.push(spanOf(text, tokens, i, last));
      c.ranges.push([i, last]);
      for (let k = i; k <= last; k++) taken[k] = true;
    }
    c.mentions.sort((x, y) => x.start - y.start);
  }
  return [...byKey.values()];
}

/** Abbreviations of fields, which open the names of groups and meetings on them ("HADR Working Group", "CBRN Defence Unit"). */
const FIELD_ABBREVIATIONS = new Set(['HADR', 'CBRN', 'CBRNE', 'IUU', 'MDA', 'EOD', 'SAR', 'WPS', 'UXO', 'WMD', 'ISR', 'IED', 'MCM', 'ASW', 'HMA', 'PKO', 'CT', 'TOC', 'NTS']);

/** Whether an abbreviation of three letters or more that names no state opens the name at `first` ("IAEA …", not "USS …", "UK …"). */
function openingAbbreviation(text: string, tokens: Token[], first: number): boolean {
  const word = tokens[first]!.text;
  // ("EWG on Maritime Security" is the group's own abbreviation, before what it is on; "POW/MIA Accounting Agency" one name;
  // "HMAS Stuart" a ship, no organisation.)
  if (first > 0 && /\/\s*$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) return false;
  return isAcronym(word) && word.length >= 3 && !opensShipName(word) && !FIELD_ABBREVIATIONS.has(word) && stateNamed(word) === undefined && /^ $/.test(text.slice(tokens[first]!.end, tokens[first + 1]?.start ?? tokens[first]!.end)) && isCapitalised(tokens[first + 1]?.text ?? '');
}

/**
 * Names inside names, when no rule found them: the body an office's name ends with ("Thứ trưởng
 * Bộ Công an"), the topics an instrument's name is about ("Bản ghi nhớ về hợp tác đóng tàu"). Each
 * is a new candidate. Where the article also names it on its own, those are its mentions (and
 * slots); where it names it only inside the longer name, it is mentioned there, and returned so
 * the relations its name states (part of its state) are read.
 */
function addNamesInsideNames(text: string, tokens: Token[], candidates: Built[], knowledge: Knowledge, language: 'vi' | 'en', covered: (TokenMention | undefined)[], shortForms: Map<string, Built>): { first: number; last: number; c: Built }[] {
  const keys = new Set(candidates.map((c) => c.key));
  const namedByTail = (first: number, last: number) => {
    for (let k = first + 1; k <= last; k++) {
      const tail = spanOf(text, tokens, k, last).quote;
      // (A state its name ends with is no shorter name of the body: "Lực lượng Vũ trang | Na Uy".)
      if (!stateNamed(tail, language) && (matchAt(knowledge.vocabulary, tokens, k, text)?.length === last - k + 1 || keys.has(candidateKey(tail)))) return true;
    }
    return false;
  };
  // "Cục Đối ngoại …, Cục trưởng Cục Đối ngoại Bộ Quốc phòng": the body an office's name holds, named on its own by a shorter
  // name that its owner ends ("Bộ Quốc phòng": known, a state or named in the article), is that body: the reader marks it where it stands alone.
  // (The bodies by their first word, each with its words folded once: an article of many offices asks for each.)
  const bodiesByFirstWord = new Map<string, { c: Built; words: string[] }[]>();
  for (const c of candidates) {
    if (c.kind !== 'actor' || ['person', 'office', 'state'].includes(c.actorCategory ?? '') || c.ranges.length === 0) continue;
    const words = foldedWords(c.label);
    if (words.length < 2) continue;
    addTo(bodiesByFirstWord, words[0]!, { c, words });
  }
  const namedShorter = (first: number, last: number): Built | undefined => {
    for (const { c, words } of bodiesByFirstWord.get(tokens[first]!.folded) ?? []) {
      const tail = first + words.length;
      if (tail > last || words.some((w, k) => tokens[first + k]!.folded !== w)) continue;
      const owner = matchAt(knowledge.vocabulary, tokens, tail, text);
      const rest = spanOf(text, tokens, tail, last).quote;
      if ((owner && owner.length === last - tail + 1) || stateNamed(rest, language) || keys.has(candidateKey(rest))) return c;
    }
    return undefined;
  };
  const found: { first: number; last: number; kind: Kind; category?: 'body' | 'organisation'; rule: 'body-in-office' | 'side-in-name' | 'topic-in-name' | 'place-in-name' | 'abbreviation-in-name' | 'organisation-in-name'; abbreviation?: number }[] = [];
  for (const c of candidates) {
    for (const [first, last] of c.ranges) {
      if (c.actorCategory === 'office') {
        const body = bodyInOffice(text, tokens, first, last, language);
        if (body) found.push({ ...body, kind: 'actor', rule: 'body-in-office' });
      }
      // "First Committee of the United Nations General Assembly": the body a body is of, as an office's (not where the graph
      // or the article knows that body by a shorter name its own ends with, "General Assembly", which is its owner already).
      // ("The 5th meeting of the India–Tanzania Joint Defence Cooperation Committee": so is the body a meeting is of.)
      const whole = language === 'en' && ((c.kind === 'actor' && (c.actorCategory === 'body' || c.actorCategory === 'organisation')) || c.kind === 'event') ? bodyOfBody(tokens, first, last) : undefined;
      if (whole && !namedByTail(whole.first, whole.last)) found.push({ ...whole, kind: 'actor', rule: 'body-in-office' });
      // "Trung tâm Huấn luyện Quốc tế của Lực lượng Vũ trang Na Uy", "Phân đội 2 của DPAA": so in Vietnamese, after "của".
      const owner = language === 'vi' && c.kind === 'actor' && c.actorCategory !== 'person' && c.actorCategory !== 'office' && c.actorCategory !== 'state' ? ownerInBodyName(text, tokens, first, last) : undefined;
      if (owner && !namedByTail(owner.first, owner.last)) found.push({ ...owner, kind: 'actor', rule: 'body-in-office' });
      if (c.kind === 'agreement' || c.kind === 'partnership') {
        // ("Kế hoạch hợp tác 2026": a year is no field.)
        for (const [a, b] of topicsInName(text, tokens, first, last, language)) if (tokens.slice(a, b + 1).some((t) => /\p{L}/u.test(t.text))) found.push({ first: a, last: b, kind: 'domain', rule: 'topic-in-name' });
        const partnership = c.kind === 'agreement' ? partnershipInName(tokens, first, last) : undefined;
        if (partnership) found.push({ first: partnership[0], last: partnership[1], kind: 'partnership', rule: 'topic-in-name' });
        for (const [a, b] of sidesInName(text, tokens, first, last, language)) found.push({ first: a, last: b, kind: 'actor', category: 'body', rule: 'side-in-name' });
      }
      // "IAEA General Conference", "RCMP Deputy Commissioner", "IMO Maritime Safety Division": the organisation whose
      // abbreviation opens the name, named nowhere else.
      // Not "EUCAP Somalia", "AHA Centre": an abbreviation before a place or one word is the name's own.
      const opening = isOrdinal(tokens[first]!.text) ? first + 1 : first;
      if (language === 'en' && last - opening >= 2 && openingAbbreviation(text, tokens, opening) && (c.kind === 'event' || (c.kind === 'actor' && c.actorCategory !== 'person' && c.actorCategory !== 'state'))) {
        found.push({ first: opening, last: opening, kind: 'actor', category: 'organisation', rule: 'abbreviation-in-name' });
      }
      // "Phái bộ Liên hợp quốc tại Nam Sudan", "United Nations Office of Counter-Terrorism": the organisation a body, a mission
      // or a meeting of its own is named with (not an office's: "Secretary-General of the United Nations" is its holder's; nor
      // an instrument's: the "Charter of the United Nations" and the "United Nations Convention on the Law of the Sea" are
      // no part of it).
      if ((c.kind === 'actor' || c.kind === 'event') && c.actorCategory !== 'person' && c.actorCategory !== 'office') {
        for (const [a, b] of organisationsInName(text, tokens, first, last)) found.push({ first: a, last: b, kind: 'actor', category: 'organisation', rule: 'organisation-in-name' });
      }
      // (The region of an English instrument only: a strategy's or an initiative's, "… for Cooperation in the Indo-Pacific", is its aim.)
      const place = c.actorCategory === 'person' || c.actorCategory === 'office' ? undefined : placeInName(text, tokens, first, last) ?? (language === 'en' && c.kind === 'agreement' ? regionInEnglishName(tokens, first, last) : undefined);
      if (place) found.push({ first: place[0], last: place[1], kind: 'place', rule: 'place-in-name' });
    }
  }
  const inside: { first: number; last: number; c: Built }[] = [];
  const added: Built[] = [];
  // Looked up by key, not searched: an article of twenty thousand names has as many offices and instruments.
  const byKey = new Map(candidates.map((c) => [c.key, c]));
  const addedByKey = new Map<string, Built>();
  const seen = new Set<string>();
  const longForms: { first: number; last: number; c: Built }[] = [];
  for (const name of found) {
    const known = matchAt(knowledge.vocabulary, tokens, name.first, text);
    if (known && known.length === name.last - name.first + 1) continue;
    const span = spanOf(text, tokens, name.first, name.last);
    const short = name.rule === 'body-in-office' ? namedShorter(name.first, name.last) : undefined;
    if (short) {
      shortForms.set(foldedWords(span.quote).join(' '), short);
      longForms.push({ first: name.first, last: name.last, c: short });
      continue;
    }
    const key = candidateKey(span.quote);
    const named = byKey.get(key) ?? addedByKey.get(key);
    if ((named && !addedByKey.has(key)) || shortForms.has(foldedWords(span.quote).join(' '))) continue;
    const english = englishLabelOf(span.quote, language, name.kind);
    const c: Built = named ?? { key, label: span.quote, ...english, kind: name.kind, ...(name.category ? { actorCategory: name.category } : {}), rule: name.rule, score: 0.6, mentions: [], similar: similarEntities(knowledge.similarity, [span.quote, english.labelEn]), ranges: [] };
    if (!named) {
      added.push(c);
      addedByKey.set(key, c);
    }
    if (seen.has(`${key}@${span.start}`)) continue;
    seen.add(`${key}@${span.start}`);
    inside.push({ first: name.first, last: name.last, c });
    // "Director of the … Capability (MPCC)": named on its own in the brackets, it is mentioned there, as a reader
    // marks it, not inside the office. A mention only, no name a clause reads: the office and its holder stand on
    // either side of the brackets.
    const abbreviation = name.abbreviation;
    const free = abbreviation !== undefined && !covered[abbreviation] && !candidates.some((o) => o.ranges.some(([a, b]) => a <= abbreviation && abbreviation <= b));
    c.mentions.push(free ? spanOf(text, tokens, abbreviation, abbreviation) : span);
  }
  if (added.length === 0) return [...inside, ...longForms];
  // Named on its own elsewhere ("Lực lượng Bảo vệ bờ biển Philippines cũng mời …"): mentioned there, not inside the
  // office; a shorter name a rule found inside it there ("Philippines") gives way, as the longer name wins for a reader.
  const standing = occurrencesOf(tokens, wordTrie(added.map((c) => ({ name: c, words: foldedWords(c.label) }))), (i) => covered[i] !== undefined);
  // Which candidate range each word is in (ranges do not overlap), and which standing occurrence took it.
  const rangeAt = new Array<[number, number] | undefined>(tokens.length);
  for (const c of candidates) for (const r of c.ranges) for (let k = r[0]; k <= r[1]; k++) rangeAt[k] = r;
  const takenBy = new Array<number | undefined>(tokens.length);
  for (const c of added) {
    const length = foldedWords(c.label).length;
    for (const a of standing.get(c) ?? []) {
      const b = a + length - 1;
      let crossing = false;
      for (let k = a; k <= b && !crossing; k++) crossing = takenBy[k] !== undefined || (rangeAt[k] !== undefined && (rangeAt[k]![0] < a || rangeAt[k]![1] > b));
      if (crossing) continue;
      for (let k = a; k <= b; k++) takenBy[k] = a;
      c.ranges.push([a, b]);
    }
    if (c.ranges.length > 0) c.mentions = c.ranges.map(([a, b]) => spanOf(text, tokens, a, b));
  }
  for (const o of candidates) {
    const inside = ([x, y]: [number, number]) => takenBy[x] !== undefined && takenBy[x] === takenBy[y];
    if (!o.ranges.some(inside)) continue;
    o.ranges = o.ranges.filter((r) => !inside(r));
    o.mentions = o.ranges.map(([x, y]) => spanOf(text, tokens, x, y));
  }
  pushAll(candidates, added);
  // A candidate all of whose mentions gave way is gone.
  const kept = candidates.filter((c) => c.mentions.length > 0);
  candidates.length = 0;
  pushAll(candidates, kept);
  return [...inside.filter((n) => n.c.ranges.length === 0), ...longForms];
}

/**
 * "Bộ Quốc phòng Australia": a known body or office named by a short form ("Bộ Quốc phòng", Viet
 * Nam's ministry) that runs straight on into a state's name is another state's body, a new name;
 * it is no mention of the known one. (Where the long form is known, "Bộ Quốc phòng Việt Nam", the
 * longer known name was matched instead.)
 */
function ownedByAnotherState(text: string, tokens: Token[], mention: TokenMention, knowledge: Knowledge): boolean {
  if (!('entity' in mention)) return false;
  const entity = knowledge.vocabulary.entities.get(mention.entity);
  if (!entity || entity.kind !== 'actor' || (entity.category !== 'body' && entity.category !== 'office')) return false;
  // "Bộ Quốc phòng Quốc gia Ba Lan": capitalised words of its own name may stand before the state.
  for (let next = mention.lastToken + 1; next <= mention.lastToken + 3; next++) {
    if (!tokens[next] || !/^[ \t]+$/.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start))) return false;
    if (!isCapitalised(tokens[next]!.text) && !isCompound(tokens[next - 1]!.text, tokens[next]!.text)) return false;
    for (let end = Math.min(tokens.length - 1, next + LONGEST_STATE_WORDS - 1); end >= next; end--) {
      if (stateNamed(text.slice(tokens[next]!.start, tokens[end]!.end))) return true;
    }
  }
  return false;
}

/**
 * Whether a known entity is met only by a short form or an alias that names no state ("Minister of Defence", "Security and
 * Defence Partnership") while its own name holds a state ("Minister of Defence of Norway", "EU–Norway Security and Defence
 * Partnership") the article never names: the Indonesian minister or the EU–Japan partnership, not Norway's.
 */
function ofAStateNeverNamed(mention: TokenMention, knowledge: Knowledge, statesNamed: () => Set<State>): boolean {
  if (!('entity' in mention) || mention.method === 'label') return false;
  const entity = knowledge.vocabulary.entities.get(mention.entity);
  if (!entity || statesIn(mention.quote).length > 0) return false;
  const own = [...statesIn(entity.labels.en), ...statesIn(entity.labels.vi)];
  // Viet Nam's own bodies and offices go without its name in its press ("Bộ Quốc phòng", "Bộ trưởng Quốc phòng").
  if (own.includes(VIET_NAM!)) return false;
  return own.length > 0 && own.every((state) => !statesNamed().has(state));
}

const VIET_NAM = stateNamed('Việt Nam');

/** The states a name holds, as words of it ("EU–Norway Security …" holds Norway). */
function statesIn(name: string): State[] {
  const words = tokenize(name);
  const found: State[] = [];
  for (let first = 0; first < words.length; first++) {
    for (let last = Math.min(words.length - 1, first + 3); last >= first; last--) {
      const state = stateNamed(name.slice(words[first]!.start, words[last]!.end));
      if (state) found.push(state);
    }
  }
  return found;
}

/** The states an article names, by any of their names in either language ("Mỹ", "Hoa Kỳ") or by an English adjective: one pass. */
function statesNamedIn(text: string, tokens: Token[]): Set<State> {
  const found = new Set<State>();
  tokens.forEach((token, first) => {
    const adjective = stateOfAdjective(token.text);
    if (adjective) found.add(adjective);
    if (!isCapitalised(token.text) || !mayOpenStateName(token.folded)) return;
    for (let last = first; last < Math.min(tokens.length, first + 4); last++) {
      const state = stateNamed(text.slice(token.start, tokens[last]!.end));
      if (state) found.add(state);
    }
  });
  return found;
}

/**
 * In English, whether a known office or body is another state's, said before it: "Lithuania's Minister of Defence",
 * "the Lithuanian Minister of Defence" is not Norway's minister of that name, unless the graph holds it as that state's.
 */
function anotherStatesBefore(text: string, tokens: Token[], mention: TokenMention, knowledge: Knowledge): boolean {
  if (!('entity' in mention)) return false;
  const entity = knowledge.vocabulary.entities.get(mention.entity);
  if (!entity || entity.kind !== 'actor' || (entity.category !== 'body' && entity.category !== 'office')) return false;
  const first = mention.firstToken;
  const possessive = first >= 2 && tokens[first - 1]!.folded === 's' && /^['’]$/.test(text.slice(tokens[first - 2]!.end, tokens[first - 1]!.start));
  let state: State | undefined;
  if (possessive) {
    for (let start = first - 2; start >= Math.max(0, first - 1 - LONGEST_STATE_WORDS) && !state; start--) state = stateNamed(text.slice(tokens[start]!.start, tokens[first - 2]!.end));
  } else if (first >= 1) {
    state = stateOfAdjective(tokens[first - 1]!.text);
  }
  if (!state) return false;
  // Its own state: the graph holds it as that state's, or its name says so ("Minister of National Defence of Viet Nam").
  const ref = knowledge.states.get(state);
  const held = ref !== undefined && 'entity' in ref && knowledge.relationIds.has(relationId({ source: entity.id, predicate: 'part_of', target: ref.entity }));
  const named = [entity.labels.vi, entity.labels.en].some((label) => {
    const words = tokenize(label);
    return [1, 2, 3].some((n) => words.length > n && stateNamed(label.slice(words[words.length - n]!.start)) === state);
  });
  return !held && !named;
}

/**
 * In English, whether a known instrument's or event's name of two words or more stands after "a" or "an" as a noun of its
 * own: "launched a Security and Defence Partnership" is a new one. Not a framework, nor a name that qualifies the next
 * word ("a CSDP mission", "an IHL workshop").
 */
function introducedAsNew(text: string, tokens: Token[], mention: TokenMention, knowledge: Knowledge): boolean {
  if (!('entity' in mention) || mention.lastToken === mention.firstToken) return false;
  const kind = knowledge.vocabulary.kinds.get(mention.entity);
  const next = tokens[mention.lastToken + 1];
  const qualifies = next !== undefined && /^ $/.test(text.slice(tokens[mention.lastToken]!.end, next.start)) && !NOT_A_NOUN_AFTER.has(next.folded);
  return (kind === 'agreement' || kind === 'partnership' || kind === 'event') && ['a', 'an'].includes(tokens[mention.firstToken - 1]?.text ?? '') && !qualifies;
}

/** Words after a name that show it qualifies no noun: "a Security and Defence Partnership | in Tokyo". */
const NOT_A_NOUN_AFTER = new Set(['in', 'on', 'at', 'with', 'between', 'for', 'and', 'to', 'of', 'was', 'is', 'will', 'that', 'which', 'by', 'from', 'under', 'during']);

const REFERENCE_INDEX = phraseIndex(REFERENCE_PHRASES);

/** An English event's head said after "the" ("the meeting"), which a word for how long it lasted may stand before. */
const EVENT_REFERENCE_HEADS = new Set(REFERENCE_PHRASES.filter(([phrase, kind]) => kind === 'event' && /^the \S+$/.test(phrase)).map(([phrase]) => phrase.slice(4)));
/** "three-day", "12-day", "week-long": how long an occasion lasted, folded. */
const LASTING = /^(?:[a-z]+|\d+)-(?:day|week)$|^(?:day|week)-long$/;

/** "The three-day meeting was hosted by …": the article's occasion, said with how long it lasted. */
function lastingEventReference(text: string, tokens: Token[], i: number): { words: string[]; value: ReferenceKind; phrase: string } | undefined {
  const [the, lasting, head] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (the?.folded !== 'the' || !lasting || !head || !LASTING.test(lasting.folded) || !EVENT_REFERENCE_HEADS.has(head.folded)) return undefined;
  if (!/^ $/.test(text.slice(the.end, lasting.start)) || !/^ $/.test(text.slice(lasting.end, head.start))) return undefined;
  return { words: [the.folded, lasting.folded, head.folded], value: 'event', phrase: `the ${lasting.folded} ${head.folded}` };
}

function findReferences(text: string, tokens: Token[], taken: boolean[]): [number, number, ReferenceKind][] {
  const found: [number, number, ReferenceKind][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const reference = phraseFrom(REFERENCE_INDEX, text, tokens, i) ?? lastingEventReference(text, tokens, i);
    if (!reference) continue;
    const n = reference.words.length;
    // ("giữa hai Bộ Quốc phòng": the two ministries, though "Bộ Quốc phòng" alone is read as a short name of one of them.)
    if (!bodiesByName(tokens, reference.value, i, i + n - 1) && [...Array(n).keys()].some((k) => taken[i + k])) continue;
    // "hai học viện" are two academies, "hai học viên" two students: folded, they are one phrase.
    if (reference.phrase === 'hai hoc vien' && !tonedPhraseAt(tokens, i, 'hai học viện')) continue;
    const next = tokens[i + n];
    // "cuộc họp báo" is a press conference, not "cuộc họp": the reference's last syllable begins a word there.
    // (Not when the next syllable begins a word of its own: "hai nước | cam kết", though "nước cam" is a word.)
    const afterNext = tokens[i + n + 1];
    const nextBound = afterNext !== undefined && /^ $/.test(text.slice(next?.end ?? 0, afterNext.start)) && isCompound(next!.text, afterNext.text);
    if (next && !isCapitalised(next.text) && /^ $/.test(text.slice(tokens[i + n - 1]!.end, next.start)) && isCompound(tokens[i + n - 1]!.text, next.text) && !nextBound) continue;
    // "Thỏa thuận Đối tác …" is a name, not a reference; nor is "cuộc diễn tập “Lá chắn Mekong 2024”", what the quoted name is.
    if (next && /^\s+["“«]?$/.test(text.slice(tokens[i + n - 1]!.end, next.start)) && /^\p{Lu}/u.test(next.text) && !isAcronym(next.text)) continue;
    found.push([i, i + n - 1, reference.value]);
    i += n - 1;
  }
  return found;
}

const SUBJECT_KINDS: ReadonlySet<Kind> = new Set(['agreement', 'partnership', 'event']);

/**
 * The instruments and events the article is about, likeliest first: named in its headline or its
 * first sentence (three times as telling as a later mention), then the most mentioned; an event
 * named only in lower case counts a third as much.
 */
function rankSubjects(slots: Slot[], leadEnd: number, unnamed: ReadonlySet<string>, sideline: (slot: Slot) => boolean, grounded: (slot: Slot) => boolean, toldAt: (slot: Slot) => boolean): { ref: EndRef; kind: Kind }[] {
  const scores = new Map<string, { ref: EndRef; kind: Kind; score: number; first: number }>();
  // The furthest any name reaches among those that start before: "ADMM+" inside "Hội nghị Nhóm chuyên gia ADMM+ về …" is
  // a word of that name, not a mention of the ADMM+ that would make it what the article is about.
  let reach = -1;
  let reachFirst = -1;
  for (const slot of [...slots].sort((a, b) => a.first - b.first || b.last - a.last)) {
    const nested = slot.first > reachFirst && slot.last <= reach;
    if (slot.last > reach) [reach, reachFirst] = [slot.last, slot.first];
    // A press conference is where the news is told, never what "hai bên" or "văn kiện" of the news mean.
    if (nested || slot.viaReference || !SUBJECT_KINDS.has(slot.kind) || toldAt(slot)) continue;
    const key = refKey(slot.ref);
    const entry = scores.get(key) ?? { ref: slot.ref, kind: slot.kind, score: 0, first: slot.first };
    // An event named only in lower case ("the visit", "chuyến thăm") counts a third: in the lead it weighs what one later
    // mention of a named instrument does, so "the visit" does not outrank the agreement the article is about.
    // So does the occasion on whose sidelines the article's meeting or signing took place ("On the sidelines of the
    // Shangri-La Dialogue, …", "Bên lề Hội nghị …"): it is where, not what the article is about.
    // What the article's occasion is held under ("trong khuôn khổ Kế hoạch …"), even in the lead, weighs less than one later
    // mention of an instrument signed.
    entry.score += (slot.first <= leadEnd ? 3 : 1) * (grounded(slot) ? 0.1 : unnamed.has(key) || sideline(slot) ? 0.34 : 1);
    scores.set(key, entry);
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.first - b.first);
}

/**
 * For a word `at`, the instrument or framework whose name ends right before a comma there (its abbreviation in brackets
 * between), if any. The names are ordered by where they end once, so that each "văn kiện" of a long article is a search,
 * not a pass over all its names.
 */
function instrumentsBeforeComma(text: string, tokens: Token[], slots: readonly Slot[]): (at: number) => Slot | undefined {
  // (Sorted stably: of two names ending on one word, the one that starts first, as a pass in the text's order would keep.)
  const named = slots.filter((s) => !s.viaReference).sort((a, b) => a.last - b.last);
  return (at) => {
    let low = 0;
    let high = named.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (named[mid]!.last < at) low = mid + 1;
      else high = mid;
    }
    let k = low - 1;
    while (k > 0 && named[k - 1]!.last === named[k]!.last) k--;
    const before = named[k];
    if (!before || (before.kind !== 'agreement' && before.kind !== 'framework')) return undefined;
    return /^\s*(?:\([^()]{1,30}\)|\))?\s*,\s*$/.test(text.slice(tokens[before.last]!.end, tokens[at]!.start)) ? before : undefined;
  };
}

/** Whether a reference names two bodies by the name they share: "hai Bộ Quốc phòng", not "hai cơ quan". */
function bodiesByName(tokens: Token[], reference: ReferenceKind, first: number, last: number): boolean {
  return reference === 'bodies' && last - first > 1 && isCapitalised(tokens[first + 1]!.text);
}

/** A minister's or a secretary's office, by its words (folded); a press secretary speaks for one, and signs nothing. */
const MINISTERIAL = /\b(?:minister|(?<!press )secretary|bo truong)\b/;
/** What may stand between an office and its holder's name: a comma, a form of address, ranks ("Minister … General Phan Van Giang"). */
const TITLE_TO_PERSON = new RegExp(`^(?:\\s+|,\\s*)(?:(?:${['mr', 'ms', 'mrs', 'dr', ...RANKS_EN].sort((a, b) => b.length - a.length).join('|')})\\.?\\s+)*$`, 'i');

/**
 * "the three Ministers signed …", "the two ministers witnessed …": the three (or two) people named beside a minister's or a
 * secretary's office ("Minister of Defence X", "Minister for Defence Mr X", "X, Secretary of State for Defence") that the
 * article names most; not an ambassador it names twice, nor a commander who came with one of them.
 */
function ministersNamedMost(text: string, tokens: Token[], slots: Slot[], count: number): EndRef[] {
  const offices = slots.filter((s) => s.category === 'office' && MINISTERIAL.test(tokens.slice(s.first, s.last + 1).map((t) => t.folded).join(' ')));
  const between = (a: Slot, b: Slot) => (a.last < b.first ? text.slice(tokens[a.last]!.end, tokens[b.first]!.start) : '');
  const beside = (p: Slot, o: Slot) => TITLE_TO_PERSON.test(between(o, p)) || /^,\s*(?:the\s+)?$/i.test(between(p, o));
  const ministers = new Set(slots.filter((p) => p.category === 'person' && offices.some((o) => beside(p, o))).map((p) => refKey(p.ref)));
  return theMostNamed(slots.filter((s) => ministers.has(refKey(s.ref))), ['person'], count);
}

/** The two bodies that "giữa A và B" (between A and B) names before word `at`, in its sentence: the latest such pair. */
function sidesNamedBefore(tokens: Token[], slots: Slot[], sentenceIndex: number[], at: number): EndRef[] {
  const before = slots.filter((s) => s.last < at && sentenceIndex[s.first] === sentenceIndex[at] && !s.viaReference);
  for (let n = before.length - 1; n > 0; n--) {
    const [a, b] = [before[n - 1]!, before[n]!];
    if (b.first === a.last + 2 && ['va', 'and'].includes(tokens[a.last + 1]!.folded) && ['giua', 'between'].includes(tokens[a.first - 1]?.folded ?? '') && a.category !== 'state' && b.category !== 'state') return [a.ref, b.ref];
  }
  return [];
}

/** The two bodies named most whose names open with words `first`…`last` and go on after them. */
function twoOpenedBy(tokens: Token[], slots: Slot[], first: number, last: number): EndRef[] {
  const words = tokens.slice(first, last + 1).map((t) => t.folded);
  const opened = slots.filter((s) => s.last - s.first >= words.length && words.every((w, k) => tokens[s.first + k]!.folded === w));
  return theMostNamed(opened, ['body', 'organisation', '']);
}

/** Words that say an occasion was co-chaired (folded). */
const CO_CHAIRED = new Set(['co-chaired', 'dong chu tri']);

/**
 * "The committee was co-chaired by Mr. Lee …, and Air Vice Marshal Hartono … At the close of the committee, the co-chairs
 * signed …": the first two people named in the latest sentence before `at` that says who co-chaired.
 */
function coChairsBefore(tokens: Token[], slots: Slot[], sentenceIndex: number[], at: number): EndRef[] {
  for (let k = at - 1; k >= 0; k--) {
    // ("đồng chủ trì" is three words.)
    const three = tokens.slice(Math.max(0, k - 2), k + 1).map((t) => t.folded).join(' ');
    if (!CO_CHAIRED.has(tokens[k]!.folded) && !CO_CHAIRED.has(three)) continue;
    const sentence = sentenceIndex[k];
    const people = slots.filter((s) => !s.viaReference && s.category === 'person' && sentenceIndex[s.first] === sentence);
    return people.length >= 2 ? [people[0]!.ref, people[1]!.ref] : [];
  }
  return [];
}

/** Counts written before "văn kiện", folded ("ba văn kiện"); "các", "những" count those named before it (0). */
const INSTRUMENT_COUNTS = new Map(Object.entries({ hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, cac: 0, nhung: 0 }));

/** The count "văn kiện" at `first` is made with, if any: "ký kết ba văn kiện", "các văn kiện này". */
function instrumentCount(tokens: Token[], first: number): number | undefined {
  const before = tokens[first - 1];
  if (!before || tokens[first]!.folded !== 'van') return undefined;
  // ("năm" is a year as well as five: "năm 2025 văn kiện" does not occur, "năm văn kiện" counts.)
  return /^\d$/.test(before.text) ? Number(before.text) : INSTRUMENT_COUNTS.get(before.folded);
}

/** Right after an instrument's name: it was signed in a year the text gives ("…, signed in 2019", "ký năm 2017"). */
// Its first group, the day or the month when given; its second, the year.
const SIGNED_IN_A_YEAR = /^(?:[^.;]{0,12}?|(?:(?!\b(?:that|which|the|an?|replaces|updates|và|của)\b)[^.;,]){0,50}?)(?:signed|concluded|adopted|ký kết|ký)\s+(?:(?:in|on|vào|vào năm|năm|từ năm)\s+)?(\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?|(?:ngày\s+\d{1,2}\/?\s*)?tháng\s+\d{1,2}\s*(?:năm\s+|\/)|\d{1,2}\/(?:\d{1,2}\/)?)?((?:19|20)\d{2})/u;

/**
 * Whether the text says an instrument was signed years before the article: a year alone says when, long before ("…, signed
 * in 2019", "a 2018 agreement"); with its day, only a year before the latest the lead names ("signed on 12 March 2025" in a
 * report of that day is the article's own signing).
 */
function signedYearsBefore(text: string, tokens: Token[], sentences: { end: number }[], mentions: { first: number; last: number }[]): boolean {
  const lead = text.slice(0, sentences[Math.min(3, sentences.length - 1)]?.end ?? 0);
  const latestYear = Math.max(0, ...[...lead.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
  const earlier = (found: RegExpExecArray | null) => found !== null && (found[1] === undefined || Number(found[2]) < latestYear);
  return mentions.some((x) => earlier(SIGNED_IN_A_YEAR.exec(text.slice(tokens[x.last]!.end, tokens[x.last]!.end + 60))) || earlier(/\b()((?:19|20)\d{2})\s*$/.exec(text.slice(Math.max(0, tokens[x.first]!.start - 8), tokens[x.first]!.start))));
}

/** Whether the words that say what something is done under or in line with stand right before `start`: "under the", "trong khuôn khổ". */
function groundingBefore(text: string, start: number): boolean {
  return /(?:\bunder|\bin line with|\bwithin the framework of|\bin the framework of|trong khuôn khổ|trên cơ sở|phù hợp với)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The instruments and frameworks named only as what something is done under or in line with ("trong khuôn khổ Bản ghi nhớ …
 * cũng như Kế hoạch …", "on the basis of A and B"): the ground of the article's occasion, hardly what "hai bên" or "văn kiện" mean.
 */
function groundedSlots(text: string, tokens: Token[], slots: Slot[], sentenceIndex: number[]): Set<Slot> {
  const grounded = new Set<Slot>();
  let previous: Slot | undefined;
  for (const slot of slots) {
    // (A partnership a meeting is held under is often what the article is about: "hai bên" may mean it.)
    if (slot.kind !== 'agreement' && slot.kind !== 'framework' && slot.kind !== 'event') continue;
    const start = tokens[slot.first]!.start;
    const listed = previous !== undefined && grounded.has(previous) && sentenceIndex[previous.first] === sentenceIndex[slot.first] && /(?:^|\s)(?:và|cũng như|and|as well as)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, start - 16), start));
    // ("… trong khuôn khổ Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+)": its abbreviation after it too.)
    const abbreviated = previous !== undefined && grounded.has(previous) && /^\s*\(\s*$/.test(text.slice(tokens[previous.last]!.end, start));
    if (groundingBefore(text, start) || listed || abbreviated) grounded.add(slot);
    previous = slot;
  }
  return grounded;
}

/** The first words of events that go on for months over a region or at sea: an operation, a mission, a joint patrol (folded). */
const ONGOING = new Set(['operation', 'mission', 'chien dich', 'phai bo', 'tuan tra']);

/** Whether "on the sidelines of (the)" or "bên lề" stands right before token `first` (folded). */
function onSidelinesOf(tokens: Token[], first: number): boolean {
  const before = (n: number) => tokens.slice(Math.max(0, first - n), first).map((t) => t.folded).join(' ');
  return before(2) === 'ben le' || before(2) === 'sidelines of' || before(3) === 'sidelines of the' || (before(3) === 'ben le cua');
}

/** "họp báo thường kỳ", "the regular press briefing": an event at which a spokesperson tells the news. */
function isPressConference(tokens: Token[], slot: Slot): boolean {
  const words = tokens.slice(slot.first, slot.last + 1).map((t) => t.folded).join(' ');
  return /^(?:buoi |cuoc )?hop bao\b|\bpress (?:conference|briefing)\b/.test(words);
}

/**
 * "New Commander Takes the Helm of …", "EU Delivers Coastal Radar Systems to …": in a headline in title case every longer
 * word is capitalised, so a run of capitals that no head, title or place word made an actor, found there and written nowhere
 * in the text below with its capitals, is none. (A state or what a state owns, a body or an office by its head, a place, an
 * instrument, an occasion or a field the headline announces are what the text goes on to tell of: "… to Moldovan Border
 * Police", "Chinese Navy Training Ship Arrives …".)
 */
function headlineFragmentsDropped(text: string, tokens: Token[], candidates: Built[]): Built[] {
  const headline = titleCaseHeadline(text, tokens);
  if (!headline) return candidates;
  const [first, end] = headline;
  const below = text.slice(tokens[end - 1]!.end);
  // (Said again below in lower case, "17 nations", it is no name there either.)
  const onlyThere = (c: Built) => c.ranges.every(([a, b]) => (a >= first && b < end) || !isCapitalised(tokens[a]!.text));
  // (Nor a head or a title alone: "Commander" of "New Commander Takes …", "Nations" of "… From 17 Nations in …".)
  const runOrTitle = (c: Built) => c.rule === 'capitalised-run' || (!c.label.includes(' ') && c.actorCategory !== 'person');
  const ofNoState = (c: Built) => statesIn(c.label).length === 0 && !tokenize(c.label).some((w) => stateOfAdjective(w.text));
  return candidates.filter((c) => !(c.kind === 'actor' && onlyThere(c) && runOrTitle(c) && ofNoState(c) && !writtenAlone(below, c.label)));
}

/** Whether a name is written in the text as a name of its own: not inside a word, nor after a capitalised word ("Nations" of "United Nations"). */
function writtenAlone(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{Lu}[\\p{L}.'’-]* )${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Where the article's lead ends: its headline and first sentence of text (a first line that says what the text is, such as a disclaimer, does not count). */
function leadEnd(text: string, sentences: { start: number; end: number; lastToken: number }[]): number {
  // ("HANOI, Oct. 2 (VNA) – …", a dateline in capitals, opens the text's first sentence.)
  const body = sentences.filter((s) => !/^[^\p{Ll}]*\p{Lu}{4}/u.test(text.slice(s.start, s.end)) || /\p{Ll}{3}/u.test(text.slice(s.start, s.start + 12)) || /^\p{Lu}+(?: \p{Lu}+)*,\s/u.test(text.slice(s.start, s.end)));
  return body[Math.min(2, body.length - 1)]?.lastToken ?? 0;
}

export function propose(text: string, knowledge: Knowledge): Proposals {
  const tokens = tokenize(text);
  const { sentenceStart, sentenceEnd, sentenceIndex, sentences } = sentenceIndexOfTokens(tokens, splitSentences(text));
  const language = articleLanguage(text);
  let namedStates: Set<State> | undefined;
  const statesNamed = () => (namedStates ??= statesNamedIn(text, tokens));
  const known = findKnownMentions(text, tokens, knowledge.vocabulary).filter(
    (m) => !ownedByAnotherState(text, tokens, m, knowledge) && !ofAStateNeverNamed(m, knowledge, statesNamed) && !(language === 'en' && (anotherStatesBefore(text, tokens, m, knowledge) || introducedAsNew(text, tokens, m, knowledge))),
  );
  const covered = new Array<TokenMention | undefined>(tokens.length);
  for (const m of known) for (let k = m.firstToken; k <= m.lastToken; k++) covered[k] = m;

  const knownKind = (i: number) => {
    const m = covered[i];
    return m && 'entity' in m ? knowledge.vocabulary.kinds.get(m.entity) : undefined;
  };
  const english = language === 'en' ? readEnglish(text, tokens) : undefined;
  const raw = findCandidateRanges({ text, tokens, sentenceStart, sentenceEnd, covered, headKinds: knowledge.headKinds, domainBigrams: knowledge.domainBigrams, knownKind, ...(english ? { english } : {}) });
  const candidates = headlineFragmentsDropped(text, tokens, buildCandidates(text, tokens, raw, knowledge, covered, language));
  // "Thứ trưởng Bộ Công an" after "Bộ Công an Việt Nam": the office's body is the one named in full.
  const shortForms = shortFormsOf(candidates);
  const namesInside = addNamesInsideNames(text, tokens, candidates, knowledge, language, covered, shortForms);
  const candidateRanges = candidates.flatMap((c) => c.ranges.map(([first, last]) => ({ first, last, c })));
  // A known name inside a new one ("… giữa Việt Nam và Liên minh châu Âu") belongs to the new one.
  const reach = reachOf(tokens.length, candidateRanges);
  const mentionsKept = known.filter((m) => (reach[m.firstToken] ?? -1) < m.lastToken);
  // Marked there too, as a reader marks "Việt Nam" in "Hải quân Việt Nam": a mention, no end of a relation. Not a
  // domain inside a longer domain's name: "đào tạo ngoại ngữ" is not "đào tạo".
  const insideDomain = new Array<boolean>(tokens.length).fill(false);
  for (const r of candidateRanges) if (r.c.kind === 'domain') for (let k = r.first; k <= r.last; k++) insideDomain[k] = true;
  // Nor an office that another office's name adds words before: "Second Minister of Defence", "Deputy Minister of …" mention
  // no "Minister of …" (their ministry, yes); "High Representative for Foreign Affairs …" is the High Representative, in full.
  // Nor one in a meeting's name: "Đối thoại Bộ trưởng Quốc phòng Việt Nam – Australia" is no mention of Viet Nam's minister.
  const insideOffice = new Array<boolean>(tokens.length).fill(false);
  for (const r of candidateRanges) if (r.c.actorCategory === 'office' || r.c.kind === 'event') for (let k = r.first + 1; k <= r.last; k++) insideOffice[k] = true;
  const knownOffice = (m: TokenMention) => 'entity' in m && knowledge.vocabulary.entities.get(m.entity)?.category === 'office';
  // Nor a syllable bound into a word ("Vụ Pháp chế" names no France), the Indian Ocean, or a language ("tiếng Anh").
  // Nor the words a body's name ends with, right after another name: "ASEAN Member States" are not the EU's; nor a field a
  // body is named after: "Department of Peacekeeping Operations", "Coast Guard Training Center" (a state or an owner after
  // "of", "của", is marked).
  const actorEnds = new Map<number, number>();
  for (const r of candidateRanges) if (r.c.kind === 'actor') for (let k = r.first; k <= r.last; k++) actorEnds.set(k, r.last);
  const namesHead = (m: TokenMention) => {
    const end = actorEnds.get(m.firstToken);
    if (end === undefined || stateNamed(m.quote)) return false;
    // (A working group's field after "on", "về" is its topic: "… Working Group on Counter-Terrorism".)
    const topic = ['on', 've'].includes(tokens[m.firstToken - 1]?.folded ?? '');
    return (knownKind(m.firstToken) === 'domain' && !topic) || (end === m.lastToken && !['of', 'cua', 'the'].includes(tokens[m.firstToken - 1]?.folded ?? ''));
  };
  const mentionsInside = known.filter(
    (m) => (reach[m.firstToken] ?? -1) >= m.lastToken && !(insideDomain[m.firstToken] && knownKind(m.firstToken) === 'domain') && !(insideOffice[m.firstToken] && knownOffice(m)) && !notTheState(text, tokens, m.firstToken, m.lastToken) && !namesHead(m),
  );

  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentionsKept) for (let k = m.firstToken; k <= m.lastToken; k++) taken[k] = true;
  for (const r of candidateRanges) for (let k = r.first; k <= r.last; k++) taken[k] = true;
  // Mentions only, no slots: "Vietnamese officers" are nobody's end of a relation.
  const adjectiveMentions = language === 'en' ? stateAdjectiveMentions(text, tokens, taken, knowledge.states) : [];

  // A known name's or a candidate's place in the text, as the clause rules read it.
  const slotOfMention = (m: TokenMention): Slot => {
    const entity = knowledge.vocabulary.entities.get((m as { entity: string }).entity)!;
    return { first: m.firstToken, last: m.lastToken, ref: { entity: entity.id }, kind: entity.kind as Kind, viaReference: false, ...(entity.category ? { category: entity.category } : {}) };
  };
  const slotOfRange = (r: { first: number; last: number; c: Built }): Slot => ({ first: r.first, last: r.last, ref: { candidate: r.c.key }, kind: r.c.kind, viaReference: false, ...(r.c.actorCategory ? { category: r.c.actorCategory } : {}) });
  const slots: Slot[] = [...mentionsKept.map(slotOfMention), ...candidateRanges.map(slotOfRange)].sort((a, b) => a.first - b.first);
  const unnamed = new Set(candidates.filter((c) => c.rule === 'event-phrase').map((c) => refKey({ candidate: c.key })));
  const grounded = groundedSlots(text, tokens, slots, sentenceIndex);
  const subjects = rankSubjects(slots, leadEnd(text, sentences), unnamed, (slot) => onSidelinesOf(tokens, slot.first), (slot) => grounded.has(slot), (slot) => isPressConference(tokens, slot));
  const referenceRanges = findReferences(text, tokens, taken);
  // A reference reaches the article's leading instrument or event of the kind it names ("the dialogue" an event).
  const leading = new Map<Kind, { ref: EndRef; kind: Kind }>();
  for (const subject of subjects) if (!leading.has(subject.kind)) leading.set(subject.kind, subject);
  // "hai cơ quan", "the two agencies": the two bodies the article names most, each an end of what they do; "hai Thứ
  // trưởng", "both ministers": the two people. Counted only for an article that says so, from the names alone (before
  // these references join them).
  // (Not the paper that reports: "Báo Biên phòng – Từ ngày 17 …" names no side.)
  const notPaper = (s: Slot) => tokens[s.first]!.text !== 'Báo';
  const twoNamedMost = (reference: ReferenceKind, categories: string[]) => (referenceRanges.some(([, , r]) => r === reference) ? theMostNamed(slots.filter(notPaper), categories) : []);
  const threePeople = referenceRanges.some(([, , r]) => r === 'threePeople') ? ministersNamedMost(text, tokens, slots, 3) : [];
  // ("The two ministers then witnessed …": the two named beside a minister's office, where the article names two, not the
  // commander who came with one of them.)
  const ministerial = referenceRanges.some(([first, last, r]) => r === 'people' && /minister|bo truong/.test(tokens.slice(first, last + 1).map((t) => t.folded).join(' ')));
  const twoMinisters = ministerial ? ministersNamedMost(text, tokens, slots, 2) : [];
  const pairs = { bodies: twoNamedMost('bodies', ['body', 'organisation', '']), people: twoMinisters.length === 2 ? twoMinisters : twoNamedMost('people', ['person']), threePeople };
  // "Hai nước đều là thành viên ASEAN", "between the two countries": the two states the article names most.
  // The reference's last two words: "hai nước", "the two countries".
  const twoCountries = (first: number, last: number) => last > first && isTwoCountries(tokens[last - 1]!.folded, tokens[last]!.folded);
  const states = referenceRanges.some(([first, last]) => twoCountries(first, last)) ? theMostNamed(slots, ['state']) : [];
  const instrumentOfGenre = instrumentsByGenre(tokens, slots, language);
  const eventOfHead = eventsByHead(tokens, slots, leading.get('event')?.ref);
  const instrumentBeforeComma = instrumentsBeforeComma(text, tokens, slots);
  // (Asked once for each phrase: a long article says "hai Bộ Quốc phòng" many times over.)
  const openedPairs = new Map<string, EndRef[]>();
  const pairOpenedBy = (first: number, last: number): EndRef[] => {
    const key = tokens.slice(first, last + 1).map((t) => t.folded).join(' ');
    if (!openedPairs.has(key)) openedPairs.set(key, twoOpenedBy(tokens, slots, first, last));
    return openedPairs.get(key)!;
  };
  for (const [first, last, reference] of referenceRanges) {
    if (reference === 'chairs') {
      const pair = coChairsBefore(tokens, slots, sentenceIndex, first);
      if (pair.length === 2) slots.push({ first, last, ref: pair[0]!, parties: pair, kind: 'actor', category: 'person', viaReference: true });
      continue;
    }
    if (reference === 'bodies' || reference === 'people' || reference === 'threePeople') {
      // "hai Bộ Quốc phòng": the two ministries named most whose names open so ("Bộ Quốc phòng Việt Nam", "… Brazil").
      // ("Bản ghi nhớ … giữa Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Philippines, được hai lực lượng ký …": the two
      // bodies its sentence has just named as sides.)
      const sides = reference === 'bodies' ? sidesNamedBefore(tokens, slots, sentenceIndex, first) : [];
      const pair = sides.length === 2 ? sides : reference !== 'threePeople' && bodiesByName(tokens, reference, first, last) ? pairOpenedBy(first + 1, last) : pairs[reference];
      if (pair.length >= 2) slots.push({ first, last, ref: pair[0]!, parties: pair, kind: 'actor', category: reference === 'bodies' ? 'body' : 'person', viaReference: true });
      continue;
    }
    // "ký kết ba văn kiện hợp tác", "các văn kiện này": as many instruments as the article names (those named before it, for
    // "các"), each an end; no one of them when the count differs.
    const count = reference === 'agreement' ? instrumentCount(tokens, first) : undefined;
    if (count !== undefined) {
      const named = [...new Map(slots.filter((s) => !s.viaReference && s.kind === 'agreement' && (count > 0 || s.last < first)).map((s) => [refKey(s.ref), s.ref])).values()];
      if ((count === 0 ? named.length >= 2 : named.length === count)) slots.push({ first, last, ref: named[0]!, parties: named, kind: 'agreement', viaReference: true });
      continue;
    }
    // "… Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS), văn kiện mà Việt Nam và Malaysia đều là thành viên": set off
    // by a comma right after an instrument's name, "văn kiện" is that instrument.
    const described = reference === 'agreement' ? instrumentBeforeComma(first) : undefined;
    if (described) {
      slots.push({ first, last, ref: described.ref, kind: described.kind, viaReference: true });
      continue;
    }
    // "Theo đó, Bản ghi nhớ tập trung vào …, trong khi Kế hoạch …": the instrument of that genre, when the leading one is another.
    const byGenre = reference === 'agreement' ? instrumentOfGenre(first, last, leading.get('agreement')?.ref) : undefined;
    if (byGenre) {
      slots.push({ first, last, ref: byGenre.ref, kind: byGenre.kind, viaReference: true });
      continue;
    }
    // "Cuộc diễn tập gồm …": the exercise named just before, when the leading event is another (the visit).
    const byHead = reference === 'event' ? eventOfHead(first, last) : undefined;
    if (byHead) {
      slots.push({ first, last, ref: byHead.ref, kind: 'event', viaReference: true });
      continue;
    }
    const target = reference === 'subject' ? subjects[0] : leading.get(reference);
    const two = twoCountries(first, last) && states.length === 2 ? { twoActors: states } : {};
    if (target) slots.push({ first, last, ref: target.ref, kind: target.kind, viaReference: true, reference, ...two });
    else if (two.twoActors) slots.push({ first, last, ref: states[0]!, kind: 'actor', viaReference: true, reference, ...two });
  }
  // "Dự buổi lễ có …": the occasion the article named last; "đã tiếp Đại sứ …": its reception. Read by the clauses only: inside no name.
  // ("… chủ trì buổi lễ. Cùng dự có …": the ceremony a word named since is the occasion, not the mission named before it.)
  const occasionWords = occasionSlots(text, tokens, taken, slots);
  const withOccasionWords = [...slots, ...occasionWords].sort((a, b) => a.first - b.first);
  const occasions = new Set([...occasionWords, ...attendanceSlots(text, tokens, taken, withOccasionWords), ...receptionVerbSlots(text, tokens, taken, slots)]);
  // "the operation", "Đợt tìm kiếm": the latest name with that head. Read by the clauses only, as the occasions are.
  const occupied = [...taken];
  for (const s of [...slots, ...occasions]) for (let k = s.first; k <= s.last; k++) occupied[k] = true;
  const headReferences = headReferenceSlots(text, tokens, occupied, slots, language);
  for (const s of headReferences) occasions.add(s);
  pushAll(slots, occasions);
  slots.sort((a, b) => a.first - b.first);
  // "It also allocated …", "He said …": the previous sentence's subject, once the names and head references are known.
  if (language === 'en') {
    pushAll(slots, pronounSlots(text, tokens, sentences, occupied, slots));
    // "We reaffirmed …" in a statement: whoever its title names, there or inside a longer name ("… of the 48th ASEAN Summit").
    pushAll(slots, statementVoiceSlots(text, tokens, sentences, occupied, () => ({ top: slots, inside: [...mentionsInside.map(slotOfMention), ...namesInside.map(slotOfRange)] })));
    slots.sort((a, b) => a.first - b.first);
  }

  const existing = (s: string, p: string, t: string) => {
    const id = relationId({ source: s, predicate: p as never, target: t });
    return knowledge.relationIds.has(id) ? id : undefined;
  };
  const named = [...candidateRanges, ...namesInside].map((r) => ({ first: r.first, last: r.last, ref: { candidate: r.c.key } as EndRef, kind: r.c.kind }));
  const candidateWords = candidates.map((c) => foldedWords(c.label));
  const byWords = new Map(candidates.map((c, i) => [candidateWords[i]!.join(' '), c]));
  // A run's words are spelled out only when its key is a candidate's: a long name's tails cost no more than short ones'.
  const runKeys = wordRunKeys(tokens);
  const candidateKeys = new Set([...candidateWords, ...[...shortForms.keys()].map((short) => short.split(' '))].map(runKeys.keyOf));
  // Only a run as long as a known name, a state's or a candidate's can name anything: the loops over a name's runs try those lengths only.
  const lengths = new Set([...candidateWords.map((words) => words.length), ...[...shortForms.keys()].map((short) => short.split(' ').length)]);
  for (let length = 1; length <= Math.max(knowledge.vocabulary.longest, LONGEST_STATE_WORDS); length++) lengths.add(length);
  const nameLengths = [...lengths].sort((a, b) => b - a);
  const stateRefs = new Map<State, EndRef>(knowledge.states);
  for (const c of candidates) {
    const state = stateNamed(c.label);
    if (state && !stateRefs.has(state)) stateRefs.set(state, { candidate: c.key });
  }
  // A state named only inside longer names ("… of the Philippines") is a candidate too, its mentions inside them.
  // Not in a person's name, nor in a place's ("South China Sea" is no mention of China).
  const nameRanges = candidates.filter((c) => c.actorCategory !== 'person' && c.kind !== 'place').flatMap((c) => c.ranges);
  for (const nested of statesInsideNames(text, tokens, nameRanges, (state) => stateRefs.has(state), language)) {
    const key = candidateKey(nested.label);
    if (candidates.some((c) => c.key === key)) continue;
    candidates.push({ key, label: nested.label, labelEn: nested.state.en, kind: 'actor', actorCategory: 'state', rule: 'state-in-name', score: 0.6, mentions: nested.mentions, similar: similarEntities(knowledge.similarity, nested.label), ranges: [] });
    stateRefs.set(nested.state, { candidate: key });
  }
  // After the states named inside names are candidates too: their kind and category are asked for.
  const categoryOf = new Map(candidates.map((c) => [c.key, c.actorCategory]));
  const kindOfCandidate = new Map(candidates.map((c) => [c.key, c.kind]));
  const resolve = (first: number, last: number): EndRef | undefined => {
    const entry = matchAt(knowledge.vocabulary, tokens, first, text);
    if (entry && entry.length === last - first + 1) return { entity: entry.entity };
    const words = candidateKeys.has(runKeys.key(first, last)) ? tokens.slice(first, last + 1).map((t) => t.folded).join(' ') : undefined;
    const candidate = words === undefined ? undefined : byWords.get(words);
    if (candidate) return { candidate: candidate.key };
    // A short form stands for its body only as a whole name ("Thứ trưởng | Bộ Công an"), not as the end of another ("Vùng 4 | Hải quân").
    const previous = tokens[first - 1];
    const short = words === undefined || (previous && (isCapitalised(previous.text) || /^\d/.test(previous.text))) ? undefined : shortForms.get(words);
    if (short) return { candidate: short.key };
    const state = stateNamed(text.slice(tokens[first]!.start, tokens[last]!.end));
    return state ? stateRefs.get(state) : undefined;
  };
  const categoryOfEnd = (ref: EndRef) => ('entity' in ref ? knowledge.vocabulary.entities.get(ref.entity)?.category : categoryOf.get(ref.candidate));
  const kindOfEnd = (ref: EndRef) => ('entity' in ref ? (knowledge.vocabulary.entities.get(ref.entity)?.kind as Kind | undefined) : kindOfCandidate.get(ref.candidate));
  const nameRelations = proposeNameRelations({
    text,
    tokens,
    names: named,
    slots: slots.filter((x) => !x.viaReference && !occasions.has(x)),
    resolve,
    nameLengths,
    stateOf: (name) => {
      const state = stateNamed(name);
      return state ? stateRefs.get(state) : undefined;
    },
    category: categoryOfEnd,
    kindOf: kindOfEnd,
    sentenceOf: (i) => sentenceIndex[i] ?? 0,
    existing,
  });
  const clauseRelations = proposeByConstructions({ text, tokens, language, sentences, slots, subjects, existing, learned: knowledge.learned, datelineEnds: datelineEnds({ text, tokens }) });
  // "Hà Nội, ngày 14/3/2025 — …": the article's instrument was signed there, its event held there.
  const datelineRelations: RelationProposal[] = [];
  const dateline = candidateRanges.find((r) => r.c.rule === 'dateline');
  const subject = subjects[0];
  const predicate = subject?.kind === 'event' ? 'held_at' : 'signed_at';
  // "TOKYO, July 8 (Reuters) - … The deal was signed in Manila", "COLOMBO — … was held at the Naval and Maritime Academy in
  // Trincomalee": a dateline is where the report was filed; where the text says the thing was done is where it was.
  // ("… tại trụ sở IMO ở London", under "London, ngày 13/5 —": a place inside the dateline's city is there too.)
  const datelineKey = `candidate:${dateline?.c.key}`;
  const insideDateline = (target: EndRef) => [...clauseRelations, ...nameRelations].some((r) => r.predicate === 'located_in' && refKey(r.source) === refKey(target) && refKey(r.target) === datelineKey);
  // (Signed at an event — "Nhân dịp này, … đã ký" — says nothing of the city.)
  const aPlace = (target: EndRef) => ('entity' in target ? knowledge.vocabulary.kinds.get(target.entity) : kindOfCandidate.get(target.candidate)) === 'place';
  const placedElsewhere = subject !== undefined && clauseRelations.some((r) => r.predicate === predicate && refKey(r.source) === refKey(subject.ref) && refKey(r.target) !== datelineKey && aPlace(r.target) && !insideDateline(r.target));
  // "BUSAN — … conducted a joint exercise …; the exercise, held in line with the Agreement on …": an instrument the lead does
  // not name is not what was done where the report was filed; nor one signed years before ("the Agreement …, signed in 2019").
  const sentence = dateline ? (sentenceIndex[dateline.first] ?? 0) : 0;
  const lead = leadEnd(text, sentences);
  const mentionsOfSubject = subject ? slots.filter((x) => refKey(x.ref) === refKey(subject.ref) && !x.viaReference) : [];
  // Nor an instrument the lead only says something is done under ("began receiving data under the IPMDA"), nor an operation
  // or a mission, which goes on somewhere else than where its news is filed.
  // (An abbreviation in brackets repeats the name before it, and says no more.)
  const madeThere = (x: Slot) => subject?.kind === 'event' || !(groundingBefore(text, tokens[x.first]!.start) || text[tokens[x.first]!.start - 1] === '(');
  const goesOn = subject?.kind === 'event' && mentionsOfSubject.some((x) => ONGOING.has(tokens[x.first]!.folded) || ONGOING.has(`${tokens[x.first]!.folded} ${tokens[x.first + 1]?.folded ?? ''}`));
  const inLead = mentionsOfSubject.some((x) => x.first <= lead && madeThere(x)) && !signedYearsBefore(text, tokens, sentences, mentionsOfSubject) && !goesOn;
  if (dateline && subject && (subject.kind === 'event' || subject.kind === 'agreement' || subject.kind === 'partnership') && !placedElsewhere && inLead) {
    const evidence = spanOf(text, tokens, dateline.first, sentences[sentence]!.lastToken);
    datelineRelations.push({ id: `relation:${refKey(subject.ref)}|${predicate}|candidate:${dateline.c.key}|${evidence.start}`, source: subject.ref, predicate, target: { candidate: dateline.c.key }, evidence, rule: `${predicate}/dateline`, score: 0.6, sentence });
  }
  const bothStates = signedByBothStates(text, tokens, slots, (i) => sentenceIndex[i] ?? 0).map((r) => {
    const known = 'entity' in r.source && 'entity' in r.target ? existing(r.source.entity, r.predicate, r.target.entity) : undefined;
    return known ? { ...r, existing: known } : r;
  });
  // A rule people keep rejecting is scored down, and no longer proposed once it is mostly wrong;
  // two rules reading the same relation in the same sentence make one proposal, the surer.
  const surest = new Map<string, RelationProposal>();
  const contents = coveredByOpeningInstrument(text, tokens, sentences, slots);
  // "Theo văn kiện, hai bên duy trì tuần tra …": the sentence says whose content it is; "hai bên" there is not the article's event.
  const contentOf = new Map(contents.map((r) => [r.sentence, refKey(r.source)]));
  const otherContent = (r: RelationProposal) => r.predicate === 'covers' && r.viaReference === 'source' && contentOf.has(r.sentence) && contentOf.get(r.sentence) !== refKey(r.source);
  const diplomatic = diplomaticRelations(text, tokens, slots, (i) => sentenceIndex[i] ?? 0);
  const upgraded = upgradedTies(text, tokens, slots, (i) => sentenceIndex[i] ?? 0);
  const serving = language === 'en' ? forcesServing(tokens, text, slots, (i) => sentenceIndex[i] ?? 0, (state) => stateRefs.get(state), kindOfEnd, categoryOfEnd) : [];
  // What a hedged sentence or a correction says is no fact (hedges.ts).
  const stated = statedAsFact(text, tokens, slots, (i) => sentenceIndex[i] ?? 0, language);
  const byRef = slotsByRef(slots);
  const where = notATopicsPlace(tokens, byRef);
  const doneByThem = notAskedOfOthers(text, tokens, byRef);
  const madeAlready = notStillNegotiated(text, tokens, byRef);
  const heldAlready = notAskedForOccasion(text, tokens, (i) => sentenceIndex[i] ?? 0);
  for (const r of [...clauseRelations.filter(stated).filter(where).filter(doneByThem).filter(madeAlready), ...nameRelations.filter(heldAlready), ...datelineRelations, ...bothStates.filter(stated), ...diplomatic.filter(stated), ...serving.filter(stated), ...upgraded.filter(stated), ...contents.filter(stated)]) {
    if (isRetired(knowledge.learned.rules[r.rule]) || otherContent(r)) continue;
    const scored = { ...r, score: learnedScore(r.score, knowledge.learned.rules[r.rule]) };
    const key = `${refKey(r.source)}|${r.predicate}|${refKey(r.target)}|${r.sentence}`;
    const previous = surest.get(key);
    if (!previous || previous.score < scored.score) surest.set(key, scored);
  }
  // "hai bên ký …": the two bodies that held the article's event, once the clauses have said who did.
  const held = [...surest.values()];
  const ends = { kind: kindOfEnd, category: categoryOfEnd };
  const sides = [...signedByTheTwoSides(text, tokens, slots, held, (i) => sentenceIndex[i] ?? 0, ends), ...supportedByTheTwoSides(text, tokens, slots, held, (i) => sentenceIndex[i] ?? 0, ends)].filter((r) => !isRetired(knowledge.learned.rules[r.rule]) && stated(r));
  // What the two sides support is theirs, not the article's instrument's that "hai bên" reached.
  const theirs = new Set(sides.filter((r) => r.predicate === 'supports').map((r) => `${r.sentence}|${refKey(r.target)}`));
  for (const [key, other] of surest) if (other.predicate === 'supports' && other.viaReference === 'source' && theirs.has(`${other.sentence}|${refKey(other.target)}`)) surest.delete(key);
  for (const r of sides) {
    surest.set(`${refKey(r.source)}|${r.predicate}|${refKey(r.target)}|${r.sentence}`, { ...r, score: learnedScore(r.score, knowledge.learned.rules[r.rule]) });
  }
  const relations = withoutStandInsActing([...surest.values()])
    .sort((a, b) => a.evidence.start - b.evidence.start || b.score - a.score);

  const mentions: Mention[] = [
    ...[...mentionsKept, ...mentionsInside, ...adjectiveMentions].map(({ firstToken: _f, lastToken: _l, ...m }) => m),
    // "the council" after "the Security Council": a short form of a known entity, its head word ("council") the mention.
    ...headReferences.flatMap((s) => ('entity' in s.ref ? [{ ...spanOf(text, tokens, language === 'en' ? s.last : s.first, s.last), entity: s.ref.entity, method: 'short-form' as const }] : [])),
    ...candidates.flatMap((c) => c.mentions.map((span) => ({ ...span, candidate: c.key, method: c.rule }))),
  ].sort((a, b) => a.start - b.start);
  const references: Reference[] = referenceRanges.filter(([, , reference]) => !['bodies', 'people', 'threePeople', 'chairs'].includes(reference)).map(([first, last]) => ({ ...spanOf(text, tokens, first, last), resolvesTo: 'main' }));
  return {
    text,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    mentions,
    // "Is this X?" only for an entity of the candidate's kind: an event is no domain, whatever words they share.
    candidates: candidates.map(({ ranges: _r, actorCategory: _a, ...c }) => ({ ...c, similar: c.similar.filter((s) => knowledge.vocabulary.kinds.get(s.entity) === c.kind) })),
    references,
    mainInstrument: subjects.map((i) => i.ref),
    relations,
  };
}
