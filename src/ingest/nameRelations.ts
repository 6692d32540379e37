/**
 * Relations a name states by its own structure, and those that names standing side by side state:
 * - an office or a body belongs to the state or body that closes its name: "Bộ trưởng Nội vụ Ấn
 *   Độ" is part of India, "Thư ký Bộ Nội vụ Ấn Độ" part of that ministry, "Tư lệnh Cảnh sát biển
 *   Việt Nam" heads it; in English by its adjective or its "of": "Indian Defence Minister",
 *   "Armed Forces of the Philippines", "Singapore's Minister for Defence";
 * - a person holds the office named beside them: "Bộ trưởng Quốc phòng Australia Richard Marlowe",
 *   "Đại tướng Trần Minh Khôi, Bộ trưởng …", "Marta Lindqvist, Deputy Secretary-General …";
 * - an instrument names its parties and an event its participants: "Tuyên bố … Việt Nam –
 *   Australia", "EU–Indonesia Partnership and Cooperation Agreement", "… giữa A và B";
 * - a framework belongs to who owns it: "Chiến lược … của Canada";
 * - an instrument or an event covers the domains its topic names: "Bản ghi nhớ về hợp tác an
 *   ninh mạng", "Memorandum of Understanding on Maritime Domain Awareness";
 * - a place in brackets after a place is where it lies: "Brussels (Bỉ)".
 * The evidence is the names themselves.
 */
import { PART_THEN_WHOLE } from './holders';
import { isAcronym, isOrdinal, type Token } from '../text/tokens';
import { foldKeepLength } from '../text/fold';
import { bodyEndBeforeTitle, ownerWithin, phraseAt, spanOf } from './tokenSpans';
import { stateNamed, stateOfAdjective, stateOfAdjectiveAt } from './states';
import { notTheState } from './nestedNames';
import { bracketedAcronym } from './fieldTerms';
import { refKey, type CuratedKind, type CuratedPredicate, type EndRef, type RelationProposal } from './types';
import { PLACE_PREPOSITIONS, placeWordsBefore, placeWordsFrom, widerPlaceWordsFrom } from './wordLists';
import { CONSULS, ENGLISH_HEADS, OFFICE_TITLES_EN, OFFICE_TITLES_VI, opensShipName, RANKS_EN, RANKS_VI, STANDALONE_TITLES } from './nameLexicon';
import { initialsHold, SHORT_RANK_OPENERS, SHORT_TITLES, written } from '../text/abbreviations';

export type NamedRange = { first: number; last: number; ref: EndRef; kind: CuratedKind };

type Input = {
  text: string;
  tokens: Token[];
  /** New names (candidates), each occurrence. */
  names: NamedRange[];
  /** Every name standing in the text (known and new), outermost, in order. */
  slots: NamedRange[];
  /** The entity a run of words names, if any: a known name, a new one, a state under another of its names. */
  resolve: (first: number, last: number) => EndRef | undefined;
  /** How many words a run that `resolve` names can have, longest first: runs of other lengths are not asked about. */
  nameLengths: number[];
  /** The entity an English adjective of a state stands for ("Indian"). */
  stateOf: (stateName: string) => EndRef | undefined;
  category: (ref: EndRef) => string | undefined;
  /** The kind of a known entity or a candidate. */
  kindOf: (ref: EndRef) => CuratedKind | undefined;
  sentenceOf: (token: number) => number;
  existing: (source: string, predicate: string, target: string) => string | undefined;
};

/** What can own an office or a body: an actor, or a state the article also names as a place ("Paris (Pháp)"). */
const OWNER_KINDS: ReadonlySet<CuratedKind> = new Set(['actor', 'place']);

/**
 * Whether an office's name holds "của" and a body after it: "Chỉ huy trưởng Đại đội 2 của Lữ đoàn 126" leads the company,
 * and is only part of the brigade (a state after "của" owns what the office leads: "Tư lệnh Bộ Tư lệnh … của Hoa Kỳ").
 */
function ofAnotherBody(input: Input, name: NamedRange): boolean {
  const words = input.tokens.slice(name.first, name.last + 1);
  const of = words.findLastIndex((t) => t.folded === 'cua');
  if (of >= 0 && !input.stateOf(input.text.slice(input.tokens[name.first + of + 1]?.start ?? 0, input.tokens[name.last]!.end))) return true;
  // "Director of Medical Services of the Royal Brunei Armed Forces": the office leads the services, a part of the forces.
  const first = words.findIndex((t) => t.folded === 'of');
  const last = words.findLastIndex((t) => t.folded === 'of');
  return first >= 0 && last > first + 1 && words[first + 1]!.folded !== 'the' && words[last + 1]?.folded === 'the';
}

/** Titles whose holder leads what follows ("Tư lệnh Cảnh sát biển" heads the coast guard). */
const HEAD_TITLES = new Set(['tu lenh', 'thuyen truong', 'ham truong', 'chi huy truong', 'giam doc', 'cuc truong', 'vu truong', 'tong cuc truong', 'vien truong', 'commandant', 'commander', 'chairperson', 'director', 'executive director', 'chief', 'bo truong bo']);
/** Titles that begin like a head's and lead only a part (folded): a chief of staff, a country director. */
const NOT_HEAD_TITLES = ['chief of staff', 'deputy chief', 'giam doc quoc gia', 'country director'];
/** A rank written short, "Lt. Gen.", "Rear Adm.", "Col.", without its last full stop. */
const SHORT_RANK = `(?:(?:${[...SHORT_TITLES, ...SHORT_RANK_OPENERS].map(written).join('|')})\\.?\\s+)*(?:${SHORT_TITLES.map(written).join('|')})`;

/** Words before a host's office: "(Nhận / Theo) lời mời của …", "At the invitation of …". */
const INVITED_BY = /(?:lời mời của|invitation of|invited by)\s+(?:the\s+)?$/iu;
/** How far before an office those words are looked for: the longest of them, with its spaces. */
const INVITATION_WORDS_LENGTH = 24;
const RANKS_BETWEEN = new RegExp(`^(?:\\s*\\([^()\\n]{1,12}\\))?(?:\\s*,)?\\s*(?:(?:ông|bà|ngài|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đô đốc|Phó Đô đốc|Chuẩn Đô đốc|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy|Thiếu úy|Đại sứ|Tiến sĩ|${RANKS_EN.map((rank) => rank.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|Mr|Ms|Mrs|Dr|Sir|Dame|the Hon\\.?|Ambassador|${SHORT_RANK}\\.|\\((?:ret|retd|rtd|dr)\\.?\\))\\.?['’]?\\s+)*$`, 'iu');

