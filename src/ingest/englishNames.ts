/**
 * New names in English text. A name is a run of capitalised words, joined by "of", "for", "on",
 * "and", "the", hyphens and dashes ("Joint UN–AU Framework for Enhanced Partnership in Peace and
 * Security"); a run is cut where a rank or an office title stands before a person's name
 * ("Indian Defence Minister | Arjun Menon", "Rear Admiral | Budi Santoso"); its kind comes from
 * its last word ("… Agreement", "… Dialogue", "… Ministry of Defence") or from the states list.
 */
import { isAcronym, isCapitalised, isOrdinal, type Token } from '../text/tokens';
import type { EnglishWords } from './english';
import type { CuratedKind as Kind, RawCandidate } from './types';
import { COMMAND_TITLES, CONSULS, ENGLISH_HEADS, ENGLISH_LEADING_HEADS, NAME_PARTICLES, OFFICE_TITLES_EN, opensShipName, RANKS_EN, UN_OPERATIONS, VI_FAMILY_NAMES } from './nameLexicon';
import { SHORT_GIVEN_NAMES, SHORT_RANK_OPENERS, SHORT_TITLES, written } from '../text/abbreviations';
import { foldKeepLength } from '../text/fold';
import { LONGEST_STATE_WORDS, mayOpenStateName, stateNamed, stateOfAdjective, statesJoined } from './states';
import { CALENDAR_WORDS, COUNT_WORDS_EN, CURRENCY_CODES, FRAMEWORK_WORDS, NEWS_OUTLETS, newsAgencyInBrackets } from './wordLists';
import { fieldTermEnglish } from './fieldTerms';
import { ownersAt } from './tokenSpans';
import { knownEnglishPlace } from './placeNames';
import { headlineLike, tokenLines } from './headlines';

type Context = {
  text: string;
  tokens: Token[];
  sentenceStart: number[];
  covered: ({ firstToken: number; lastToken: number } | undefined)[];
  english: EnglishWords;
};

/** Titles of those sent to a state or an organisation: "… to the United Nations" is part of the office's name. */
const ENVOYS = new Set(['ambassador', 'representative', 'envoy', 'attache', 'attaché', 'consul', 'commissioner']);
/** Heads of a body sent to a state or an organisation: "Delegation of the European Union to Japan", "Permanent Mission … to". */
const MISSIONS = new Set(['delegation', 'mission']);
/** What a partnership or a framework works for, written with capitals after "in" inside its name: no place. */
const AIMS = new Set(['peace', 'security', 'defence', 'defense', 'development', 'stability', 'prosperity', 'cooperation']);
const INSTRUMENT_KINDS: ReadonlySet<Kind> = new Set(['agreement', 'partnership', 'framework']);
const isInstrument = (kind: Kind | undefined) => kind !== undefined && INSTRUMENT_KINDS.has(kind);
/** Small words inside a name: only between two capitalised words ("fur": the German "für" of "Gesellschaft für …", folded; "es" of "Dar es Salaam"). */
const SMALL_WORDS = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'du', 'fur', 'es']);
/** A small word, or a particle of a person's name in lower case ("van", "da"): "Van" and "Da" of "Da Nang" are names. */
const isInner = (t: Token) => SMALL_WORDS.has(t.folded) || NAME_PARTICLES.has(t.text);
/** Capitalised but never the start of a name. */
const NOT_NAME_START = new Set([...CALENDAR_WORDS, 'hon', 'officers', 'representatives', 'members', 'delegates', 'troops', 'sailors', 'soldiers', 'crew', 'ships', 'vessels', 'aircraft', 'jets', 'units', 'peacekeepers', 'cadets', 'students', 'engineers', 'medics', 'observers', 'personnel', 'the', 'a', 'an', 'its', 'their', 'our', 'this', 'these', 'both', 'under', 'on', 'in', 'at', 'by', 'with', 'for', 'from', 'after', 'during', 'it', 'he', 'she', 'they', 'we', 'as', 'all', 'press', 'statement', 'several', 'officials', 'participants', 'opening', 'closing', 'according', 'chairmanship', 'presidency', 'dozens', 'hundreds', 'thousands', 'many', 'some', 'most', 'other', 'others', 'each', 'every', 'about', 'nearly', 'almost', 'roughly', 'approximately', 'ties', 'relations']);
/** Titles an office's portfolio may follow in brackets, folded: "Joint Secretary (Maritime and Systems)". */
const PORTFOLIO_TITLES = new Set(['secretary', 'director', 'officer', 'adviser', 'advisor', 'commissioner', 'manager']);

/**
 * The last word of a portfolio in brackets after the title at `title` ("Director (Marketing)"): capitalised words and the
 * small words between them, closed by ")" before a space or a comma; undefined when there is none.
 */
function portfolioInBrackets(ctx: Context, title: number): number | undefined {
  if (!PORTFOLIO_TITLES.has(ctx.tokens[title]!.folded) || gapAfter(ctx, title) !== ' (' || BRACKETED_QUALIFIERS.has(ctx.tokens[title + 1]?.folded ?? '')) return undefined;
  for (let k = title + 1; k < ctx.tokens.length && k - title <= 4; k++) {
    const token = ctx.tokens[k]!;
    if (!isCapitalised(token.text) && !(k > title + 1 && isInner(token))) return undefined;
    const gap = gapAfter(ctx, k);
    if (/^\)(?:,)? $/.test(gap)) return isCapitalised(token.text) ? k : undefined;
    if (gap !== ' ') return undefined;
  }
  return undefined;
}

/** The title whose portfolio in brackets ends at word `close` ("Director (Marketing)"), if any. */
function titleBeforePortfolio(ctx: Context, close: number): number | undefined {
  for (let title = close - 1; title >= 0 && close - title <= 4; title--) if (gapAfter(ctx, title) === ' (') return portfolioInBrackets(ctx, title) === close ? title : undefined;
  return undefined;
}

/** A company's or a school's name and its abbreviation in brackets, then a comma: what follows is its city. */
const COMPANY_THEN_CITY = /\b(?:Limited|Ltd|Corporation|Shipyard|Shipbuilders|Industries|Dock|Academy|College|University|Institute|Centre|Center)\s+\(\p{Lu}{2,8}\),\s$/u;

/** Verbs a headline in title case capitalises (folded): "United States and Indonesia Sign Acquisition and Cross-Servicing Agreement". */
const HEADLINE_VERBS = new Set(['sign', 'signs', 'hold', 'holds', 'agree', 'agrees', 'meet', 'meets', 'launch', 'launches', 'discuss', 'discusses', 'conclude', 'concludes', 'host', 'hosts', 'strengthen', 'strengthens', 'deepen', 'deepens', 'expand', 'expands', 'renew', 'renews', 'extend', 'extends', 'boost', 'boosts', 'reaffirm', 'reaffirms', 'welcome', 'welcomes', 'join', 'joins', 'begin', 'begins', 'open', 'opens', 'complete', 'completes', 'deliver', 'delivers', 'assume', 'assumes', 'take', 'takes', 'conduct', 'conducts', 'arrive', 'arrives', 'hand', 'hands', 'speak', 'speaks', 'visits', 'bring', 'brings', 'leave', 'leaves', 'mark', 'marks', 'wrap', 'wraps', 'kick', 'kicks', 'receive', 'receives', 'attend', 'attends', 'participate', 'participates', 'pay', 'pays', 'call', 'calls', 'unveil', 'unveils', 'reach', 'reaches', 'commence', 'commences', 'depart', 'departs', 'return', 'returns', 'bolster', 'bolsters', 'enhance', 'enhances', 'advance', 'advances', 'review', 'reviews', 'explore', 'explores', 'adopt', 'adopts', 'adopting', 'approve', 'approves', 'establish', 'establishes', 'inaugurate', 'inaugurates', 'celebrate', 'celebrates', 'commemorate', 'commemorates', 'donate', 'donates', 'provide', 'provides', 'train', 'trains', 'honours', 'honors']);
/** Verbs that close a headline in title case, in the passive: "Letter of Intent on Naval Training Signed". */
const HEADLINE_CLOSING_VERBS = new Set(['signed', 'held', 'launched', 'concluded', 'opened', 'adopted', 'extended']);
/** What a headline's verb does to, capitalised before the name it is of or alone: "Assumes Command of …", "Signs Contract with …". */
const HEADLINE_OBJECTS = new Set(['command', 'helm', 'contract', 'contracts', 'deal', 'mandate']);
/** Titles a headline says someone is new in (folded): "New Chief Takes the Helm of …". */
const NEW_IN_OFFICE = new Set(['chief', 'commander', 'commandant', 'head', 'director', 'ambassador', 'envoy', 'attache', 'president', 'minister', 'secretary', 'leader']);
/**
 * Never a name's word in a headline: "… Welcomes Philippine Counterpart"; its prepositions and adverbs, capitalised there
 * ("Meeting With Chilean Minister …", "… Concludes Off Malé", "Unanimously Adopting Resolution …").
 */
const HEADLINE_NOT_NAME_WORDS = new Set(['counterpart', 'counterparts', 'with', 'from', 'at', 'by', 'amid', 'after', 'into', 'as', 'off', 'unanimously', 'jointly', 'formally', 'officially', 'successfully']);
/** A verb's particle in a headline: "Hands Over", "Brings Together", "Wraps Up", "Kicks Off". */
const HEADLINE_PARTICLES = new Set(['over', 'together', 'up', 'off', 'out']);

/**
 * The words of lines that read as headlines (in title case, no sentences) that are verbs, or prepositions: no word of a name
 * there.
 */
function headlineVerbs(ctx: Context): Set<number> {
  const verbs = new Set<number>();
  for (const [lineStart, lineEnd] of tokenLines(ctx.text, ctx.tokens)) {
    if (!headlineLike(ctx.text, ctx.tokens, lineStart, lineEnd)) continue;
    const line = ctx.tokens.slice(lineStart, lineEnd);
    for (let n = 0; n < line.length; n++) {
      const word = line[n]!;
      // ("New Chief Takes the Helm of …": who is new, no name's word, first in the line as anywhere.)
      const isNew = word.folded === 'new' && NEW_IN_OFFICE.has(line[n + 1]?.folded ?? '');
      if (isNew) verbs.add(lineStart + n);
      if (n === 0 || isNew || !isCapitalised(word.text)) continue;
      // ("DRDO Hands Over Technology to Industry": a verb's particle goes with it.)
      const particle = verbs.has(lineStart + n - 1) && HEADLINE_PARTICLES.has(word.folded);
      if (HEADLINE_VERBS.has(word.folded) || (n === line.length - 1 && HEADLINE_CLOSING_VERBS.has(word.folded)) || HEADLINE_NOT_NAME_WORDS.has(word.folded) || particle) verbs.add(lineStart + n);
      // ("Assumes Command of | Combined Task Force 150", "Signs Contract | with …": what the verb does to, no name's word.)
      else if (verbs.has(lineStart + n - 1 - (line[n - 1]!.folded === 'the' ? 1 : 0)) && HEADLINE_OBJECTS.has(word.folded)) {
        verbs.add(lineStart + n);
        if (line[n + 1]?.folded === 'of') verbs.add(lineStart + n + 1);
      }
    }
  }
  return verbs;
}

/** Counts from one, in words (folded). */
const COUNTS_FROM_ONE = new Set(['one', ...COUNT_WORDS_EN]);
/** Spans of time (folded): "… Mission in Colombia | for One Year". */
const DURATIONS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** Genres of a press release that open its headline: "Readout of …", "Transcript of …". */
const RELEASE_GENRES = new Set(['readout', 'transcript']);
/** Counts written in words. */
const COUNT_WORDS = new Set([...COUNT_WORDS_EN, 'twenty', 'thirty', 'forty', 'fifty']);
/** Small words that no name in capitals holds, only a phrase shouted: "NOT ACCEPTABLE TO HANOI". */
const SHOUTED_SMALL_WORDS = new Set(['not', 'no', 'to', 'of', 'and', 'the', 'is', 'are', 'was', 'in', 'on', 'for', 'a', 'an', 'be', 'we', 'will']);
/** Parts of speech that do not open a name, even capitalised at a sentence's start. */
const NOT_NAME_POS = new Set(['DET', 'PRON', 'ADP', 'ADV', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'NUM', 'PART', 'INTJ']);
/** Letters after a name that are not part of it. */
const TRAILING = new Set(['MP', 'Jr', 'Sr']);
const words = (phrase: string) => phrase.split(' ');
const HEADS = ENGLISH_HEADS.map(([head, kind, category]) => ({ words: words(head), kind, category }));

/**
 * Words of a region's name (folded) that an instrument's name goes on with ("… in the South China Sea"); fewer than the
 * clause rules' regions (constructions.ts): "a Memorandum of Understanding | in South Korea" ends at the state.
 */
const INSTRUMENT_REGION_WORDS = new Set(['sea', 'seas', 'ocean', 'asia', 'pacific', 'gulf', 'strait', 'straits', 'region', 'europe', 'mekong', 'bay', 'peninsula', 'arctic', 'antarctic', 'mediterranean', 'caribbean', 'sahel', 'balkans']);

/** Words after "in" that open an instrument's topic: "in the Field of …", "in the Areas of …". */
const FIELD_WORDS = new Set(['field', 'fields', 'area', 'areas', 'sphere', 'spheres', 'domain']);

/** The head a name ends with, one word or several ("… Dialogue", "… Memorandum of Understanding"), if any. */
function headEndingAt(tokens: Token[], first: number, last: number): (typeof HEADS)[number] | undefined {
  return HEADS.find((head) => last - head.words.length + 1 >= first && phraseAt(tokens, last - head.words.length + 1, head.words));
}
// Folded, as the words they are compared with are: "attaché" is read as "attache".
const TITLES = OFFICE_TITLES_EN.map((t) => words(foldKeepLength(t.toLowerCase()))).sort((a, b) => b.length - a.length);
const RANKS = RANKS_EN.map(words).sort((a, b) => b.length - a.length);
const RANK_ABBREVIATIONS = new Set(SHORT_TITLES);
const RANK_FIRST_WORDS = new Set(SHORT_RANK_OPENERS);

function phraseAt(tokens: Token[], at: number, phrase: string[]): boolean {
  // "Meeting-Plus" is a meeting, as "ADMM-Plus" is the ADMM's.
  return phrase.every((w, k) => {
    const word = tokens[at + k]?.folded;
    return word === w || (word !== undefined && word.endsWith('-plus') && word.slice(0, -5) === w);
  });
}

const gapAfter = (ctx: Pick<Context, 'text' | 'tokens'>, left: number) => ctx.text.slice(ctx.tokens[left]!.end, ctx.tokens[left + 1]?.start ?? ctx.text.length);

/** Which of a "2+2" pair word `i` is: 1 the first, 2 the second, 0 neither. */
function plusPairPart(ctx: Pick<Context, 'text' | 'tokens'>, i: number): 0 | 1 | 2 {
  const digit = (k: number) => /^\d$/.test(ctx.tokens[k]?.text ?? '');
  if (!digit(i)) return 0;
  if (digit(i + 1) && gapAfter(ctx, i) === '+') return 1;
  return i > 0 && digit(i - 1) && gapAfter(ctx, i - 1) === '+' ? 2 : 0;
}

/**
 * Between two words of a name: spaces, a hyphen or dash, an apostrophe of a plural ("Ministers' Meeting"),
 * and the plus and quotes of a "2+2" format ("Japan–Indonesia "2+2" Foreign and Defence Ministerial Meeting").
 */
function nameJoined(ctx: Context, left: number): boolean {
  if (possessiveInName(ctx, left)) return true;
  const gap = gapAfter(ctx, left);
  if (/^(?:[ \t]+|[–-]|['’][ \t]+)$/.test(gap)) return true;
  // "Garden Reach Shipbuilders & Engineers Limited", "Larsen & Toubro": an ampersand between two capitalised words is a company's
  // (not between two states: "Australia & Japan agree …").
  if (/^[ \t]*&[ \t]*$/.test(gap) && isCapitalised(ctx.tokens[left + 1]?.text ?? '') && isCapitalised(ctx.tokens[left]!.text)) return !stateNamed(ctx.tokens[left]!.text) && !mayOpenStateName(ctx.tokens[left + 1]!.folded);
  // "National Regulatory Authority for UXO/Mine Action Sector": a slash between two capitalised words joins two fields of one name.
  if (gap === '/' && isCapitalised(ctx.tokens[left + 1]?.text ?? '') && isCapitalised(ctx.tokens[left]!.text)) return true;
  // "Brigadier General (Dr) Hajah Noraini …", "Rear Admiral (Retd) Chaminda Perera": a rank's qualifier in brackets.
  // ("Lt. Gen. (ret.) Agus Wirawan": after an abbreviated rank, and abbreviated itself.)
  if (/^\.? \($/.test(gap) && BRACKETED_QUALIFIERS.has(ctx.tokens[left + 1]?.folded ?? '') && /^\.?\) $/.test(gapAfter(ctx, left + 1))) return true;
  if (/^\.?\) $/.test(gap) && BRACKETED_QUALIFIERS.has(ctx.tokens[left]!.folded) && /^\.? \($/.test(gapAfter(ctx, left - 1))) return true;
  // "Joint Secretary (Maritime and Systems) Smt Anjali Deshpande", "Director (Marketing), BEL": an office's portfolio in brackets.
  if (gap === ' (' && portfolioInBrackets(ctx, left) !== undefined) return true;
  if (gap === ') ' && titleBeforePortfolio(ctx, left) !== undefined) return true;
  // "The 11th Viet Nam – Japan Defence Policy Dialogue", "the EU – Viet Nam …": a spaced dash between two sides is inside the name.
  if (/^[ \t]+[–—-][ \t]+$/.test(gap) && sideAround(ctx, left, -1) && sideAround(ctx, left + 1, 1)) return true;
  // "Engineering Unit No. 3": a unit's "No." goes on to its number.
  if (/^\.[ \t]+$/.test(gap) && unitNumber(ctx, left + 1)) return true;
  // "Tore O. Sandvik", "Lt. Gen. Nguyen Tan Cuong", "Jose Ma. Ramirez": an initial, a shortened rank or given name goes on over its dot.
  if (/^\.[ \t]+$/.test(gap) && isCapitalised(ctx.tokens[left + 1]?.text ?? '')) {
    const word = ctx.tokens[left]!.text;
    if (/^\p{Lu}$/u.test(word) || RANK_ABBREVIATIONS.has(word.toLowerCase()) || SHORT_GIVEN_NAMES.includes(word)) return true;
  }
  // "the 22nd SOMTC+Japan Consultation", "ASEAN+3": a body's abbreviation and the partner its meetings add.
  if (gap === '+' && isAcronym(ctx.tokens[left]!.text) && /^(?:\p{Lu}|\d)/u.test(ctx.tokens[left + 1]?.text ?? '')) return true;
  return (gap === '+' && plusPairPart(ctx, left) === 1) || (/^[ \t]*["“”][ \t]*$/.test(gap) && (plusPairPart(ctx, left + 1) === 1 || plusPairPart(ctx, left) === 2));
}

/** Whether a state's name (or an organisation's abbreviation) ends at word `at` (`step` -1) or starts there (`step` 1). */
function sideAround(ctx: Context, at: number, step: 1 | -1): boolean {
  const token = ctx.tokens[at];
  if (!token || !isCapitalised(token.text)) return false;
  // ("HANOI – Viet Nam and Japan …": a dateline in capitals opens the sentence, no side; "Vietnam — The U.S. Department …"
  // after a dateline opens one.)
  if (token.folded === 'the') return false;
  if (isAcronym(token.text)) return ctx.sentenceStart[at] !== at;
  for (let n = 0; n < 4; n++) {
    const [a, b] = step === 1 ? [at, at + n] : [at - n, at];
    if (a < 0 || b >= ctx.tokens.length) break;
    // After the second side the name goes on ("… – Japan Defence Policy Dialogue"); "Viet Nam – Japan defence cooperation" is two states.
    if (stateNamed(ctx.text.slice(ctx.tokens[a]!.start, ctx.tokens[b]!.end), 'en')) return step === -1 || (isCapitalised(ctx.tokens[b + 1]?.text ?? '') && /^[ \t]+$/.test(gapAfter(ctx, b)));
  }
  return false;
}

/** Words whose possessive stands inside names: "Viet Nam People's Navy", "Da Nang People's Committee", "Women's Union", "Prime Minister's Office". */
const POSSESSIVE_IN_NAMES = new Set(['people', 'women', 'workers', 'veterans', 'minister', 'president']);

/** Whether word `left` is such a word, and its "'s" follows. */
function possessiveInName(ctx: Pick<Context, 'text' | 'tokens'>, left: number): boolean {
  return POSSESSIVE_IN_NAMES.has(ctx.tokens[left]?.folded ?? '') && /^['’]$/.test(gapAfter(ctx, left)) && ctx.tokens[left + 1]?.text === 's';
}

/** Units numbered after their name's capitalised words: "Naval Region 3", "Destroyer Squadron 7", "Task Force 150". */
const NUMBERED_UNITS = new Set(['region', 'zone', 'district', 'brigade', 'division', 'regiment', 'battalion', 'fleet', 'squadron', 'flotilla', 'group', 'unit', 'team', 'hospital', 'corps', 'force', 'wing', 'rotation', 'contingent']);

/** Bodies numbered with "No.": "Engineering Unit No. 3", "Level-2 Field Hospital No. 6", "Army Officer Academy No. 1" (not "Viet Nam No. 1 ODA provider"). */
const NUMBERED_BODIES = new Set([...NUMBERED_UNITS, 'academy', 'school', 'college', 'company', 'centre', 'center', 'battalion', 'rotation']);

/** Whether word `i` is the number of such a unit, its unit word capitalised before it. */
function unitNumber(ctx: Pick<Context, 'text' | 'tokens'>, i: number): boolean {
  if (!/^\d{1,3}$/.test(ctx.tokens[i]?.text ?? '')) return false;
  // "Unit 3", or "Unit No. 3", "Level-2 Field Hospital No. 6", "Army Officer Academy No. 1" after any capitalised name.
  const numbered = ctx.tokens[i - 1]?.text === 'No' && /^\.[ \t]+$/.test(gapAfter(ctx, i - 1)) && /^[ \t]+$/.test(gapAfter(ctx, i - 2)) && isCapitalised(ctx.tokens[i - 2]?.text ?? '') && NUMBERED_BODIES.has(ctx.tokens[i - 2]!.folded);
  if (numbered) return true;
  const unit = ctx.tokens[i - 1];
  return unit !== undefined && NUMBERED_UNITS.has(unit.folded) && isCapitalised(unit.text) && /^[ \t]+$/.test(gapAfter(ctx, i - 1));
}

function capitalWord(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token || ctx.english.date[i]) return false;
  if (unitNumber(ctx, i)) return true;
  // "AU-led operations", "US-funded": a name bound into an adjective describes, it does not name.
  if (/-(?:led|based|funded|hosted|sponsored|backed|run|owned|flagged|made|built|supported)$/i.test(token.text)) return false;
  // "Building on the … Agreement", "Speaking at the …": a verb's "-ing" opening a sentence before a preposition names nothing.
  const opensSentence = i === 0 || /[.!?\n]\s*$/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, token.start));
  if (opensSentence && /^\p{Lu}\p{Ll}+ing$/u.test(token.text) && ['on', 'upon', 'at', 'in', 'with', 'to', 'after', 'from'].includes(ctx.tokens[i + 1]?.folded ?? '')) return false;
  // "2026 Pacific Partnership Dialogue", "48th ASEAN Summit": a year or an ordinal opens a name.
  if (isCapitalised(token.text) || ((/^\d{4}$/.test(token.text) || isOrdinal(token.text)) && isCapitalised(ctx.tokens[i + 1]?.text ?? ''))) return true;
  // ", 29 Infantry Division", "the 3 Commando Brigade": a unit's number before its name, as India's and Britain's forces write it
  // (after a comma or "the" only: "Royal Marines of | 3 Commando Brigade" are two names).
  // (Asked of every word in lower case: the number is looked at first.)
  const unitOpens = () => i > 0 && (/,\s*$/.test(gapAfter(ctx, i - 1)) || ctx.tokens[i - 1]!.folded === 'the');
  if (/^\d{1,3}$/.test(token.text) && unitOpens() && isCapitalised(ctx.tokens[i + 1]?.text ?? '') && [1, 2, 3].some((n) => isCapitalised(ctx.tokens[i + n]?.text ?? '') && NUMBERED_UNITS.has(ctx.tokens[i + n]!.folded) && ctx.tokens.slice(i + 1, i + n + 1).every((t) => isCapitalised(t.text)))) return true;
  // "Côte d'Ivoire": a French elision inside a name, after a capitalised word.
  if (/^d['’]\p{Lu}/u.test(token.text) && i > 0 && isCapitalised(ctx.tokens[i - 1]!.text)) return true;
  // "… Ministers' 2+2 Meeting": a format inside a name, followed by more of it.
  const part = plusPairPart(ctx, i);
  return part !== 0 && isCapitalised(ctx.tokens[i + (part === 1 ? 2 : 1)]?.text ?? '');
}

/** Heads of the sittings a body holds (folded): "Meeting of the … Working Group". */
const SITTINGS_OF_BODIES = new Set(['meeting', 'conference', 'summit', 'retreat', 'workshop', 'seminar', 'symposium', 'consultations', 'talks']);

/** The kind a name's last words give it, if any. */
export function englishHead(tokens: Token[], first: number, last: number): { kind: Kind; category?: 'body' | 'office' | 'organisation'; at: number } | undefined {
  // "… Roadmap 2025–2030": the years after an instrument's head are not its head.
  while (last > first && /^\d{4}$/.test(tokens[last]!.text) && !/^\d{4}$/.test(tokens[first]!.text)) last--;
  // "Permanent Mission of Viet Nam to the United Nations", "EU Delegation to the United Nations": who is sent is what the name
  // names; where to, none of its head. (A permanent mission is a state's body, not a mission in the field.)
  for (let to = first + 1; to < last; to++) {
    if (tokens[to]!.folded !== 'to' || !envoyBefore({ tokens }, first, to)) continue;
    const sent = englishHead(tokens, first, to - 1) ?? titleHead(tokens, first, to - 1);
    return sent?.kind === 'event' && tokens[sent.at - 1]?.folded === 'permanent' ? { kind: 'actor', category: 'body', at: sent.at } : sent;
  }
  let best: { kind: Kind; category?: 'body' | 'office' | 'organisation'; at: number; length: number } | undefined;
  for (const head of HEADS) {
    const at = last - head.words.length + 1;
    if (at < first || !phraseAt(tokens, at, head.words)) continue;
    if (!best || head.words.length > best.length) best = { kind: head.kind, ...(head.category ? { category: head.category } : {}), at, length: head.words.length };
  }
  // "Ministry of Defence", "Minister for Defence of Australia", "Office on Drugs and Crime": the head stands before "of", "for", "on".
  if (!best) {
    for (let k = last; k > first; k--) {
      if (!['of', 'for', 'in', 'on', 'against'].includes(tokens[k]!.folded)) continue;
      return englishHead(tokens, first, k - 1) ?? titleHead(tokens, first, k - 1);
    }
  }
  // "Treaty of Amity and Cooperation in Southeast Asia", "Code of Conduct in the South China Sea": a place
  // at the end is where the instrument applies; the head before "of", "on" or "in" says what it is.
  if (best?.kind === 'place') {
    for (let k = first + 1; k < best.at; k++) {
      if (!['of', 'on', 'in', 'for', 'at'].includes(tokens[k]!.folded)) continue;
      const before = englishHead(tokens, first, k - 1);
      if (before && before.kind !== 'place' && before.kind !== 'actor') return before;
    }
  }
  // "Exercise Pelican Reef", "Operation Coral Shoal": an exercise or an operation named after a place is an occasion.
  if (best?.kind === 'place' && ['exercise', 'operation'].includes(tokens[first]!.folded) && best.at > first + 1) return { kind: 'event', at: first };
  // "Third Meeting of the ADMM-Plus Experts' Working Group on …": a meeting of a body is the meeting.
  if (best?.kind === 'actor') {
    const of = tokens.findIndex((t, k) => k > first && k < best.at && t.folded === 'of');
    const before = of > 0 ? englishHead(tokens, first, of - 1) : undefined;
    if (before?.kind === 'event' && SITTINGS_OF_BODIES.has(tokens[before.at]!.folded)) return before;
  }
  // "Council of the European Union", "Commission of the African Union": the body before "of" is what the name names, the union its owner.
  if (best?.category === 'organisation') {
    let of = first + 1;
    while (of < best.at && tokens[of]!.folded !== 'of') of++;
    const before = of < best.at ? englishHead(tokens, first, of - 1) : undefined;
    if (before?.kind === 'actor' && before.category === 'body') return before;
    // "Charter of the United Nations", "Statute of the African Union": the organisation's founding text, which it owns.
    if (before?.kind === 'agreement' || before?.kind === 'framework') return before;
  }
  // "Ha Noi Declaration on the Viet Nam–Germany Strategic Partnership", "Joint Statement on the Global Combat Air Programme": a
  // document on a partnership or a programme is a document, and "… Ministers' Meeting on the … Programme" a meeting; what
  // either is on is its topic.
  if (best && (best.kind === 'partnership' || best.kind === 'framework')) {
    for (let k = first + 1; k < best.at; k++) {
      if (tokens[k]!.folded !== 'on') continue;
      const before = englishHead(tokens, first, k - 1);
      if (before && (before.kind === 'agreement' || before.kind === 'event' || (before.kind === 'framework' && best.kind === 'partnership'))) return before;
    }
  }
  // "National Authority for the Chemical Weapons Convention", "Secretariat of the … Treaty", "Working Group on Customs
  // Procedures": a body for an instrument, or on one, is a body.
  if (best && (best.kind === 'agreement' || best.kind === 'framework')) {
    let k = first + 1;
    while (k < best.at && !['of', 'for', 'on'].includes(tokens[k]!.folded)) k++;
    const before = k < best.at ? englishHead(tokens, first, k - 1) : undefined;
    if (before?.kind === 'actor' && before.category === 'body') return before;
  }
  // "Joint Statement of the Japan–Philippines Defense Ministerial Meeting", "Joint Communiqué of the 43rd ASEANAPOL Conference": a
  // document of a meeting is the document.
  if (best?.kind === 'event') {
    let k = first + 1;
    while (k < best.at && tokens[k]!.folded !== 'of') k++;
    const before = k < best.at ? englishHead(tokens, first, k - 1) : undefined;
    if (before?.kind === 'agreement') return before;
  }
  // "UN Development Programme", "World Food Programme": UN agencies named "Programme" are organisations, not programmes.
  if (best?.kind === 'framework' && ['programme', 'program'].includes(tokens[last]!.folded) && (['un', 'world'].includes(tokens[first]!.folded) || phraseAt(tokens, first, ['united', 'nations']))) return { kind: 'actor', category: 'organisation', at: best.at };
  // "The 15th Meeting of the ADMM-Plus Experts' Working Group on Maritime Security": a meeting of a body is a meeting.
  const opening = isOrdinal(tokens[first]!.text) ? first + 1 : first;
  if (best && best.kind !== 'event' && MEETING_OF.has(tokens[opening]!.folded) && tokens[opening + 1]?.folded === 'of' && opening + 1 < last) return { kind: 'event', at: opening };
  if (best) return { kind: best.kind, ...(best.category ? { category: best.category } : {}), at: best.at };
  const leading = last > first ? ENGLISH_LEADING_HEADS.find(([head]) => tokens[first]!.folded === head) : undefined;
  return leading ? { kind: leading[1], at: first } : titleHead(tokens, first, last);
}

/** Words of a meeting that open its name before "of" and the body that meets. */
const MEETING_OF = new Set(['meeting', 'session', 'plenary']);

function titleHead(tokens: Token[], first: number, last: number): { kind: Kind; category: 'office'; at: number } | undefined {
  for (const title of TITLES) {
    const at = last - title.length + 1;
    if (at >= first && phraseAt(tokens, at, title)) return { kind: 'actor', category: 'office', at };
  }
  return undefined;
}

function rankLength(tokens: Token[], at: number, text?: string): number {
  const full = RANKS.find((rank) => phraseAt(tokens, at, rank))?.length ?? 0;
  if (full > 0 || text === undefined) return full;
  // "Gen. Phan Van Giang", "Sen. Lt. Gen. Hoang Xuan Chien", "Rear Adm.": ranks cut short, each short word with its
  // dot (not "Gen Nakatani", a name), the rank ending on one of them.
  const short = (k: number) => RANK_ABBREVIATIONS.has(tokens[k]!.folded) && text[tokens[k]!.end] === '.';
  let k = at;
  while (k < tokens.length && (short(k) || RANK_FIRST_WORDS.has(tokens[k]!.folded))) k++;
  return k > at && short(k - 1) ? k - at : 0;
}

/**
 * A person's names without the particles inside them ("Pieter van Dijk", "Khalid bin Fahd Al-Otaibi"), a middle initial
 * ("Ramon D. Castillo") or a short given name ("Jose Ma. Delos Santos"), which no count of names counts.
 */
function namesOf(words: Token[]): Token[] {
  return words.filter((t, k) => !(k > 0 && k < words.length - 1 && (NAME_PARTICLES.has(t.text.toLowerCase()) || /^\p{Lu}$/u.test(t.text) || SHORT_GIVEN_NAMES.includes(t.text))));
}

/** One to three words, none a head word, a small word or an acronym: "Budi Santoso", not "of the U.S. Coast Guard". */
function readsAsPersonName(words: Token[]): boolean {
  // "Nguyen Thi Mai Lan": a Vietnamese name may have four words; "Hajah Noraini binti Haji Abdul Rahman", a Malay name with
  // its father's, up to six.
  // ("Pengiran Haji Hazmi Yusof", "Dato Paduka Haji Rosli Hamid": so a Bruneian or Malaysian name with its honorifics.)
  const most = words.some((t) => PATRONYMIC_PARTICLES.has(t.folded) || MALAY_HONORIFICS.has(t.folded)) ? 6 : VI_FAMILY_FOLDED.has(words[0]?.folded ?? '') ? 4 : 3;
  const names = namesOf(words);
  // ("Ambassador | to Viet Nam": a word in lower case that is no particle of a name ends any reading as one.)
  return names.length <= most && !names.some((t) => HEADS.some((h) => h.words.length === 1 && h.words[0] === t.folded) || SMALL_WORDS.has(t.folded) || isAcronym(t.text) || (!isCapitalised(t.text) && !NAME_PARTICLES.has(t.text)));
}

/** Whether one to three capitalised words from `k` are followed by a date: "Canberra on Monday", "Hanoi on 4 March", "Manila last week". */
function placeThenDate(ctx: Context, k: number): boolean {
  let end = k;
  while (end - k < 2 && capitalWord(ctx, end + 1) && nameJoined(ctx, end)) end++;
  // "… on Cooperation in Cyber Security on 12 March": a topic of the field after "in" is the name's, whatever follows.
  if (fieldTermEnglish(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[end]!.end)) !== undefined || AIMS.has(ctx.tokens[k]!.folded)) return false;
  const after = (n: number) => ctx.tokens[end + n]?.folded ?? '';
  const dated = (word: string) => CALENDAR_WORDS.has(word) || /^\d/.test(word);
  return (after(1) === 'on' && dated(after(2))) || (['last', 'this', 'next'].includes(after(1)) && ['week', 'month', 'year'].includes(after(2))) || ['yesterday', 'today'].includes(after(1));
}

/** Words, in lower case after a place's name, that say what kind of place it is ("Khanh Hoa province", "Hue city"). */
const PLACE_WORDS_AFTER = new Set(['province', 'city', 'state', 'district', 'prefecture', 'county', 'island', 'islands', 'region']);

/** Whether the capitalised words at `k` are a place its own word follows ("… in Khanh Hoa province"). */
function placeWithItsWord(ctx: Context, k: number): boolean {
  let end = k;
  while (end - k < 3 && capitalWord(ctx, end + 1) && nameJoined(ctx, end)) end++;
  const next = ctx.tokens[end + 1];
  return next !== undefined && PLACE_WORDS_AFTER.has(next.text) && nameJoined(ctx, end);
}

/** Verbs that "off" completes ("kicked off", "set off"): what follows is no place a ship lies off. */
const PHRASAL_OFF = new Set(['kicked', 'kick', 'kicks', 'set', 'sets', 'paid', 'pay', 'took', 'take', 'called', 'call', 'sealed', 'cut', 'fend', 'fended', 'ward', 'warded', 'carried', 'pulled', 'laid', 'signed', 'started', 'show', 'showed']);

/** Titles in the plural, before two people's names. */
const PLURAL_TITLES = ['prime ministers', 'foreign ministers', 'defence ministers', 'defense ministers', 'deputy ministers', 'ministers', 'presidents'].map(words).sort((a, b) => b.length - a.length);

/** Offices whose name ends with "General": "Secretary General", "Director General", "Attorney General". */
const GENERAL_OFFICES = new Set(['secretary', 'director', 'attorney', 'inspector', 'solicitor', 'consul', 'governor', 'auditor', 'surgeon', 'commissioner']);

const VI_FAMILY_FOLDED = new Set([...VI_FAMILY_NAMES].map(foldKeepLength));

/** Last words of a minister's or secretary's portfolio: "… of National Defence", "… for Home Affairs", "… of State". */
const PORTFOLIO_ENDS = new Set(['defence', 'defense', 'affairs', 'security', 'justice', 'interior', 'trade', 'finance', 'industry', 'state', 'forces', 'strategy', 'policy', 'planning', 'relations', 'cooperation', 'operations', 'intelligence', 'logistics', 'personnel']);

/** Where the person's name starts inside a run, after an office title or a rank: "Defence Secretary | Vikram Rao". */
function personStart(ctx: Context, first: number, last: number): { office: number; person: number; envoy?: true } | undefined {
  // "Prime Ministers Anthony Albanese and James Marape": a title in the plural is the two people's, no office of its own.
  const plural = PLURAL_TITLES.find((t) => phraseAt(ctx.tokens, first, t));
  if (plural && first + plural.length <= last && readsAsPersonName(ctx.tokens.slice(first + plural.length, last + 1))) return { office: first - 1, person: first + plural.length };
  for (let k = last - 1; k >= first; k--) {
    const rank = rankLength(ctx.tokens, k, ctx.text);
    // "Rear Adm.": the whole rank, read at its first word, not at its last.
    if (rank > 0 && k - 1 >= first && rankLength(ctx.tokens, k - 1, ctx.text) > rank) continue;
    // Nor a title inside a rank: the "Chief" of "Air Chief Marshal".
    if ([1, 2].some((j) => k - j >= first && rankLength(ctx.tokens, k - j, ctx.text) > j)) continue;
    const title = TITLES.find((t) => phraseAt(ctx.tokens, k, t))?.length ?? 0;
    const length = Math.max(rank, title);
    if (length === 0 || k + length > last) continue;
    // ("Rear Admiral (Retd) Chaminda Perera": past the rank's qualifier in brackets.)
    const qualified = rank > 0 && BRACKETED_QUALIFIERS.has(ctx.tokens[k + length]?.folded ?? '') && /^\.? \($/.test(gapAfter(ctx, k + length - 1));
    // ("Joint Secretary (Maritime and Systems) Smt Anjali Deshpande": past the office's portfolio in brackets.)
    const portfolio = title >= rank ? portfolioInBrackets(ctx, k + length - 1) : undefined;
    const person = portfolio !== undefined ? portfolio + 1 : k + length + (qualified ? 1 : 0);
    if (person > last) continue;
    // A person's name: one to three words, none of them a head word ("Minister Albrecht", not "Minister for Defence"), and
    // opening with a capital ("Ambassador | to Thailand Rebecca Stone" is no name: the envoy's office runs on, below).
    const shouted = person === last && shoutedFamilyName(ctx, last);
    if ((!readsAsPersonName(ctx.tokens.slice(person, last + 1)) && !shouted) || !isCapitalised(ctx.tokens[person]!.text)) continue;
    // "Deputy Secretary General Charles Fries": "General" after "Secretary" ends the office; it is no rank.
    const officeGeneral = rank === 1 && ctx.tokens[k]!.folded === 'general' && GENERAL_OFFICES.has(ctx.tokens[k - 1]?.folded ?? '');
    return { office: (title > 0 && rank === 0) || officeGeneral ? person - 1 : k - 1, person };
  }
  // "President of Finland Alexander Stubb": an office ends with the state it is of.
  const titleFirst = TITLES.some((t) => phraseAt(ctx.tokens, first, t));
  for (let k = first + 1; k < last && titleFirst; k++) {
    if (ctx.tokens[k]!.folded !== 'of') continue;
    for (let end = Math.min(last - 2, k + 4); end > k; end--) {
      if (stateNamed(ctx.text.slice(ctx.tokens[k + 1]!.start, ctx.tokens[end]!.end)) && personLike(ctx, end + 1, last, true)) return { office: end, person: end + 1 };
    }
  }
  // "Ambassador to Viet Nam Eleanor Marsh": an envoy's office ends with the state it is sent to.
  for (let k = first + 1; k < last; k++) {
    if (ctx.tokens[k]!.folded !== 'to' || !envoyBefore(ctx, first, k)) continue;
    for (let end = Math.min(last - 2, k + 4); end > k; end--) {
      if (stateNamed(ctx.text.slice(ctx.tokens[k + 1]!.start, ctx.tokens[end]!.end)) && personLike(ctx, end + 1, last)) return { office: end, person: end + 1, envoy: true };
    }
  }
  // "Minister for Defence Helen Carmody", "Minister of Defense of Japan Hiroshi Tanabe": an office's
  // name runs on into the person's; the person is the last two words when the article names them
  // again by the last one ("Mr Tanabe", "Carmody said").
  // "… Joost van Dalen": a particle in lower case belongs to the name it stands in.
  const titledBefore = (end: number) => {
    for (let k = first; k < end; k++) if (TITLES.some((t) => phraseAt(ctx.tokens, k, t))) return true;
    return false;
  };
  // "… National Defense Isabel Fuentes Castro", then "Minister Fuentes": a given name and two family names, the first of them
  // said again more often than the last.
  const given = last - 2;
  const count = (k: number) => wordCounts(ctx.tokens).get(ctx.tokens[k]!.text) ?? 0;
  if (given - 1 > first && PORTFOLIO_ENDS.has(ctx.tokens[given - 1]!.folded) && titledBefore(given) && count(given + 1) > count(last) && personLike(ctx, given, last, true)) return { office: given - 1, person: given };
  const person = last - 1 > first && NAME_PARTICLES.has(ctx.tokens[last - 1]!.text) ? last - 2 : last - 1;
  // (Not the end of a state's name: "… for the Central | African Republic", the state named again.)
  const stateEnds = [1, 2].some((n) => person - n >= first && stateNamed(ctx.text.slice(ctx.tokens[person - n]!.start, ctx.tokens[last]!.end)));
  if (titledBefore(person) && person - 1 >= first && !stateEnds && personLike(ctx, person, last) && !isInner(ctx.tokens[person - 1]!) && (wordCounts(ctx.tokens).get(ctx.tokens[last]!.text) ?? 0) > 1) {
    return { office: person - 1, person };
  }
  // "Deputy Secretary General of the European External Action Service Marta Lindqvist": an office of a body ends with the body's head.
  for (let end = last - 2; end > first + 1 && titleFirst; end--) {
    const bodyHead = HEADS.some((h) => h.kind === 'actor' && end - h.words.length + 1 > first && phraseAt(ctx.tokens, end - h.words.length + 1, h.words));
    if (bodyHead && readsAsPersonName(ctx.tokens.slice(end + 1, last + 1)) && personLike(ctx, end + 1, last)) return { office: end, person: end + 1 };
  }
  // "Minister of National Defence Phan Van Giang", named once: a portfolio's closing word ends the office,
  // and the two or three names after it are the holder's ("… for Defence Industry Pat Conroy" keeps "Industry").
  // "… for Executive Affairs Khalid bin Fahd Al-Otaibi": the particles of an Arabic name ("bin", "Al") are not counted.
  for (let start = last - 1; start >= Math.max(first + 2, last - 4); start--) {
    const words = last - start + 1;
    const names = namesOf(ctx.tokens.slice(start, last + 1)).length;
    // Three names only when they open with a Vietnamese family name ("Phan Van Giang") or hold a particle, not "Personnel Matt Keogh".
    if (names > 3 || (names === 3 && words === 3 && !VI_FAMILY_FOLDED.has(ctx.tokens[start]!.folded))) continue;
    // "Minister of Interior | Sheikh Fahad bin Jassim Al Thani": an honorific that opens the holder's name.
    if (['sheikh', 'sheikha'].includes(ctx.tokens[start - 1]!.folded) && start - 2 > first && PORTFOLIO_ENDS.has(ctx.tokens[start - 2]!.folded) && titledBefore(start - 1) && personLike(ctx, start, last)) return { office: start - 2, person: start - 1 };
    if (PORTFOLIO_ENDS.has(ctx.tokens[start - 1]!.folded) && titledBefore(start) && personLike(ctx, start, last, true) && fieldTermEnglish(ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[last]!.end)) === undefined) return { office: start - 1, person: start };
  }
  return undefined;
}

const shoutedOf = new WeakMap<Token[], Set<string>>();
/** Whether the word at `k`, in capitals, is written elsewhere before a given name: "KIMURA Takeshi", then "Minister KIMURA". */
function shoutedFamilyName(ctx: Context, k: number): boolean {
  // The article's family names in capitals, found in one pass (not one per title that a word in capitals follows).
  let shouted = shoutedOf.get(ctx.tokens);
  if (!shouted) {
    shouted = new Set(ctx.tokens.flatMap((t, n) => (/^\p{Lu}{3,}$/u.test(t.text) && /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[n + 1]?.text ?? '') && gapAfter(ctx, n) === ' ' ? [t.text] : [])));
    shoutedOf.set(ctx.tokens, shouted);
  }
  return shouted.has(ctx.tokens[k]!.text) && (wordCounts(ctx.tokens).get(ctx.tokens[k]!.text) ?? 0) >= 2;
}

const countsOf = new WeakMap<Token[], Map<string, number>>();
/** How often each word stands in the article, as written. */
function wordCounts(tokens: Token[]): Map<string, number> {
  let counts = countsOf.get(tokens);
  if (!counts) {
    counts = new Map();
    for (const t of tokens) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    countsOf.set(tokens, counts);
  }
  return counts;
}

/**
 * Capitalised words of offices, portfolios and units, never of a person's name: "Foreign and Defence Ministers' Meeting" joins
 * no two people, "Sector West", "Cheonghae Unit" and the "Training School" of "… Special Forces Training School" are none.
 */
const NOT_PERSON_WORDS = new Set(['defence', 'defense', 'foreign', 'affairs', 'home', 'interior', 'national', 'security', 'state', 'trade', 'finance', 'justice', 'minister', 'ministers', 'deputy', 'prime', 'general', 'armed', 'forces', 'maritime', 'military', 'naval', 'joint', 'strategic', 'comprehensive', 'partnership', 'dialogue', 'meeting', 'cooperation', 'foreign', 'chief', 'chiefs', 'staff', 'officials', 'senior', 'leaders', 'summit', 'ministerial', 'unit', 'sector', 'group', 'team', 'task', 'force', 'centre', 'center', 'fleet', 'division', 'battalion', 'detachment', 'contingent', 'training', 'school', 'college', 'academy', 'institute', 'university', 'brigade', 'regiment', 'squadron', 'command', 'headquarters']);

/** Plural kinds of thing written before the names of two of them, and what kind of name each is. */
const PLURAL_KINDS = new Map<string, Kind>([
  ...['operations', 'missions', 'exercises', 'patrols'].map((w): [string, Kind] => [w, 'event']),
  ...['ships', 'vessels', 'frigates', 'destroyers', 'corvettes', 'submarines'].map((w): [string, Kind] => [w, 'actor']),
  ...['programmes', 'programs'].map((w): [string, Kind] => [w, 'framework']),
]);

/** What the plural before "such as" says the names of its list are: "exercises such as Pitch Black, Talisman Sabre and Kakadu". */
function pluralBeforeSuchAs(ctx: Context, first: number): Kind | undefined {
  for (let k = first - 1; k >= 2 && k >= first - 12; k--) {
    const word = ctx.tokens[k]!;
    if (word.folded === 'as' && ctx.tokens[k - 1]!.folded === 'such') return PLURAL_KINDS.get(ctx.tokens[k - 2]!.text);
    if (!(isCapitalised(word.text) || word.folded === 'and') || /[.;:()]/.test(gapAfter(ctx, k))) return undefined;
  }
  return undefined;
}

/**
 * Whether "and" between words `last` and `k` joins two names rather than the parts of one: a state
 * or a known name on either side, a person's name before it, a rank, a title or a state's
 * adjective after it ("Marta Lindqvist and Rear Admiral Budi Santoso", "EU and Indonesia").
 */
function andSeparates(ctx: Context, first: number, last: number, k: number): boolean {
  const left = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
  if (stateNamed(left) || (ctx.covered[first] && ctx.covered[first]!.lastToken === last) || personStart(ctx, first, last)) return true;
  // "Australian Command and Staff College", "Changi Command and Control Centre": one name.
  if (ctx.tokens[last]!.folded === 'command' && ['staff', 'control'].includes(ctx.tokens[k]!.folded)) return false;
  // "UNISFA and MINUSCA", "the AU and the UN": two abbreviations are two names.
  // ("EUCAP Somalia and EU NAVFOR ATALANTA": so are two names that each open with one; "… of Mauritius and KNS Jasiri": and a
  // ship after "and".)
  if ((isAcronym(ctx.tokens[first]!.text) && isAcronym(ctx.tokens[k]!.text)) || opensShipName(ctx.tokens[k]!.text) || opensShipName(ctx.tokens[first]!.text)) return true;
  // "the EU's naval operations Atalanta and Aspides", "the frigates Tran Hung Dao and …": a plural before them says there are two.
  if (PLURAL_KINDS.has(ctx.tokens[first - 1]?.text ?? '') && /^ $/.test(gapAfter(ctx, first - 1))) return true;
  // ("exercises such as Pitch Black and Kakadu": so does a plural before "such as"; "Exercise Pitch Black and Exercise Kakadu":
  // an event's word again after "and".)
  if (pluralBeforeSuchAs(ctx, first)) return true;
  if (ctx.tokens[k]!.folded === ctx.tokens[first]!.folded && EVENT_WORDS_BEFORE_NAMES.has(ctx.tokens[k]!.folded)) return true;
  // "its Peace and Security Council": one common word before "and" is a name's first part, not a name, whatever follows.
  const commonWord = first === last && !isAcronym(ctx.tokens[first]!.text) && (ctx.english.pos[first] === 'NOUN' || ctx.english.pos[first] === 'ADJ');
  if ((ctx.covered[k]?.firstToken === k && !commonWord) || stateOfAdjective(ctx.tokens[k]!.text) || rankLength(ctx.tokens, k, ctx.text) > 0 || TITLES.some((t) => phraseAt(ctx.tokens, k, t))) return true;
  let right = k;
  while (right + 1 < ctx.tokens.length && right - k < 3 && capitalWord(ctx, right + 1) && nameJoined(ctx, right)) right++;
  // "… and the Republic of Indonesia": a state after "and", under its formal name too.
  for (let end = Math.min(ctx.tokens.length - 1, k + 6); end >= k; end--) if (stateNamed(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[end]!.end))) return true;
  // Two bodies: "Mazagon Dock Shipbuilders Limited and PT PAL Indonesia" — a name complete with a body's head
  // and no small word of its own, then another name of two words or more.
  let from = first;
  while (from < last && (isInner(ctx.tokens[from]!) || NOT_NAME_START.has(ctx.tokens[from]!.folded))) from++;
  const inner = ctx.tokens.slice(from, last + 1).filter(isInner);
  // "Ministry of Science and Technology and the Peace and Security Council", "Atalanta and Aspides and the EU": a name holds one "and" of its own, not two.
  if (inner.some((t) => t.folded === 'and')) return true;
  if (inner.length === 0 && right > k) {
    // … or two places: "the North Sea and the Baltic Sea".
    const body = englishHead(ctx.tokens, from, last);
    if (body?.category === 'body' || body?.category === 'organisation' || body?.kind === 'place') return true;
  }
  // "the ASEAN Charter and the Treaty of Amity …", "the Ministry of Defence of the Republic of Singapore and the Ministry of
  // Defence of Brunei Darussalam": a name complete with its head, or with the state it is of, then "and the" and a name that
  // opens with a head word or with the first name's own first word.
  const singleHead = (w: string) => HEADS.some((h) => h.words.length === 1 && h.words[0] === w);
  const headWord = (w: string) => singleHead(w) || ENGLISH_LEADING_HEADS.some(([h]) => h === w);
  const leftComplete = singleHead(ctx.tokens[last]!.folded) || [0, 1, 2, 3].some((n) => last - n > from && ctx.tokens[last - n - 1]?.folded !== 'and' && stateNamed(ctx.text.slice(ctx.tokens[last - n]!.start, ctx.tokens[last]!.end)) !== undefined && ['of', 'the'].includes(ctx.tokens[last - n - 1]!.folded));
  // ("the Ministry of Foreign Affairs and the Ministry of Defence": the first name's own first word again starts another.)
  // ("the UAE Ministry of Defence and the Ministry of Defence of …": or a head word the first name holds.)
  // ("the U.S. Department of Defense and the Ministry of Defense of …": or any head word after a first name that holds one.)
  const again = ctx.tokens[k]!.folded === ctx.tokens[from]!.folded || (headWord(ctx.tokens[k]!.folded) && ctx.tokens.slice(from + 1, last + 1).some((t) => t.folded === ctx.tokens[k]!.folded || singleHead(t.folded)));
  if (ctx.tokens[k - 1]?.folded === 'the' && (again || (leftComplete && headWord(ctx.tokens[k]!.folded)))) return true;
  // "Indonesia's Ministry of Defence and the Presidency of Defence Industries …": a ministry is named by its portfolio, whole
  // before "and the".
  if (ctx.tokens[k - 1]?.folded === 'the' && ['ministry', 'ministries'].includes(ctx.tokens[from]!.folded) && ctx.tokens[from + 1]?.folded === 'of') return true;
  // "the Cyber Defence Pledge and the Partnership Interoperability Initiative": two names of two words or more, the second
  // complete with its head; "… Strategic Plan and ARMAC's Work Plan": a possessive opens another name.
  if (ctx.tokens[k - 1]?.folded === 'the' && right > k && last > from && singleHead(ctx.tokens[right]!.folded)) return true;
  if (/^['’]s\b/u.test(ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k]!.end + 3))) return true;
  // "the Technical Secretariat of the OPCW and the National Authority …": a name closed by an abbreviation after "of the", then another name.
  // ("… and the Ministry of Defence of Malaysia": a head word alone opens the other name too.)
  if (ctx.tokens[k - 1]?.folded === 'the' && (right > k || headWord(ctx.tokens[k]!.folded)) && last - 2 > from && isAcronym(ctx.tokens[last]!.text) && ctx.tokens[last - 1]!.folded === 'the' && ctx.tokens[last - 2]!.folded === 'of') return true;
  // "Expertise France and the Deutsche Gesellschaft …": a name that a state ends, then "and the" and another of two words or more.
  if (ctx.tokens[k - 1]?.folded === 'the' && right > k && last > from && endsWithState(ctx, from, last)) return true;
  // "GIZ and Expertise France": an abbreviation alone, then another name.
  if (from === last && isAcronym(ctx.tokens[last]!.text) && right > k) return true;
  // "the European Union Military Staff and Europol": a body's name complete with its head, then an organisation of one word.
  // (Not "the EU Military Committee and Staff", "War College and Staff": a head word after "and" is the first name's.)
  if (right === k && last > from && inner.length === 0 && singleHead(ctx.tokens[last]!.folded) && !headWord(ctx.tokens[k]!.folded) && ['body', 'organisation'].includes(englishHead(ctx.tokens, from, last)?.category ?? '')) return true;
  // "the … Counter-Terrorism Strategy and Security Council resolution 2396": an instrument's name complete with its head, then a
  // body's (or the other way round) are two names.
  const [leftHead, rightHead] = [englishHead(ctx.tokens, from, last), englishHead(ctx.tokens, k, right)];
  if (leftHead && rightHead && leftHead.at === last && rightHead.at === right && isInstrument(leftHead.kind) !== isInstrument(rightHead.kind)) return true;
  // "in Wewak and Madang, Papua New Guinea": two places of one word each, before the state they are in.
  const stateAfter = /^,\s+$/.test(gapAfter(ctx, k)) && [1, 2, 3].some((n) => k + n < ctx.tokens.length && stateNamed(ctx.text.slice(ctx.tokens[k + 1]!.start, ctx.tokens[k + n]!.end)) !== undefined);
  if (first === last && right === k && !isAcronym(ctx.tokens[first]!.text) && !isAcronym(ctx.tokens[k]!.text) && stateAfter) return true;
  // Two people: "Pham Van Tung and Alice Deschamps".
  return personLike(ctx, first, last) && personLike(ctx, k, right);
}

function personLike(ctx: Context, first: number, last: number, familyFirst = false): boolean {
  // "Pieter van Dijk", "Fahad bin Jassim Al Thani": the particles between the names.
  const words = namesOf(ctx.tokens.slice(first, last + 1));
  // ("Viet Nam", "Sri Lanka": a state of two words is no one's name, though neither word is a state.)
  // ("Minister of Defense of Japan KIMURA Takeshi": after an office, a family name in capitals first, as Japan's ministries write it.)
  const written = (t: Token, n: number) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text) || (familyFirst && n === 0 && words.length === 2 && /^\p{Lu}{3,}$/u.test(t.text) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!.text));
  return last > first && words.length <= 3 && !stateNamed(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end)) && words.every((t, n) => written(t, n) && !HEADS.some((h) => h.words.length === 1 && h.words[0] === t.folded) && !NOT_PERSON_WORDS.has(t.folded) && !stateOfAdjective(t.text) && !stateNamed(t.text));
}

/**
 * A comma inside an office's portfolio: "Commissioner for Political Affairs, Peace and Security",
 * "Deputy Secretary-General for Peace, Security and Defence": after "for", one to three capitalised
 * words and "and" with another capitalised word close the list.
 */
function portfolioComma(ctx: Context, first: number, last: number): boolean {
  if (!/^,[ \t]+$/.test(gapAfter(ctx, last))) return false;
  // "Working Group on Women, Peace and Security": a known name after "on" or "for" that goes on past the comma.
  for (let k = first + 1; k <= last; k++) {
    const known = ctx.covered[k];
    if (known?.firstToken === k && known.lastToken > last && ['on', 'for'].includes(ctx.tokens[k - 1]!.folded)) return true;
  }
  // "the Foreign, Commonwealth and Development Office": one word, a comma, and a list that a body's head closes.
  if (first === last) {
    let k = last + 1;
    while (k < ctx.tokens.length && k - last <= 3 && isCapitalised(ctx.tokens[k]!.text) && /^[ \t]+$/.test(gapAfter(ctx, k))) k++;
    if (k > last + 1 && ctx.tokens[k]?.folded === 'and' && ['office', 'ministry', 'department'].includes(ctx.tokens[k + 2]?.folded ?? '') && isCapitalised(ctx.tokens[k + 1]?.text ?? '')) return true;
  }
  // ("Department of Political Affairs, Peace and Security": a body's portfolio after "of" too, when no state is listed.)
  const after = ctx.tokens.slice(first, last + 1).some((t) => t.folded === 'for') ? 'for' : ctx.tokens.slice(first, last + 1).some((t) => t.folded === 'of') ? 'of' : undefined;
  if (!after) return false;
  for (let k = last + 1; k <= last + 3 && k + 1 < ctx.tokens.length; k++) {
    if (!isCapitalised(ctx.tokens[k]!.text) || !/^[ \t]+$/.test(gapAfter(ctx, k))) return false;
    if (ctx.tokens[k + 1]!.folded !== 'and') continue;
    const next = ctx.tokens[k + 2]?.text ?? '';
    if (after === 'for') return isCapitalised(next);
    return isCapitalised(next) && !stateNamed(ctx.text.slice(ctx.tokens[last + 1]!.start, ctx.tokens[k]!.end)) && !stateNamed(next) && !stateOfAdjective(next) && PORTFOLIO_WORDS.has(ctx.tokens[k]!.folded);
  }
  return false;
}

/** The words a body's portfolio lists after "of" and a comma ("… Political Affairs, Peace and Security"), folded. */
const PORTFOLIO_WORDS = new Set(['peace', 'security', 'defence', 'defense', 'affairs', 'trade', 'development', 'cooperation', 'planning', 'policy', 'strategy', 'innovation', 'information', 'justice', 'industry', 'technology', 'science']);

/** Words that end an instrument's topic in lower case (folded): who it is with, where or when it was signed, a clause. */
const TOPIC_ENDS = new Set(['with', 'between', 'at', 'during', 'by', 'to', 'for', 'from', 'under', 'which', 'that', 'was', 'were', 'is', 'are', 'will', 'signed', 'on', 'as', 'last', 'this', 'earlier', 'today', 'yesterday', 'tomorrow', 'here', 'there', 'following', 'amid', 'after', 'before', 'ahead', 'since', 'next', 'while', 'when', 'who']);

/**
 * The last word of an instrument's topic after its name ending at `last` ("… on cooperation in maritime domain awareness"):
 * "on", then up to eight words in lower case, not ending on a small word; `last` when none follows. Not a list of fields
 * ("… on marine pollution response, search and rescue"), which the instrument covers, nor past "and" and a verb ("… on
 * defence cooperation | and held talks").
 */
function topicEnd(ctx: Context, last: number): number {
  if (ctx.tokens[last + 1]?.folded !== 'on' || !/^ $/.test(gapAfter(ctx, last))) return last;
  let end = last;
  let k = last + 2;
  for (; k < ctx.tokens.length && k - last <= 9; k++) {
    const token = ctx.tokens[k]!;
    if (isCapitalised(token.text) || TOPIC_ENDS.has(token.folded) || /\d/.test(token.text) || !/^ $/.test(gapAfter(ctx, k - 1))) break;
    // ("… cooperation in maritime domain awareness": "in" only after cooperation.)
    if (token.folded === 'in' && !['cooperation', 'collaboration'].includes(ctx.tokens[k - 1]!.folded)) break;
    if (token.folded === 'and' && /(?:ed|held|agreed)$/.test(ctx.tokens[k + 1]?.folded ?? '')) break;
    if (!['of', 'and', 'in', 'the', 'a', 'an'].includes(token.folded)) end = k;
  }
  // (A list of instruments goes on with its article: "…, a Letter of Intent on …".)
  const next = ctx.tokens[end + 1];
  const listGoesOn = end > last && /^,/.test(gapAfter(ctx, end)) && k === end + 1 && next !== undefined && !isCapitalised(next.text) && !['a', 'an', 'the', 'and'].includes(next.folded);
  return listGoesOn ? last : end;
}

/** Whether "No." at word `at` gives a unit its number, a capitalised word after it: "No. 11 Squadron". */
function unitByNumber(ctx: Context, at: number): boolean {
  return ctx.tokens[at]!.text === 'No' && ctx.text.slice(ctx.tokens[at]!.end, ctx.tokens[at + 1]?.start ?? 0) === '. ' && /^\d{1,3}$/.test(ctx.tokens[at + 1]?.text ?? '') && isCapitalised(ctx.tokens[at + 2]?.text ?? '') && gapAfter(ctx, at + 1) === ' ';
}

/** "SC/16012", "9912th Meeting (AM)", "for Six Months": a UN release's document symbol, the half of the day a meeting sat, how long. */
function symbolOrSitting(ctx: Context, i: number): boolean {
  const word = ctx.tokens[i]!.text;
  // ("… for Six Months": how long, in a headline's capitals.)
  if (COUNTS_FROM_ONE.has(ctx.tokens[i]!.folded) && DURATIONS.has(ctx.tokens[i + 1]?.folded ?? '')) return true;
  if (DURATIONS.has(ctx.tokens[i]!.folded) && COUNTS_FROM_ONE.has(ctx.tokens[i - 1]?.folded ?? '')) return true;
  return (/^\p{Lu}{1,4}$/u.test(word) && /^\/$/.test(gapAfter(ctx, i)) && /^\d/.test(ctx.tokens[i + 1]?.text ?? '')) || (['AM', 'PM'].includes(word) && ctx.text[ctx.tokens[i]!.start - 1] === '(');
}

export function englishNames(ctx: Context): RawCandidate[] {
  const out: RawCandidate[] = [];
  const n = ctx.tokens.length;
  const verbs = headlineVerbs(ctx);
  for (let i = 0; i < n; i++) {
    if (!capitalWord(ctx, i) || verbs.has(i) || symbolOrSitting(ctx, i)) continue;
    // "Readout of the U.S.–Japan–… Ministerial Meeting": the genre of a press release names the occasion it reports, and is
    // no word of its name.
    if (RELEASE_GENRES.has(ctx.tokens[i]!.folded) && ctx.tokens[i + 1]?.folded === 'of' && nameJoined(ctx, i)) {
      i += ctx.tokens[i + 2]?.folded === 'the' ? 2 : 1;
      continue;
    }
    let first = i;
    let last = i;
    while (last + 1 < n && (nameJoined(ctx, last) || portfolioComma(ctx, first, last) || unitByNumber(ctx, last))) {
      // "No. 11 Squadron", "Commanding Officer of No. 11 Squadron": a unit named by its number after "No.".
      if (unitByNumber(ctx, last)) {
        last += 2;
        continue;
      }
      // "a Royal Australian Air Force | P-8A Poseidon": an aircraft's type after the force that flies it is no word of its name.
      if (capitalWord(ctx, last + 1) && /^\p{Lu}{1,3}-\d/u.test(ctx.tokens[last + 1]!.text) && ctx.tokens[last]!.folded === 'force') break;
      if (verbs.has(last + 1)) break;
      // ("Lt. Gen. (ret.) Agus Wirawan": a rank's qualifier in brackets, in lower case.)
      if (capitalWord(ctx, last + 1) || BRACKETED_QUALIFIERS.has(ctx.tokens[last + 1]!.folded)) {
        last++;
        continue;
      }
      // "of the", "for", "and": only inside a name, between capitalised words; "to" after an envoy's title ("Ambassador to the United States").
      let k = last + 1;
      // "State Secretary at the Federal Ministry of Defence": "at" after an office's title.
      const officeAt = (k: number) => k === last + 1 && ctx.tokens[k]!.folded === 'at' && titleHead(ctx.tokens, first, last)?.at !== undefined;
      // "Convention against Transnational Organized Crime": what an instrument is against is in its name.
      const instrumentAgainst = (k: number) => k === last + 1 && ctx.tokens[k]!.folded === 'against' && isInstrument(englishHead(ctx.tokens, first, last)?.kind);
      // "Workshop on … Protecting Non-Profit Organizations from Abuse": what a topic protects from is the topic's (not a state: "… from Japan").
      const protectedFrom = (k: number) => k === last + 1 && ctx.tokens[k]!.folded === 'from' && ctx.tokens.slice(first, last).some((t) => PROTECTING.has(t.folded)) && !stateNamed(ctx.tokens[k + 1]?.text ?? '');
      while (k < n && k - last <= 2 && (isInner(ctx.tokens[k]!) || (k === last + 1 && possessiveInName(ctx, last)) || (k === last + 1 && ctx.tokens[k]!.folded === 'to' && envoyBefore(ctx, first, k)) || officeAt(k) || instrumentAgainst(k) || protectedFrom(k)) && nameJoined(ctx, k)) k++;
      if (k === last + 1 || !capitalWord(ctx, k) || !nameJoined(ctx, k - 1)) break;
      // "Australia and the Philippines": two states, not one name; "… Minister Grant Ellery and Vietnamese …": two names.
      // "Delegation of the European Union to Viet Nam | and the Embassy of Germany": where an envoy or a mission is sent ends its
      // name, but for a second state it is sent to ("… EU Delegation to Mauritius and Seychelles").
      if (ctx.tokens[last + 1]!.folded === 'and') {
        const sentTo = ctx.tokens.slice(first + 1, last).some((t, n) => t.folded === 'to' && envoyBefore(ctx, first, first + 1 + n));
        const secondState = sentTo && [k, k + 1, k + 2].some((end) => end < n && stateNamed(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[end]!.end)));
        if (sentTo ? !secondState : andSeparates(ctx, first, last, k)) break;
      }
      // "President of the Security Council | for November": a month is when, never a name's; nor "for One Year", how long.
      if (CALENDAR_WORDS.has(ctx.tokens[k]!.folded) || (ctx.tokens[last + 1]!.folded === 'for' && DURATIONS.has(ctx.tokens[k + 1]?.folded ?? ''))) break;
      // "… Interdiction Course | for the Kenya Coast Guard Service": whom a course or a workshop is for is not its name's.
      if (ctx.tokens[last + 1]!.folded === 'for' && COURSE_WORDS.has(ctx.tokens[last]!.folded)) break;
      // "Naval Region 3 of the … Navy", "Squadron 7 and Task Force 150": a numbered unit's name ends at its number.
      if (unitNumber(ctx, last)) break;
      // "hosted … Secretary of National Defense Ramon D. Castillo | for the Japan–Philippines … Meeting": a person named after
      // a title ends the name ("Prime Minister Christopher Luxon of New Zealand" is read with the state it is of, below).
      const person = ['for', 'at', 'in', 'to'].includes(ctx.tokens[last + 1]!.folded) ? personStart(ctx, first, last)?.person : undefined;
      if (person !== undefined && person < last && personLike(ctx, person, last)) break;
      // "Tran Thi Mai Anh | of the Permanent Mission of Viet Nam …": a person's name, whole, is no part of the body they are of.
      // ("Counsellor Tran Thi Mai Anh | of the …": after a title or a rank too.)
      if (ctx.tokens[last + 1]!.folded === 'of' && ctx.tokens[last + 2]?.folded === 'the' && ['body', 'organisation'].includes(englishHead(ctx.tokens, k, Math.min(n - 1, k + 6))?.category ?? '')) {
        const named = personStart(ctx, first, last)?.person ?? first;
        // (Two names at least, none a head or a state's: "Rim | of the Pacific", "Republic | of the Union of Myanmar" are no one.)
        const someone = personLike(ctx, named, last) || (VI_FAMILY_FOLDED.has(ctx.tokens[named]!.folded) && last > named && readsAsPersonName(ctx.tokens.slice(named, last + 1)));
        if (someone && englishHead(ctx.tokens, named, last) === undefined && rankLength(ctx.tokens, named, ctx.text) === 0 && !TITLES.some((t) => phraseAt(ctx.tokens, named, t))) break;
      }
      // "The BRP Datu Sanday of the Bureau of Fisheries …": a ship's name ends before "of the" and whose it is
      // ("HMS Prince of Wales" goes on).
      if (opensShipName(ctx.tokens[ctx.tokens[first]!.text === 'The' ? first + 1 : first]!.text) && ctx.tokens[last + 1]!.folded === 'of' && ctx.tokens[last + 2]?.folded === 'the') break;
      // "Consul General of the Netherlands in Ho Chi Minh City": a consul's city is their office's.
      if (ctx.tokens[last + 1]!.folded === 'in' && ctx.tokens.slice(first, last + 1).some((t) => CONSULS.has(t.folded))) {
        last = k;
        continue;
      }
      // "… Dialogue in Jakarta": a name complete with its head ends before "in"; not before what it works for ("… Partnership in Peace and Security").
      // ("… signed a Memorandum of Understanding in Hanoi": a head of several words too.)
      // (Not "Code of Conduct in the South China Sea", "Treaty of … in Southeast Asia": the region an instrument applies to is its name's.)
      // ("United Nations Mission in the Republic of South Sudan (UNMISS)": where the abbreviation after it spells the name, the
      // place is the name's.)
      const spelledIn = ctx.tokens[last + 1]!.folded === 'in' && [k, k + 1, k + 2, k + 3, k + 4].some((end) => end < n && spelledAfter(ctx, first, end));
      // (But "United Nations Multidimensional Mission in Haiti", "NATO Mission in Iraq": a mission is named with the state it works in.)
      const mission = ctx.tokens[last]!.text === 'Mission' && ctx.tokens[last + 1]!.folded === 'in' && [k, k + 1, k + 2].some((end) => end < n && stateNamed(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[end]!.end)));
      const head = ctx.tokens[last + 1]!.folded === 'in' && !spelledIn && !mission ? headEndingAt(ctx.tokens, first, last) : undefined;
      const region = ctx.tokens.slice(k, k + 4).some((t) => INSTRUMENT_REGION_WORDS.has(t.folded));
      // (Nor "… Plan of Action in Combating Transnational Crime", "… Understanding in the Field of Defence Cooperation": its topic.)
      const topic = /ing$/.test(ctx.tokens[k]!.folded) || FIELD_WORDS.has(ctx.tokens[k]!.folded);
      if (head && !(INSTRUMENT_KINDS.has(head.kind) && (AIMS.has(ctx.tokens[k]!.folded) || region || topic))) break;
      // "… Letter of Intent on Military Mobility | in The Hague.": where an instrument was signed, a place that closes the clause,
      // is no part of its topic (not "… on Cooperation in Military Medicine and …", "… Strategy for Cooperation in the Indo-Pacific").
      // ("… on Defence Cooperation | in Hanoi.": after "Cooperation" too, a town that is no field's name.)
      const cooperation = ['cooperation', 'collaboration', 'partnership'].includes(ctx.tokens[last]!.folded);
      const town = cooperation && ctx.tokens[k]!.folded !== 'the' && !fieldNamedAt(ctx, k);
      if (ctx.tokens[last + 1]!.folded === 'in' && !spelledIn && !region && !topic && (!cooperation || town) && INSTRUMENT_KINDS.has(englishHead(ctx.tokens, first, last)?.kind ?? 'actor') && placeClosesClause(ctx, k)) break;
      // "Exercise Tarassis in the Baltic Sea", "During Operation Irini in the Mediterranean": a name its head opens is whole before "in".
      if (ctx.tokens[last + 1]!.folded === 'in' && ctx.tokens.slice(first, last).some((t) => EVENT_WORDS_BEFORE_NAMES.has(t.folded))) break;
      // "the Ministry of Defense | in Ichigaya, Tokyo": a ministry is named by its portfolio, never by where it sits.
      if (ctx.tokens[last + 1]!.folded === 'in' && ['ministry', 'ministries'].includes(ctx.tokens[first]!.folded)) break;
      // "Lithuania's Minister of Defence in Vilnius": an office is held somewhere, not named by where.
      // "Rear Adm. John Smith in Tokyo", "met Gen Nakatani in Tokyo": nor is a person.
      if (ctx.tokens[last + 1]!.folded === 'in' && (rankLength(ctx.tokens, first, ctx.text) > 0 || personLike(ctx, first, last) || ctx.tokens.slice(first, last + 1).some((_, n) => TITLES.some((t) => phraseAt(ctx.tokens, first + n, t))))) break;
      // "Thailand and Japan in the Gulf of Thailand", "co-chaired by Malaysia and Australia for the EWG on …": a state is a
      // whole name, before "in" and "for" too.
      if (['in', 'for'].includes(ctx.tokens[last + 1]!.folded) && stateNamed(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end))) break;
      // "Austal in Henderson", "Thales in Paris": a name with no head word (no mission, office, embassy, programme …) is whole
      // before "in"; only what a head names goes on with where it works ("UN Mission in South Sudan").
      // ("Critical Maritime Routes in Asia": a region a programme works in is its name's.)
      if (ctx.tokens[last + 1]!.folded === 'in' && !region && !ctx.tokens.slice(first, last + 1).some((_, n) => HEADS.some((h) => phraseAt(ctx.tokens, first + n, h.words)))) break;
      // "Phuket in Thailand": a state after "in" is where, not part of the name.
      if (ctx.tokens[last + 1]!.folded === 'in' && !spelledIn && !mission && [k, k + 1, k + 2].some((end) => end < n && stateNamed(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[end]!.end)))) break;
      // "… on Peacekeeping Cooperation in Canberra on Monday": where and when something was done, not the name's.
      if (ctx.tokens[last + 1]!.folded === 'in' && placeThenDate(ctx, k)) break;
      // "… Regional Workshop on … from Abuse | in Tashkent.": a meeting's town, closing the clause, is where it is held.
      // (A mission's state is its name's: "EU Training Mission in the Central African Republic".)
      if (ctx.tokens[last + 1]!.folded === 'in' && !mission && !spelledIn && englishHead(ctx.tokens, first, last)?.kind === 'event' && placeClosesClause(ctx, k)) break;
      // "… joined the Royal Australian Navy in Darwin | for Exercise Kakadu": what an exercise is for is no part of a name before it.
      if (['for', 'in', 'at', 'during'].includes(ctx.tokens[last + 1]!.folded) && EVENT_WORDS_BEFORE_NAMES.has(ctx.tokens[k]!.folded)) break;
      // "Cam Ranh International Port in Khanh Hoa province": a place its own word follows is where, not the name's.
      if (ctx.tokens[last + 1]!.folded === 'in' && placeWithItsWord(ctx, k)) break;
      // "the Government of the Kingdom of Cambodia | on Search and Rescue": a name that ends with its state is whole; the topic is another's.
      if (ctx.tokens[last + 1]!.folded === 'on' && endsWithState(ctx, first, last)) break;
      last = k;
    }
    i = last;
    // Words that open a sentence or a description are not the name's.
    // "in The Hague": a capitalised "The" inside a sentence is the name's own.
    const ownThe = ctx.tokens[first]!.text === 'The' && first !== ctx.sentenceStart[first] && first < last && /^[ \t]+$/.test(gapAfter(ctx, first - 1)) && !stateNamed(ctx.text.slice(ctx.tokens[first + 1]!.start, ctx.tokens[last]!.end));
    // ("Two Vietnamese officers …": a count before a state's adjective.)
    const countBeforeAdjective = (k: number) => COUNT_WORDS.has(ctx.tokens[k]!.folded) && stateOfAdjective(ctx.tokens[k + 1]?.text ?? '') !== undefined;
    // ("Presidency of Defence Industries": a presidency named by what it leads is a body.)
    const bodyOfPresidency = ctx.tokens[first]!.folded === 'presidency' && ctx.tokens[first + 1]?.folded === 'of' && first + 2 <= last;
    // ("Five Power Defence Arrangements …" opening a headline: the number is the name's.)
    const numberedPowers = (k: number) => ctx.tokens[k + 1]?.folded === 'power' && COUNT_WORDS.has(ctx.tokens[k]!.folded);
    // ("Statement of Intent on …": a genre of instrument, whatever a statement alone is.)
    const intent = (k: number) => ctx.tokens[k]!.folded === 'statement' && ctx.tokens[k + 1]?.folded === 'of' && ctx.tokens[k + 2]?.folded === 'intent';
    while (!ownThe && !bodyOfPresidency && first <= last && ((NOT_NAME_START.has(ctx.tokens[first]!.folded) && !intent(first)) || countBeforeAdjective(first) || isInner(ctx.tokens[first]!) || (first === ctx.sentenceStart[first] && NOT_NAME_POS.has(ctx.english.pos[first]!) && !isAcronym(ctx.tokens[first]!.text) && !TITLES.some((t) => phraseAt(ctx.tokens, first, t)) && !numberedPowers(first)))) first++;
    while (last >= first && TRAILING.has(ctx.tokens[last]!.text)) last--;
    while (last >= first && isInner(ctx.tokens[last]!)) last--;
    // "Five Power Defence Arrangements Exercise Bersama Lima 2026": an exercise named after what it is held under is a name of
    // its own, read from its head on the next turn.
    let exercise = first + 2;
    while (exercise < last && !(ctx.tokens[exercise]!.text === 'Exercise' && isCapitalised(ctx.tokens[exercise + 1]!.text))) exercise++;
    // (Not "Malaysia-India Joint Military Exercise Harimau Shakti", whose words before name no body or framework of their own, nor
    // "India–Kyrgyzstan Joint Special Forces Exercise KHANJAR": a joint exercise of forces, which its words only describe.)
    const joint = ctx.tokens.slice(first, exercise).some((t) => t.folded === 'joint');
    if (exercise < last && !joint && englishHead(ctx.tokens, first, exercise - 1) !== undefined) {
      last = exercise - 1;
      i = last;
    }
    if (first > last) continue;
    // "NATO News – 16 May 2026", "Defense News – The US Navy said …": the outlet that reports, opening its line, names no actor.
    const opensLine = first === 0 || /\n\s*$/.test(ctx.text.slice(Math.max(0, ctx.tokens[first]!.start - 3), ctx.tokens[first]!.start));
    if (opensLine && NEWS_OUTLETS.has(ctx.tokens[last]!.text) && /^\s*[–—-]/.test(gapAfter(ctx, last))) continue;
    // "Exercise Bersama Shield 2025", "Pacific Partnership Dialogue 2026": an event's year is part of its name.
    // So are an instrument's years: "Defence Cooperation Roadmap 2025–2030", "Action Plan 2024-2026".
    const dated = englishHead(ctx.tokens, first, last)?.kind;
    // "Pacific Partnership 2026 opened in Wewak": a partnership named with a year is that year's mission, an occasion.
    const yearly = dated === 'partnership' && /^\d{4}$/.test(ctx.tokens[last + 1]?.text ?? '') && nameJoined(ctx, last) && (OCCASION_VERBS.has(ctx.tokens[last + 2]?.folded ?? '') || /^\s*[,.(]/.test(gapAfter(ctx, last + 1)));
    if (yearly) {
      out.push({ first, last: last + 1, kind: 'event', rule: 'name-head', score: 0.6 });
      i = last + 1;
      continue;
    }
    if (/^\d{4}$/.test(ctx.tokens[last + 1]?.text ?? '') && nameJoined(ctx, last) && (dated === 'event' || dated === 'agreement' || dated === 'framework')) {
      last++;
      if (dated !== 'event' && /^\d{4}$/.test(ctx.tokens[last + 1]?.text ?? '') && /^[–-]$/.test(gapAfter(ctx, last))) last++;
    }
    // "a Memorandum of Understanding on the joint production of unmanned aerial systems": an instrument's topic in lower case is
    // its name's, which tells it from another of its kind.
    if (dated === 'agreement') last = topicEnd(ctx, last);
    const title = treatyTitleEnd(ctx, first, last);
    if (title > last) {
      out.push({ first, last: title, kind: 'agreement', rule: 'name-head', score: 0.75 });
      // The sides are read as names of their own, after the title's head.
      i = last;
      continue;
    }
    // "Malaysian and Singaporean forces": adjectives of states describe, they do not name.
    if (ctx.tokens.slice(first, last + 1).every((t) => stateOfAdjective(t.text) || t.folded === 'and') && !stateNamed(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end))) continue;
    // "IGAD's eight member States", "the three littoral States": what states they are, "States" capitalised, names none.
    if (first === last && ['states', 'state'].includes(ctx.tokens[first]!.folded) && /^\p{Ll}/u.test(ctx.tokens[first - 1]?.text ?? '')) continue;
    // "The Ministers", "The Hon.": one common word after an article is no name.
    // ("In Hanoi, …", "At Cam Ranh, …": a place after a capitalised preposition opening the sentence is a name; "In Addition,"
    // and "At Present," are not.)
    const opensWithPlace = first > 0 && ['In', 'At'].includes(ctx.tokens[first - 1]!.text) && ctx.sentenceStart[first - 1] === first - 1 && !OPENING_ADVERBS.has(ctx.tokens[first]!.folded);
    if (first === last && first > 0 && !opensWithPlace && NOT_NAME_START.has(ctx.tokens[first - 1]!.folded) && ctx.tokens[first - 1]!.text[0] === ctx.tokens[first - 1]!.text[0]!.toUpperCase() && !isAcronym(ctx.tokens[first]!.text) && !stateNamed(ctx.tokens[first]!.text)) continue;
    // A run in capitals opening a line ("FICTIONAL ARTICLE") is a header, not a name; inside a sentence a short one
    // names ("on EUNAVFOR ASPIDES, the EU's …"), one with a small word shouts ("NOT ACCEPTABLE TO HANOI").
    const capitals = last > first && ctx.tokens.slice(first, last + 1).every((t) => isAcronym(t.text));
    if (capitals && (first === ctx.sentenceStart[first] || last - first > 2 || ctx.tokens.slice(first, last + 1).some((t) => SHOUTED_SMALL_WORDS.has(t.folded)))) continue;
    // "Tien Sa port", "Cabo Delgado province", "the AU headquarters": a place named with what it is, in lower case after it.
    const placeWord = ctx.tokens[last + 1];
    if (placeWord && PLACE_TAILS.has(placeWord.text) && nameJoined(ctx, last) && !stateNamed(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end))) {
      out.push({ first, last: last + 1, kind: 'place', rule: 'capitalised-run', score: 0.55 });
      i = last + 1;
      continue;
    }
    pushName(ctx, first, last, out);
  }
  return out;
}