export function proposeNameRelations(input: Input): RelationProposal[] {
  const out = new Map<string, RelationProposal>();
  const add = (first: number, last: number, predicate: CuratedPredicate, source: EndRef, target: EndRef, rule: string, score: number, closing = '') => {
    if (refKey(source) === refKey(target)) return;
    const triple = `${refKey(source)}|${predicate}|${refKey(target)}`;
    if (out.has(triple)) return;
    const span = spanOf(input.text, input.tokens, first, last);
    const evidence = closing && input.text[span.end] === closing ? { ...span, end: span.end + 1, quote: `${span.quote}${closing}` } : span;
    const proposal: RelationProposal = { id: `relation:${triple}|${evidence.start}`, source, predicate, target, evidence, rule, score, sentence: input.sentenceOf(first) };
    if ('entity' in source && 'entity' in target) {
      const existing = input.existing(source.entity, predicate, target.entity);
      if (existing) proposal.existing = existing;
    }
    out.set(triple, proposal);
  };
  const folded = (i: number) => input.tokens[i]?.folded ?? '';
  const between = (a: number, b: number) => input.text.slice(input.tokens[a]!.end, input.tokens[b]!.start);
  // Names looked up by where they start or end, in the text's order, instead of searched for by every name.
  const slotsAt = indexBy(input.slots, (s) => s.first);
  const slotsEndingAt = indexBy(input.slots, (s) => s.last);

  for (const name of input.names) {
    const category = input.category(name.ref);
    const words = (from: number, to: number) => input.tokens.slice(from, to + 1).map((t) => t.folded).join(' ');
    // "Bharat Electronics Limited (BEL), Bengaluru": the city after a body's abbreviation and its comma is where it is.
    if (name.kind === 'actor' && (category === 'body' || category === undefined) && name.last + 2 < input.tokens.length && bracketedAcronym(input.text, input.tokens, name.last + 1) && /^\),\s*$/.test(between(name.last + 1, name.last + 2))) {
      const city = slotsAt.get(name.last + 2)?.find((s) => s.kind === 'place');
      if (city) add(name.first, city.last, 'located_in', name.ref, city.ref, 'located_in/comma', 0.6);
    }
    // The state or body inside the name: its longest resolvable tail, else the name after "tại/of".
    if (name.kind === 'actor' && (category === 'office' || category === 'body' || category === undefined)) {
      // "UNODC Regional Office for Southeast Asia", "IAEA Deputy Director General": else the organisation its name opens with.
      // ("HQ-012 Ly Thai To", "INS Sahyadri": a ship's name is its own, whatever state's word it holds; only an owner before
      // its "'s" is whose it is.)
      const ship = opensShipName(input.tokens[name.first]!.text);
      const found = ownerOf(input, name, slotsEndingAt, ship) ?? (ship ? undefined : openingOrganisation(input, name));
      // "Vụ ASEAN", a ministry's department: the organisation its name holds is what it deals with, not what it is part of.
      // "EUNAVFOR Operation Atalanta", "India–Vietnam Joint Military Exercise VINBAX-2026": an operation or an exercise its
      // name ends with is the body's own other name, nothing it is part of.
      // ("MINUSCA's Sector West" is the operation's, its owner named first.)
      // (Where a name inside it that is `ref` starts, or undefined.)
      const startOf = (ref: EndRef) => runStarts(input, name.first + 1, name.last).find((a) => refKey(input.resolve(a, name.last) ?? name.ref) === refKey(ref));
      const endsWith = (ref: EndRef) => startOf(ref) !== undefined;
      // "Cơ quan Liên hợp quốc về Bình đẳng giới … (UN Women)": an abbreviation in brackets after its long form is that body, not part of it.
      const ownLongForm = (ref: EndRef) => input.text[input.tokens[name.first]!.start - 1] === '(' && (slotsEndingAt.get(name.first - 1) ?? []).some((s) => refKey(s.ref) === refKey(ref));
      // ("Special Representative of the Secretary-General for the Central African Republic", "Đặc phái viên … về Myanmar": the
      // state an envoy is for is what the office deals with, not whose it is; whose it is is named before "for" or "về", "… của
      // Tổng Thư ký Liên hợp quốc". `envoyFor` gives where that word stands, or -1.)
      const envoyFor = (ref: EndRef) => {
        if (category !== 'office') return -1;
        const at = startOf(ref);
        if (at === undefined) return -1;
        if (['for', 've'].includes(input.tokens[at - 1]?.folded ?? '')) return at - 1;
        return input.tokens[at - 1]?.folded === 'the' && input.tokens[at - 2]?.folded === 'for' ? at - 2 : -1;
      };
      const envoy = found ? envoyFor(found) : -1;
      const ownerBeforeAim = envoy > name.first + 1 ? ownerOf(input, { ...name, last: envoy - 1 }, slotsEndingAt, ship) : undefined;
      const owner = found && ((input.tokens[name.first]!.text === 'Vụ' && input.category(found) === 'organisation') || (input.kindOf(found) === 'event' && category !== 'office' && endsWith(found)) || ownLongForm(found) || opensWithTwoStates(input, name)) ? undefined : envoy >= 0 ? ownerBeforeAim : found;
      // "Hiệp hội Công nghiệp Quốc phòng và An ninh Cộng hòa Séc", "Norwegian People's Aid": an association or an aid group
      // named for its country belongs to no state.
      const association = owner !== undefined && category !== 'office' && input.category(owner) === 'state' && NOT_STATE_BODIES.some((head) => ` ${words(name.first, name.last)} `.includes(` ${head} `));
      // "Bộ Chỉ huy Quân sự tỉnh Savannakhet, Lào": the province a body is named for is where it is; what follows its comma is
      // still what it belongs to, read below.
      const ownerAt = owner ? startOf(owner) : undefined;
      const province = ownerAt !== undefined && category !== 'office' && input.kindOf(owner!) === 'place' && ['tỉnh', 'phố'].includes(input.tokens[ownerAt - 1]?.text ?? '');
      if (province) add(name.first, name.last, 'located_in', name.ref, owner!, 'located_in/in-name', 0.7);
      if (owner && !association && !province) {
        const title = words(name.first, Math.min(name.last, name.first + 2));
        const ownerCategory = input.category(owner);
        // ("INTERPOL's Director of Organized and Emerging Crime" leads a directorate of INTERPOL's, not INTERPOL.)
        const ownerBefore = /['’]\s*s\s+$/.test(input.text.slice(input.tokens[name.first - 2]?.end ?? 0, input.tokens[name.first]!.start)) && input.tokens.slice(name.first, name.last + 1).some((t) => t.folded === 'of');
        // ("Chief of Staff of the … Command", "Giám đốc quốc gia MAG": the staff's chief, a country's director, head no whole body.)
        const notHead = NOT_HEAD_TITLES.some((t) => words(name.first, Math.min(name.last, name.first + 3)).startsWith(t));
        const headTitle = category === 'office' && !ownerBefore && !notHead && [...HEAD_TITLES].some((t) => title.startsWith(t)) && (ownerCategory === 'body' || (ownerCategory === undefined && input.kindOf(owner) === 'actor'));
        const heads = headTitle && !ofAnotherBody(input, name);
        // "Regional Service Centre Entebbe", "Đồn Biên phòng Cửa khẩu Quốc tế Nậm Cắn": a place a body is named for is where it is, no whole it is part of.
        if (input.kindOf(owner) === 'place' && endsWith(owner)) add(name.first, name.last, 'located_in', name.ref, owner, 'located_in/in-name', 0.7);
        else add(name.first, name.last, heads ? 'heads' : 'part_of', name.ref, owner, heads ? 'heads/title-in-name' : 'part_of/owner-in-name', 0.75);
        // "Phó Cục trưởng Cục Đối ngoại, Bộ Quốc phòng Việt Nam": the body the office's name holds is part of the one after its comma.
        const parent = category === 'office' && (ownerCategory === 'body' || (ownerCategory === undefined && input.kindOf(owner) === 'actor')) ? afterComma(input, name.last, slotsAt, (s) => input.kindOf(s.ref) === 'actor' && !['person', 'office', 'organisation', 'state'].includes(input.category(s.ref) ?? ''), true) : undefined;
        if (parent && refKey(parent.ref) !== refKey(owner)) add(name.first, parent.last, 'part_of', owner, parent.ref, 'part_of/comma', 0.6);
      } else if (category === 'office' && bodyRightAfter(input, name, slotsAt)) {
        // "Tùy viên pháp lý | Đại sứ quán Hoa Kỳ tại Việt Nam": an office whose portfolio ends its name, then the body it is held at.
        const body = bodyRightAfter(input, name, slotsAt)!;
        add(name.first, body.last, 'part_of', name.ref, body.ref, 'part_of/office-at', 0.7);
      } else if (category === 'office' && folded(name.last + 1) === 'at') {
        // "Director General of Defence Strategy at the Indonesian Ministry of Defence": the body an office is held at.
        const at = folded(name.last + 2) === 'the' ? name.last + 3 : name.last + 2;
        const body = slotsAt.get(at)?.find((s) => input.kindOf(s.ref) === 'actor' && !['person', 'office'].includes(input.category(s.ref) ?? ''));
        if (body && !/[.;\n]/.test(between(name.last, at))) add(name.first, body.last, 'part_of', name.ref, body.ref, 'part_of/office-at', 0.7);
      } else if (category === 'office' && !owner) {
        // "Ms Rebecca Lowe, First Assistant Secretary, South-East Asia Maritime Division, …": an office whose name names no body,
        // then the body it is held in, after its comma (a body after that one is the whole that body is part of, read below).
        const body = afterComma(input, name.last, slotsAt, (s) => input.kindOf(s.ref) === 'actor' && !['person', 'office', 'state'].includes(input.category(s.ref) ?? ''), true, () => true);
        if (body) add(name.first, body.last, 'part_of', name.ref, body.ref, 'part_of/comma', 0.6);
      } else if (category === 'body' || (category === undefined && !afterPlaceWord(input, name.first))) {
        // "Cục An toàn thông tin, Bộ Khoa học và Công nghệ", "Bộ Chỉ huy Quân sự tỉnh Savannakhet, Lào": a body, a comma and
        // what it belongs to, where no list goes on after it.
        // ("Cục Đối ngoại, Bộ Quốc phòng và Đại sứ quán Australia": a department's ministry after its comma, though a list goes on.)
        const whole = (next: NamedRange) => PART_THEN_WHOLE.test(input.text.slice(input.tokens[name.first]!.start, input.tokens[next.last]!.end));
        const parent = afterComma(input, name.last, slotsAt, (s) => input.kindOf(s.ref) === 'actor' && !['person', 'office', 'organisation'].includes(input.category(s.ref) ?? ''), false, whole);
        // Not in a headline whose verb follows ("UNODC, Viet Nam launch project …" names the two sides), nor before an
        // owner's "'s" ("ICRC, Viet Nam's defence ministry sign …").
        const rest = parent ? input.text.slice(input.tokens[parent.last]!.end, input.tokens[parent.last]!.end + 40) : '';
        // Nor two bodies of one rank side by side ("Cục Cảnh sát hình sự, Cục Quản lý xuất nhập cảnh (Bộ Công an)"): siblings in a list.
        // ("Cục Kỹ thuật Binh chủng, Tổng cục Công nghiệp quốc phòng (Bộ Quốc phòng)": a department and a general department too.)
        // (Nor a ministry's department before a province's body: "Cục Cảnh sát hình sự, Công an tỉnh Lạng Sơn" are two of a list.)
        // (Nor of a military region or a service: "Cục Đối ngoại, Quân khu 9 và Quân chủng Hải quân" are three of a list.)
        const provincial = parent !== undefined && DEPARTMENT_WORDS.has(input.tokens[name.first]!.text) && (input.tokens.slice(parent.first, parent.last + 1).some((t) => t.text === 'tỉnh') || COMMAND_OPENERS.some((words) => words.every((w, n) => input.tokens[parent.first + n]?.text === w)));
        const siblings = parent !== undefined && (provincial || sameRank(input.tokens, parent, name));
        // Nor the states of an organisation in a list of those who came ("trưởng đoàn các nước ASEAN, Timor-Leste …").
        // (Nor a name that is itself an item after its sibling: "…, Cục Cảnh sát hình sự, Công an tỉnh Quảng Ninh cùng …".)
        const members = ['cac nuoc', 'cac quoc gia'].some((words) => phraseAt(input.text, input.tokens, name.first - words.split(' ').length, words)) || siblingBefore(input, name, slotsEndingAt) !== undefined;
        // Nor an organisation before its own body ("10 nước ASEAN, Ban Thư ký ASEAN"): a whole is no part of what is named for it.
        const namedFor = parent !== undefined && ` ${words(parent.first, parent.last)} `.includes(` ${words(name.first, name.last)} `);
        // Nor an abbreviation before a state ("đại diện ASEAN, Nhật Bản"): a list, where a body would be named in full.
        const listed = parent !== undefined && name.first === name.last && isAcronym(input.tokens[name.first]!.text) && input.category(parent.ref) === 'state';
        // Nor a venue before the clause's subject ("tại Bệnh viện Trung ương Quân đội 108, Cục Quân y (Bộ Quốc phòng) phối hợp …").
        const venue = input.tokens[name.first - 1]?.text.toLowerCase() === 'tại' && /^\s*(?:\([^)]*\))?\s+\p{Ll}/u.test(rest);
        if (parent && !siblings && !members && !namedFor && !listed && !venue && !HEADLINE_VERB.test(rest) && !/^['’]s\b/.test(rest)) add(name.first, parent.last, 'part_of', name.ref, parent.ref, 'part_of/comma', 0.6);
        // "Cục Đối ngoại (Bộ Quốc phòng)": what it belongs to, in brackets right after it.
        const inBrackets = parent ? undefined : slotsAt.get(name.last + 1)?.find((s) => input.text[input.tokens[s.first]!.start - 1] === '(' && input.text[input.tokens[s.last]!.end] === ')' && input.kindOf(s.ref) === 'actor' && !['person', 'office'].includes(input.category(s.ref) ?? '') && !shortFormOf(input.tokens, name, s));
        if (inBrackets) {
          add(name.first, inBrackets.last, 'part_of', name.ref, inBrackets.ref, 'part_of/brackets', 0.6, ')');
          // "Cục Đối ngoại, Cục Cảnh sát hình sự, Cục Quản lý xuất nhập cảnh (Bộ Công an)": the bodies of one rank listed before it too.
          for (let sibling = siblingBefore(input, name, slotsEndingAt); sibling; sibling = siblingBefore(input, sibling, slotsEndingAt)) add(sibling.first, inBrackets.last, 'part_of', sibling.ref, inBrackets.ref, 'part_of/brackets', 0.6, ')');
        }
      }
    }
    // "the Bundeswehr Medical Academy in Munich", "Học viện Hải quân ở Nha Trang", "Tien Sa port in Da Nang": a body's
    // seat or a place's wider place, right after "in" or "ở".
    // Only right after the name: "… Quốc hội Australia. Tại Tòa nhà …" is another sentence, and "…, Commander of the Vietnam
    // Coast Guard, in Incheon" is where the clause took place.
    // (A comma may stand between: "the Staff College, in Hamburg"; not after a body an office's title holds.)
    const inOffice = folded(name.first - 1) === 'of' || (folded(name.first - 1) === 'the' && folded(name.first - 2) === 'of');
    const gap = input.text.slice(input.tokens[name.last]!.end, input.tokens[name.last + 1]?.start);
    const inWord = (folded(name.last + 1) === 'in' || ['ở', 'tại'].includes(input.tokens[name.last + 1]?.text.toLowerCase() ?? '')) && !/[.!?;\n]/.test(gap) && !(inOffice && gap.includes(','));
    // (A state's service, "… joined the Royal Australian Navy in Darwin", "Quân đội nhân dân Lào tại tỉnh Xiêng Khoảng", is where
    // it was then, not seated there.)
    const service = ['navy', 'army', 'force', 'forces', 'guard'].includes(folded(name.last)) || VI_SERVICES.some((words) => phraseAt(input.text, input.tokens, name.first, words));
    // (Nor the region that ends an instrument's name: "… on Joint Patrols in the Gulf of Thailand | in Bangkok", where it was signed.)
    const ending = (slotsEndingAt.get(name.last) ?? []).some((s) => s.first < name.first);
    if (((name.kind === 'actor' && (category === 'body' || category === undefined) && !service) || name.kind === 'place') && inWord && !ending) {
      // ("Công ty đóng tàu Garden Reach tại thành phố Kolkata", "Scarborough Shoal in the South China Sea": the word of the
      // place's kind, or "the", may stand before it.)
      const after = name.last + 2 + (input.tokens[name.last + 2]?.text === 'the' ? 1 : placeWordsFrom(input.tokens, name.last + 2));
      // ("Trạm Biên phòng tại cửa khẩu Hữu Nghị": or the place's name holds that word.)
      const seat = [name.last + 2, after].map((k) => slotsAt.get(k)?.find((s) => s.kind === 'place')).find((s) => s !== undefined);
      if (seat) add(name.first, seat.last, 'located_in', name.ref, seat.ref, 'located_in/in', 0.6);
    }
    // "UN Interim Security Force for Abyei", "… Mission in South Sudan": a body named for a place inside its name works there
    // (the place is no owner: see ownerOf).
    if (name.kind === 'actor' && (category === 'body' || category === undefined)) {
      for (const a of runStarts(input, name.first + 2, name.last)) {
        const ref = ['in', 'for'].includes(folded(a - 1)) ? input.resolve(a, name.last) : undefined;
        if (ref && input.kindOf(ref) === 'place') {
          add(name.first, name.last, 'located_in', name.ref, ref, 'located_in/in', 0.6);
          break;
        }
      }
    }
    // "Học viện Lục quân (Đà Lạt)": a body's seat in brackets right after its name.
    if (name.kind === 'actor' && (category === 'body' || category === undefined) && name.last + 1 < input.tokens.length && /^ \($/.test(between(name.last, name.last + 1))) {
      const seat = slotsAt.get(name.last + 1)?.find((s) => s.kind === 'place' && input.text[input.tokens[s.last]!.end] === ')');
      if (seat) add(name.first, seat.last, 'located_in', name.ref, seat.ref, 'located_in/in', 0.6, ')');
    }
    // Parties and participants named "A – B" or "giữa A và B" inside an instrument's or an event's name.
    if (['agreement', 'partnership', 'event', 'framework'].includes(name.kind)) {
      const predicate: CuratedPredicate = name.kind === 'event' ? 'participates_in' : 'party_to';
      for (const party of partiesIn(input, name)) add(name.first, name.last, predicate, party, name.ref, `${predicate}/parties-in-name`, 0.75);
    }
    // "European Union Military Assistance Mission in Mozambique", "ASEAN Defence Ministers' Meeting": an organisation
    // that opens an event's name holds it.
    if (name.kind === 'event') {
      // ("Phái bộ Liên hợp quốc tại Nam Sudan", "UN Mission in South Sudan": or the organisation named before where it works.)
      const holder = openingOrganisation(input, name) ?? organisationBeforePlace(input, name);
      if (holder) add(name.first, name.last, 'part_of', name.ref, holder, 'part_of/owner-in-name', 0.7);
    }
    // "Chiến lược … của Canada": the owner after "của" closes the name.
    let ownedAfterCua = false;
    if (name.kind === 'framework' || name.kind === 'agreement' || name.kind === 'domain' || name.kind === 'event') {
      // ("United Nations Mission in the Republic of South Sudan": an "of" inside where it works names no owner.)
      let where = name.first + 1;
      while (where < name.last && folded(where) !== 'in') where++;
      // ("Defence Cooperation Agreement between the Federative Republic of Brazil and the Federal Republic of Nigeria": an "of"
      // inside its sides names no owner; the sides are its parties.)
      const sides = input.tokens.slice(name.first + 1, where).findIndex((t) => t.folded === 'between' || t.folded === 'giua') + name.first + 1;
      for (let k = where - 1; k > name.first && !(sides > name.first && k > sides); k--) {
        if (folded(k) !== 'cua' && folded(k) !== 'of') continue;
        ownedAfterCua = true;
        // "… của Liên Hợp Quốc tại Abyei": the owner may stand before where the name says it is.
        const from = folded(k + 1) === 'the' ? k + 2 : k + 1;
        let owner: EndRef | undefined;
        for (let end = name.last; end >= from && !owner; end--) if (end === name.last || placeWordAt(input.tokens, end + 1)) owner = input.resolve(from, end);
        if (owner && name.kind !== 'event') add(name.first, name.last, 'belongs_to', name.ref, owner, 'belongs_to/owner-in-name', 0.8);
        else if (owner && name.kind === 'event') add(name.first, name.last, 'part_of', name.ref, owner, 'part_of/owner-in-name', 0.7);
        break;
      }
    }
    // "Chương trình Hợp tác Kỹ thuật và Kinh tế Ấn Độ": a programme's or strategy's name closed by its state.
    if (name.kind === 'framework' && !ownedAfterCua) {
      const owner = closingState(input, name);
      if (owner) add(name.first, name.last, 'belongs_to', name.ref, owner, 'belongs_to/owner-in-name', 0.7);
    }
    // "Treaty of Amity and Cooperation in Southeast Asia", "Hiệp ước … ở Đông Nam Á": the region an instrument's name ends with.
    // (Not where a partnership says what it is for: "… vì hòa bình và thịnh vượng tại châu Á và trên thế giới".)
    const aim = name.kind === 'partnership' && input.tokens.slice(name.first, name.last + 1).some((t, n, all) => t.folded === 'vi' && all[n + 1]?.folded === 'hoa');
    if ((name.kind === 'agreement' || name.kind === 'partnership' || name.kind === 'framework') && !aim) {
      const region = regionAtEnd(input, name);
      if (region) add(name.first, name.last, 'concerns_region', name.ref, region, 'concerns_region/in-name', 0.7);
    }
    // "Phái bộ … của Liên Hợp Quốc tại Abyei": where an event takes place, or a body is, said in its name.
    if (name.kind === 'event' || (name.kind === 'actor' && (category === 'body' || category === 'organisation'))) {
      const place = regionAtEnd(input, name);
      if (place && name.kind === 'event') add(name.first, name.last, 'held_at', name.ref, place, 'held_at/in-name', 0.7);
      else if (place) add(name.first, name.last, 'located_in', name.ref, place, 'located_in/in-name', 0.7);
    }
    if (name.kind === 'agreement' || name.kind === 'partnership' || name.kind === 'framework' || name.kind === 'event') {
      for (const domain of topicDomains(input, name)) add(name.first, name.last, 'covers', name.ref, domain, 'covers/topic-in-name', 0.75);
    }
    // "Công ước ASEAN về chống khủng bố", "ASEAN Outlook on the Indo-Pacific": the owner that opens a framework's name.
    if (name.kind === 'framework') {
      const owner = openingOwner(input, name);
      if (owner) add(name.first, name.last, 'belongs_to', name.ref, owner, 'belongs_to/owner-in-name', 0.7);
    }
    // "Brussels (Bỉ)": where a place lies.
    if (name.kind === 'place') {
      // "Cảng quốc tế Cam Ranh (tỉnh Khánh Hòa)": the word that says what the wider place is may open the brackets.
      const opens = name.last + 1 < input.tokens.length && between(name.last, name.last + 1).includes('(');
      const placeWords = opens ? placeWordsFrom(input.tokens, name.last + 1) : 0;
      const bracketed = (s: NamedRange) => s.kind === 'place' && /\((?:the )?$/.test(input.text.slice(Math.max(0, input.tokens[s.first]!.start - 5), input.tokens[s.first]!.start));
      // ("The Hague (the Netherlands)": the state's article inside the brackets.)
      const the = opens && folded(name.last + 1) === 'the' ? 1 : 0;
      const inside = slotsAt.get(name.last + 1 + the)?.find(bracketed) ?? (placeWords > 0 ? slotsAt.get(name.last + 1 + placeWords)?.find((s) => s.kind === 'place') : undefined);
      if (inside) add(name.first, inside.last, 'located_in', name.ref, inside.ref, 'located_in/brackets', 0.75, ')');
      // "Sattahip, Thái Lan", "Coast Guard Base Alameda, California", "thành phố Trạm Giang, tỉnh Quảng Đông":
      // a place, a comma and a wider place, where no list goes on after it ("Hà Nội, Huế và Đà Nẵng" is a list).
      // (Not "tỉnh Sơn La, tỉnh Điện Biên": two places of one rank, a list.)
      const rank = (first: number) => input.tokens.slice(first - placeWordsBefore(input.tokens, first), first).map((t) => t.folded).join(' ');
      const wider = afterComma(input, name.last, slotsAt, (s) => (s.kind === 'place' || input.category(s.ref) === 'state') && !(rank(s.first) !== '' && rank(s.first) === rank(name.first)));
      // "In Abu Dhabi, Japan's minister …": after a sentence's opening place, a name that owns what follows opens the clause.
      const opening = /^(?:In|At)$/.test(input.tokens[name.first - 1]?.text ?? '');
      const owns = wider !== undefined && /^['’]/.test(input.text.slice(input.tokens[wider.last]!.end));
      if (wider && !(opening && owns)) add(name.first, wider.last, 'located_in', name.ref, wider.ref, 'located_in/comma', 0.65);
      // "in Wewak and Madang, Papua New Guinea": the first of two places "and" joins lies where the second does.
      const second = folded(name.last + 1) === 'and' ? slotsAt.get(name.last + 2)?.find((s) => s.kind === 'place') : undefined;
      const shared = second ? afterComma(input, second.last, slotsAt, (s) => input.category(s.ref) === 'state') : undefined;
      if (!wider && second && shared) add(name.first, shared.last, 'located_in', name.ref, shared.ref, 'located_in/comma', 0.6);
    }
  }

  // A person and the office beside them: "Office Person", "Office, ông Person", "Person, Office", "Person, the ship's Office".
  // "Đại tướng Chea Sokhom, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng …": a bare title between the commas is one more of the chain's.
  const officeAfter = (gap: string) => OFFICE_AFTER.test(gap) || bareTitlesBetween(gap);
  input.slots.forEach((slot, index) => {
    if (input.category(slot.ref) !== 'person') return;
    const before = input.slots[index - 1];
    // "Richard Marles, Australia's Deputy Prime Minister and Minister for Defence": the state that owns the office stands between;
    // so may an organisation ("Henrik Solberg, INTERPOL's Director of Organized and Emerging Crime").
    const ownerNext = input.slots[index + 1] !== undefined && input.kindOf(input.slots[index + 1]!.ref) === 'actor' && !['person', 'office'].includes(input.category(input.slots[index + 1]!.ref) ?? '');
    const owned = ownerNext && /^\s*,\s*$/.test(between(slot.last, input.slots[index + 1]!.first)) && /^['’]s\s+$/.test(between(input.slots[index + 1]!.last, input.slots[index + 2]?.first ?? input.slots[index + 1]!.last));
    // "Tanja Kovač of Slovenia, President of the Security Council": the state the person comes from stands between.
    const from = input.slots[index + 1] && input.category(input.slots[index + 1]!.ref) === 'state' && /^ of $/.test(between(slot.last, input.slots[index + 1]!.first)) && /^\s*,\s*$/.test(between(input.slots[index + 1]!.last, input.slots[index + 2]?.first ?? input.slots[index + 1]!.last));
    const after = input.slots[owned || from ? index + 2 : index + 1];
    // "Nhận lời mời của Bộ trưởng Quốc phòng Hàn Quốc, Đại tướng Phan Văn Giang thăm …": the office is the host's, the
    // person the guest, and no office beside either is the other's. With a comma after the person ("…, ông Shin
    // Won-sik, Đại tướng …") the person is the host's name in apposition, read as the others are.
    const invited = before !== undefined && /,/.test(between(before.last, slot.first)) && INVITED_BY.test(input.text.slice(Math.max(0, input.tokens[before.first]!.start - INVITATION_WORDS_LENGTH), input.tokens[before.first]!.start));
    if (invited && !/^\s*,/.test(input.text.slice(input.tokens[slot.last]!.end))) return;
    // "Theo lời mời của Bộ trưởng Bộ Quốc phòng Việt Nam, ông Gilberto Ramos, Bộ trưởng Quốc phòng Philippines, sẽ thăm …":
    // an office of the guest's own after the name leaves the host's before it to the host.
    // (Not the guest's title before the guest's own name: "…, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh".)
    const afterAfter = input.slots[index + 2];
    const titleOfNext = afterAfter !== undefined && input.category(afterAfter.ref) === 'person' && after !== undefined && RANKS_BETWEEN.test(between(after.last, afterAfter.first));
    const guestsOwn = invited && after !== undefined && input.category(after.ref) === 'office' && officeAfter(between(slot.last, after.first)) && !titleOfNext;
    // ("…, Thượng tướng Võ Thanh Bình, Thứ trưởng Bộ Quốc phòng, bà Helen Crawford, …": an office set off by commas right after one
    // person, before a form of address and the next, is the first one's.)
    const previous = input.slots[index - 2];
    const previousOwn = before !== undefined && previous !== undefined && input.category(previous.ref) === 'person' && /^\s*,\s*$/.test(between(previous.last, before.first)) && /^\s*,\s*(?:ông|bà|Mr|Ms|Mrs)\.?\s+$/u.test(between(before.last, slot.first));
    // ("Joint Secretary (Maritime and Systems) Smt Anjali Deshpande": after an office's portfolio in brackets.)
    const gapBefore = before ? between(before.last, slot.first) : '';
    const afterOffice = before && insideBrackets(input, before.last) ? gapBefore.replace(/^\)/, '') : gapBefore;
    if (before && input.category(before.ref) === 'office' && RANKS_BETWEEN.test(afterOffice) && !guestsOwn && !previousOwn) {
      add(before.first, slot.last, 'holds_role', slot.ref, before.ref, 'holds_role/apposition', 0.8);
      // "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Trịnh Minh Quang": the office before "kiêm" is the person's too.
      // "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh An Giang Trần Văn Lâm": so is a party office before a comma.
      // ("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Lê Hoài Khang": and a head of government's title, alone before its comma.)
      const standalone = previous !== undefined && STANDALONE_TITLES.includes(input.tokens.slice(previous.first, previous.last + 1).map((t) => t.folded).join(' '));
      const partyOffice = previous !== undefined && /^\s*,\s*$/.test(between(previous.last, before.first)) && (PARTY_OFFICES.some((words) => phraseAt(input.text, input.tokens, previous.first, words)) || standalone);
      // ("Deputy Prime Minister and Minister of National Defence Tea Banh": "and" after a head of government's title joins the
      // two offices as "kiêm" does; not "the Defence Secretary and Ambassador of India … Sandeep Arya", two people.)
      const gap = previous ? between(previous.last, before.first) : '';
      const headOfGovernment = previous !== undefined && HEAD_OF_GOVERNMENT_TITLES.has(input.tokens.slice(previous.first, previous.last + 1).map((t) => t.folded).join(' '));
      const joined = /^\s+kiêm\s+$/.test(gap) || (headOfGovernment && /^\s+and\s+$/.test(gap));
      if (previous && input.category(previous.ref) === 'office' && (joined || partyOffice)) add(previous.first, slot.last, 'holds_role', slot.ref, previous.ref, 'holds_role/apposition', 0.75);
    } else if (after && input.category(after.ref) === 'office' && (owned || from || officeAfter(between(slot.last, after.first)))) {
      // "Đại tướng Trần Minh Khôi, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng": each office of the chain is the person's,
      // "… Deputy Prime Minister and Minister for Defence" too, unless the office after "and" is another person's ("and Minister X").
      const start = owned || from ? index + 2 : index + 1;
      // The office after "and" is another person's when their name follows it at once: "and Foreign Minister Penny Wong".
      const personNext = (k: number) => input.slots[k + 1] !== undefined && input.category(input.slots[k + 1]!.ref) === 'person' && RANKS_BETWEEN.test(between(input.slots[k]!.last, input.slots[k + 1]!.first));
      const chained = (previous: NamedRange, k: number) =>
        k === start || officeAfter(between(previous.last, input.slots[k]!.first)) || (/^\s+(?:and|kiêm)\s+$/.test(between(previous.last, input.slots[k]!.first)) && !personNext(k));
      for (let k = start, previous = slot; input.slots[k] && input.category(input.slots[k]!.ref) === 'office' && chained(previous, k); previous = input.slots[k]!, k++) {
        add(slot.first, input.slots[k]!.last, 'holds_role', slot.ref, input.slots[k]!.ref, 'holds_role/apposition', 0.75);
      }
    }
  });
  return [...out.values()];
}

/** English titles of a head of government or state and their deputies, which "and" joins to a minister's (folded). */
const HEAD_OF_GOVERNMENT_TITLES = new Set(['deputy prime minister', 'first deputy prime minister', 'prime minister', 'vice president', 'vice-president', 'senior minister']);

/** What stands between a person and an office of theirs after the name: a comma, perhaps "the" and an owner's "'s". */
const OFFICE_AFTER = /^\s*,\s*(?:the\s+)?(?:(?:\p{Ll}+['’]s|its|his|her|their)\s+)?$/u;
const BARE_TITLES = new Set(OFFICE_TITLES_VI);

/** Whether the text between two names is commas around bare office titles only: ", Phó Thủ tướng, ". */
function bareTitlesBetween(gap: string): boolean {
  const parts = gap.split(',');
  return parts.length >= 3 && parts[0]!.trim() === '' && parts.at(-1)!.trim() === '' && parts.slice(1, -1).every((part) => BARE_TITLES.has(part.trim().toLowerCase()));
}

/** Party offices written before a person's state office (folded): "Ủy viên Trung ương Đảng, Thứ trưởng …", "Bí thư Tỉnh ủy, …". */
const PARTY_OFFICES = ['uy vien', 'bi thu', 'pho bi thu'];

/** The body right before `name` in a list, after a comma, whose name opens with the same word ("Cục …, Cục …"), if any. */
function siblingBefore(input: Input, name: NamedRange, slotsEndingAt: Map<number, NamedRange[]>): NamedRange | undefined {
  const tokens = input.tokens;
  if (name.first < 2 || !/^\s*,\s*$/.test(input.text.slice(tokens[name.first - 1]!.end, tokens[name.first]!.start))) return undefined;
  return slotsEndingAt.get(name.first - 1)?.find((s) => sameRank(tokens, s, name) && input.kindOf(s.ref) === 'actor');
}

/** The first words of a ministry's departments, as written: "Cục", "Tổng cục", "Vụ". */
const DEPARTMENT_WORDS = new Set(['Cục', 'Tổng', 'Vụ']);
/** What a military region's, a corps' or a service's name opens with, as written: no ministry's department is part of one. */
const COMMAND_OPENERS = [['Quân', 'khu'], ['Quân', 'đoàn'], ['Quân', 'chủng'], ['Binh', 'chủng']];

/** Whether two bodies are of one rank, side by side in a list: the same first word, or both a ministry's departments. */
function sameRank(tokens: Token[], a: NamedRange, b: NamedRange): boolean {
  const [x, y] = [tokens[a.first]!.text, tokens[b.first]!.text];
  return x === y || (DEPARTMENT_WORDS.has(x) && DEPARTMENT_WORDS.has(y));
}

/** The first words of ranks and forms of address, folded: what opens the next person of a list ("và Chuẩn tướng …", "và ông …"). */
const RANK_OPENERS = new Set([...RANKS_VI, ...RANKS_EN].map((rank) => foldKeepLength(rank.split(' ')[0]!.toLowerCase())));

/** Titles of English offices, folded. */
const ENGLISH_TITLES: ReadonlySet<string> = new Set(OFFICE_TITLES_EN.map((t) => foldKeepLength(t.toLowerCase())));

/** A state's services, which act in many places and are seated in none of them (folded). */
const VI_SERVICES = ['quan doi', 'hai quan', 'luc quan', 'khong quan', 'bo doi bien phong', 'canh sat bien'];

/**
 * The name right after a comma that follows word `last` ("…, tỉnh Quảng Đông"), if it passes `fits`
 * and no list goes on after it ("Hà Nội, Huế và Đà Nẵng", "A, B, C" are lists, not a place and where it lies).
 */
/** Whether word `last` closes a bracket its name opened ("Director (Marketing), BEL"): the bracket after it is the name's own. */
function insideBrackets(input: Input, last: number): boolean {
  const before = input.text.slice(Math.max(0, input.tokens[last]!.end - 60), input.tokens[last]!.end);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function afterComma(input: Input, last: number, slotsAt: Map<number, NamedRange[]>, fits: (slot: NamedRange) => boolean, officeBefore = false, wholeOfPart: (next: NamedRange) => boolean = () => false): NamedRange | undefined {
  const tokens = input.tokens;
  const gap = input.text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? 0);
  if (last + 1 >= tokens.length || !(/^\s*,\s*$/.test(gap) || (officeBefore && /^\),\s*$/.test(gap) && insideBrackets(input, last)))) return undefined;
  const folded = (i: number) => tokens[i]?.folded ?? '';
  const skip = widerPlaceWordsFrom(tokens, last + 1);
  const next = slotsAt.get(last + 1 + skip)?.find(fits);
  if (!next) return undefined;
  const after = input.text.slice(tokens[next.last]!.end, tokens[next.last + 1]?.start ?? input.text.length);
  // A comma after it goes on with a list only when another name follows ("A, B, C"); "A, B, attended" closes an apposition.
  // ("…, Bộ Quốc phòng Việt Nam và Chuẩn tướng …": after an office's body, "và" may open the next person of a list of people.)
  const personNext = officeBefore && ['va', 'and'].includes(folded(next.last + 1)) && (RANK_OPENERS.has(folded(next.last + 2)) || (slotsAt.get(next.last + 2) ?? []).some((s) => input.category(s.ref) === 'person'));
  // ("thị trấn Bentiu, bang Unity, Nam Sudan": a chain of ever wider places ends with its state, which closes no list.)
  // (Only a place its word introduced: "Manila, Subic Bay, Philippines" is a list of ports of call.)
  const stateCloses = (s: NamedRange) => skip > 0 && input.category(s.ref) === 'state' && input.category(next.ref) !== 'state' && !/,/.test(input.text.slice(tokens[s.last]!.end, tokens[s.last + 1]?.start ?? input.text.length)) && !['va', 'and', 'or', 'hoac'].includes(folded(s.last + 1));
  // ("tại huyện Kỳ Sơn, tỉnh Nghệ An, Quân khu 4 … đã tổ chức …": a name of another kind opens the clause, no list of places.)
  // ("…, the Armed Forces of the Philippines, the Philippine Coast Guard and …": the next item may open with "the".)
  const nextItem = next.last + 1 + (folded(next.last + 1) === 'the' ? 1 : 0);
  // ("…, Department of Foreign Affairs and Trade of Australia; and Mr Jan Vermeulen, …": a semicolon closes the item before "and".)
  const listGoesOn = (/^\s*,/.test(after) && (slotsAt.get(nextItem) ?? []).some((s) => fits(s) && !stateCloses(s))) || (['va', 'and', 'or', 'hoac'].includes(folded(next.last + 1)) && !personNext && !/;/.test(after));
  return listGoesOn && !wholeOfPart(next) ? undefined : next;
}

/**
 * Whether the abbreviation in `inner` is the initials of the name's last words: "NATO Cooperative Cyber Defence Centre of
 * Excellence (CCDCOE)" is the centre's short form, not a body it belongs to.
 */
function shortFormOf(tokens: Token[], name: NamedRange, inner: NamedRange): boolean {
  // "Czechoslovak Group (CSG)", "ReCAAP Information Sharing Centre (ReCAAP ISC)": abbreviations in brackets right after a
  // name are what it is called for short, however their letters were chosen; no owner is written so.
  const abbreviated = (t: Token) => isAcronym(t.text) || (t.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  if (inner.last - inner.first < 2 && tokens.slice(inner.first, inner.last + 1).every(abbreviated) && !stateNamed(tokens[inner.first]!.text)) return true;
  // "Trung tâm Điều phối … (Trung tâm AHA)": the name's own head with an abbreviation is what it is called for short.
  const sameHead = inner.last - inner.first < 4 && tokens[inner.first]!.folded === tokens[name.first]!.folded && tokens[inner.first + 1]?.folded === tokens[name.first + 1]?.folded;
  if (sameHead && isAcronym(tokens[inner.last]!.text) && !stateNamed(tokens[inner.last]!.text)) return true;
  if (inner.first !== inner.last) return false;
  // "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)": one word that names no state is what the body is called for short.
  if (!isAcronym(tokens[inner.first]!.text)) return stateNamed(tokens[inner.first]!.text) === undefined;
  const letters = tokens[inner.first]!.text.toUpperCase();
  for (let from = name.first; from <= name.last; from++) {
    const words = tokens.slice(from, name.last + 1).map((t) => t.text);
    if (words.map((w) => w[0]!.toUpperCase()).join('') === letters) return true;
  }
  // "Bureau of International Narcotics and Law Enforcement Affairs (INL)".
  return initialsHold(tokens.slice(name.first, name.last + 1).map((t) => t.text), letters);
}

/** Whether "tại", "ở", "at" or "in" stands up to five words before token `first`, with no punctuation between: the name says where. */
function afterPlaceWord(input: Input, first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    if (/[^\s]/.test(input.text.slice(input.tokens[k]!.end, input.tokens[k + 1]!.start))) return false;
    if (['tai', 'o', 'at', 'in'].includes(input.tokens[k]!.folded)) return true;
  }
  return false;
}

/** "South Africa – Viet Nam Joint Defence Committee": a joint body, named first by the two states it joins, is neither's. */
function opensWithTwoStates(input: Input, name: NamedRange): boolean {
  const text = input.text.slice(input.tokens[name.first]!.start, input.tokens[name.last]!.end);
  // (With spaces round the dash, "Việt Nam – Lào", or without, "India–Tanzania".)
  const dash = /\s[–—-]\s|[–—]/.exec(text);
  if (!dash || !stateNamed(text.slice(0, dash.index))) return false;
  const after = text.slice(dash.index + dash[0].length).split(' ');
  return [3, 2, 1].some((n) => stateNamed(after.slice(0, n).join(' ')) !== undefined);
}

/** Words of the names of associations and aid groups, which a state's name in theirs does not make the state's (folded). */
const NOT_STATE_BODIES = ['hiep hoi', 'association', 'vien tro nhan dan', 'people s aid', 'chamber of commerce', 'phong thuong mai', 'ngo', 'demining group', 'phi chinh phu'];

/** "tại" (at, in), not the "tải" of "Bộ Giao thông vận tải", which folds the same. */
const isTai = (token: Token) => token.text.toLowerCase() === 'tại';

/** What an office or a body belongs to, as its name says. */
function ownerOf(input: Input, name: NamedRange, slotsEndingAt: Map<number, NamedRange[]>, ship: boolean): EndRef | undefined {
  const own = refKey(name.ref);
  const tokens = input.tokens;
  // "Philippine Coast Guard spokesperson", "Vietnam's Foreign Ministry spokesperson": an office in lower case after the body it
  // speaks for, whoever owns that body.
  const bodyEnd = bodyEndBeforeTitle(tokens, name.first, name.last);
  const title = tokens.slice(bodyEnd + 1, name.last + 1).map((t) => t.folded).join(' ');
  const body = bodyEnd > 0 && ENGLISH_TITLES.has(title) ? input.resolve(name.first, bodyEnd) : undefined;
  if (body && refKey(body) !== own && input.category(body) !== 'state') return body;
  // "the Bundeswehr's United Nations Training Centre": an owner written with "'s" says whose it is, before any name inside.
  const gap = input.text.slice(tokens[name.first - 2]?.end ?? 0, tokens[name.first]!.start);
  if (/['’]\s*s\s+$/.test(gap)) {
    const owner = slotsEndingAt.get(name.first - 2)?.[0];
    if (owner) return owner.ref;
  }
  if (ship) return undefined;
  // "Đại sứ Australia tại Việt Nam": the ambassador is Australia's; "Vietnam's Ambassador to the
  // United States" is Vietnam's (below), never the United States'.
  let sentTo = false;
  // ("Consul General of the Netherlands in Ho Chi Minh City": a consul's office is named with the city it is in.)
  const consul = CONSULS.has(tokens[name.first]!.folded);
  for (let k = name.first + 1; k < name.last; k++) {
    if (!isTai(tokens[k]!) && tokens[k]!.folded !== 'to' && !(consul && tokens[k]!.folded === 'in')) continue;
    sentTo = true;
    // "Head of the EU Delegation to Mauritius and Seychelles": the office heads a body sent there, whose name holds the "to".
    if (tokens[k]!.folded === 'to') {
      for (const a of runStarts(input, name.first + 1, name.last)) {
        const ref = a < k ? input.resolve(a, name.last) : undefined;
        if (ref && refKey(ref) !== own && input.category(ref) === 'body') return ref;
      }
    }
    for (const a of runStarts(input, name.first + 1, k - 1)) {
      const ref = input.resolve(a, k - 1);
      if (ref && refKey(ref) !== own) return ref;
    }
  }
  // A body right after the title ("Thư ký Bộ Nội vụ Ấn Độ") or the longest tail that names something ("… Ấn Độ"),
  // but not another office ("Indonesian Minister of Defence" is not part of some other "Minister of Defence").
  // "Tư lệnh Bộ Tư lệnh … của Hoa Kỳ": where "của" stands in the name, looked for once.
  // ("Văn phòng Liên hợp quốc về Ma túy và Tội phạm": so is the topic's "về", after the owner.)
  let cua = name.first + 1;
  while (cua < name.last && tokens[cua]!.folded !== 'cua' && tokens[cua]!.folded !== 've') cua++;
  for (const a of sentTo ? [] : runStarts(input, name.first + 1, name.last)) {
    // "Peace and Security Council" is no part of a "Security Council": a tail after "and" is the name's own.
    if (tokens[a - 1]!.folded === 'and' || tokens[a - 1]!.folded === 'va') continue;
    // "UN Interim Force in Lebanon", "ASEAN Special Envoy on Myanmar", "… Force for Abyei": where a mission works or what an
    // envoy deals with, not whose it is.
    // ("… Mission in the Republic of South Sudan": after "in the" too.)
    if (['in', 'on', 'for'].includes(tokens[a - 1]!.folded) || (tokens[a - 1]!.folded === 'the' && ['in', 'on', 'for'].includes(tokens[a - 2]?.folded ?? ''))) continue;
    // "EUNAVFOR Atalanta", "UN Security Council": after an abbreviation that opens the name, the rest is the name's own (whose
    // it is, the abbreviation's, is read below); so is a body's bare head word at the end ("… | Council").
    if (isAcronym(tokens[name.first]!.text) && !stateNamed(tokens[name.first]!.text)) continue;
    if (a === name.last && BARE_HEADS.has(tokens[a]!.folded)) continue;
    // "Bộ Tư lệnh Cảnh sát biển Việt Nam" is the coast guard's command, the force itself as the press names it, no part of it.
    if (a === name.first + 3 && ['bo', 'tu', 'lenh'].every((w, k) => tokens[name.first + k]!.folded === w)) continue;
    // "Cục Châu Mỹ", "Vụ Châu Âu": a continent's "Châu" before a state's short name; the department deals with it.
    if (tokens[a - 1]!.folded === 'chau') continue;
    // "Trung tâm … ASEAN – Nhật Bản": a tail after a dash is one side of a pair, which owns it no more than the other.
    if (/[–—-]/.test(input.text.slice(tokens[a - 1]!.end, tokens[a]!.start))) continue;
    // "Lao Ministry of National Defence", "Cuban Ministry of the Interior": what a state's adjective or name stands before
    // is that state's namesake of the tail, not part of it.
    const stateBefore = input.text.slice(tokens[name.first]!.start, tokens[a - 1]!.end);
    if ((a - 1 === name.first && stateOfAdjectiveAt(tokens, name.first)) || stateNamed(stateBefore)) continue;
    // "EUCAP Somalia", "EUMAM Mozambique": a state after an abbreviation is where a mission works, not whose it is.
    if (isAcronym(tokens[a - 1]!.text) && a - 1 === name.first && stateNamed(input.text.slice(tokens[a]!.start, tokens[name.last]!.end))) continue;
    // The body before "của", whose head the office is, before its state.
    const ref = (a < cua && cua < name.last ? input.resolve(a, cua - 1) : undefined) ?? input.resolve(a, name.last);
    if (ref && refKey(ref) !== own && OWNER_KINDS.has(input.kindOf(ref) ?? 'actor') && input.category(ref) !== 'office' && input.category(ref) !== 'person') return ref;
  }
  // English: "Indian Defence Minister", "… of the Philippines", "… at the Indonesian Ministry".
  const adjective = stateOfAdjectiveAt(tokens, name.first);
  if (adjective) {
    const ref = input.stateOf(adjective.en);
    if (ref && refKey(ref) !== own) return ref;
  }
  // "Royal Malaysian Navy", "the Japan Coast Guard", "New Zealand Defence Force": a state's adjective
  // or name inside the name, before its head.
  for (let k = name.first + 1; k < name.last; k++) {
    // ("ASEAN Country Coordinator for New Zealand": a state's own name of two words that ends the name is no adjective.)
    if (k + 1 === name.last && stateNamed(input.text.slice(tokens[k]!.start, tokens[k + 1]!.end))) break;
    const inner = stateOfAdjectiveAt(tokens, k);
    const ref = inner && input.stateOf(inner.en);
    if (ref && refKey(ref) !== own) return ref;
  }
  // "Royal Malaysia Police", "Royal Brunei Navy", "Royal Netherlands Navy": a state's own name after "Royal".
  const opens = tokens[name.first]!.folded === 'royal' ? 1 : 0;
  for (const length of input.nameLengths) {
    if (length > 3 || name.first + opens + length > name.last) continue;
    const start = name.first + opens;
    const end = start + length - 1;
    if (!stateNamed(input.text.slice(tokens[start]!.start, tokens[end]!.end))) continue;
    const ref = input.resolve(start, end);
    if (ref && refKey(ref) !== own) return ref;
  }
  // "African Union Commission", "UN Office on Drugs and Crime", "EU Military Staff": an organisation's name that
  // opens a body's or an office's is whose it is.
  return openingOrganisation(input, name);
}

/** A body's head word, which alone names no owner: "UN Security | Council". */
const BARE_HEADS: ReadonlySet<string> = new Set(ENGLISH_HEADS.flatMap(([head, kind, category]) => (kind === 'actor' && (category === 'body' || category === 'organisation') && !head.includes(' ') ? [head] : [])));

/** Words after a group's or a meeting's own abbreviation that go on with what it is about: "EWG on MS". */
const OWN_ABBREVIATION_GOES_ON = new Set(['on', 'of', 'for', 'in', 'and', 'to']);

/** An organisation (or a body) whose name opens this one, in up to four words; not one side of "EU–Indonesia". */
/** A body named right after an office, a space apart (no comma, no person between). */
function bodyRightAfter(input: Input, name: NamedRange, slotsAt: Map<number, NamedRange[]>): NamedRange | undefined {
  if (!/^ $/.test(input.text.slice(input.tokens[name.last]!.end, input.tokens[name.last + 1]?.start ?? 0))) return undefined;
  return slotsAt.get(name.last + 1)?.find((s) => s.kind === 'actor' && ['body', undefined].includes(input.category(s.ref)));
}

/** The organisation a mission's name gives right before "tại" or "in" and where it works ("Phái bộ Liên hợp quốc tại …"). */
function organisationBeforePlace(input: Input, name: NamedRange): EndRef | undefined {
  for (let k = name.first + 2; k < name.last; k++) {
    if (!isTai(input.tokens[k]!) && input.tokens[k]!.folded !== 'in') continue;
    for (const a of runStarts(input, name.first + 1, k - 1)) {
      const ref = input.resolve(a, k - 1);
      if (ref && refKey(ref) !== refKey(name.ref) && input.category(ref) === 'organisation') return ref;
    }
  }
  return undefined;
}

function openingOrganisation(input: Input, name: NamedRange): EndRef | undefined {
  const tokens = input.tokens;
  // "69th IAEA General Conference": past the edition's ordinal.
  const first = isOrdinal(tokens[name.first]!.text) ? name.first + 1 : name.first;
  // Not "POW/MIA Accounting Agency", one name cut at its slash.
  if (first > 0 && /\/\s*$/.test(input.text.slice(tokens[first - 1]!.end, tokens[first]!.start))) return undefined;
  for (let end = Math.min(name.last - 1, first + 3); end >= first; end--) {
    const ref = input.resolve(first, end);
    if (!ref || refKey(ref) === refKey(name.ref) || input.kindOf(ref) !== 'actor') continue;
    // ("Mỹ Đình", "Lào Cai": a place whose first syllable is a state's.)
    if (notTheState(input.text, tokens, first, end)) continue;
    // An abbreviation whose kind of actor no rule said ("UNODC") is an organisation's, before a word of the name ("UNODC
    // Regional Office", "IISS director-general"; "EWG on MS" and "ARF ISM" are a group's and a meeting's own abbreviations).
    const next = tokens[first + 1]?.text ?? '';
    // ("EUNAVFOR Atalanta", "EUCAP Somalia": an EU mission's abbreviation and its name are one mission.)
    if (end === first && /^EU[A-Z]{2,}$/.test(tokens[first]!.text)) continue;
    const ownAbbreviation = end === first && isAcronym(tokens[first]!.text) && OWN_ABBREVIATION_GOES_ON.has(next);
    if (ownAbbreviation && input.category(ref) !== 'organisation') continue;
    const unsaid = end === first && isAcronym(tokens[first]!.text) && next !== '' && !isAcronym(next) && !ownAbbreviation;
    const category = input.category(ref) ?? (unsaid ? 'organisation' : undefined);
    if (!['organisation', 'body'].includes(category ?? '')) continue;
    if (/[–—-]/.test(input.text.slice(tokens[end]!.end, tokens[end + 1]!.start))) break;
    return ref;
  }
  return undefined;
}

/** Whether "in" or a Vietnamese word before a place ("ở", "tại", "trên", "trong") stands at `k`, as written. */
function placeWordAt(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  return token !== undefined && (token.folded === 'in' || PLACE_PREPOSITIONS.has(token.text.toLowerCase()));
}

/** A place a name ends with, after "in", "ở", "tại", "trên", "trong" ("… in the South China Sea"). */
function regionAtEnd(input: Input, name: NamedRange): EndRef | undefined {
  for (let k = name.first + 1; k < name.last; k++) {
    if (!placeWordAt(input.tokens, k)) continue;
    // "… tại tỉnh Quảng Trị giai đoạn 2025–2028": the place may stand before the name's years.
    const from = input.tokens[k + 1]!.folded === 'the' ? k + 2 : k + 1 + placeWordsFrom(input.tokens, k + 1);
    for (let end = name.last; end >= from; end--) {
      const ref = input.resolve(from, end);
      if (ref && input.kindOf(ref) === 'place' && refKey(ref) !== refKey(name.ref)) return ref;
    }
  }
  return undefined;
}

/** Genres that take the name of the place where they were agreed, folded: "Djibouti Code of Conduct". */
const PLACE_NAMED_GENRES = new Set(['code', 'convention', 'protocol', 'declaration', 'accord', 'accords', 'amendment', 'process']);

/** An organisation or a state named in a framework's first words, right after its head or before it; not one side of "A – B". */
function openingOwner(input: Input, name: NamedRange): EndRef | undefined {
  for (let k = name.first; k <= Math.min(name.first + 2, name.last - 1); k++) {
    for (const end of runEnds(input, [k], k, name.last - 1)) {
      const ref = input.resolve(k, end);
      if (!ref || refKey(ref) === refKey(name.ref) || input.kindOf(ref) !== 'actor') continue;
      const category = input.category(ref);
      if (category === 'person' || category === 'office') continue;
      // "Djibouti Code of Conduct", "Jeddah Amendment": a code or a convention named after where it was agreed is no state's.
      if (category === 'state' && PLACE_NAMED_GENRES.has(input.tokens[end + 1]?.folded ?? '')) return undefined;
      const dash = /[–—-]/;
      if (dash.test(input.text.slice(input.tokens[end]!.end, input.tokens[end + 1]!.start)) || dash.test(input.text.slice(input.tokens[k - 1]?.end ?? 0, input.tokens[k]!.start))) return undefined;
      return ref;
    }
  }
  return undefined;
}

/** Words that open an instrument's or an event's topic: "Bản ghi nhớ về …", "Dialogue on …". */
const TOPIC_OPENERS = new Set(['ve', 'on']);

/** The domains the graph knows that an instrument's or an event's topic names, each once, left to right. */
function topicDomains(input: Input, name: NamedRange): EndRef[] {
  const found: EndRef[] = [];
  let k = name.first + 1;
  while (k < name.last && !TOPIC_OPENERS.has(input.tokens[k]!.folded)) k++;
  // "Biên bản ghi nhớ hợp tác phòng, chống …": without "về", the field of the cooperation the name opens with.
  if (k >= name.last) {
    k = name.first + 1;
    while (k < name.last && !(input.tokens[k - 1]!.folded === 'hop' && input.tokens[k]!.folded === 'tac')) k++;
  }
  for (k++; k <= name.last; k++) {
    for (const end of runEnds(input, [k], k, name.last)) {
      const ref = input.resolve(k, end);
      if (!ref || input.kindOf(ref) !== 'domain' || refKey(ref) === refKey(name.ref)) continue;
      if (!found.some((f) => refKey(f) === refKey(ref))) found.push(ref);
      k = end;
      break;
    }
  }
  return found;
}

/** The two sides an instrument's or an event's name joins with a dash ("Việt Nam – Pháp", "EU–Indonesia") or "giữa A và B". */
function partiesIn(input: Input, name: NamedRange): EndRef[] {
  const parties: EndRef[] = [];
  const tokens = input.tokens;
  // The first "và" or "and" after a word, found once for the whole name rather than again for each "giữa".
  let and = name.first;
  let betweenRead = false;
  for (let k = name.first; k <= name.last; k++) {
    // "India-Indonesia Defence Ministers' Dialogue": two states hyphenated into one word.
    // ("Belgian-Dutch Replacement Mine Countermeasures programme": two states' adjectives.)
    const halves = tokens[k]!.text.split('-');
    if (halves.length === 2) {
      const [left, right] = halves.map((h) => input.stateOf(h) ?? input.stateOf(stateOfAdjective(h)?.en ?? ''));
      if (left && right) parties.push(left, right);
    }
    if (k === name.last) break;
    const gap = input.text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    const dash = /^\s*[–—-]\s*$/.test(gap);
    const giua = ['giua', 'between'].includes(tokens[k]!.folded);
    // "SOMTC+Japan Consultation", "ASEAN+3": the partner a body's meetings add takes part in them.
    if (gap === '+') {
      let partner: EndRef | undefined;
      for (let b = Math.min(name.last, k + 5); b > k && !partner; b--) partner = input.resolve(k + 1, b);
      if (partner) parties.push(partner);
      continue;
    }
    if (!dash && !giua) continue;
    // "The Agreement between Japan and … Concerning … Cooperation between the Japan Self-Defense Forces and …": the
    // first "between" names the sides, a later one is the topic's.
    if (giua && betweenRead) continue;
    betweenRead ||= giua;
    if (dash) {
      // The longest name ending at k, and the longest starting after it.
      let left: EndRef | undefined;
      for (let a = Math.max(name.first, k - 4); a <= k && !left; a++) left = input.resolve(a, k);
      let right: EndRef | undefined;
      for (let b = Math.min(name.last, k + 5); b > k && !right; b--) right = input.resolve(k + 1, b);
      if (left && right) parties.push(left, right);
    } else {
      if (and <= k) {
        and = k + 1;
        while (and < name.last && tokens[and]!.folded !== 'va' && tokens[and]!.folded !== 'and') and++;
        // "between the Ministry of Defence and Military Production of Egypt and the Vietnamese Ministry …": sides that open
        // with "the" are parted by "and the".
        let andThe = and;
        while (tokens[k + 1]!.folded === 'the' && andThe < name.last && !(tokens[andThe]!.folded === 'and' && tokens[andThe + 1]!.folded === 'the')) andThe++;
        if (andThe < name.last) and = andThe;
      }
      if (and >= name.last) continue;
      // "giữa Pháp, Úc và New Zealand": each side before "và", parted by commas.
      const lefts: EndRef[] = [];
      // (A list of sides is short: a name that runs on for more before its "và" lists no sides.)
      for (let from = k + 1, c = k + 1; c < and && and - k <= 24; c++) {
        if (c + 1 < and && !/^\s*,\s*$/.test(input.text.slice(tokens[c]!.end, tokens[c + 1]!.start))) continue;
        // ("giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước …": a state after "nước" as after "the".)
        const side = input.resolve(from, c) ?? (['the', 'nuoc'].includes(tokens[from]?.folded ?? '') ? input.resolve(from + 1, c) : undefined) ?? governedState(input, from, c);
        if (side) lefts.push(side);
        from = c + 1;
      }
      const left = lefts.length > 0 ? lefts : undefined;
      const the = ['the', 'nuoc'].includes(tokens[and + 1]?.folded ?? '');
      // "… and Viet Nam's Ministry of National Defence": the side is the body after its state's "'s".
      const owned = ownerWithin(input.text, tokens, and + 1, name.last);
      let right: EndRef | undefined;
      for (const b of runEnds(input, the ? [and + 1, and + 2] : [and + 1], and + 1, name.last)) {
        right = (owned > 0 && owned + 2 <= b ? input.resolve(owned + 2, b) : undefined) ?? input.resolve(and + 1, b) ?? (the ? input.resolve(and + 2, b) : undefined) ?? governedState(input, and + 1, b);
        if (right) break;
      }
      if (left && right) parties.push(...left, right);
    }
  }
  // Each party once, as first named, and never the name itself.
  const seen = new Set<string>([refKey(name.ref)]);
  return parties.filter((p) => {
    const key = refKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The verbs of an English headline after its two sides, in the present: "UNODC, Viet Nam launch project …". */
const HEADLINE_VERB = /^[ \t]+(?:launch|sign|ink|agree|hold|discuss|boost|step up|vow|pledge|seal|mark|review|strengthen|deepen|expand|talk|meet|co-host|team up|kick off|eye|renew|upgrade|conclude|open|begin|wrap up)\b/;

/** "Chính phủ Việt Nam", "the Government of Hungary": a government a side is named by stands for its state. */
function governedState(input: Input, first: number, last: number): EndRef | undefined {
  const words = input.tokens.slice(first, last + 1).map((t) => t.folded);
  // "Chính phủ nước Cộng hòa …": "nước" (a country) before a state's formal name.
  const skip = words[0] === 'chinh' && words[1] === 'phu' ? (words[2] === 'nuoc' ? 3 : 2) : words[0] === 'the' && words[1] === 'government' && words[2] === 'of' ? (words[3] === 'the' ? 4 : 3) : words[0] === 'government' && words[1] === 'of' ? 2 : 0;
  return skip > 0 && first + skip <= last ? input.resolve(first + skip, last) : undefined;
}

/** Items by a key, each list in the items' order. */
function indexBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const index = new Map<number, T[]>();
  for (const item of items) {
    const list = index.get(key(item));
    if (list) list.push(item);
    else index.set(key(item), [item]);
  }
  return index;
}

/**
 * The starts from `from` on of the runs that end at `end` and are as long as some name, nearest
 * `from` first: a search for "the longest run that names something" tries no run of a length
 * nothing has, so a name of a thousand words costs a few look-ups, not a thousand.
 */
function runStarts(input: Input, from: number, end: number): number[] {
  const starts: number[] = [];
  for (const length of input.nameLengths) if (end - length + 1 >= from) starts.push(end - length + 1);
  return starts;
}

/** The ends, up to `last` and farthest first, of the runs that begin at one of `starts` and are as long as some name. */
function runEnds(input: Input, starts: number[], first: number, last: number): number[] {
  const ends = new Set<number>();
  for (const start of starts) for (const length of input.nameLengths) if (start + length - 1 >= first && start + length - 1 <= last) ends.add(start + length - 1);
  return [...ends].sort((a, b) => b - a);
}

/** Words before a state that make it a partner of what is named, as written. */
const PARTNER_WORDS = new Set(['với', 'giữa', 'và', 'cho', 'tại', 'ở', 'for', 'with', 'between', 'and', 'the', 'to', 'in']);

/** The state a name ends with, after a plain space ("… Kinh tế | Ấn Độ"), not after a dash ("… Việt Nam – Lào" are two sides). */
function closingState(input: Input, name: NamedRange): EndRef | undefined {
  for (let k = name.first + 1; k <= name.last; k++) {
    if (!/^ +$/.test(input.text.slice(input.tokens[k - 1]!.end, input.tokens[k]!.start))) continue;
    // "Chiến lược Hợp tác Quốc phòng với Lào", "… for the Philippines": a partner, not the owner.
    if (PARTNER_WORDS.has(input.tokens[k - 1]!.text.toLowerCase())) continue;
    const owner = input.resolve(k, name.last);
    // ("Chương trình Phát triển Liên hợp quốc": an organisation's programme is its own too.)
    if (owner && (input.category(owner) === 'state' || input.category(owner) === 'organisation')) return owner;
  }
  return undefined;
}