/** Whether the run `first`–`last` ends with a state's name ("… of the Kingdom of Cambodia", "… of Viet Nam"). */
function endsWithState(ctx: Context, first: number, last: number): boolean {
  for (let from = last; from >= first && last - from < LONGEST_STATE_WORDS; from--) if (stateNamed(ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[last]!.end), 'en')) return true;
  return false;
}

/** Nouns of an adverb after an opening "In" or "At", capitalised in a title-case line ("In Addition,"): no place. */
const OPENING_ADVERBS = new Set(['addition', 'response', 'contrast', 'particular', 'total', 'short', 'turn', 'present', 'least', 'first', 'general', 'practice', 'fact', 'summary', 'conclusion', 'brief', 'return', 'theory', 'comparison', 'sum', 'time', 'future', 'recent', 'last']);

/** What a treaty's topic may name after "in": what is done, not where ("Cooperation in Peacekeeping"). */
const TOPICS_AFTER_IN = new Set([...AIMS, 'peacekeeping', 'criminal', 'civil', 'the']);
/** An instrument's genre alone, capitalised: a title only with a capitalised topic after its sides. */
const BARE_GENRES = new Set(['agreement', 'memorandum of understanding', 'memorandum', 'treaty', 'protocol', 'arrangement', 'convention', 'letter of intent', 'joint statement', 'joint declaration', 'action plan', 'framework agreement', 'plan', 'roadmap']);
/** Words that open a treaty's topic after its sides: "… on Search and Rescue at Sea", "… concerning Defence Cooperation". */
const TOPIC_OPENERS = new Set(['on', 'concerning', 'regarding', 'for']);
/** Small words inside a treaty's topic, between capitalised words. */
const TOPIC_SMALL_WORDS = new Set(['of', 'and', 'the', 'on', 'for', 'against']);
/** Words that join a person's name to their father's, folded: "bin", "binti" (Malay), "bte". */
const PATRONYMIC_PARTICLES = new Set(['bin', 'binti', 'bte', 'bt']);
/** Honorifics a Bruneian or Malaysian name holds, folded: "Pengiran Haji …", "Dato Paduka Seri …". */
export const MALAY_HONORIFICS = new Set(['pengiran', 'haji', 'hajah', 'dato', 'datuk', 'datin', 'paduka', 'seri', 'sri', 'awang', 'dayang', 'pehin', 'tan']);
/** What the press writes in brackets after a rank, folded: a doctor's title, a retired officer's. */
const BRACKETED_QUALIFIERS = new Set(['dr', 'retd', 'ret', 'rtd']);
/** Words of a topic that protects something from something else, folded: "Protecting Non-Profit Organizations from Abuse". */
const PROTECTING = new Set(['protecting', 'protection', 'safeguarding', 'shielding']);

/**
 * Where an instrument's title ends when it names its sides and its topic: "the Agreement between the Government of the
 * Socialist Republic of Viet Nam and the Government of the Kingdom of Cambodia on Search and Rescue at Sea" is one
 * title, not "Agreement" and two governments. The title is that instrument's name, so another of the same genre
 * between the same sides is told from it by its topic. Returns `last` when the run is no such title.
 */
function treatyTitleEnd(ctx: Context, first: number, last: number): number {
  if (!nameJoined(ctx, last) || englishHead(ctx.tokens, first, last)?.kind !== 'agreement') return last;
  // "a Memorandum of Understanding concerning Cooperation in the Field of Defence Materiel": a capitalised topic right after the genre.
  const topicFirst = ['concerning', 'regarding'].includes(ctx.tokens[last + 1]?.folded ?? '') && isCapitalised(ctx.tokens[last + 2]?.text ?? '');
  if (ctx.tokens[last + 1]?.folded !== 'between' && !topicFirst) return last;
  let sides = topicFirst ? last : sidesEnd(ctx, last + 1);
  if (sides === undefined) return last;
  // "… between Japan and the Republic of Indonesia | Concerning Reciprocal Access …": a capitalised topic word ends the sides.
  for (let k = last + 2; k <= sides; k++) if (['concerning', 'regarding'].includes(ctx.tokens[k]!.folded)) sides = k - 1;
  // ("… on the Transfer of Defence Equipment and Technology": "the" may open the topic.)
  const topicAt = ctx.tokens[sides + 2]?.folded === 'the' ? sides + 3 : sides + 2;
  const topic = TOPIC_OPENERS.has(ctx.tokens[sides + 1]?.folded ?? '') && nameJoined(ctx, sides) && isCapitalised(ctx.tokens[topicAt]?.text ?? '');
  // "A Memorandum of Understanding between the Ministry … and the Ministry … on defence industry cooperation": a genre's
  // word alone, with a topic in lower case, is no title ("the Treaty of Friendship and Cooperation between … and …" is one).
  if (!topic) return BARE_GENRES.has(ctx.tokens.slice(first, last + 1).map((t) => t.folded).join(' ')) ? last : sides;
  let end = sides + 1;
  for (let k = sides + 2; k < ctx.tokens.length && ctx.sentenceStart[k] === ctx.sentenceStart[first] && nameJoined(ctx, k - 1); k++) {
    if (isCapitalised(ctx.tokens[k]!.text)) end = k;
    // "… Concerning Reciprocal Access and Cooperation between the Japan Self-Defense Forces and the Indonesian …": the topic's own sides.
    else if (ctx.tokens[k]!.folded === 'between' && sidesEnd(ctx, k) !== undefined) end = k = sidesEnd(ctx, k)!;
    // "… on Search and Rescue at Sea", "… on Cooperation in Peacekeeping", not "… on Border Management | in Vientiane".
    else if (!TOPIC_SMALL_WORDS.has(ctx.tokens[k]!.folded) && !(ctx.tokens[k]!.folded === 'at' && ctx.tokens[k + 1]?.folded === 'sea') && !(ctx.tokens[k]!.folded === 'in' && TOPICS_AFTER_IN.has(ctx.tokens[k + 1]?.folded ?? ''))) break;
  }
  return end;
}

/** Lower-case words that say what kind of place the name before them is (as written: "Port" is part of a name). */
const PLACE_TAILS = new Set(['port', 'province', 'district', 'headquarters', 'prefecture', 'county', 'airbase', 'island', 'islands', 'harbour', 'harbor']);

/** Lower-case nouns of an event, after its name: "the Golden Dragon-2026 | joint exercise". */
const EVENT_NOUNS = new Set(['exercise', 'exercises', 'drill', 'drills', 'patrol', 'patrols', 'operation', 'wargame', 'war-game', 'manoeuvres', 'maneuvers']);
const VESSEL_NOUNS = new Set(['boat', 'boats', 'vessel', 'vessels', 'ship', 'ships', 'craft', 'aircraft']);
/** Words that may stand between the name and its event noun. */
const EVENT_MODIFIERS = new Set(['peacekeeping', 'joint', 'naval', 'military', 'bilateral', 'trilateral', 'multilateral', 'annual', 'live-fire', 'combined', 'maritime', 'air', 'amphibious', 'field', 'command-post', 'tabletop', 'table-top', 'search-and-rescue', 'humanitarian', 'counter-terrorism', 'training', 'coordinated', 'sea', 'land']);

/**
 * Whether "to" at `to` says where an envoy or a mission is sent: "Ambassador to …", "Ambassador of Japan to …", "EU
 * Delegation to Indonesia", "Delegation of the European Union to Japan" (a mission is of a body as often as of a state).
 */
function envoyBefore(ctx: Pick<Context, 'tokens'>, first: number, to: number): boolean {
  const word = (k: number) => ctx.tokens[k]?.folded ?? '';
  if (ENVOYS.has(word(to - 1)) || MISSIONS.has(word(to - 1))) return true;
  for (let k = first; k < to - 1; k++) {
    if (word(k + 1) !== 'of') continue;
    // ("Ambassador Extraordinary and Plenipotentiary of Japan | to Mongolia": the envoy's full title.)
    const envoy = ENVOYS.has(word(k)) || (word(k) === 'plenipotentiary' && ctx.tokens.slice(first, k).some((t) => ENVOYS.has(t.folded)));
    if (MISSIONS.has(word(k)) || (envoy && stateNamed(ctx.tokens.slice(k + 2, to).map((t) => t.text).join(' ')))) return true;
  }
  return false;
}

/**
 * Whether word `first` opens a sentence, or the report's first clause after a dateline's dash ("ADDIS ABABA, 19 November
 * 2026 — Senior officials …", "LYON (Reuters) - Police in 34 countries …").
 */
function opensClause(ctx: Context, first: number): boolean {
  if (first === ctx.sentenceStart[first]) return true;
  return first > 0 && /^\)?\s*[—–-]\s+$/.test(gapAfter(ctx, first - 1)) && (/^\d{4}$/.test(ctx.tokens[first - 1]!.text) || gapAfter(ctx, first - 1).startsWith(')'));
}

/** Whether a lower-case event noun follows the name ending at `last`, after up to two modifiers. */
function eventWordAfter(ctx: Context, last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < ctx.tokens.length; k++) {
    if (!/^ $/.test(gapAfter(ctx, k - 1)) || isCapitalised(ctx.tokens[k]!.text)) return false;
    // Not a vessel's class: "an Island-class patrol boat".
    if (EVENT_NOUNS.has(ctx.tokens[k]!.text)) return !/-class$/.test(ctx.tokens[last]!.text) && !VESSEL_NOUNS.has(ctx.tokens[k + 1]?.text ?? '');
    if (!EVENT_MODIFIERS.has(ctx.tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * Whether the name ending at `last` is set off by a description of an event after its comma: "Locked Shields, the live-fire
 * cyber defence exercise run every year in Tallinn", "Pitch Black, a biennial air combat exercise".
 */
function eventDescribedAfter(ctx: Context, last: number): boolean {
  if (!/^, $/.test(gapAfter(ctx, last)) || !['the', 'a', 'an'].includes(ctx.tokens[last + 1]?.folded ?? '')) return false;
  for (let k = last + 2; k <= last + 7 && k < ctx.tokens.length; k++) {
    if (!/^[ -]$/.test(gapAfter(ctx, k - 1)) || isCapitalised(ctx.tokens[k]!.text)) return false;
    // (Not "Tom Smith, the exercise director": an event's word before the noun it describes.)
    if (EVENT_NOUNS.has(ctx.tokens[k]!.text)) return !VESSEL_NOUNS.has(ctx.tokens[k + 1]?.text ?? '') && !EVENT_WORD_MODIFIES.has(ctx.tokens[k + 1]?.folded ?? '') && !DESCRIBED_PEOPLE.has(ctx.tokens[k + 1]?.folded ?? '');
  }
  return false;
}

/** Nouns of people an event's word may describe: "the exercise director", "the operation commander". */
const DESCRIBED_PEOPLE = new Set(['director', 'directors', 'commander', 'commanders', 'coordinator', 'planner', 'planners', 'spokesperson', 'spokesman', 'chief', 'leader', 'head', 'officer', 'participants', 'participant']);

const SPELLED_ORDINALS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(' '));

/** Capitalised words that say what a state is to a treaty, no name: "as a State Party to the Convention", "to which Laos and Belgium are States Parties". */
const TREATY_STANDING = new Set(['state party', 'states parties', 'member states', 'member state']);

/** Lower-case words before a programme's name, as written. */
const PROGRAMME_WORDS = new Set(['project', 'programme', 'program', 'initiative']);
/** "visited EUCAP Somalia", "EUCAP Sahel Niger": a body's abbreviation, then the state it works in, is a mission, no place. */
function missionAfterAbbreviation(ctx: Context, first: number, last: number): boolean {
  return last > first && isAcronym(ctx.tokens[first]!.text) && !stateNamed(ctx.tokens[first]!.text) && (stateNamed(ctx.text.slice(ctx.tokens[first + 1]!.start, ctx.tokens[last]!.end)) !== undefined || stateNamed(ctx.tokens[last]!.text) !== undefined);
}

/** Words of what is published or planned rather than held, in a name before a year (folded). */
const DOCUMENT_WORDS = new Set(['yearbook', 'review', 'update', 'index', 'report', 'balance', 'vision', 'outlook', 'agenda', 'paper', 'survey', 'assessment', 'strategy', 'plan', 'roadmap', 'declaration', 'statement']);
/** Verbs an occasion named with its year goes on with (folded): "Cobra Gold 2028 opened …". */
const OCCASION_VERBS = new Set(['opened', 'opens', 'began', 'begins', 'started', 'starts', 'kicked', 'kicks', 'concluded', 'concludes', 'ended', 'ends', 'closed', 'closes', 'wrapped', 'wraps', 'gathered', 'gathers', 'brought', 'brings', 'involved', 'involves', 'included', 'includes', 'featured', 'features', 'took', 'takes', 'runs', 'ran', 'will', 'is', 'was', 'drew', 'draws']);

/** Whether the run is the "Posted On" or the "PIB Delhi" of the Press Information Bureau's byline. */
function pibByline(ctx: Context, first: number, last: number): boolean {
  const words = ctx.tokens.slice(first, last + 1).map((t) => t.text);
  if (words[0] === 'Posted' && ['On', 'on'].includes(ctx.tokens[first + 1]?.text ?? '') && ctx.text[ctx.tokens[first + 1]!.end] === ':') return true;
  return words[0] === 'PIB' && ctx.tokens[first - 1]?.folded === 'by';
}

/** Whether the run `first`…`last` is a hull number in brackets right after a ship's name ("INS Tabar (F44)"). */
function hullNumberAfterShip(ctx: Context, first: number, last: number): boolean {
  const number = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
  if (!/^[A-Z]{1,4}[- ]?\d{1,4}$/.test(number) || ctx.text.slice(ctx.tokens[first - 1]?.end ?? 0, ctx.tokens[first]!.start) !== ' (') return false;
  for (let k = first - 1; k >= 0 && k >= first - 5 && isCapitalised(ctx.tokens[k]!.text); k--) if (opensShipName(ctx.tokens[k]!.text)) return true;
  return false;
}

function pushName(ctx: Context, first: number, last: number, out: RawCandidate[]): void {
  // "US$40 million", "A$5 million", "S$2 million", "210 million US dollars": a currency, no state.
  if (first === last && (ctx.text[ctx.tokens[last]!.end] === '$' || /^dollars?$/.test(ctx.tokens[last + 1]?.folded ?? ''))) return;
  // "Colonel Dr. Milan Petrović": an honorific before its full stop ends a run of ranks, and names nobody.
  if (HONORIFICS.has(ctx.tokens[last]!.text) && ctx.text[ctx.tokens[last]!.end] === '.') {
    last--;
    if (last < first || rankLength(ctx.tokens, first, ctx.text) >= last - first + 1) return;
  }
  // "Both countries are NATO Allies", "a NATO Ally since 2004": what a state is to the alliance, after its name, is no part of it.
  // ("Sweden, NATO's 32nd Ally": an ordinal alone before it names nothing.)
  if (last > first && ['ally', 'allies'].includes(ctx.tokens[last]!.folded)) last--;
  if (isOrdinal(ctx.tokens[last]!.text) && ['ally', 'allies'].includes(ctx.tokens[last + 1]?.folded ?? '')) return;
  // "Ministry of Defence — Posted On: 27 JUN 2029 4:15PM by PIB Delhi": the Press Information Bureau's line of who posted
  // when, no one of the story.
  if (pibByline(ctx, first, last)) return;
  const folded = ctx.tokens.slice(first, last + 1).map((t) => t.folded).join(' ');
  // "was the Chief Guest at the ceremony": the role of a guest at an occasion, no office and no one's name.
  if (folded === 'chief guest') return;
  // "INS Tabar (F44)", "BRP Jose Rizal (FF-150)": a hull number in brackets after a ship's name is the ship's, no name of its own.
  if (hullNumberAfterShip(ctx, first, last)) return;
  // ("…, to which Cambodia is a State Party": the same words after "a", with nothing after.)
  const standing = TREATY_STANDING.has(folded);
  if (standing && (ctx.tokens[last + 1]?.folded === 'to' || ['a', 'are', 'both'].includes(ctx.tokens[first - 1]?.folded ?? ''))) return;
  const split = personStart(ctx, first, last);
  if (split) {
    if (split.office >= first) {
      const office = englishHead(ctx.tokens, first, titleBeforePortfolio(ctx, split.office) ?? split.office);
      // "Chief of Navy | Rear Adm. …": a title opening the run names an office, whatever body its name ends with.
      // "Director General of Defence Strategy | Budi Santoso": a title and its portfolio, whatever kind of name the portfolio ends like.
      // "Minister for the Armed Forces | Tom Harrington": a minister's portfolio may be a body's name.
      const portfolio = (t: string[]) => office?.category !== 'body' || t.some((w) => w === 'minister' || w === 'secretary');
      const titled = office?.category === 'office' || (split.office > first && TITLES.some((t) => phraseAt(ctx.tokens, first, t) && (ctx.tokens[first + t.length]?.folded === 'of' || (portfolio(t) && ctx.tokens[first + t.length]?.folded === 'for'))));
      // "Minister Nakahara noted …", "Secretary Castillo said …": a bare title before a surname only says who is meant again.
      // (Not "Undersecretary Carlos Mendoza of the Department of National Defense": the title of the body named after the person.)
      const ofBody = ctx.tokens[last + 1]?.folded === 'of' && ctx.tokens[last + 2]?.folded === 'the';
      const bare = split.office === first && BARE_TITLES.has(ctx.tokens[first]!.folded) && !ofBody;
      if ((titled || split.envoy) && !bare) out.push({ first, last: split.office, kind: 'actor', rule: 'office-title', score: 0.7, category: 'office' });
    }
    out.push({ first: split.person, last, kind: 'actor', rule: 'person-name', score: 0.7, person: true, category: 'person' });
    return;
  }
  // "Tanja Kovač of Slovenia, President of the Security Council": a person, the state they come from, then their office.
  // ("Ambassador Rodrigo Flores of Chile, …": a rank before the name is neither's.)
  const fromName = first + rankLength(ctx.tokens, first, ctx.text);
  const stateOf = ctx.tokens.slice(fromName, last + 1).findIndex((t) => t.folded === 'of') + fromName;
  // (Checked in order of cost: most names hold no "of".)
  const officeAfter = () => /^,[ \t]+$/.test(gapAfter(ctx, last)) && isCapitalised(ctx.tokens[last + 1]?.text ?? '') && TITLES.some((t) => phraseAt(ctx.tokens, last + 1, t));
  if (stateOf > fromName + 1 && officeAfter() && stateNamed(ctx.text.slice(ctx.tokens[stateOf + 1]!.start, ctx.tokens[last]!.end)) && personLike(ctx, fromName, stateOf - 1)) {
    out.push({ first: fromName, last: stateOf - 1, kind: 'actor', rule: 'person-name', score: 0.65, person: true, category: 'person' });
    out.push({ first: stateOf + 1, last, kind: 'actor', rule: 'capitalised-run', score: 0.6, category: 'state' });
    return;
  }
  const rank = rankLength(ctx.tokens, first, ctx.text);
  // "Commander of the U.S. Coast Guard Pacific Area" is an office: what follows a rank is a person only if it reads as a name.
  // ("General Officer Commanding": nor is a title that opens with a rank's word.)
  const titled = (TITLES.find((t) => phraseAt(ctx.tokens, first, t))?.length ?? 0) > rank;
  if (rank > 0 && !titled && first + rank <= last && readsAsPersonName(ctx.tokens.slice(first + rank, last + 1))) {
    out.push({ first: first + rank, last, kind: 'actor', rule: 'person-name', score: 0.65, person: true, category: 'person' });
    return;
  }
  // "Major General Liu Zhenhai of the Chinese People's Liberation Army": a person, then the body they serve in.
  // "Prime Minister Christopher Luxon of New Zealand": an office's title, the person, then the state.
  const leadTitle = rank > 0 ? 0 : (TITLES.find((t) => phraseAt(ctx.tokens, first, t))?.length ?? 0);
  const lead = rank || leadTitle;
  let of = -1;
  for (let k = first + lead + 1; k < last && of < 0 && lead > 0; k++) if (ctx.tokens[k]!.folded === 'of') of = k;
  if (lead > 0 && of > first + lead && readsAsPersonName(ctx.tokens.slice(first + lead, of)) && personLike(ctx, first + lead, of - 1)) {
    if (leadTitle > 0) out.push({ first, last: first + leadTitle - 1, kind: 'actor', rule: 'office-title', score: 0.6, category: 'office' });
    out.push({ first: first + lead, last: of - 1, kind: 'actor', rule: 'person-name', score: 0.65, person: true, category: 'person' });
    const body = ctx.tokens[of + 1]?.folded === 'the' ? of + 2 : of + 1;
    // "… of the Korea Coast Guard and Vice Commandant Hiroshi Kanda of the Japan Coast Guard": a second title and person after "and".
    let and = -1;
    for (let k = body + 1; k < last && and < 0; k++) if (ctx.tokens[k]!.folded === 'and' && (rankLength(ctx.tokens, k + 1, ctx.text) > 0 || TITLES.some((t) => phraseAt(ctx.tokens, k + 1, t)))) and = k;
    if (and > 0) {
      pushName(ctx, body, and - 1, out);
      pushName(ctx, and + 1, last, out);
    } else if (body <= last) pushName(ctx, body, last, out);
    return;
  }
  // "Chairperson of the African Union Commission" is an office, whatever the body it names ends with.
  const titleOf = TITLES.find((t) => [first, first + 1].some((at) => phraseAt(ctx.tokens, at, t) && ['of', 'for', 'at', 'to'].includes(ctx.tokens[at + t.length]?.folded ?? '')));
  // "Naval Region 3", "Destroyer Squadron 7": a numbered unit is a body, whatever its unit word ("Deputy Commander of Naval Region 4" is an office).
  if (last > first && unitNumber(ctx, last) && !titleOf) {
    out.push({ first, last, kind: 'actor', rule: 'name-head', score: 0.7, category: 'body' });
    return;
  }
  const label = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
  const state = stateNamed(label);
  if (state) {
    out.push({ first, last, kind: 'actor', rule: 'capitalised-run', score: 0.7, category: 'state' });
    return;
  }
  // "sent personnel to UNMISS, UNISFA and MINUSCA": a peacekeeping operation by its abbreviation alone.
  const operation = first === last ? UN_OPERATIONS.get(ctx.tokens[first]!.text) : undefined;
  if (operation) {
    out.push({ first, last, kind: operation, rule: 'name-head', score: 0.7 });
    return;
  }
  // "Japan–Indonesia" before a lower-case word names two states, each found on its own, and no third thing.
  if (statesJoined(label)) return;
  const head = englishHead(ctx.tokens, first, last);
  // "USS Mobile Bay": a ship, whatever place its name ends like ("HMAS Stirling", a base, ends like none).
  if (last > first && opensShipName(ctx.tokens[first]!.text) && head?.kind === 'place') {
    out.push({ first, last, kind: 'actor', rule: 'name-head', score: 0.7 });
    return;
  }
  const title = TITLES.find((t) => phraseAt(ctx.tokens, first, t) || (first < last && phraseAt(ctx.tokens, first + 1, t)));
  // ("The 55th Director General-level Border Coordination Conference" is a meeting: a head of another kind than an actor's,
  // after the title, wins; the "Operation Commander" is an office.)
  const titleAt = title && phraseAt(ctx.tokens, first, title) ? first : first + 1;
  // ("NATO Assistant Secretary General for Political Affairs and Security Policy": a head inside the portfolio after "of" or
  // "for" is the portfolio's, the title the name's.)
  const headAfterTitle = title !== undefined && head !== undefined && head.kind !== 'actor' && head.at >= titleAt + title.length && !ctx.tokens.slice(titleAt, head.at).some((t) => t.folded === 'of' || t.folded === 'for');
  // "Commander UK Carrier Strike Group", "Director Naval Intelligence": a commander's title right before the body, as
  // British forces write it, with no "of".
  const commandOf = title !== undefined && titleAt === first && COMMAND_TITLES.has(title.join(' ')) && last > first + title.length - 1 && (head?.category === 'body' || head?.category === 'organisation') && !personLike(ctx, first + title.length, last);
  if ((title && !headAfterTitle && head?.category !== 'body' && head?.category !== 'organisation') || titleOf || commandOf) {
    out.push({ first, last, kind: 'actor', rule: 'office-title', score: 0.65, category: 'office' });
    return;
  }
  // "under the EU-funded project Enhancing Security Cooperation In and With Asia": what a lower-case "project" or "programme"
  // names is one, whatever its last word is; not a body nor a person ("The program U.S. Indo-Pacific Command sponsors …",
  // "Said project Manager Tran Van Binh").
  const programmeBefore = PROGRAMME_WORDS.has(ctx.tokens[first - 1]?.text ?? '') && /^ $/.test(gapAfter(ctx, first - 1));
  if (last > first && programmeBefore && head?.kind !== 'actor' && !personLike(ctx, first, last)) {
    out.push({ first, last, kind: 'framework', rule: 'name-head', score: 0.65 });
    return;
  }
  // "India-Vietnam Joint Military Exercise VINBAX-2026", "Combined Exercise Cobra Gold": an exercise named by one or two
  // words after its word, which end the name.
  // (Not "EUNAVFOR Operation Atalanta", the force that runs an operation, nor "Regional Maritime Exercise Centre": a head after
  // the word names what it is.)
  const eventWord = [last - 1, last - 2].find((k) => k > first && EXERCISE_WORDS.has(ctx.tokens[k]!.text) && englishHead(ctx.tokens, k + 1, last) === undefined);
  if (eventWord !== undefined) {
    out.push({ first, last, kind: 'event', rule: 'name-head', score: 0.7 });
    return;
  }
  // "Cyber Harbour 2026": a place's word that a year follows names a yearly exercise, not where (a place is "in" a year, not
  // named with it).
  const isYear = (k: number) => /^(19|20)\d{2}$/.test(ctx.tokens[k]?.text ?? '');
  const yearAfter = isYear(last + 1) && /^ $/.test(gapAfter(ctx, last));
  if (head?.kind === 'place' && last > first && (yearAfter || isYear(last))) {
    out.push({ first, last: yearAfter ? last + 1 : last, kind: 'event', rule: 'name-head', score: 0.6 });
    return;
  }
  // "Patrol boats from Fiji …", "Exercise planners met …": a head alone opening a sentence, a word in lower case after it, is a
  // common noun written with its capital.
  if (head && first === last && opensClause(ctx, first) && /^ [a-z]/.test(ctx.text.slice(ctx.tokens[last]!.end, ctx.tokens[last]!.end + 2))) return;
  if (head) {
    // "the second Security and Defence Dialogue": the ordinal says which meeting, as "lần thứ hai" does.
    if (head.kind === 'event' && first > 0 && SPELLED_ORDINALS.has(ctx.tokens[first - 1]!.text) && /^ $/.test(gapAfter(ctx, first - 1))) first--;
    // "the 8th Korea–Indonesia Defence Industry Cooperation Committee": a committee that is numbered is its meeting.
    if (isOrdinal(ctx.tokens[first]!.text) && MEETING_BODIES.has(ctx.tokens[last]!.folded)) {
      out.push({ first, last, kind: 'event', rule: 'name-head', score: 0.6 });
      return;
    }
    out.push({ first, last, kind: head.kind, rule: 'name-head', score: 0.7, ...(head.category ? { category: head.category } : {}) });
    return;
  }
  // "the 20th ADMM": what is numbered by an ordinal is a meeting held again and again.
  if (isOrdinal(ctx.tokens[first]!.text) && last > first) {
    out.push({ first, last, kind: 'event', rule: 'capitalised-run', score: 0.55 });
    return;
  }
  // "in Kuantan", "deployed to the Indo-Pacific": a short name after a word of place.
  const the = ctx.tokens[first - 1]?.folded === 'the' ? 1 : 0;
  const before = ctx.tokens[first - 1 - the]?.folded;
  // An abbreviation alone is a body or a state, not where ("members of NATO", "train in NATO exercises", "in the UK").
  // "visited Manila", "a visit to Paris", "off Bali": a name that is no state, where someone goes or a ship sails.
  // Not "kicked off Garuda Shield", "paid off …": "off" after a verb it completes.
  const offShore = before === 'off' && !PHRASAL_OFF.has(ctx.tokens[first - 2 - the]?.folded ?? '');
  const visited = ['visited', 'visits', 'near', 'leaves', 'left', 'departs', 'departed'].includes(before ?? '') || offShore || (before === 'to' && ['visit', 'trip', 'travelled', 'traveled'].includes(ctx.tokens[first - 2 - the]?.folded ?? ''));
  // "in Geelong, Victoria, under …", "Coast Guard Base Alameda, California.": a short name between a place's comma and the
  // clause's punctuation is the wider place it lies in (not "Hanoi, Hue and Da Nang", a list).
  // (The names before it were pushed last: the few latest are looked at, not the whole article's.)
  const placeBefore = first > 0 && /^, $/.test(gapAfter(ctx, first - 1)) && out.slice(-4).some((c) => c.last === first - 1 && c.kind === 'place');
  // (Nor "Cebu, Davao, Philippines": a name after the comma goes on a list of ports.)
  // (Punctuation closes it, not a space: "near Scarborough Shoal, Manila says" names who speaks.)
  const closes = /^\s*[.;(]/.test(gapAfter(ctx, last)) || last + 1 >= ctx.tokens.length || (/^, $/.test(gapAfter(ctx, last)) && !isCapitalised(ctx.tokens[last + 1]?.text ?? ''));
  const widerPlace = placeBefore && the === 0 && closes && !ctx.tokens.slice(first, last + 1).some((t) => t.folded === 'and');
  // ("in Nouméa, Bourail and …": a place on a list of places, before its "and".)
  const listedPlace = placeBefore && the === 0 && ctx.tokens[last + 1]?.folded === 'and';
  // ("in Wewak and Madang, Papua New Guinea": the second of two places after "and".)
  const secondPlace = before === 'and' && the === 0 && out.slice(-2).some((c) => c.last === first - 2 && c.kind === 'place');
  // ("arrived in Ho Chi Minh City": a city's four words.)
  const cityOfFourWords = last - first === 3 && ctx.tokens[last]!.text === 'City';
  // ("the Centre for United Nations Peacekeeping (CUNPK), New Delhi, concluded …": a city the project knows is a place, where
  // punctuation closes it; "…, Manila says" is the government that speaks.)
  const knownCity = closes && knownEnglishPlace(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end));
  // ("signed with Bharat Electronics Limited (BEL), Bengaluru.", "the Indian Naval Academy (INA), Ezhimala": the city after a
  // company's or a school's abbreviation is where it is.)
  const companyCity = last - first <= 2 && !isAcronym(ctx.tokens[first]!.text) && !stateNamed(ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end)) && COMPANY_THEN_CITY.test(ctx.text.slice(Math.max(0, ctx.tokens[first]!.start - 60), ctx.tokens[first]!.start));
  // ("the arrival of HMAS Stuart and HMAS Arunta": a ship's prefix after "of" opens no place; "at HMAS Stirling" is a base.)
  // ("the mandate of EUNAVFOR ASPIDES": nor does a name all in capitals, an operation's or a body's.)
  const place = knownCity || companyCity || (!(before === 'of' && opensShipName(ctx.tokens[first]!.text)) && (before === 'in' || before === 'at' || before === 'of' || (before === 'to' && the === 1) || visited || widerPlace || listedPlace || secondPlace) && (last - first <= 2 || cityOfFourWords) && !ctx.tokens.slice(first, last + 1).every((t) => isAcronym(t.text)) && !missionAfterAbbreviation(ctx, first, last));
  const lone = first === last;
  // "USD 12 million": an amount's currency is no name.
  if (ctx.tokens.slice(first, last + 1).every((t) => /^\d+$/.test(t.text)) || newsAgencyInBrackets(ctx.text, ctx.tokens, first, last) || (lone && CURRENCY_CODES.has(ctx.tokens[first]!.text))) return;
  if (lone && !place && !isAcronym(ctx.tokens[first]!.text) && opensClause(ctx, first)) return;
  // "the naval operations Atalanta and Aspides": what the plural before the names says they are.
  const pluralAt = ctx.tokens[first - 1]?.folded === 'and' ? first - 3 : first - 1;
  const plural = pluralAt >= 0 && /^ $/.test(gapAfter(ctx, pluralAt)) ? PLURAL_KINDS.get(ctx.tokens[pluralAt]!.text) : undefined;
  const named = (plural && /^ $/.test(gapAfter(ctx, first - 1)) ? plural : undefined) ?? pluralBeforeSuchAs(ctx, first);
  if (named) {
    out.push({ first, last, kind: named, rule: 'capitalised-run', score: 0.55 });
    return;
  }
  // "under Japan's Official Security Assistance (OSA) framework": a name that a lower-case "framework" or "programme" follows is one.
  if (!lone && FRAMEWORK_WORDS.has(ctx.tokens[last + 1 + (/^\s*\(\p{Lu}+\)\s*$/u.test(ctx.text.slice(ctx.tokens[last]!.end, ctx.tokens[last + 2]?.start ?? 0)) ? 1 : 0)]?.text ?? '')) {
    out.push({ first, last, kind: 'framework', rule: 'capitalised-run', score: 0.55 });
    return;
  }
  // "the Golden Dragon-2026 joint exercise", "the Salaknib Dagat exercise": a name that a lower-case event word follows is that event's;
  // so is one it stands before ("the multinational peacekeeping exercise Khaan Quest").
  const eventWordBefore = EVENT_WORDS_BEFORE_NAMES.has(ctx.tokens[first - 1]?.text ?? '') && /^ $/.test(gapAfter(ctx, first - 1));
  // ("Khaan Quest 2025 peacekeeping exercise", "the … exercise Khaan Quest 2025": its year is its name's.)
  const withYear = yearAfter && (eventWordBefore || eventWordAfter(ctx, last + 1));
  // "an Explosive Ordnance Disposal Level 3 course": a course named by its field and level.
  if (ctx.tokens[last]!.folded === 'level' && /^\d$/.test(ctx.tokens[last + 1]?.text ?? '') && ctx.tokens[last + 2]?.folded === 'course' && /^ $/.test(gapAfter(ctx, last))) {
    out.push({ first, last: last + 2, kind: 'event', rule: 'capitalised-run', score: 0.55 });
    return;
  }
  // ("the multilateral exercise MILAN 2026": an abbreviation too, with its year; not "… Bourail and on the island of Lifou, the
  // exercise involved …", a place said to be one, before what the clause goes on to say.)
  const placeNamedSo = listedPlace || secondPlace || (before === 'of' && PLACE_WORDS_AFTER.has(ctx.tokens[first - 2 - the]?.folded ?? ''));
  if ((!(lone && isAcronym(ctx.tokens[first]!.text)) || (eventWordBefore && yearAfter)) && (eventWordAfter(ctx, last) || eventWordBefore || withYear || (!placeNamedSo && eventDescribedAfter(ctx, last)))) {
    out.push({ first, last: withYear ? last + 1 : last, kind: 'event', rule: 'capitalised-run', score: 0.55 });
    return;
  }
  // "Cobra Gold 2028", "Balikatan 2025", "RIMPAC 2024": a name with no head that a year follows is a yearly exercise's, the
  // year its own, when the sentence goes on as of an occasion (a punctuation mark, "opened", "began" …); not a document's or a
  // chairmanship's ("SIPRI Yearbook 2024", "NATO 2030 sets out …", "the ASEAN 2026 chairmanship").
  const words = ctx.tokens.slice(first, last + 1);
  const exerciseLike = !words.some((t) => DOCUMENT_WORDS.has(t.folded)) && !(last > first && words.some((t) => isAcronym(t.text)));
  const afterYear = ctx.tokens[last + 2];
  const goesOnAsOccasion = !afterYear || !/^ $/.test(gapAfter(ctx, last + 1)) || OCCASION_VERBS.has(afterYear.folded);
  // (After "in" too: "took part in Cobra Gold 2028"; a place is "in" a year, not named with it.)
  if (exerciseLike && (goesOnAsOccasion || place) && yearAfter && !(place && (lone || visited))) {
    out.push({ first, last: last + 1, kind: 'event', rule: 'capitalised-run', score: 0.55 });
    return;
  }
  // "the two Ministers signed …", "The Ministers welcomed …": a title in the plural alone names no one; it refers back.
  if (PLURAL_TITLES.some((t) => t.length === last - first + 1 && phraseAt(ctx.tokens, first, t))) return;
  const person = !place && personLike(ctx, first, last);
  out.push({ first, last, kind: place ? 'place' : 'actor', rule: 'capitalised-run', score: lone ? 0.45 : 0.55, ...(person ? { person: true, category: 'person' as const } : {}) });
}

/** Honorifics and short ranks written with a full stop before a name ("Dr.", "Ms.", "Col."). */
const HONORIFICS = new Set([...SHORT_TITLES, 'dr', 'mr', 'ms', 'mrs', 'hon', 'smt', 'shri'].map(written));

/** Lower-case event words that stand before the name of their event: "the exercise Khaan Quest", "the operation Atalanta". */
/** The words of an exercise inside its name, as written: "… Joint Military Exercise VINBAX-2026". */
const EXERCISE_WORDS = new Set(['Exercise', 'Exercises', 'Drill']);
/** Heads of courses' names (folded). */
const COURSE_WORDS = new Set(['course', 'courses', 'workshop', 'seminar', 'training']);
const EVENT_WORDS_BEFORE_NAMES = new Set(['exercise', 'exercises', 'operation', 'drill', 'manoeuvres', 'maneuvers']);

/** "a memorandum of understanding on search and rescue, marine pollution response and …": a list, when it is one (two items or more). */
const INSTRUMENT_LIST_TRIGGERS = ['understanding on', 'intent on', 'agreement on', 'arrangement on'];
/** Words after which a list of what is cooperated on follows ("cooperation on maritime security, cyber and …"). */
export const ENGLISH_LIST_TRIGGERS = ['cooperation on', 'cooperation in', 'cooperate on', 'cooperate in', 'collaboration on', 'collaboration in', 'discussed', 'meeting reviewed', 'talks reviewed', 'dialogue reviewed', 'consultations reviewed', 'discussions reviewed', 'practised', 'practiced', 'including', 'in the fields of', 'in the field of', 'in the areas of', 'focus on', 'focused on', 'focuses on', 'areas such as', 'such as', 'covering', 'exchanged views on', 'exchanged experience on', 'exchanged experiences on', 'shared experience on', 'shared experiences on', 'agreed to prioritise', 'agreed to prioritize', 'training on', 'training in', 'workshop on', 'seminar on', 'dialogue on', 'consultations on', 'course on', 'conference on', 'areas like', 'related to', 'relating to', 'discussions covered', 'talks covered', 'meeting covered', 'dialogue covered', 'consultations covered', 'which covered', 'which cover', 'which covers', 'they cover', 'they covered', 'it covers', 'it covered', 'training covers', 'training covered', 'training will cover', 'course covers', 'course covered', 'course will cover',
  // Words the covers rules read before a list, so that its items are there to be read: "capabilities in …", "provides for …",
  // "spans …", "three priority areas: …", "the syllabus included …".
  'capacities in', 'capabilities in', 'capacity in', 'capability in', 'spanning', 'encompassing', 'encompasses', 'ranging from', 'focusing on', 'centred on', 'centered on', 'with a focus on', 'areas including', 'fields such as', 'issues such as', 'topics such as', 'sessions on', 'courses on', 'provides for', 'provide for', 'spans', 'priority areas', 'areas of cooperation', 'syllabus included', 'curriculum included', 'agenda included',
  // "The talks also addressed cyber security and space security", "Sessions dealt with the misuse of virtual assets, …".
  // "The workshop covered …", "The drills included …": what an occasion dealt with, whichever occasion it is.
  ...['workshop', 'seminar', 'symposium', 'conference', 'forum', 'exercise', 'exercises', 'drills', 'drill', 'programme', 'program', 'sessions', 'curriculum', 'syllabus']
    .flatMap((occasion) => ['covered', 'covers', 'will cover', 'included', 'includes'].map((verb) => `${occasion} ${verb}`)),
  // "a tabletop exercise on maritime incident response", "NATO and Colombia will work together on cyber defence, …".
  'exercise on', 'exercises on', 'drill on', 'drills on', 'work together on', 'work together in', 'working together on', 'talks also covered', 'discussions also covered', 'meeting also covered',
  'talks addressed', 'talks also addressed', 'discussions addressed', 'sessions addressed', 'meeting addressed', 'meeting also addressed', 'dialogue addressed', 'dialogue also addressed', 'sessions dealt with', 'discussions dealt with', 'talks dealt with', 'workshop dealt with', ...INSTRUMENT_LIST_TRIGGERS];
/** Words too general to be what is cooperated on: "expand cooperation", "… relations", "exchanged views on the situation in …". */
// Pronouns ("including those that use …") and a document's own words ("consultations on the text") are no domain either.
// ("the war in Ukraine", "the conflict in …": an event in the world, not a field of cooperation.)
const GENERAL_ITEMS = new Set(['war', 'conflict', 'conflicts', 'crisis', 'tensions', 'cooperation', 'collaboration', 'relations', 'ties', 'partnership', 'issues', 'matters', 'situation', 'developments', 'progress', 'areas', 'fields', 'efforts', 'activities', 'others', 'those', 'these', 'them', 'it', 'this', 'that', 'all', 'both', 'each', 'text', 'draft', 'document', 'treaty', 'agreement', 'convention', 'instrument', 'resolution', 'negotiations', 'talks']);
/** Words that end a list: a new clause or a purpose. */
const LIST_ENDS = new Set(['according', 'to', 'with', 'within', 'between', 'through', 'under', 'in', 'at', 'by', 'along', 'which', 'that', 'who', 'for', 'from', 'during', 'of', 'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had']);
/** "…, held from 2 to 6 March": a verb that opens a clause after a list, at any place in an item. */
const CLAUSE_VERBS = new Set(['told', 'added', 'noted', 'held', 'hosted', 'organised', 'organized', 'signed', 'said', 'says', 'launched', 'attended', 'funded', 'opened', 'chaired']);
const ITEM_LEADS = new Set(['the', 'its', 'their', 'a', 'an', 'joint', 'work', 'cooperation', 'on']);
/** Verbs that open a list's last item as a second clause of the same subject (folded): "… and expands joint training". */
const ITEM_VERBS = new Set(['expands', 'extends', 'strengthens', 'enhances', 'deepens', 'broadens', 'includes', 'covers', 'adds']);

/** Words after which an "-ed" word is a verb: "…, and agreed to …", "and welcomed the progress", not "organised crime". */
const AFTER_VERB = new Set(['to', 'on', 'that', 'the', 'a', 'an', 'their', 'its', 'his', 'her', 'with', 'in', 'for', 'further', 'closer']);

/** Whether word `k`, right after "and", is a past-tense verb that opens a new clause ("… crisis management, and agreed to …"). */
function verbOpensClause(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.folded === 'and' && /^\p{Ll}+ed$/u.test(tokens[k]!.text) && AFTER_VERB.has(tokens[k + 1]?.folded ?? '');
}

/** Small words inside a body's name, as written: "Armed Forces of the Philippines". */
const BODY_INNER_WORDS = new Set(['of', 'the', 'for', 'and']);
/** Words that open a sentence before a name, capitalised only there: "Meanwhile Philippine Navy spokesperson …" (folded; those of
 * NOT_NAME_START, "After", "As", never join the body). */
const SENTENCE_OPENERS = new Set(['meanwhile', 'however', 'earlier', 'later', 'separately', 'when', 'while', 'but', 'and', 'also', 'then', 'before', 'since', 'so', 'still', 'yesterday', 'today', 'now', 'if', 'although', 'though']);

/** Endings of words that qualify a noun ("regional", "economic", "bilateral", "defensive"), in a list's item. */
const QUALIFIER_ENDING = /(?:al|ic|ary|ive)$/;
/** Qualifiers too general to be a field alone ("regional and international security"), unlike "hypersonic" (folded). */
const GENERAL_QUALIFIERS = new Set(['regional', 'international', 'national', 'bilateral', 'multilateral', 'political', 'economic', 'military', 'social', 'cultural', 'technical', 'domestic', 'global', 'traditional', 'non-traditional', 'strategic', 'operational', 'tactical', 'practical', 'medical', 'naval', 'legal', 'financial', 'scientific', 'educational']);

/** The last word of a capitalised place after "in" (and "the") at `k`, of a few words: "in the Gulf of Guinea"; undefined if none. */
function placeAfterIn(ctx: { text: string; tokens: Token[] }, k: number): number | undefined {
  let p = k + 1 + (ctx.tokens[k + 1]?.folded === 'the' ? 1 : 0);
  if (!isCapitalised(ctx.tokens[p]?.text ?? '')) return undefined;
  const limit = Math.min(ctx.tokens.length, p + 8);
  while (p + 2 < limit && gapAfter(ctx, p) === ' ' && (isCapitalised(ctx.tokens[p + 1]!.text) || (ctx.tokens[p + 1]!.folded === 'of' && isCapitalised(ctx.tokens[p + 2]!.text)))) p++;
  return p;
}

/** The items of such a list, each a domain: split at commas, "and", "as well as"; ended by a clause. */
export function englishDomainLists(ctx: { text: string; tokens: Token[]; sentenceStart: number[] }): RawCandidate[] {
  const out: RawCandidate[] = [];
  const triggers = ENGLISH_LIST_TRIGGERS.map(words);
  for (let i = 0; i < ctx.tokens.length; i++) {
    const trigger = triggers.find((t) => phraseAt(ctx.tokens, i, t));
    // "… EU–AU Cooperation on Peace Support Operations": words of a name are no list's trigger.
    if (!trigger || (isCapitalised(ctx.tokens[i]!.text) && i !== ctx.sentenceStart[i])) continue;
    const found = out.length;
    const onlyList = INSTRUMENT_LIST_TRIGGERS.includes(trigger.join(' '));
    let ledByArticle = false;
    let k = i + trigger.length;
    const sentence = ctx.sentenceStart[i];
    let item: number[] = [];
    const flush = () => {
      ledByArticle ||= item[0] !== undefined && ['a', 'an'].includes(ctx.tokens[item[0]]!.folded);
      let first = item[0];
      while (first !== undefined && ITEM_LEADS.has(ctx.tokens[first]!.folded) && first < item.at(-1)!) first++;
      // ("…, cyber defence, and expands joint training for reservists": the verb of a second clause is no word of its field.)
      if (first !== undefined && first < item.at(-1)! && ITEM_VERBS.has(ctx.tokens[first]!.folded)) first++;
      let last = item.at(-1);
      // "… and defence industry cooperation": the cooperation is in the field, not the field's name.
      if (first !== undefined && last !== undefined && last > first + 1 && ['cooperation', 'collaboration'].includes(ctx.tokens[last]!.folded)) last--;
      const itemWords = first !== undefined && last !== undefined ? ctx.tokens.slice(first, last + 1) : [];
      // A year or a number is when or how many, never a domain ("cooperation in 2024").
      // "a wide range of issues", "a number of areas": how many, not what.
      // "those of its coast guard", "anywhere in …": a pronoun or an adverb of place opens no field.
      // ("reviewed progress of …", "reviewed the implementation of …": how far something has gone, not a field.)
      const general = ['wide', 'broad', 'range', 'number', 'variety', 'host', 'series', 'those', 'these', 'anywhere', 'everywhere', 'elsewhere', 'wherever', 'progress', 'implementation', 'outcomes', 'results', 'status'].includes(itemWords[0]?.folded ?? '');
      // ("reviewed the strategic partnership between …": a partnership or the ties themselves are no field.)
      const ties = itemWords.some((t) => ['partnership', 'relations', 'relationship', 'ties'].includes(t.folded));
      const named = general || ties || itemWords.some((t) => isCapitalised(t.text) || /\d/.test(t.text)) || (itemWords.length === 1 && (GENERAL_ITEMS.has(itemWords[0]!.folded) || ITEM_LEADS.has(itemWords[0]!.folded)));
      if (first !== undefined && last !== undefined && last - first < 6 && !named) {
        out.push({ first, last, kind: 'domain', rule: 'domain-list', score: 0.55 });
      }
      item = [];
    };
    for (; k < ctx.tokens.length && ctx.sentenceStart[k] === sentence; k++) {
      const token = ctx.tokens[k]!;
      const gap = ctx.text.slice(ctx.tokens[k - 1]!.end, token.start);
      // ("three priority areas: hydrographic survey, …": a colon right after the trigger opens the list.)
      const opening = k === i + trigger.length && /^\s*:\s*$/.test(gap);
      // "counter-terrorism, maritime security in the Gulf of Guinea and the fight against …": where an item is, capitalised,
      // ends it, and the list goes on after the place.
      const place = token.folded === 'in' && item.length > 0 && !/[;.:()]/.test(gap) ? placeAfterIn(ctx, k) : undefined;
      if (place !== undefined && ['and', ','].some((next) => (next === ',' ? /^,/.test(ctx.text.slice(ctx.tokens[place]!.end)) : ctx.tokens[place + 1]?.folded === next))) {
        flush();
        k = place;
        continue;
      }
      if ((/[;.:()]/.test(gap) && !opening) || (LIST_ENDS.has(token.folded) && item.length > 0 && token.folded !== 'of') || CLAUSE_VERBS.has(token.folded) || verbOpensClause(ctx.tokens, k)) break;
      if (/,/.test(gap)) flush();
      // "including through the Counter Ransomware Initiative, of which all five are members": no item opens with a preposition
      // or a relative word; the list, if any, is over.
      if (item.length === 0 && LIST_ENDS.has(token.folded)) break;
      // "… cooperation in 2024, covering defence industry, training …", "in areas including space": another list begins, and is read on its own.
      if (triggers.some((t) => phraseAt(ctx.tokens, k, t))) break;
      // "the identification and disposal of unexploded ordnance": two acts done to one thing are one field.
      const act = item.at(-1);
      const sharedObject = token.folded === 'and' && act !== undefined && ACT_NOUN.test(ctx.tokens[act]!.folded) && ACT_NOUN.test(ctx.tokens[k + 1]?.folded ?? '') && ctx.tokens[k + 2]?.folded === 'of' && ctx.text.slice(ctx.tokens[act]!.end, ctx.tokens[k + 2]!.start).trim() === `and ${ctx.tokens[k + 1]!.text}`;
      // "flood and landslide response", "medical and dental care": two words that share the head noun after them are one field.
      const sharedHead = token.folded === 'and' && sharesHeadAfter(ctx, item, k);
      if (sharedObject || sharedHead) {
        item.push(k);
        continue;
      }
      // "regional and international security developments", "political and military affairs": a word that qualifies the noun
      // of the next item is no field alone; the next item is read, the lone word dropped.
      const qualifierPair = token.folded === 'and' && item.length === 1 && GENERAL_QUALIFIERS.has(ctx.tokens[item[0]!]!.folded) && QUALIFIER_ENDING.test(ctx.tokens[k + 1]?.folded ?? '') && !/,/.test(ctx.text.slice(ctx.tokens[k + 1]?.end ?? 0, ctx.tokens[k + 2]?.start ?? 0)) && ctx.tokens[k + 2] !== undefined && !isCapitalised(ctx.tokens[k + 2]!.text);
      if (qualifierPair) {
        item = [];
        continue;
      }
      if (token.folded === 'and' || (token.folded === 'as' && ctx.tokens[k + 1]?.folded === 'well')) {
        flush();
        if (token.folded === 'as') k += 2;
        continue;
      }
      item.push(k);
    }
    flush();
    // "signed a memorandum of understanding on defence cooperation in 2024": one topic is the instrument's name, no list;
    // nor is "… on defence cooperation and a letter of intent on …", another instrument after "and a".
    if (onlyList && (out.length - found < 2 || ledByArticle)) out.length = found;
    i = k - 1;
  }
  return out;
}

/** Head nouns that two words before them may share (folded): "flood and landslide response", "medical and dental care". */
const SHARED_HEADS = new Set(['response', 'care', 'relief', 'preparedness', 'clearance', 'disposal', 'support', 'services']);

/**
 * Whether the one word of a list item before "and" at `and` shares the head noun two words after it, which closes the item:
 * "flood and landslide response", "medical and dental care".
 */
function sharesHeadAfter(ctx: { text: string; tokens: Token[] }, item: number[], and: number): boolean {
  const core = item.filter((at) => !ITEM_LEADS.has(ctx.tokens[at]!.folded));
  const head = ctx.tokens[and + 2];
  if (core.length !== 1 || head === undefined || !SHARED_HEADS.has(head.folded)) return false;
  const after = ctx.tokens[and + 3];
  const closed = after === undefined || /[,.;:]/.test(ctx.text.slice(head.end, after.start)) || after.folded === 'and';
  return closed && ctx.text.slice(ctx.tokens[and]!.end, head.start).trim().split(/\s+/).length === 1 && !/,/.test(ctx.text.slice(ctx.tokens[core[0]!]!.end, head.start));
}

/** A noun of an act done to something ("identification", "disposal", "management", "clearance"). */
const ACT_NOUN = /^\p{Ll}{3,}(?:tion|sion|ment|al|ance|ence|ing)$/u;

/** A ministry or department the wire services write in lower case: "the country's defence department", "the Dutch defence ministry". */
const LOWER_PORTFOLIOS = new Set(['defence', 'defense', 'foreign', 'home', 'interior', 'trade', 'finance', 'justice']);
const LOWER_BODIES = new Set(['ministry', 'department']);

export function englishLowerCaseBodies(ctx: { text: string; tokens: Token[] }): RawCandidate[] {
  const out: RawCandidate[] = [];
  for (let i = 1; i < ctx.tokens.length; i++) {
    // "The Chinese embassy in Manila": a state's embassy, in lower case after the state's adjective, with the city it is in.
    if (['embassy', 'consulate'].includes(ctx.tokens[i]!.text) && stateOfAdjective(ctx.tokens[i - 1]!.text)) {
      let last = i;
      if (ctx.tokens[i + 1]?.text === 'in' && isCapitalised(ctx.tokens[i + 2]?.text ?? '')) {
        last = i + 2;
        while (isCapitalised(ctx.tokens[last + 1]?.text ?? '') && /^ $/.test(ctx.text.slice(ctx.tokens[last]!.end, ctx.tokens[last + 1]!.start))) last++;
      }
      out.push({ first: i - 1, last, kind: 'actor', rule: 'name-head', score: 0.5, category: 'body' });
      continue;
    }
    if (!LOWER_BODIES.has(ctx.tokens[i]!.text) || !LOWER_PORTFOLIOS.has(ctx.tokens[i - 1]!.text)) continue;
    const adjective = i >= 2 && stateOfAdjective(ctx.tokens[i - 2]!.text) ? 1 : 0;
    out.push({ first: i - 1 - adjective, last: i, kind: 'actor', rule: 'name-head', score: 0.5, category: 'body' });
  }
  return out;
}

/**
 * Instruments the English press names in lower case whatever is done with them: "UN Security Council resolution 2719",
 * "the 2016 arbitral award", "a presidential statement on …". A resolution is known by its number, an award by its year.
 */
export function englishLowerCaseInstruments(ctx: { tokens: Token[]; text: string }): RawCandidate[] {
  const out: RawCandidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [word, next] = [tokens[i]!.text, tokens[i + 1]!.text];
    if (word === 'resolution' && /^\d{3,4}$/.test(next)) out.push({ first: i, last: i + 1, kind: 'framework', rule: 'instrument-phrase', score: 0.5 });
    else if (word === 'arbitral' && next === 'award') out.push({ first: /^\d{4}$/.test(tokens[i - 1]?.text ?? '') ? i - 1 : i, last: i + 1, kind: 'framework', rule: 'instrument-phrase', score: 0.5 });
    else if (word === 'presidential' && next === 'statement') out.push({ first: i, last: i + 1, kind: 'agreement', rule: 'instrument-phrase', score: 0.5 });
  }
  return [...out, ...lowerCaseProjects(ctx)];
}

/** Words that end a project's topic in lower case (folded): what is said of the project next. */
const PROJECT_TOPIC_ENDS = new Set(['funded', 'financed', 'co-funded', 'implemented', 'launched', 'which', 'that', 'with', 'by', 'at', 'in', 'from', 'under', 'was', 'is', 'will', 'and', 'for', 'to']);
/** Words no topic ends on (folded): "… the construction of a new hospital for | the" is cut back to its last noun. */
const TOPIC_TAIL_WORDS = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'new']);

/**
 * A project introduced in lower case by what it does: "launched a three-year project on strengthening maritime law
 * enforcement capacity, funded by …", "a regional project on explosive ordnance disposal training in Laos". A programme by
 * its "a", up to four words that say what kind ("three-year", "regional"), and a topic after "on" up to what is said of it.
 */
function lowerCaseProjects(ctx: { tokens: Token[]; text: string }): RawCandidate[] {
  const out: RawCandidate[] = [];
  const { tokens } = ctx;
  const plain = (k: number) => gapAfter(ctx, k) === ' ';
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!['project', 'programme', 'program'].includes(tokens[i]!.text) || tokens[i + 1]!.folded !== 'on' || !plain(i) || isCapitalised(tokens[i + 2]!.text)) continue;
    let a = i - 1;
    while (a >= 0 && i - a <= 4 && !['a', 'an'].includes(tokens[a]!.folded) && !isCapitalised(tokens[a]!.text) && plain(a)) a--;
    if (a < 0 || !['a', 'an'].includes(tokens[a]!.folded) || !plain(a)) continue;
    let last = i + 1;
    while (last + 1 < tokens.length && last - i < 10 && plain(last) && !isCapitalised(tokens[last + 1]!.text) && !PROJECT_TOPIC_ENDS.has(tokens[last + 1]!.folded)) last++;
    while (last > i + 1 && TOPIC_TAIL_WORDS.has(tokens[last]!.folded)) last--;
    if (last > i + 1) out.push({ first: a + 1, last, kind: 'framework', rule: 'instrument-phrase', score: 0.5 });
  }
  return out;
}

/** Bodies the press names in lower case after an office's "of the": "deputy director of the department". */
const LOWER_CASE_BODY_WORDS = new Set(['department', 'ministry', 'agency', 'centre', 'center', 'academy', 'college', 'institute', 'office', 'secretariat', 'command', 'unit', 'force']);

/** The last word of "of [the] Body" after word `last` (capitalised words, an abbreviation, or a body word in lower case), or -1. */
function bodyAfterOf(ctx: { text: string; tokens: Token[] }, last: number): number {
  const { tokens } = ctx;
  if (tokens[last + 1]?.folded !== 'of') return -1;
  let k = last + 2;
  if (tokens[k]?.folded === 'the') k++;
  if (!tokens[k]) return -1;
  if (LOWER_CASE_BODY_WORDS.has(tokens[k]!.text)) return k;
  if (!isCapitalised(tokens[k]!.text)) return -1;
  // ("… of the Republic of Korea Army": a small word between capitalised words is inside the body's name.)
  const joinedAt = (n: number) => tokens[n] !== undefined && /^ $/.test(ctx.text.slice(tokens[n - 1]!.end, tokens[n]!.start));
  for (;;) {
    if (k - last >= 10) break;
    if (joinedAt(k + 1) && (isCapitalised(tokens[k + 1]!.text) || /^\d{1,3}$/.test(tokens[k + 1]!.text))) k++;
    else if (joinedAt(k + 1) && ['of', 'and'].includes(tokens[k + 1]!.folded) && joinedAt(k + 2) && isCapitalised(tokens[k + 2]!.text)) k += 2;
    else if (joinedAt(k + 1) && tokens[k + 1]!.folded === 'of' && tokens[k + 2]?.folded === 'the' && joinedAt(k + 3) && isCapitalised(tokens[k + 3]!.text)) k += 3;
    else break;
  }
  // "head of the Vietnamese delegation": capitalised words that describe a lower-case noun name no body.
  return tokens[k + 1] && /^ $/.test(ctx.text.slice(tokens[k]!.end, tokens[k + 1]!.start)) && !isCapitalised(tokens[k + 1]!.text) && !SMALL_WORDS.has(tokens[k + 1]!.folded) ? -1 : k;
}

/** Forms of address before a person's name. */
const ADDRESS = new Set(['Sir', 'Dame', 'Mr', 'Ms', 'Mrs', 'Dr', 'Professor', 'Smt', 'Shri']);

/**
 * Offices the English press writes in lower case beside the person who holds them: "the IISS director-general, Sir Edmund
 * Hale", "Damen's regional director, Pieter van Dijk", "a department spokesperson, Arsenio Lagdameo", "said Anita Hollen,
 * the EU spokesperson for foreign affairs and security policy". The title with the body or the words before it, and its
 * portfolio after "for"; only beside a name, so that "the minister said" names no office.
 */
export function englishLowerCaseOffices(ctx: { text: string; tokens: Token[] }): RawCandidate[] {
  const out: RawCandidate[] = [];
  const { tokens } = ctx;
  const gap = (k: number) => ctx.text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
  // A person's name from `at`, read forward (1) or back (-1): a form of address ("Sir", "Mr"), or two capitalised words
  // or more ("Pieter van Dijk"), none a state's ("In Jakarta, the defence minister …", "Vietnam, the current ASEAN chair").
  const personAt = (at: number, step: 1 | -1): boolean => {
    if (step === 1 && ADDRESS.has(tokens[at]?.text ?? '')) return true;
    let capitals = 0;
    const word = (k: number) => isCapitalised(tokens[k]!.text) && !NOT_NAME_START.has(tokens[k]!.folded);
    let k = at;
    for (; tokens[k] && (word(k) || NAME_PARTICLES.has(tokens[k]!.text)); k += step) {
      if (word(k)) capitals++;
      if (stateNamed(tokens[k]!.text) || (k !== at && !/^ $/.test(gap(Math.min(k, k - step))))) break;
    }
    // "In New York, the …": a name after a word of place is where, not who.
    return capitals >= 2 && !(step === -1 && ['in', 'at', 'from', 'to', 'near'].includes(tokens[k]?.folded ?? ''));
  };
  for (let i = 1; i < tokens.length; i++) {
    const title = isCapitalised(tokens[i]!.text) ? undefined : TITLES.find((t) => phraseAt(tokens, i, t));
    if (!title) continue;
    let last = i + title.length - 1;
    // "… spokesperson for foreign affairs and security policy", "… executive director of police services": a portfolio in lower
    // case, up to the next punctuation.
    // (After "of", only a portfolio in lower case: "commander of the Pacific Area" is read with the body it heads.)
    const portfolioOf = tokens[last + 1]?.folded === 'of' && !isCapitalised(tokens[last + 2]?.text ?? 'A') && !DETERMINERS.has(tokens[last + 2]?.folded ?? '');
    if ((tokens[last + 1]?.folded === 'for' || portfolioOf) && /^ $/.test(gap(last))) {
      let end = last + 1;
      // ("director general for Asia-Pacific and African affairs": a region's capitalised words inside the portfolio.)
      // (Not into the body after it: "… for multilateral cooperation | of Indonesia's foreign ministry", "… | at the EEAS".)
      const forPortfolio = tokens[last + 1]!.folded === 'for';
      const portfolioWord = (k: number) => (!isCapitalised(tokens[k]!.text) && !(forPortfolio && AFTER_PORTFOLIO.has(tokens[k]!.folded) && (isCapitalised(tokens[k + 1]?.text ?? '') || DETERMINERS.has(tokens[k + 1]?.folded ?? '')))) || (forPortfolio && REGION_WORDS.has(tokens[k]!.folded));
      while (end + 1 < tokens.length && end - last < 7 && /^ $/.test(gap(end)) && portfolioWord(end + 1)) end++;
      if (end > last + 1) last = end;
    }
    // "Ambassador Rudi Hartanto, director general for Asia-Pacific affairs of Indonesia's foreign ministry", "Clara Voss, deputy
    // managing director for Asia and the Pacific at the EEAS": right after a name and its comma, a title and its portfolio.
    const portfolio = tokens[i + title.length]?.folded === 'for' && last > i + title.length;
    if (portfolio && /^,\s$/.test(gap(i - 1)) && personAt(i - 1, -1) && (/^\s*[,;.]/.test(gap(last)) || ['of', 'at', 'in'].includes(tokens[last + 1]?.folded ?? ''))) {
      out.push({ first: i, last, kind: 'actor', rule: 'office-title', score: 0.55, category: 'office' });
      i = last;
      continue;
    }
    // "the Polish ambassador to the Netherlands", "Japan's defense attaché in Manila": where an envoy is sent or posted.
    const sentWord = tokens[last + 1]?.folded;
    if ((sentWord === 'to' && ENVOYS.has(tokens[last]!.folded)) || (sentWord === 'in' && (CONSULS.has(tokens[last]!.folded) || tokens[last]!.folded === 'attache'))) {
      const from = tokens[last + 2]?.folded === 'the' ? last + 3 : last + 2;
      let end = from;
      while (end + 1 < tokens.length && end - from < 3 && isCapitalised(tokens[end + 1]!.text) && /^ $/.test(gap(end))) end++;
      const place = end < tokens.length && isCapitalised(tokens[from]?.text ?? '') && (sentWord === 'in' || stateNamed(ctx.text.slice(tokens[from]!.start, tokens[end]!.end)) !== undefined);
      if (place && /^\s*[,.;]/.test(gap(end))) last = end;
    }
    // The body it belongs to, or up to two words that say which ("regional", "department"), after an article or an owner's "'s".
    let first = i;
    while (first > 0 && i - first < 3 && /^ $/.test(gap(first - 1)) && !DETERMINERS.has(tokens[first - 1]!.folded) && tokens[first - 1]!.folded !== 's' && /^[\p{L}-]+$/u.test(tokens[first - 1]!.text)) first--;
    const opened = DETERMINERS.has(tokens[first - 1]?.folded ?? '') || tokens[first - 1]?.folded === 's';
    // "Philippine Coast Guard spokesperson Commodore Ramon Villareal", "Pentagon spokesman John Kirby": wire copy writes the
    // body, the title in lower case and the name, with no comma; the body's capitalised words (no rank, no person) and the
    // title are the office.
    // ("Armed Forces of the Philippines spokesperson", "People's Liberation Army Navy spokesperson": small words and an "'s"
    // inside the body's name; not a sentence's opening word, "Meanwhile Philippine Navy spokesperson …".)
    let bodyStart = i;
    for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
      const word = tokens[k]!;
      // (A state's "'s" is its owner's, outside the body's name: "Vietnam's Foreign Ministry spokesperson".)
      const possessive = word.text === 's' && /^['’]$/.test(gap(k - 1)) && k > 0 && stateNamed(tokens[k - 1]!.text) === undefined;
      const inner = (BODY_INNER_WORDS.has(word.text) || possessive) && k > 0 && (isCapitalised(tokens[k - 1]!.text) || BODY_INNER_WORDS.has(tokens[k - 1]!.text));
      if (!(/^ $/.test(gap(k)) || (word.text !== 's' && /^['’]$/.test(gap(k)) && tokens[k + 1]?.text === 's')) || !(inner || (isCapitalised(word.text) && !NOT_NAME_START.has(word.folded)))) break;
      bodyStart = k;
    }
    while (bodyStart < i && (BODY_INNER_WORDS.has(tokens[bodyStart]!.text) || SENTENCE_OPENERS.has(tokens[bodyStart]!.folded))) bodyStart++;
    const holderAfter = /^ $/.test(gap(last)) && (rankLength(tokens, last + 1, ctx.text) > 0 || personAt(last + 1, 1));
    if (bodyStart < i && holderAfter && rankLength(tokens, bodyStart, ctx.text) === 0) {
      out.push({ first: bodyStart, last, kind: 'actor', rule: 'office-title', score: 0.55, category: 'office' });
      i = last;
      continue;
    }
    // "Colonel Rodrigo Fuenzalida, director of CECOPAC", "…, deputy director of the department": right after a name and
    // its comma, a title of a body named after "of".
    const ofBody = first === i && /^,\s$/.test(gap(i - 1)) && personAt(i - 1, -1) ? bodyAfterOf(ctx, last) : -1;
    if (ofBody > 0) {
      out.push({ first: i, last: ofBody, kind: 'actor', rule: 'office-title', score: 0.55, category: 'office' });
      i = ofBody;
      continue;
    }
    // "the Philippine Coast Guard's spokesperson, Commodore …": a title alone after its owner's "'s" is that owner's office, when
    // the owner is named ("the ministry's spokesperson" says no more than "the spokesperson") and is no person ("General
    // Brawner's spokesperson").
    // The owner's words, up to four capitalised ones before its "'s" ("Damen's", "the Philippine Coast Guard's").
    const ownerEnd = first >= 2 && ownersAt(ctx.text, tokens, first - 2) ? first - 2 : -1;
    let ownerStart = ownerEnd;
    while (ownerStart > 0 && ownerEnd - ownerStart < 3 && isCapitalised(tokens[ownerStart - 1]!.text) && /^ $/.test(gap(ownerStart - 1))) ownerStart--;
    const namedOwner = ownerEnd >= 0 && isCapitalised(tokens[ownerStart]!.text);
    const owned = namedOwner && isCapitalised(tokens[ownerEnd]!.text) && rankLength(tokens, ownerStart, ctx.text) === 0 && !ADDRESS.has(tokens[ownerStart]!.text);
    if ((first === i && !owned) || !opened) continue;
    // Beside a name: "…, Pieter van Dijk" after it, or "Anita Hollen, the …" before it.
    const nameAfter = /^,\s$/.test(gap(last)) && personAt(last + 1, 1);
    const determiner = tokens[first - 1]!.folded === 's' ? first - 3 : first - 1;
    const nameBefore = determiner > 0 && /^,\s$/.test(gap(determiner - 1)) && personAt(determiner - 1, -1);
    if (!nameAfter && !nameBefore) continue;
    // "Damen's regional director": whose office it is, which the name alone does not say.
    const ownerName = namedOwner ? ctx.text.slice(tokens[ownerStart]!.start, tokens[ownerEnd]!.end) : undefined;
    out.push({ first, last, kind: 'actor', rule: 'office-title', score: 0.55, category: 'office', ...(ownerName ? { owner: ownerName } : {}) });
    i = last;
  }
  return out;
}

/** Words of a region that a portfolio capitalises ("for Asia and the Pacific", "for Asia-Pacific and African affairs"), folded. */
const REGION_WORDS = new Set(['asia', 'pacific', 'asia-pacific', 'indo-pacific', 'africa', 'african', 'europe', 'european', 'americas', 'america', 'american', 'latin', 'middle', 'east', 'eastern', 'southeast', 'south', 'north', 'western', 'central', 'gulf', 'arctic', 'mediterranean', 'caribbean', 'oceania', 'asean', 'eurasia']);

/** Words that end a portfolio before the body it belongs to ("… affairs | of Indonesia's foreign ministry"), folded. */
const AFTER_PORTFOLIO = new Set(['of', 'at', 'in', 'to', 'with', 'from']);

/** What the English press calls an event in lower case: "held a phone call", "the debate", "a port call". */
export const ENGLISH_EVENT_WORDS = ['phone call', 'telephone call', 'video call', 'call', 'open debate', 'debate', 'port call', 'official visit', 'state visit', 'working visit', 'visit', 'talks'];
/** Events that a writer introduces with "a" or "an" only ("completed a regional course on …"): "the workshop" refers back to one. */
// ("a coordinated search in the Timor Sea": a search at sea is an operation of its own; "search and rescue" is a field.)
const NEW_EVENT_WORDS = ['training course', 'course', 'workshop', 'seminar', 'symposium', 'handover ceremony', 'ceremony', 'drill', 'exercise', 'conference', 'session', 'meeting', 'patrol', 'reception', 'roundtable', 'parade', 'briefing', 'search'];
const EVENT_WORDS = [...ENGLISH_EVENT_WORDS, ...NEW_EVENT_WORDS].map(words).sort((a, b) => b.length - a.length);
const INTRODUCED_ONLY = new Set(NEW_EVENT_WORDS);
/** Whether one to three capitalised words from `k` name a place that ends its clause: a punctuation mark, or "on", "in", "by" after it. */
/** Whether the capitalised words from `k` (up to four) name a field, in full or by their first words: "Cyber Security", "Peacekeeping". */
function fieldNamedAt(ctx: Context, k: number): boolean {
  let end = k;
  while (end - k < 3 && isCapitalised(ctx.tokens[end + 1]?.text ?? '') && /^ $/.test(gapAfter(ctx, end))) end++;
  for (let e = k; e <= end; e++) if (fieldTermEnglish(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[e]!.end)) || FIELD_WORDS.has(ctx.tokens[e]!.folded)) return true;
  return false;
}

function placeClosesClause(ctx: Context, k: number): boolean {
  let end = k;
  while (end - k < 3 && isCapitalised(ctx.tokens[end + 1]?.text ?? '') && /^ $/.test(gapAfter(ctx, end))) end++;
  if (ctx.tokens.slice(k, end + 1).some((t) => INSTRUMENT_REGION_WORDS.has(t.folded) || /pacific$/.test(t.folded))) return false;
  return /^\s*[,.;:]/.test(gapAfter(ctx, end)) || end + 1 >= ctx.tokens.length || ['on', 'in', 'by'].includes(ctx.tokens[end + 1]!.folded);
}

/**
 * Whether an abbreviation in brackets right after word `end` opens with the initial of word `first`: "… in Lebanon (UNIFIL)"
 * (the name's, not a sentence's "The" before it: "The United Nations Mission in … (UNMISS) held …").
 */
function spelledAfter(ctx: { text: string; tokens: Token[] }, first: number, end: number): boolean {
  const abbreviation = /^\s*\(([A-Z][A-Za-z]{2,9})\)/.exec(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end]!.end + 14))?.[1];
  const initial = ctx.tokens[ctx.tokens[first]!.text === 'The' && first < end ? first + 1 : first]!.text[0];
  return abbreviation !== undefined && isAcronym(abbreviation) && abbreviation[0] === initial;
}

/** Titles that alone name no office, only address its holder ("Minister Nakahara", "Secretary Castillo"). */
const BARE_TITLES = new Set(['minister', 'secretary', 'commissioner', 'undersecretary', 'director', 'chairman', 'chairperson', 'chair']);

/** Bodies whose numbered sessions are named like them: "the 8th … Cooperation Committee", "the 12th Joint Commission". */
const MEETING_BODIES = new Set(['committee', 'commission']);

/** Whether a folded word is a spelled ordinal, also a compound one ("twenty-third"). */
const spelledOrdinal = (word: string) => SPELLED_ORDINALS.has(word.replace(/^(?:twenty|thirty|forty|fifty)-/, '')) || ['thirtieth', 'fortieth', 'fiftieth'].includes(word);
/** Lower-case kinds of a ceremony (folded). */
const CEREMONY_KINDS = new Set(['opening', 'closing', 'signing', 'handover', 'welcome', 'welcoming', 'graduation', 'launch', 'commissioning', 'send-off', 'departure', 'farewell', 'award', 'awards']);
/** Kinds of parade a parade's word before it names: "the passing out parade", "a medal parade". */
const PARADE_KINDS = new Set(['out', 'medal', 'graduation']);

/** Whether words first..last are a ceremony its kind names ("opening ceremony"): an occasion of its own, never the one named before. */
export function ceremonyOfItsKind(tokens: Token[], first: number, last: number): boolean {
  // ("lễ khai mạc", "lễ bế mạc": the Vietnamese press's opening and closing ceremonies, written as they are.)
  if (last === first + 2 && tokens[first]!.text.toLowerCase() === 'lễ' && ['khai mac', 'be mac', 'khai giang', 'be giang'].includes(`${tokens[first + 1]!.folded} ${tokens[last]!.folded}`)) return true;
  // ("officiated the passing out parade", "a medal parade": so is a parade of its kind.)
  return last > first && ((tokens[last]!.folded === 'ceremony' && CEREMONY_KINDS.has(tokens[last - 1]!.folded)) || (tokens[last]!.folded === 'parade' && PARADE_KINDS.has(tokens[last - 1]!.folded)));
}

/**
 * Where a capitalised name starting at word `k` ends ("UN–AU Joint Task Force on Peace and Security"): capitalised words,
 * joined by a space or a dash, and "of", "for", "on", "and", "the" between two of them. Undefined if none starts there.
 */
function nameEnd(ctx: { text: string; tokens: Token[] }, k: number): number | undefined {
  if (!isCapitalised(ctx.tokens[k]?.text ?? '')) return undefined;
  let end = k;
  for (let n = k + 1; n < ctx.tokens.length; n++) {
    // ("the South Africa – Viet Nam Joint Defence Committee": a spaced dash between two capitalised words joins them too.)
    const gap = ctx.text.slice(ctx.tokens[n - 1]!.end, ctx.tokens[n]!.start);
    if (!/^(?: |[–-])$/.test(gap) && !(/^ [–—] $/.test(gap) && isCapitalised(ctx.tokens[n]!.text))) break;
    if (isCapitalised(ctx.tokens[n]!.text)) end = n;
    else if (!['of', 'for', 'on', 'and', 'the'].includes(ctx.tokens[n]!.folded)) break;
  }
  return end;
}

/** Verbs before "a reception" that give one (folded). */
const RECEPTION_GIVEN = new Set(['held', 'holds', 'hold', 'hosted', 'hosts', 'host', 'gave', 'gives', 'organised', 'organized', 'organises', 'organizes', 'attended', 'attend', 'attends']);
/** Nouns an event's word describes when it stands before them: "patrol vessel", "exercise area", "meeting room". */
const EVENT_WORD_MODIFIES = new Set(['vessel', 'vessels', 'boat', 'boats', 'ship', 'ships', 'craft', 'aircraft', 'plane', 'planes', 'helicopter', 'helicopters', 'cutter', 'cutters', 'car', 'cars', 'team', 'teams', 'unit', 'units', 'base', 'zone', 'route', 'routes', 'point', 'points', 'area', 'areas', 'room', 'rooms', 'hall', 'schedule', 'programme', 'program', 'materials', 'participants', 'scenario', 'scenarios', 'centre', 'center']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'this']);
const HOLDING_VERBS = new Set(['held', 'hold', 'holds', 'holding']);
/** Verbs that hold an event named in lower case with many words before its head: "conducted a joint search and rescue exercise". */
const CONDUCTING_VERBS = new Set(['held', 'holds', 'hold', 'conducted', 'conduct', 'conducts', 'convened', 'convenes', 'hosted', 'hosts', 'organised', 'organized', 'staged', 'completed', 'concluded', 'launched', 'opened', 'attended', 'delivered']);
/** Instruments the English press names in lower case when they are signed. */
const INSTRUMENT_WORDS = ['memorandum of understanding', 'memorandum of cooperation', 'letter of intent', 'statement of intent', 'declaration of intent', 'contract', 'deal', 'agreement', 'arrangement', 'roadmap', 'action plan', 'joint statement', 'joint declaration', 'assistance measure', 'technical advisory'].map(words).sort((a, b) => b.length - a.length);
const SIGNING_VERBS = new Set(['signed', 'sign', 'signs', 'signing', 'inked', 'concluded', 'adopted', 'finalised', 'finalized', 'awarded', 'exchanged', 'issued', 'published', 'released', 'approved', 'established', 'establishing']);
/** Partnerships the English press names in lower case by their parties: "the strategic partnership between the Netherlands and Poland". */
const PARTNERSHIP_WORDS = ['comprehensive strategic partnership', 'strategic partnership', 'comprehensive partnership', 'partnership'].map(words);
/** After the instrument: "In a joint statement issued today", "A technical advisory published alongside …". */
const MADE_AFTER = new Set(['signed', 'issued', 'published', 'released', 'adopted']);

/**
 * Events named in lower case after a determiner, with up to two words between ("a 30-minute phone
 * call", "the debate", "an open debate on maritime security": a topic after "on" is part of it),
 * and instruments named in lower case as they are signed ("signed a memorandum of understanding on defence cooperation").
 */
export function englishEventPhrases(ctx: { text: string; tokens: Token[]; sentenceStart: number[] }): RawCandidate[] {
  const out: RawCandidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const head = EVENT_WORDS.find((w) => phraseAt(ctx.tokens, i, w));
    const instrument = head ? undefined : INSTRUMENT_WORDS.find((w) => phraseAt(ctx.tokens, i, w));
    const partnership = head || instrument ? undefined : PARTNERSHIP_WORDS.find((w) => phraseAt(ctx.tokens, i, w));
    const words = head ?? instrument ?? partnership;
    if (!words || isCapitalised(ctx.tokens[i]!.text)) continue;
    // "an offshore patrol vessel", "the exercise area": the event's word describes the noun after it.
    if (head && EVENT_WORD_MODIFIES.has(ctx.tokens[i + words.length]?.folded ?? '')) continue;
    if (head?.join(' ') === 'search' && ['and', 'engine', 'engines', 'results'].includes(ctx.tokens[i + 1]?.folded ?? '')) continue;
    // "the eighth annual conference between the United Nations and the African Union": naming its sides, it is no reference back.
    const between = ctx.tokens[i + words.length]?.folded === 'between';
    if (partnership && !between) continue;
    let first = -1;
    let determiner = -1;
    let passiveOnly = false;
    // ("a change of command ceremony", "a medal and induction ceremony": a ceremony's kind may take three words.)
    const reach = head?.join(' ') === 'ceremony' ? 4 : 3;
    for (let d = i - 1; d >= Math.max(0, i - reach) && first < 0; d--) {
      if (DETERMINERS.has(ctx.tokens[d]!.folded)) [first, determiner] = [d + 1, d];
      // "the minister held talks": a determiner before the verb is its subject's, not the event's.
      else if (isCapitalised(ctx.tokens[d]!.text) || ctx.sentenceStart[d] !== ctx.sentenceStart[i] || CONDUCTING_VERBS.has(ctx.tokens[d]!.folded)) break;
    }
    // "conducted a joint search and rescue exercise", "convened a regional expert meeting": after a verb of holding, up to five
    // lower-case words say what kind of event it is.
    if (first < 0 && head) {
      for (let d = i - 1; d >= Math.max(1, i - 6) && first < 0 && !isCapitalised(ctx.tokens[d]!.text) && ctx.sentenceStart[d] === ctx.sentenceStart[i] && !/[,;:()]/.test(ctx.text.slice(ctx.tokens[d]!.end, ctx.tokens[d + 1]!.start)); d--) {
        if (['a', 'an'].includes(ctx.tokens[d]!.folded) && CONDUCTING_VERBS.has(ctx.tokens[d - 1]!.folded)) [first, determiner] = [d + 1, d];
      }
    }
    // "held bilateral talks with …": talks are held without an article.
    if (first < 0 && head?.join(' ') === 'talks') {
      for (let d = i - 1; d >= Math.max(0, i - 2) && first < 0 && !isCapitalised(ctx.tokens[d]!.text); d--) if (HOLDING_VERBS.has(ctx.tokens[d]!.folded)) [first, determiner] = [d + 1, d];
    }
    if (first < 0) continue;
    // "the latter's official visit": whose it is is no word of its name.
    for (let k = first; k < i; k++) if (/['’]s?\s*$/.test(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k + 1]!.start))) first = ctx.tokens[k + 1]!.folded === 's' ? k + 2 : k + 1;
    // ("the 52nd joint patrol", "the twenty-third meeting of the … Task Force": its number says which, a new one. A spelled
    // one only with the body it is of: "held its first meeting" is no name.)
    const ofName = head !== undefined && ctx.tokens[i + head.length]?.folded === 'of' && nameEnd(ctx, i + head.length + (ctx.tokens[i + head.length + 1]?.folded === 'the' ? 2 : 1)) !== undefined;
    const numbered = ctx.tokens.slice(determiner + 1, i).some((t) => isOrdinal(t.text) || (ofName && spelledOrdinal(t.folded)));
    // "The opening ceremony was attended by …": a ceremony its kind names is a new occasion, not the exercise named before.
    const ceremony = head !== undefined && ceremonyOfItsKind(ctx.tokens, first, i + head.length - 1);
    if (head && INTRODUCED_ONLY.has(head.join(' ')) && !['a', 'an'].includes(ctx.tokens[determiner]!.folded) && !between && !numbered && !ceremony) continue;
    // "held a reception": one that is given; not "received a warm reception from the Indian side".
    // ("A reception on board INS Tir was hosted by …": so is one the sentence opens with, given in the passive.)
    const givenAfter = () => determiner === ctx.sentenceStart[determiner] && ctx.tokens.slice(i + 1, i + 8).some((t, n) => t.folded === 'was' && RECEPTION_GIVEN.has(ctx.tokens[i + 2 + n]?.folded ?? ''));
    if (head?.join(' ') === 'reception' && !RECEPTION_GIVEN.has(ctx.tokens[determiner - 1]?.folded ?? '') && !givenAfter()) continue;
    if (instrument) {
      // Only a new instrument: "signed a memorandum of understanding on …", "inked a $410 million contract";
      // "the agreement" refers to one the article has named. Its size or price is no part of its name.
      const madeBefore = SIGNING_VERBS.has(ctx.tokens[determiner - 1]?.folded ?? '') || MADE_AFTER.has(ctx.tokens[i + instrument.length]?.folded ?? '');
      const made = madeBefore || madeInPassive(ctx, i + instrument.length);
      passiveOnly = !madeBefore && made;
      if (!['a', 'an'].includes(ctx.tokens[determiner]!.folded) || !made) continue;
      first = i;
    }
    let last = i + words.length - 1;
    // "… partnership between the Netherlands and Poland": its sides are part of its name, which tells it from another's.
    if (between && partnership) last = sidesEnd(ctx, last + 1) ?? last;
    // "the twenty-third meeting of the UN–AU Joint Task Force on Peace and Security": a numbered meeting is named by its body.
    if (numbered && head && ctx.tokens[last + 1]?.folded === 'of') last = nameEnd(ctx, last + (ctx.tokens[last + 2]?.folded === 'the' ? 3 : 2)) ?? last;
    // "… on maritime security": up to three lower-case words of a topic. After "a course", "a workshop" the
    // topic is a list of domains, read as such ("course on" is how a list's covers are said).
    // Not after talks held without an article: "held talks on the sidelines of …", "held talks on maritime security and …".
    const held = HOLDING_VERBS.has(ctx.tokens[determiner]!.folded);
    if (ctx.tokens[last + 1]?.folded === 'on' && !held && !(head && INTRODUCED_ONLY.has(head.join(' ')))) {
      let end = last + 1;
      while (end + 1 < ctx.tokens.length && end - last < 4 && !isCapitalised(ctx.tokens[end + 1]!.text) && !/[,.;:()]/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]!.start)) && !['at', 'in', 'on', 'with', 'and', 'to', 'for', 'as', 'the', 'of', 'was', 'were', 'is', 'are', 'has', 'have', 'will'].includes(ctx.tokens[end + 1]!.folded) && !MADE_AFTER.has(ctx.tokens[end + 1]!.folded)) end++;
      // "… on search and rescue, marine pollution response and illegal fishing": a list of fields is what it covers, not its name.
      // (Not "… on defence cooperation and a letter of intent", nor ", and Viet Nam welcomed it": a list goes on in lower case.)
      const sep = ctx.tokens[end + 1]?.folded === 'and' ? end + 1 : /^,/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]?.start ?? ctx.text.length)) ? end : -1;
      const item = ctx.tokens[sep + 1];
      const listFollows = sep >= 0 && item !== undefined && !isCapitalised(item.text) && !DETERMINERS.has(item.folded) && !['and', 'which', 'who', 'that'].includes(item.folded);
      if (end > last + 1 && !(instrument && listFollows)) last = end;
    }
    // An EU assistance measure is a framework under which aid is given, not an agreement between parties.
    // "An agreement on the delimitation of … was signed by …": made in the passive, an instrument is a new one by a topic of its own
    // (a bare "agreement" there is read as the one the article named).
    if (passiveOnly && last === i + words.length - 1) continue;
    const instrumentKind = instrument?.at(-1) === 'measure' ? 'framework' : 'agreement';
    // (Named by its body, it is a name, and is kept whole against the body's name inside it.)
    const namedByBody = head !== undefined && last > i + words.length - 1 && ctx.tokens[i + words.length]?.folded === 'of';
    out.push(instrument || partnership ? { first, last, kind: partnership ? 'partnership' : instrumentKind, rule: 'instrument-phrase', score: 0.5 } : { first, last, kind: 'event', rule: namedByBody ? 'name-head' : 'event-phrase', score: 0.5 });
    i = last;
  }
  return [...out, ...repeatedInstruments(ctx.tokens, out)];
}

/** Words after a verb of making without its auxiliary that say it is the passive's: "… signed by", "… signed between". */
const MADE_BY = new Set(['by', 'between']);

/** Auxiliaries of the passive before a verb of making: "A letter of intent on submarine rescue | was signed by …". */
const PASSIVE_AUXILIARIES = [['was'], ['were'], ['has', 'been'], ['have', 'been'], ['is'], ['will', 'be']];

/** Whether the instrument whose words end before `from` is made in the passive within its clause, past up to eight words of its topic. */
function madeInPassive(ctx: { text: string; tokens: Token[] }, from: number): boolean {
  for (let k = from; k < ctx.tokens.length && k - from <= 8; k++) {
    if (k > from && /[.;:!?]/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start))) return false;
    const auxiliary = PASSIVE_AUXILIARIES.find((words) => phraseAt(ctx.tokens, k, words));
    if (auxiliary) return SIGNING_VERBS.has(ctx.tokens[k + auxiliary.length]?.folded ?? '');
    // "a memorandum of understanding on contingent-owned equipment | signed by Nepal and the United Nations": without its auxiliary.
    if (MADE_AFTER.has(ctx.tokens[k]!.folded) && MADE_BY.has(ctx.tokens[k + 1]?.folded ?? '')) return true;
  }
  return false;
}

/** Where "between A and B" from `at` (the word "between") ends, in the same sentence, or undefined when it names no two sides. */
function sidesEnd(ctx: { text: string; tokens: Token[]; sentenceStart: number[] }, at: number): number | undefined {
  const small = (k: number) => ['the', 'and', 'of'].includes(ctx.tokens[k]!.folded);
  let end = at;
  let and = false;
  let sidesParted = false;
  while (end + 1 < ctx.tokens.length && ctx.sentenceStart[end + 1] === ctx.sentenceStart[at]) {
    // "… and the Viet Nam People's Navy": a possessive inside a side's name.
    if (possessiveInName(ctx, end)) {
      end++;
      continue;
    }
    // "… between the Department of Defence and Viet Nam's Ministry of National Defence": the second side's state, then its body.
    if (and && ownersAt(ctx.text, ctx.tokens, end) && isCapitalised(ctx.tokens[end + 2]?.text ?? '')) {
      end++;
      continue;
    }
    if (!/^[ \t]*$|^\s*[–-]\s*$/.test(ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end + 1]!.start)) || !(isCapitalised(ctx.tokens[end + 1]!.text) || small(end + 1))) break;
    // "… between the Royal Thai Navy and the Viet Nam People's Navy | and the Memorandum …": two sides, one "and the" apart.
    const andThe = ctx.tokens[end + 1]!.folded === 'and' && ctx.tokens[end + 2]?.folded === 'the';
    if (andThe && sidesParted) break;
    sidesParted ||= andThe;
    end++;
    and ||= ctx.tokens[end]!.folded === 'and';
  }
  while (end > at && small(end)) end--;
  return and && end > at + 1 ? end : undefined;
}

/**
 * The same words as an instrument named in lower case, elsewhere in the article, are that instrument again: the headline
 * "Netherlands and Poland sign letter of intent on cyber defence" over "… signed a letter of intent (LoI) on cyber defence".
 * Only names of two words or more ("letter of intent", not "deal"), and not inside a capitalised name.
 */
function repeatedInstruments(tokens: Token[], found: RawCandidate[]): RawCandidate[] {
  // Each distinct phrase once, by its first word: a long article names the same instrument many times.
  const byFirst = new Map<string, Map<string, RawCandidate>>();
  for (const c of found) {
    // A partnership is named by its sides; a lower-case one alone is no name to look for again.
    if (c.rule !== 'instrument-phrase' || c.last === c.first || c.kind === 'partnership') continue;
    const phrase = tokens.slice(c.first, c.last + 1).map((t) => t.text.toLowerCase());
    const phrases = byFirst.get(phrase[0]!) ?? new Map<string, RawCandidate>();
    if (!phrases.has(phrase.join(' '))) phrases.set(phrase.join(' '), c);
    byFirst.set(phrase[0]!, phrases);
  }
  if (byFirst.size === 0) return [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const f of found) for (let k = f.first; k <= f.last; k++) taken[k] = true;
  const out: RawCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrases = byFirst.get(tokens[i]!.text.toLowerCase());
    // "… issued a presidential statement": another of the kind, introduced as new, is no repeat.
    if (!phrases || taken[i] || isCapitalised(tokens[i - 1]?.text ?? '') || ['a', 'an'].includes(tokens[i - 1]?.folded ?? '')) continue;
    for (const [phrase, c] of phrases) {
      const words = phrase.split(' ');
      const last = i + words.length - 1;
      if (!words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w && !taken[i + k])) continue;
      out.push({ ...c, first: i, last });
      i = last;
      break;
    }
  }
  return out;
}
