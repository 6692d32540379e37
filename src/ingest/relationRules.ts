/**
 * How the press states a relation, as data: each rule is a predicate, the kinds its ends may
 * have, and the constructions that state it in Vietnamese and in English. A person who knows the
 * language adds a construction here without reading the matcher (`constructions.ts`).
 *
 * A construction is a line of elements separated by spaces:
 *   {S} {T}       the source and the target: a name the article uses, of a kind the rule allows
 *   {S+} {T+}     one name or several joined by commas, "và", "and", "cũng như", "as well as" …
 *   word          a word as written (compared without case or diacritics: "ky" also reads "ký")
 *   , ; : ) –     that punctuation;  ,?  the same, or nothing
 *   [a b|c]       one of these phrases;  [a b|c]?  the same, or nothing
 *   …             up to five words (no name) between two elements: "đã", "on Tuesday", "a"
 *   ~             up to fourteen words or names: where a clause says more in between
 *   ~~            up to thirty: a long description before a list ("… có gần 300 đại biểu là …, trong đó có …")
 *   ^             the sentence's start: what follows opens it;  !^  anywhere but there
 *   $             the sentence's end: nothing follows
 * A rule with `orMain` takes, when the clause names no source before the words, the article's
 * own instrument or event ("Hai bên nhất trí hợp tác trong các lĩnh vực …" covers what the
 * article is about); one with `lastEvent`, when it names no target, the last event named before it
 * ("Officers of the Royal Navy also attended."). A rule with `sourceNotAfterPreposition` takes no English source that is the
 * object of a preposition ("the deployment to Vietnam is part of …"); one with
 * `lastNameNotModifier`, no English name that ends the construction before another word ("the
 * EU's maritime security operation" owns an operation). Every rule stays inside its predicate's
 * kinds (tests check it).
 * Bump RULES_VERSION when a rule changes, so a review file says which rules made it.
 */
import { foldKeepLength } from '../text/fold';
import type { Token } from '../text/tokens';
import { phraseAt, phraseIndex } from './tokenSpans';
import { SHIP_PREFIXES } from './nameLexicon';
import type { CuratedKind as Kind, CuratedPredicate as Predicate } from './types';

export const RULES_VERSION = 48;

export type RelationRule = {
  id: string;
  predicate: Predicate;
  /** The words as a reviewer reads them, for the review page. */
  words: string;
  sources: Kind[];
  targets: Kind[];
  /** How sure the rule is. */
  score: number;
  vi: string[];
  en: string[];
  orMain?: true;
  /** With no target in the clause, the last event named before it is the target. */
  lastEvent?: true;
  /** The source opens its clause: a name after a preposition ("the deployment to Vietnam is part of …") is not it. */
  sourceNotAfterPreposition?: true;
  /** An office is no source: "Đại sứ Lít-va, thành viên NATO" says Lithuania is a member, not its ambassador. */
  sourceNotOffice?: true;
  /** The sources open with one word: "HMAS Stuart and HMAS Arunta of the …" (not "INS Delhi and HMAS Anzac of the …"). */
  sourcesShareFirstWord?: true;
  /** A person is no source: "Henrik Solberg, INTERPOL's Director …" holds an office, and is no part of INTERPOL. */
  sourceNotPerson?: true;
  /** Only a state is a source: "các nước ASEAN, trong đó có Việt Nam" names a member; "…, trong đó có Cảnh sát Quốc gia Indonesia" a member's force. */
  sourceStatesOnly?: true;
  /** From a numbered unit to a mission or a force: "Engineering Unit No. 3, deployed with the … Interim Security Force" (not "Việt Nam", "tới Nam Sudan", "officers of the Navy serving with the Royal Australian Navy"). */
  unitToMission?: true;
  /** The target is named in lower case, by what it was ("Sau hội đàm", "Following the talks"), not a named occasion. */
  targetLowerCase?: true;
  /** A word of the source's name is one of these (folded): "a state visit to Hanoi", "chuyến thăm hữu nghị tới …". */
  sourceWords?: string[];
  /** A word of the target's name is one of these (folded): "… for the EWG on Counter-Terrorism". */
  targetWords?: string[];
  /** The source's name holds none of these words or phrases (in lower case): a parliament ratifies, and is no party ("quốc hội"). */
  sourceNotWords?: string[];
  /** An event as the target holds none of these words or phrases (in lower case): "hoan nghênh chuyến thăm" supports no visit. */
  targetNotWords?: string[];
  /** The target is named, not a reference to the article's own ("the joint statement" of "In the joint statement, …"). */
  namedTarget?: true;
  /** The target is no body named only as what another belongs to: "Ban Quản lý dự án 47 thuộc Bộ Quốc phòng tiếp nhận …" is the unit's, not the ministry's. */
  targetNotOwner?: true;
  /** The source does what the verb says: not "Russia was condemned", "Nga bị lên án". */
  activeSource?: true;
  /** A name that ends the construction is no end when an English word follows it: "the EU's maritime security | operation" owns an operation, not a domain. */
  lastNameNotModifier?: true;
};

export const INSTRUMENTS: Kind[] = ['agreement', 'partnership', 'framework'];
const INSTRUMENT: Kind[] = ['agreement', 'partnership'];
const SUPPORTED: Kind[] = ['actor', 'agreement', 'partnership', 'framework', 'domain', 'event'];

/** English verbs of signing, in the active voice. */
const SIGNED_EN = '[signed|sign|signs|inked|initialled|initialed|concluded]';

/** Vietnamese verbs of signing and adopting an instrument, after what may stand before them. */
const SIGNED_VI = '[đã ký kết|đã ký|ký kết|ký|đã thông qua|thông qua]';

/** Words that may stand between a subject and its verb: tense and aspect, adverbs of time. */
const AUX_VI = '[đã|sẽ|vừa|cũng|đang|đã chính thức|chính thức|hôm nay|mới đây]?';

/** Words that may stand between "tại" and a place's name: "tại thủ đô Viêng Chăn", "tại căn cứ hải quân Sattahip", "tại vùng biển Bali". */
const PLACE_WORDS_VI = '[thủ đô|thành phố|tỉnh|huyện|thị trấn|thị xã|đặc khu|vùng biển đặc khu|vùng biển tỉnh|bang|các tỉnh|các thành phố|trụ sở|căn cứ hải quân|căn cứ|vùng biển|vùng trời|cảng|khu vực]?';

/** "X is part of Y", said of a body or an event (part_of/is-part-of) and of an event within a partnership. */
const IS_PART_OF_VI = '{S} ~ là một phần của {T}';
const IS_PART_OF_EN = '{S} )? ,? [which]? [is part of|are part of|forms part of|form part of|is a part of|sits within|sit within|is an integral part of] {T}';

export const RELATION_RULES: RelationRule[] = [
  {
    id: 'signs/ky',
    predicate: 'signs',
    words: 'ký, ký kết / sign, signed by',
    sources: ['actor'],
    targets: INSTRUMENT,
    score: 0.9,
    // "Ký văn kiện là Thượng tướng X, Thứ trưởng Bộ Công an, và ông Y, …": who signed, said after the document.
    vi: [
      '^ [Ký|Ký kết] {T} [là|có] ,? {S+}',
      // ("Lễ ký diễn ra sáng 14-3 tại Hà Nội; ký văn kiện là …": after a semicolon too.)
      '; [ký|ký kết] {T} [là|có] ,? {S+}',
      // "… đã ký Ý định thư … và Kế hoạch …": each instrument of the list; "ký kết ba văn kiện, bao gồm: A; B và C" each of those.
      // ("… đặt bút ký văn kiện": put pen to the document.)
      `{S+} ${AUX_VI} [đặt bút ký|ký và trao đổi|ký kết|ký] {T+}`,
      // ("… hôm nay đã ký và trao đổi Công hàm …": the day, then the tense.)
      '{S+} hôm nay [đã|vừa] [ký và trao đổi|ký kết|ký] {T+}',
      '{S+} ~ [đã ký kết|đã ký|vừa ký kết|cũng ký|đồng thời ký kết|đồng thời ký] {T+}',
      '{S+} ~ [ký kết|ký] ~ [bao gồm|gồm] :? {T+}',
      '{T} … [được|do] {S+} … [ký kết|ký]', '{T} ~ được [ký kết|ký] ~? bởi {S+}',
      // "Bản ghi nhớ … giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Tây Ban Nha đã được Thượng tướng X và ông Y ký": past its sides.
      '{T} giữa ~ [đã|vừa]? [được|do] {S+} … [ký kết|ký]',
      '{T} ~ được ký kết giữa {S+}',
      // "… Tuyên bố tầm nhìn chung … mà Bộ trưởng Quốc phòng hai nước đã ký năm 2022": who signed it, in a relative clause.
      `{T} )? mà {S+} ${AUX_VI} [ký kết|ký]`,
    ],
    en: [
      // "Viet Nam signed a Memorandum of Understanding with Japan": the side after "with" signs it too.
      `{S+} … ${SIGNED_EN} … {T} with [the]? {S+}`,
      // "… signed a Memorandum of Understanding … and a Letter of Intent …": each instrument of the list.
      `{S+} … ${SIGNED_EN} … {T+}`,
      '{T} … [was|were|has been|is] signed by {S+}',
      // "the 2025 Defence Cooperation Plan signed by Viet Nam and Cambodia in Phnom Penh".
      '{T} ,? [signed by|inked by|concluded by] [the]? {S+}',
      '{T} ~ [was|were|has been|have been] signed ~ by {S+}',
      '{T} ~ [was|were|has been|have been] signed between {S+}',
      // "the Memorandum of Understanding …, signed between India's Ministry of Defence and …", "the Reciprocal Access Agreement
      // (RAA), which the Philippines and Japan signed in Manila": who signed it, after it.
      '{T} )? ,? [signed between|concluded between|inked between] [the]? {S+}',
      `{T} )? , [which|that] [the]? {S+} ${SIGNED_EN}`,
    ],
  },
  {
    id: 'party_to/thong-qua',
    predicate: 'party_to',
    words: 'thông qua, gia nhập, phê chuẩn, giữa … và …, là thành viên, nâng cấp quan hệ lên / adopt, accede to, ratify, between, a party to, upgraded to',
    sources: ['actor'],
    targets: INSTRUMENTS,
    score: 0.8,
    // "Quốc hội đã biểu quyết phê chuẩn Hiệp định …": a parliament ratifies for its state, and is no party itself.
    sourceNotWords: ['quốc hội', 'parliament', 'senate', 'congress', 'national assembly', 'nghị viện', 'thượng viện', 'hạ viện'],
    vi: [
      '{S+} … thông qua {T}',
      // "Hai nước đã ra Tuyên bố chung …": those who issue a joint document are its parties (not "Hoa Kỳ công bố Chiến lược …", its own).
      `{S+} ${AUX_VI} [ra|cùng ra] {T}`,
      '{T} … [được|do] {S+} … thông qua',
      '{S} [chính thức|đã|đã chính thức|vừa|vừa chính thức]? [gia nhập|phê chuẩn|phê duyệt] {T}',
      // "Lào, …, là một trong những nước đầu tiên phê chuẩn Công ước …".
      '{S} ~ [nước đầu tiên phê chuẩn|nước đầu tiên gia nhập|nước đầu tiên ký|đã phê chuẩn|đã gia nhập|vừa phê chuẩn] {T}',
      // "Việt Nam đã hoàn tất thủ tục phê chuẩn Công ước …".
      // (Not "đang hoàn tất …", still under way.)
      '{S} [đã|vừa]? [hoàn tất thủ tục phê chuẩn|hoàn tất việc phê chuẩn|hoàn tất phê chuẩn|hoàn tất thủ tục gia nhập] {T}',
      '{T} giữa {S+}',
      // "Công ước Cấm vũ khí hóa học (CWC), mà Việt Nam là quốc gia thành viên từ năm 1998": its parties, in a relative clause.
      '{T} )? ,? mà [cả]? {S+} [đều|cũng]? là … thành viên',
      // ("… chống lại tàu thuyền ở châu Á (ReCAAP), mà Việt Nam và Nhật Bản đều là thành viên": its abbreviation between.)
      '{T} ( … ) ,? mà [cả]? {S+} [đều|cũng]? là … thành viên',
      // "Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) mà ASEAN và Trung Quốc đã ký năm 2002": its parties, in a relative clause.
      `{T} )? mà {S+} ${AUX_VI} [ký kết|ký|thông qua]`,
      // "Việt Nam và Indonesia nâng cấp quan hệ lên Đối tác chiến lược toàn diện": the two become its parties.
      `{S+} ${AUX_VI} [nâng cấp quan hệ lên|nâng cấp quan hệ thành|nâng cấp quan hệ hai nước lên|nâng cấp lên] {T}`,
      // ("Hai nước chúng ta đã nâng cấp …", in a speech.)
      `{S+} chúng ta ${AUX_VI} [nâng cấp quan hệ lên|nâng cấp quan hệ thành|nâng cấp lên] {T}`,
      // "Quan hệ hai nước được nâng lên Đối tác chiến lược toàn diện", "Quan hệ giữa Việt Nam và Italy đã được nâng cấp lên …":
      // the relations' two sides are its parties.
      `quan hệ giữa? {S+} ,? ${AUX_VI} [được nâng lên|được nâng cấp lên|được nâng cấp thành|nâng lên|nâng cấp lên] {T}`,
      // A member of a convention is a party to it, as a member of an organisation is part of it.
      '{S+} ~ [đều là thành viên của|đều là thành viên|là thành viên của|là thành viên|là quốc gia thành viên của|là quốc gia thành viên] {T+}',
      // "Việt Nam là thành viên có trách nhiệm của Công ước …".
      '{S} ~ [là thành viên|là quốc gia thành viên|là nước thành viên] … của {T+}',
      '^ Là [các]? [quốc gia thành viên|nước thành viên|thành viên] [của]? {T} ~ , {S+}',
      // ("Là các quốc gia thành viên ASEAN và Công ước … (UNCLOS 1982), hai nước …": the convention after "và".)
      '^ Là [các]? [quốc gia thành viên|nước thành viên|thành viên] [của]? ~ và [của]? {T} ~ , {S+}',
    ],
    en: [
      '{S+} … [adopted|adopt|adopts] … {T}',
      // "Viet Nam and Spain issued a Joint Statement …": those who issue a joint document are its parties, as "ra Tuyên bố chung".
      '{S+} [issued|issue|issues|have issued|has issued|jointly issued] [a|the|their]? {T}',
      '{T} … [was|were] adopted by {S+}',
      // "the Joint Framework …, agreed by the two organisations in May 2025".
      '{T} ~ , [agreed by|agreed between|endorsed by] {S+}',
      '{T} between {S+}',
      "{S} 's [accession to|ratification of] {T}",
      '{S+} [acceded to|accedes to|ratified|ratifies|has ratified|joined] {T}',
      // "NATO and Colombia have agreed a new Individually Tailored Partnership Programme": those who agree an instrument are its parties.
      '{S+} [have agreed|has agreed|agreed] [a|an|the|their]? [new]? {T}',
      // "The European Union and Japan launched a Security and Defence Partnership": those who launch a partnership are its parties.
      '{S+} … [launched|launch|launches|upgraded|established|establish|set up|forged|elevated] … {T}',
      // "Relations between Viet Nam and Sri Lanka had grown into a Comprehensive Partnership in 2024".
      '[relations|ties|relationship] between {S+} ~ [grew into|had grown into|have grown into|was upgraded to|were upgraded to|was elevated to|were elevated to] … {T}',
      '{S+} ~ [are parties to|is a party to|are both parties to|are States Parties to|is a State Party to|are members of|is a member of|as a State Party to|as States Parties to|as a party to] [the]? {T+}',
      '{S} , [as a State Party to|as a party to|a State Party to|a party to] [the]? {T+}',
      // "Georgia, a partner in the Partnership for Peace, …": a partner in a partnership or a programme is a party to it.
      '{S} , [a|an] [partner|partner country] in [the]? {T}',
      // "Kenya became a High Contracting Party to the Treaty of Amity and Cooperation …".
      '{S+} … [became|become|becomes|has become|have become] [a|the]? [High Contracting Party|High Contracting Parties|State Party|States Parties|party|parties|signatory|signatories] to [the]? {T}',
      // "New Zealand, Samoa and Fiji, all States Parties to the … Treaty, met …".
      '{S+} , [both|all] [States Parties to|parties to|signatories to|signatories of|States Parties of|members of] [the]? {T}',
      // "… the Accra Initiative, of which Ghana is a founding member alongside Benin, …": the members of an initiative.
      '{T} )? , of which {S+} [is|was|are|were] [a founding member|a member|a full member|members|founding members]',
      '{T} )? , of which ~ [member|members] alongside {S+}',
      // "the Ottawa Convention, to which Cambodia is a State Party": the parties, after the convention.
      '{T} )? , to which {S+} [is|are] [both]? [a State Party|States Parties|a party|parties|a signatory|signatories]',
    ],
  },
  {
    // "the Reciprocal Access Agreement with Japan", "Bản ghi nhớ về hợp tác an ninh mạng với Nhật Bản": the side an agreement or a
    // partnership is made with is its party (the one who makes it signs it or is its party by the rules above).
    id: 'party_to/voi',
    predicate: 'party_to',
    words: '… với A / … with A',
    sources: ['actor'],
    targets: INSTRUMENT,
    score: 0.65,
    vi: ['{T} với {S+}'],
    // "signed a Memorandum of Understanding on shipbuilding with Vietnam's Ministry of National Defence": after its topic too.
    en: ['{T} with [the]? {S+}', '{T} [on|in the field of|in the fields of] ~ with [the]? {S+}'],
  },
  {
    // "In a joint statement issued today, the governments of Australia, Japan … attributed …", "Trong Tuyên bố chung về hợp tác
    // biển, Indonesia và Malaysia khẳng định …": who speaks in a joint document issued it with the others. Only a joint one
    // ("In a statement, China said …" is China's own word), named ("In the joint statement, …" may be the article's own
    // instrument's words), and only who speaks ("…, Russia was condemned" is spoken of).
    id: 'party_to/in-joint-statement',
    predicate: 'party_to',
    words: 'trong Tuyên bố chung, A và B … / in a joint statement, A and B …',
    sources: ['actor'],
    targets: INSTRUMENTS,
    targetWords: ['joint', 'chung'],
    namedTarget: true,
    activeSource: true,
    score: 0.75,
    vi: ['^ [trong|tại] {T} ~ , [chính phủ|lãnh đạo|bộ trưởng ngoại giao|bộ trưởng quốc phòng]? [hai nước|các nước]? {S+}'],
    en: ['^ in [a|the|their]? {T} ~ , [the governments of|the leaders of|the foreign ministers of|the defence ministers of|the ministers of]? [the]? {S+}'],
  },
  {
    id: 'negotiates/dam-phan',
    predicate: 'negotiates',
    words: 'đàm phán / negotiate, negotiations on',
    sources: ['actor'],
    targets: INSTRUMENT,
    score: 0.8,
    vi: ['{S+} ~ đàm phán {T}', '[đàm phán|thương lượng|tham vấn về] {T} với {S+}'],
    // "agreed to launch negotiations on an agreement on the transfer of …": an instrument still to be agreed.
    en: [
      '{S+} … [negotiate|negotiates|negotiated|negotiating|is negotiating|are negotiating] … {T}',
      // "… is negotiating a Status of Visiting Forces Agreement with France": the side negotiated with negotiates too.
      '[negotiate|negotiates|negotiated|negotiating] … {T} with [the]? {S+}',
      // "Talks on a Status of Forces Agreement with Germany are expected to conclude next year".
      '[talks on|talks for|negotiations on|negotiations for|consultations on] [a|an|the]? {T} with [the]? {S+}',
      // Not "called for negotiations on …": only negotiations the subject holds.
      '{S+} … [launch|launched|begin|began|start|started|open|opened|resume|resumed|hold|held|continue|continued|conclude|concluded] [negotiations|negotiation] [on|for] [an|a|the]? {T}',
    ],
  },
  {
    id: 'chairs/chu-tri',
    predicate: 'chairs',
    words: 'chủ trì, đồng chủ trì, đồng tổ chức, khai giảng / chair, co-chair, host',
    sources: ['actor'],
    targets: ['event'],
    score: 0.85,
    vi: [
      // ("Khóa học do Binh chủng Hóa học (Bộ Quốc phòng) và Ban Thư ký Kỹ thuật của OPCW đồng tổ chức": names may stand between.)
      '{T} … do {S+} ~? [đồng chủ trì|chủ trì|đồng chủ tọa|chủ tọa|đồng tổ chức|tổ chức|đồng chỉ đạo|chỉ đạo]',
      // "Diễn đàn … đã diễn ra tại Hà Nội, do Cục Đối ngoại, Bộ Quốc phòng, và Bộ Quốc phòng Nhật Bản đồng chủ trì", "Hội nghị
      // do Philippines, nước Chủ tịch ASEAN năm 2027, đăng cai": who, after where, or with what they are.
      '{T} ~ , do {S+} ~? [đồng chủ trì|chủ trì|đồng chủ tọa|chủ tọa|đồng tổ chức|tổ chức|đăng cai]',
      '^ {T} do {S} , ~ , [đồng chủ trì|chủ trì|đồng tổ chức|tổ chức|đăng cai]',
      // "Hội nghị do Bộ Công an Lào đăng cai, Thiếu tướng X, Thứ trưởng …, chủ trì": who chairs, after who hosts.
      '^ {T} do {S} đăng cai , {S+} ~? [đồng chủ trì|chủ trì|chủ tọa]',
      '^ {T} do {S} đăng cai ; {S+} ~? [đồng chủ trì|chủ trì|chủ tọa]',
      // "Lễ đón tàu tại Cảng Tiên Sa hôm 3/8 do Bộ Tư lệnh Vùng 3 Hải quân và Ủy ban nhân dân thành phố Đà Nẵng phối hợp tổ chức":
      // who, after where it was.
      '{T} [diễn ra|đã diễn ra]? [trọng thể]? tại ~ do {S+} ~? [đồng chủ trì|chủ trì|đồng tổ chức|tổ chức|đăng cai]',
      // ("Lễ tiễn được tổ chức tại cảng Nhà Rồng – Khánh Hội do Bộ Tư lệnh Vùng 2 Hải quân … chủ trì": after how it was held too,
      // and past what the ceremony hands over in lower case after its name, "Lễ bàn giao tàu tuần tra được tổ chức tại …".)
      '{T} … [được tổ chức|đã được tổ chức] [trọng thể]? tại ~ do {S+} ~? [đồng chủ trì|chủ trì|đồng tổ chức|tổ chức|đăng cai]',
      // ("Lễ đón chính thức Tổng thống Philippines … đã được tổ chức trọng thể tại … do Chủ tịch nước … chủ trì": past whom it welcomes.)
      '^ {T} ~ [được tổ chức|đã được tổ chức] [trọng thể]? tại ~ do {S+} ~? [chủ trì|đồng chủ trì]',
      // "Đồng chỉ đạo cuộc diễn tập là Thiếu tướng X, …, và Chuẩn Đô đốc Y, …": who direct an exercise, said first.
      '^ [Đồng chỉ đạo|Chỉ đạo|Đồng chủ trì|Chủ trì|Chỉ huy] {T} là {S+}',
      // ("Chủ trì lễ đón tại cảng là Đại tá Lê Thanh Hải, …": past where the occasion was, in lower case.)
      '^ [Đồng chủ trì|Chủ trì] {T} tại ~ là {S+}',
      // "Đại tướng A, Bộ trưởng …, và Đại tướng B, …, hôm 7/8 đồng chủ trì cuộc họp …": a day between the chairs and the verb.
      // (Its words as written, not in brackets: "sáng", "chiều", "ngày" would end names as a rule's words do: "đa chiều".)
      '{S+} hôm … [đồng chủ trì|chủ trì|đồng chủ tọa|chủ tọa] {T}',
      // "Cuộc họp do nước chủ nhà Philippines chủ trì".
      '{T} … do [nước chủ nhà|nước chủ tịch ASEAN] {S} [đồng chủ trì|chủ trì|chủ tọa|tổ chức]',
      '{T} ~ dưới sự [chủ trì|đồng chủ trì] của {S+}',
      // ("Cục Quân y phối hợp với … tổ chức khai mạc Diễn tập …": who hold its opening hold it.)
      `{S+} ${AUX_VI} [đồng chủ trì|chủ trì|đồng chủ tọa|chủ tọa|đồng tổ chức|đăng cai|đăng cai tổ chức|tổ chức khai mạc|tổ chức khai giảng|tổ chức|tổ chức thực binh|khai giảng] {T}`,
      // "Thiếu tướng A, Phó Tư lệnh …, và Đại tá B, …, đồng chỉ đạo diễn tập": who direct an exercise, after their offices.
      `{S+} ${AUX_VI} [đồng chỉ đạo|chỉ đạo] {T}`,
      // "… đã chủ trì lễ đón và hội đàm với ông Y": the talks after the welcome are chaired by the same.
      `{S+} ${AUX_VI} [đồng chủ trì|chủ trì] ~ và {T} với`,
      // "Bộ Chỉ huy … phối hợp với Ủy ban Chữ thập đỏ quốc tế tổ chức Hội thảo …": both organise it.
      `{S+} ${AUX_VI} phối hợp với {S+} [tổ chức|đồng tổ chức|chủ trì|khai giảng|khai mạc] {T}`,
      // "Bộ Tư lệnh Thành phố Hồ Chí Minh chủ trì, phối hợp với Vùng 2 Hải quân tổ chức lễ đón …": the one who leads, and its partner.
      `{S+} ${AUX_VI} chủ trì ,? phối hợp với {S+} [tổ chức|khai giảng|khai mạc] {T}`,
      '{T} … [được|do] {S+} … đăng cai',
      // Said first, opening the sentence: "Chủ trì lễ đón là Chuẩn Đô đốc Trần Đức Minh", "Chủ trì buổi lễ, Trung tướng …".
      '^ [Chủ trì|Đồng chủ trì] {T} [là|có]? ,? {S+}',
      // "Do Bộ trưởng A và Bộ trưởng B đồng chủ trì, Đối thoại … diễn ra tại …": the chairs first, then the event.
      '^ Do {S+} [đồng chủ trì|chủ trì|đồng chủ tọa|chủ tọa] , {T}',
      // "ủng hộ Lào hoàn thành tốt vai trò nước chủ nhà Hội nghị …": the host.
      `{S} ${AUX_VI} [hoàn thành tốt|hoàn thành|đảm nhận tốt|đảm nhận]? [vai trò nước chủ nhà|vai trò chủ nhà|là nước chủ nhà|làm nước chủ nhà|nước chủ nhà] [của]? {T}`,
      // "… cảm ơn Việt Nam, nước chủ nhà Hội nghị …": the host, in an apposition.
      '{S} , [nước chủ nhà|là nước chủ nhà] [của]? {T}',
      // "Do Bộ Quốc phòng tổ chức, Triển lãm …": the organiser, said first.
      '^ Do {S+} [tổ chức|đăng cai|đăng cai tổ chức] , {T}',
    ],
    en: [
      // ("The exercise was directed by Air Vice-Marshal …": its director.)
      '{T} … [was|were|is|are|will be] [co-chaired|chaired|hosted|co-hosted|organised|organized|co-organised|co-organized|convened|opened|directed] by {S+}',
      // "Organised by the China Association for Military Science, the 11th Beijing Xiangshan Forum opened …": who, said first.
      // ("Run by the College's Middle East Faculty, the course brought together …": who runs a course organises it.)
      '^ [Organised|Organized|Co-organised|Co-organized|Hosted|Co-hosted|Chaired|Co-chaired|Convened|Run|Delivered] by [the]? {S+} ~? , [the]? {T}',
      '{T} ~ [co-chaired|chaired|hosted|co-hosted|organised|organized|co-organised|co-organized] by {S+}',
      // "JRCC Australia coordinated the search with BASARNAS": those who coordinate a search or an operation direct it together.
      '{S+} [coordinated|coordinates|co-ordinated] [the]? {T} [with|together with|jointly with] [the]? {S}',
      '{S+} [coordinated|coordinates|co-ordinated] [the]? {T}',
      // "The exercise was organised by the CCDCOE and hosted by Estonia": the second, after its own "by".
      '{T} ~ [co-chaired|chaired|hosted|co-hosted|organised|organized|co-organised|co-organized] by ~ and [co-chaired|chaired|hosted|co-hosted|organised|organized|co-organised|co-organized] by [the]? {S+}',
      '{T} ~ [chaired jointly by|under the chairmanship of|under the co-chairmanship of|under the presidency of|hosted jointly by|presided over by] {S+}',
      // "The closing ceremony was officiated by …" (not "The graduation ceremony of the … Course was officiated by …", the ceremony's).
      '^ [the]? {T} [was|were] officiated by [the]? {S+}',
      '{S+} … [co-chaired|chaired|hosted|co-hosted|co-organised|co-organized|convened|presided over|presides over|host|hosts|co-host|co-hosts|chair|chairs|co-chair|co-chairs|convene|convenes|co-hosting|hosting|co-chairing|chairing] {T}',
      // "Mr Chan and Dr Krüger co-chaired the inaugural Singapore–Germany Defence Policy Dialogue": which one it was, between.
      '{S+} … [co-chaired|chaired|co-hosted|hosted] the [inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual] {T}',
      // "Secretary of Defense X hosted Minister A and Minister B at the Pentagon today for the fourth … Meeting": the host.
      '{S} [hosted|hosts|welcomed|received] ~ for [the|a|an]? [inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual]? {T}',
      // "Ms X co-chaired the third meeting of … in Mogadishu with Mr Y, Minister of …": the co-chair after "with".
      '[co-chaired|co-chairs|co-chair|co-hosted|co-hosts] [the]? {T} ~ with [the]? {S+}',
      // "General A and Admiral B presided over the opening of the exercise".
      '{S+} … [presided over|officiated at] the [opening|opening ceremony|closing|closing ceremony] of {T}',
      // "General X officiated the closing ceremony at …": who officiates a ceremony chairs it.
      '{S+} … [officiated|officiated at|officiates|officiates at] [the]? {T}',
      // "Malaysia, the host of the 47th ASEAN Summit", "as host of the meeting".
      '{S} , [the]? [host of|host country of|chair of|hosts of] [the]? {T}',
      '{S} … [as host of|as the host of|as host country of] [the]? {T}',
    ],
  },
  {
    // Only what is led right before or after the words: "đoàn … do X dẫn đầu tham dự Hội nghị …" leads a delegation, not the meeting.
    id: 'leads/dan-dau',
    predicate: 'leads',
    words: 'do … chỉ huy, dẫn đầu / led by, commanded by',
    sources: ['actor'],
    targets: ['event'],
    score: 0.7,
    // "Chiến dịch do Trung tâm … của INTERPOL điều phối": who coordinates an operation leads it, as "coordinated by".
    // ("điều phối" as written, no rule's bracketed word: "Điều phối viên thường trú …" holds it.)
    vi: ['{T} do {S+} [dẫn đầu|đồng chỉ huy|chỉ huy]', '{T} do {S+} điều phối', `{S+} ${AUX_VI} [đồng chỉ huy|chỉ huy] {T}`],
    // "Operation Storm Makers III was led by INTERPOL", the operation the clause's subject: not "the delegation to the
    // Shangri-La Dialogue was led by …".
    en: [
      '{T} ,? [led by|commanded by|under the command of|coordinated by] {S+}',
      '^ [the]? {T} [was led by|were led by|is led by|was coordinated by|were coordinated by|is coordinated by] {S+}',
      // "The operation, code-named “Jade Current”, ran from April to August and was coordinated by Interpol's … Centre".
      // ("The exercise" may stand for an exercise named before: only the name it is "dubbed" is read.)
      '^ ~ , [code-named|codenamed|dubbed] {T} , ~ [was led by|was coordinated by|was commanded by] [the]? {S+}',
      // "… in an action dubbed "Operation Sea Gate", which was led by the French Gendarmerie".
      '{T} , which [was led by|was coordinated by|was commanded by|is led by|is coordinated by] [the]? {S+}',
    ],
  },
  {
    // "The Republic of Korea Navy assumed command of Combined Task Force 151 from the Pakistan Navy": who takes a force's
    // command leads it (not the one it is taken from).
    id: 'leads/command',
    predicate: 'leads',
    words: 'nhận quyền chỉ huy / assumed command of',
    sources: ['actor'],
    targets: ['actor', 'event'],
    score: 0.7,
    vi: [`{S} ${AUX_VI} [tiếp nhận quyền chỉ huy|nhận quyền chỉ huy|đảm nhận quyền chỉ huy] {T}`],
    en: ['{S} [has|have|will|formally]? [assumed command of|assumes command of|assume command of|took command of|takes command of|take command of|took over command of|takes over command of] [the]? {T}'],
  },
  {
    id: 'chairs/chu-tich',
    predicate: 'chairs',
    words: 'Chủ tịch / chair of',
    sources: ['actor'],
    targets: ['actor', 'framework'],
    score: 0.6,
    vi: ['{S} ~ [đảm nhiệm Chủ tịch|làm Chủ tịch|giữ vai trò Chủ tịch] {T}'],
    en: ['{S} ~ [chair of|chairs|chaired] {T}'],
  },
  {
    // "Ms X today concluded a three-day visit to Somalia", "Đại tướng X kết thúc chuyến thăm …": who began or ended a visit made it.
    id: 'participates_in/visit-made',
    predicate: 'participates_in',
    words: 'bắt đầu, kết thúc chuyến thăm / began, concluded a visit',
    sources: ['actor'],
    targets: ['event'],
    score: 0.75,
    targetWords: ['visit', 'tour', 'trip', 'tham'],
    // ("…, the Minister met …": an office said again stands for its holder, who is named elsewhere.)
    sourceNotOffice: true,
    // ("… kết thúc tốt đẹp chuyến thăm hữu nghị Việt Nam": how well it ended, between.)
    vi: [
      `{S+} ${AUX_VI} [kết thúc|bắt đầu] [tốt đẹp]? {T}`,
      // "… tàu KDB Darussalam … đã rời cảng Nhà Rồng – Khánh Hội (…), kết thúc tốt đẹp chuyến thăm …": after leaving port.
      `{S+} ${AUX_VI} rời ~ , [kết thúc|bắt đầu] [tốt đẹp]? {T}`,
    ],
    en: [
      '{S+} ~ [concluded|concludes|began|begins|started|starts|wrapped up|completed|completes|undertook|undertakes|ended|ends] [a|an|his|her|their|the]? {T}',
      // "During his visit to Tapa Army Base, Mr Ashworth met …": whose visit it is, the subject after its opening.
      '^ [During|On|In the course of] [his|her] {T} ~ , {S}',
    ],
  },
  {
    id: 'participates_in/tham-du',
    predicate: 'participates_in',
    words: 'tham dự, tham gia, tiến hành, với sự tham gia của, hội đàm với, có buổi làm việc với, tiếp / take part, attend, conduct, involve, held talks with, paid a courtesy call on, alongside ships from',
    sources: ['actor'],
    targets: ['event', 'framework', 'partnership'],
    score: 0.75,
    vi: [
      '{T} ~ [với sự|có sự] [tham gia|tham dự|góp mặt] của … {S+}',
      // "Phiên thảo luận nghe báo cáo của ông Omar Haddad, …, và bà Ingrid Solvang": who briefed a meeting.
      '{T} [nghe báo cáo của|nghe thuyết trình của|nghe trình bày của] {S+}',
      // "Hội nghị quy tụ đoàn đại biểu hải quân của Brunei, Campuchia, …": who a meeting gathers.
      '{T} quy tụ … của {S+}',
      '{T} quy tụ [đại diện|lãnh đạo|đoàn đại biểu]? {S+}',
      // "Đợt tìm kiếm do Vietnam MRCC chủ trì, phối hợp với Lực lượng Bảo vệ bờ biển Philippines": who the chair worked with.
      '{T} do ~ chủ trì , phối hợp với {S+}',
      // "với sự tham gia của lãnh đạo quân đội 10 nước ASEAN, …": who they are may take more than five words.
      '{T} ~ [với sự|có sự] [tham gia|tham dự|góp mặt] của … … {S+}',
      // "tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 86 học viên quốc tế thuộc Quân đội nhân dân Lào, …": whose students.
      // (Written out, not in brackets: words in brackets end names, and "sĩ quan" ends no field "đào tạo tiếng Anh cho sĩ quan".)
      '{T} ~ cho … học viên quốc tế thuộc {S+}',
      '{T} ~ cho … học viên thuộc {S+}',
      // "… với sự tham gia của Đội Quân nhạc … cùng các đoàn quân nhạc đến từ Trung Quốc, Ấn Độ …": where the others come from.
      // (The words after "cùng" written out, not in brackets, which would end names at them.)
      '{T} ~ [với sự|có sự] [tham gia|tham dự|góp mặt] của ~ cùng các đoàn … đến từ {S+}',
      '{T} ~ [với sự|có sự] [tham gia|tham dự|góp mặt] của ~ cùng đại diện … đến từ {S+}',
      // "Đợt tìm kiếm có sự tham gia của 62 chuyên gia Hoa Kỳ và hơn 200 cán bộ phía Việt Nam": the other side, after "phía".
      '{T} ~ [với sự|có sự] [tham gia|tham dự|góp mặt] của ~ phía {S}',
      // "với sự tham dự của hơn 300 đại biểu trong nước và quốc tế, trong đó có đoàn Cảnh sát Liên bang Australia, …": a count of
      // delegates, then whom they include (not "…, nhằm ứng phó với các thách thức, trong đó có Myanmar", another clause's).
      // (Only words the rules already read: a construction's words end lists of fields, and "sĩ quan" is a word of fields.)
      '{T} ~ [với sự|có sự] [tham gia|tham dự|góp mặt] của … [đại biểu|đại diện] … , trong đó có [đoàn|đại diện|các đoàn]? {S+}',
      // ("… của đoàn đại biểu 21 quốc gia, vùng lãnh thổ, trong đó có Ấn Độ, …": states and territories.)
      '{T} ~ [với sự|có sự] [tham gia|tham dự|góp mặt] của … [đại biểu|đại diện] … , vùng lãnh thổ , trong đó có [đoàn|đại diện|các đoàn]? {S+}',
      '[Tham dự|Dự|Tham gia] {T} [còn|cũng]? có ~ {S+}',
      // "Cùng dự có đại diện A, B và các đối tác đối thoại như C, D và E": the partners the list goes on with ("đối thoại" is
      // read as an occasion's word there).
      '^ [Cùng dự|Cùng tham dự|Tham dự|Dự] {T} ~ [các đối tác|đối tác|các nước đối tác] ~? như {S+}',
      '[Tham dự|Dự|Tham gia] {T} ~ phía ~ có ~ {S+}',
      'tổ chức {T} với {S+}',
      'Tham dự {T} có ~ [là|gồm] {S+}',
      // ("Tham gia có đoàn Bộ Công an Việt Nam do …": those who took part, by their delegations.)
      '[Tham dự|Dự|Tham gia] {T} [đoàn]? {S+}',
      // "Tham dự có lãnh đạo cảnh sát 10 nước thành viên cùng đại diện Interpol, Europol và …": who attended, after who they are.
      // ("Tham dự có lãnh đạo Hải quân Hoàng gia Brunei, …", "Tham gia tham vấn có đại diện Cục Đối ngoại, …".)
      '^ [Tham dự|Dự|Tham gia] {T} ~ [đại diện|đại diện của|đại biểu|lãnh đạo|đại diện lãnh đạo] {S+}',
      // "Theo dõi diễn tập có đại diện Cục Kiểm ngư, …": observers, said first, take part as guests do.
      '^ [Theo dõi|Quan sát] {T} [còn|cũng]? có [đại diện|đại diện của|đại biểu|lãnh đạo|đại diện lãnh đạo]? {S+}',
      // "Tham gia đoàn Việt Nam có đại diện Cục Đối ngoại, …": those in a delegation to the occasion named before.
      '^ Tham gia đoàn ~ {T} [đại diện|đại diện của|lãnh đạo|đại diện lãnh đạo]? {S+}',
      // "Tham gia có 35 cán bộ, thuyền viên của Vùng Cảnh sát biển 1 và Vùng Cảnh sát biển 2": the bodies those who took part are of.
      '^ [Tham dự|Dự|Tham gia] {T} ~ của {S+}',
      // (A few words before "thuộc" only: "Tham gia PR27, Hải quân … cử tàu ngầm HQ-184 thuộc Lữ đoàn …" names whose the ship is.)
      '^ [Tham dự|Dự|Tham gia] {T} … thuộc {S+}',
      // "Tham gia PR27, Hải quân nhân dân Việt Nam cử tàu ngầm HQ-184 Hải Phòng …": who sends, and the ship sent.
      `^ [Tham dự|Dự|Tham gia] {T} , {S+} ${AUX_VI} cử`,
      '^ [Tham dự|Dự|Tham gia] {T} , ~ cử [tàu|tàu ngầm|tàu hộ vệ|tàu khu trục|tàu tuần tra|tàu cứu hộ]? {S}',
      // ("… cùng 42 cán bộ, chiến sĩ do Đại tá Trịnh Văn Hòa, Phó Lữ đoàn trưởng …, chỉ huy": and who commands those sent.)
      '^ [Tham dự|Dự|Tham gia] {T} , ~~ do {S} ~ [chỉ huy|dẫn đầu]',
      // (Right after the words: "Cùng dự có đại diện lãnh đạo một số cơ quan, đơn vị trong Bộ Quốc phòng" names no one who came.)
      '^ Cùng [tham dự|dự|tham gia] {T} [đại diện lãnh đạo|đại diện|đại diện của|đại biểu|lãnh đạo]? {S+}',
      `{S+} ${AUX_VI} [tham gia|tham dự|dự|có mặt tại] [cuộc|buổi|các cuộc]? {T}`,
      // "Hơn 600 cán bộ, chiến sĩ đã tham gia diễn tập, gồm lực lượng của Sư đoàn 324 và Lữ đoàn 414": the bodies they came from.
      '[tham gia|tham dự] [cuộc]? {T} , [gồm|bao gồm] [lực lượng của|lực lượng|các lực lượng|cán bộ, chiến sĩ của|đại diện của|đại diện]? {S+}',
      // "Chứng kiến lễ ký có Thượng tướng X và ông Y": who witnessed it, said first.
      '^ [Chứng kiến|Cùng chứng kiến|Dự và chứng kiến|Tham dự và chứng kiến] {T} [còn|cũng]? có ~ {S+}',
      // "Lễ ký có sự chứng kiến của Phó Thủ tướng X": who witnessed it (and signed nothing: see witnessed).
      '{T} ~ [có sự chứng kiến của|dưới sự chứng kiến của] {S+}',
      // "Học viên đến từ Cục Gìn giữ hòa bình Việt Nam, Quân khu 7, …": the bodies a course's trainees came from (the slot of "đến từ").
      '^ Học viên {T} {S+}',
      // "hai Trưởng đoàn đã chứng kiến lễ ký …": who witnesses a ceremony takes part in it (and signs nothing: see witnessed).
      `{S+} ${AUX_VI} [chứng kiến|cùng chứng kiến] {T}`,
      // "Bệnh viện dã chiến cấp 2 số 8 đã hoàn thành khóa huấn luyện …": who completes a course took part in it.
      `{S+} ${AUX_VI} [hoàn thành|hoàn tất] {T}`,
      `{S+} ${AUX_VI} [nhất trí|thống nhất]? [tiến hành|cùng tiến hành|thực hiện|cùng thực hiện|triển khai|cùng triển khai] {T}`,
      // "Việt Nam đã cử hơn 1.000 lượt cán bộ tham gia Phái bộ UNMISS và UNISFA": who sends people to a mission or an exercise takes part.
      `{S+} ${AUX_VI} cử ~ [tham gia|tham dự|làm nhiệm vụ tại] {T+}`,
      // "Việt Nam đã cử 5 đội công binh tới Phái bộ …": who sends people to a mission or an occasion takes part in it.
      `{S+} ${AUX_VI} cử ~ [tới|đến] {T}`,
      '{S} … lên đường làm nhiệm vụ tại {T}',
      // "với 32 học viên đến từ Việt Nam, Lào và Campuchia": who came, after the course.
      // (Each noun with its "đến từ": a rule's words alone end names, and "quân nhân", "học viên" are words of names too.)
      '{T} ~ [học viên đến từ|sĩ quan đến từ|đại biểu đến từ|chuyên gia đến từ|quân nhân đến từ|giảng viên đến từ|binh sĩ đến từ|lực lượng đến từ|đoàn đến từ] {S+}',
      // "Các giảng viên của khóa học đến từ Học viện Cảnh sát nhân dân, …": those who teach a course take part in it.
      '[giảng viên của|học viên của|huấn luyện viên của] {T} [đến từ|là cán bộ của|là sĩ quan của|thuộc] {S+}',
      // "với 32 học viên đến từ 14 nước, trong đó có Lào, Campuchia và Mông Cổ": those named of the count.
      // (Not "nước", "quốc gia" as words: a rule's words end names, and they stand inside names.)
      '{T} ~ [học viên đến từ|sĩ quan đến từ|đại biểu đến từ|chuyên gia đến từ|đoàn đến từ] … , trong đó có {S+}',
      // "Khóa đào tạo diễn ra … với 30 học viên là cán bộ Cục A, Cục B cùng 6 học viên đến từ C": whose officers they are.
      '{T} ~ với … [học viên là cán bộ|học viên là sĩ quan|học viên là cán bộ của|học viên là sĩ quan của] {S+}',
      // "Fiji hiện đóng góp khoảng 500 quân cho Lực lượng … (UNDOF)": who sends troops to a mission takes part in it.
      '{S+} … đóng góp ~ [quân cho|binh sĩ cho|quân nhân cho|sĩ quan cho|chiến sĩ cho] {T}',
      // "Indonesia, Ấn Độ và Italy hiện là những nước đóng góp quân số lớn nhất cho Lực lượng …".
      '{S+} ~ [đóng góp quân số|đóng góp lực lượng|đóng góp binh sĩ] ~ cho {T}',
      // "Khóa đào tạo … dành cho 40 cán bộ Bộ Công an Việt Nam": whom a course is for.
      // (Only "dành cho" as words: a rule's words end names, and "quân nhân", "học viên" are words of names too.)
      '{T} dành cho … {S+}',
      // "… đã đón đoàn đại biểu quân sự của hơn 30 quốc gia, trong đó có Hoa Kỳ, Nga và Israel".
      '{T} ~ [đã đón|vừa đón|thu hút] ~ , trong đó có {S+}',
      // "Đại tướng X đã hội đàm với Bộ trưởng Y", "X hội kiến Y": an event right after its subject is a meeting said by
      // its verb ("hội đàm", "hội kiến", "điện đàm", the "tiếp" of a reception), and both are its sides.
      `{S+} ,? ${AUX_VI} {T} [với]? {S+}`,
      // "Bộ Công an Việt Nam và Cơ quan Cảnh sát quốc gia Hàn Quốc đã hội đàm tại Hà Nội": both sides as the subject.
      // (Only short words after it: a construction's longer words become words that end names and list items.)
      `{S+} ${AUX_VI} [cùng|đã cùng]? {T} [tại|vào|qua|để|về|và|,]`,
      `{S+} ${AUX_VI} [cùng|đã cùng]? {T} $`,
      // "Trung tướng X, Thứ trưởng …, đã có buổi làm việc với ông Y": a meeting one "has" with another.
      `{S+} ,? ${AUX_VI} có {T} với {S+}`,
      // "… đã chủ trì lễ đón và hội đàm với ông Y": the one the talks were with.
      `[chủ trì|đồng chủ trì] ~ và {T} với {S+}`,
      // "… đã chủ trì cuộc hội đàm với ông Y": the one the talks its host chaired were with.
      `[chủ trì|đồng chủ trì] {T} với {S+}`,
      // "Đoàn đại biểu Bộ Quốc phòng Mông Cổ do Thiếu tướng X dẫn đầu đã hội đàm với …": the delegation and its head, then the meeting.
      `{S+} do ~ [dẫn đầu|làm trưởng đoàn] ,? ${AUX_VI} {T} [với]? {S+}`,
      // "Đoàn công tác Bộ Công an do Thượng tướng X, Thứ trưởng, dẫn đầu đã tham dự Hội nghị …": the delegation's body and its
      // head take part; so does "Thượng tướng X dẫn đầu đoàn … tham dự …".
      // ("… dẫn đầu đã có chuyến thăm chính thức Nhật Bản": a visit the delegation "has".)
      `{S+} do ~ [dẫn đầu|làm trưởng đoàn] ,? ${AUX_VI} [tham dự|tham gia|dự|có] {T}`,
      `do {S+} ~ [dẫn đầu|làm trưởng đoàn] ,? ${AUX_VI} [tham dự|tham gia|dự|hội đàm với|làm việc với|hội kiến|có] {T}`,
      `do {S+} ~ [dẫn đầu|làm trưởng đoàn] ,? ${AUX_VI} {T} [với]? {S+}`,
      `{S+} ${AUX_VI} dẫn đầu đoàn ~ [tham dự|tham gia|dự] {T}`,
      // Who spoke at an event took part in it: "Phát biểu tại lễ ký, Thượng tướng X …", "Phát biểu khai mạc hội nghị, ông X …",
      // "Đô đốc X phát biểu bế mạc hội nghị".
      '^ Phát biểu tại {T} , … {S}',
      '^ Phát biểu [khai mạc|bế mạc|khai giảng|bế giảng|chào mừng|chỉ đạo|tổng kết|đề dẫn|kết luận] [tại]? {T} , … {S}',
      '{S+} ,? phát biểu [khai mạc|bế mạc|khai giảng|bế giảng|chào mừng|chỉ đạo|tổng kết|đề dẫn|kết luận] [tại]? {T}',
      // "Dự và phát biểu tại buổi lễ có Thiếu tướng X, …; bà Y, …".
      '^ [Dự và phát biểu|Tham dự và phát biểu] [tại]? {T} [còn|cũng]? có ~ {S+}',
      // "Tham gia chiến dịch có Cục Cảnh sát hình sự và Công an tỉnh Lào Cai", "Dự buổi lễ có …".
      '^ [Tham gia|Tham dự|Dự] {T} [còn|cũng]? có ~ {S+}',
      // "Tham gia có tàu SAR 413, tàu CSB 8003 …": the ships (the words up to "có" stand for the occasion named before).
      '^ [Tham gia|Cùng tham gia] {T} [tàu|các tàu] {S+}',
      // "Tham dự Hội nghị có gần 300 đại biểu là lãnh đạo …, trong đó có A, B và C": those named among them.
      '^ [Tham gia|Tham dự|Dự] {T} [còn|cũng]? có ~~ , trong đó có {S+}',
      // ("Tham gia có hơn 1.500 quân nhân đến từ 24 quốc gia, trong đó có A, B và C": "có" stands for the occasion named before.)
      '^ [Tham gia|Tham dự|Dự] {T} ~~ , trong đó có {S+}',
      // "Hội nghị có sự tham gia của đại biểu … các nước ASEAN và 8 nước đối tác gồm A, B …".
      '{T} [còn|cũng]? có sự tham gia của ~ [gồm|như|là] {S+}',
      // "Các quan sát viên quân sự đến từ Lào, Campuchia và Myanmar cũng theo dõi diễn tập": observers' states watch it.
      'đến từ {S+} [cũng]? [theo dõi|quan sát|dự|tham dự|chứng kiến] {T}',
    ],
    en: [
      '{S+} ~ [took part in|has taken part in|have taken part in|take part in|takes part in|taking part in|participated in|participate in|participates in|participating in|attended|attend|attends|attending|joined|work together in|were represented at|was represented at|were present at|was present at] {T}',
      // "Lieutenant General Vikram Chauhan, …, was the Chief Guest at the valedictory ceremony": the guest of honour attends.
      '{S} [was the Chief Guest at|was the chief guest at|was the Guest of Honour at|was the guest of honour at] [the]? {T}',
      '{T} ~ [involved|was attended by|were attended by] ~ from {S+}',
      // "welcomed the participation of the Nigerian Navy in the multilateral exercise MILAN 2026".
      'participation of [the]? {S+} in {T}',
      // "A delegation of the Royal Armed Forces of Morocco, led by Brigadier General X, …, is on an official visit to …".
      '[delegation of|delegation from|team from|team of] [the]? {S} ~ [is on|was on|are on|were on] {T}',
      'led by {S} ~ [is on|was on|are on|were on] {T}',
      // "The meeting brought together delegations of the UAE Ministry of Defence and the Ministry of Defence of …".
      '{T} [brought together|gathered] [delegations of|delegations from|representatives of|representatives from|officials of|officials from|experts from|participants from]? [the]? {S+}',
      // "… brought together participants from Mediterranean Dialogue partners Egypt, Jordan …": the states, past their group.
      '{T} [brought together|gathered] ~ from ~ [partners|partner countries|member states|members] {S+}',
      '{T} [brought together|gathered] ~ from ~~ , and from ~ [partners|partner countries|member states|members] {S+}',
      // "It was attended by representatives of the mine action authorities of A, B and C, as well as D".
      '{T} [was|were] [also]? attended by ~ of [the]? {S+}',
      // "The Meeting was attended by representatives of ASEAN Member States and ADMM-Plus countries, namely Australia, India, …".
      '{T} [was|were] [also]? attended by ~ , namely {S+}',
      // "The two-week course was attended by 36 women officers from 16 countries, including Armenia, Egypt …".
      '{T} [was|were] [also]? attended by ~ , including [the]? {S+}',
      // ("… attended by 42 officers, including 11 women officers, from 24 countries, among them Viet Nam, Bangladesh …, along with
      // 16 officers of the Indian Army": the states among them, and the body of those along with them.)
      '{T} [was|were] [also]? attended by ~~ , among them [the]? {S+}',
      '{T} [was|were] [also]? attended by ~~ , along with … of [the]? {S}',
      // "The ceremony was also attended by Kiribati's High Commissioner to Australia, Ms X, and …".
      '{T} [was also attended by|were also attended by] [the]? {S+}',
      // "Among those present at the closing briefing at Naval Station X were Colonel A, …, and Commodore B, …".
      '^ Among those present at [the]? {T} ~ [were|was] [the]? {S+}',
      // "Officials of A took part in the workshop, as did experts of UNODC".
      '[took part in|participated in|attended|joined] [the]? {T} , as did … {S+}',
      // "The operation was planned with EAPCCO and the INTERPOL Regional Bureau in Nairobi": those it was prepared with.
      '{T} [was|were] [planned|prepared|organised|organized|coordinated|conducted|carried out] [jointly|together]? with [the]? {S+}',
      // "The signing ceremony was witnessed by Harriet Cole, …, and Pichit Saengthong, …": witnesses attend; they do not sign.
      '{T} ~ [was witnessed by|were witnessed by] [the]? {S+}',
      // "The Meeting opened in Manila on Monday, attended by heads of coast guard agencies from A, B and C".
      '{T} ~ , [attended by|joined by] ~ [from|of] [the]? {S+}',
      // "… at a medal and induction ceremony attended by the Ambassador of Nepal … and by representatives of the UN Truce …".
      '{T} attended by [the]? {S+}',
      '{T} attended by ~ and by [representatives of|officials of|officers of|a delegation of|delegations of]? [the]? {S+}',
      // "Operation Selva Dorada involved police and customs in Brazil, Colombia and Peru".
      '{T} ~ [involved|involving|involves] … [police in|forces in|troops in|officers in|agencies in|authorities in|customs in|personnel in|units in|navies in] {S+}',
      // "… made an introductory visit to Singapore", "paid a courtesy call on …": who made the visit or the call.
      '{S+} ~ [made|paid|makes|pays] [a|an|his|her|their]? {T}',
      // "The two ministers then witnessed a signing ceremony".
      '{S+} ~ [witnessed|witness|witnesses] [a|an|the]? {T}',
      // "… a two-week maritime domain awareness course for 24 officers of the Mauritanian Navy and the Mauritanian Coast Guard".
      '{T} for … [officers of|officers from|personnel of|personnel from|students from|trainees from|trainees of|participants from|members of] [the]? {S+}',
      // "Speakers from Pakistan, Rwanda and Viet Nam stressed … in the open debate".
      '[speakers from|delegates from|delegations from|representatives from|officials from|participants from|observers from] [the]? {S+} ~ [in|at|during|to] [the]? {T}',
      // "Military observers from Laos, Cambodia and Myanmar also watched the exercise".
      '[delegates from|delegations from|representatives from|officials from|observers from] [the]? {S+} [also]? [observed|watched|witnessed|attended|followed] [the]? {T}',
      '{T} ~ [brought together|brings together|bring together|gathered|was attended by|were attended by|and attended by|was joined by|were joined by] … {S+}',
      '{T} ~ with [the]? participation [of|from] … {S+}',
      // "The opening ceremony was held at Port Blair on 12 November in the presence of Rear Admiral X, …".
      '{T} ~ in the presence of [the]? {S+}',
      // ("The handover was conducted by A, …, and accepted by B, …, in the presence of C, …": past who handed and took it.)
      '^ [The]? {T} [was|were] … , in the presence of [the]? {S+}',
      // "It was opened on 21 May by Mr X, …": who opened or closed the occasion took part in it ("It" stands for it).
      '{T} [was|were] [opened|officially opened|formally opened|closed|officially closed|formally closed|declared open] … by [the]? {S+}',
      '{T} ~ [conducted by|carried out by|held by] … {S+}',
      '{S+} held … {T}',
      // "will hold the Golden Dragon-2026 joint exercise", "began the Salaknib Dagat exercise" (not "opened fire during the … exercise").
      '{S+} [hold|holds|will hold|began|begin|begins|launched|kicked off|opened] [the|a|an|their|its]? {T}',
      // "The Philippine Navy and the JMSDF concluded on Sunday a three-day Maritime Cooperative Activity": those who ended it held it.
      // (Not past a name: "concluded Exercise Sahayog Sagar on 27 March, the first field exercise held under the Quad Partnership".)
      '{S+} [concluded|wrapped up|completed] [the|their|its]? {T}',
      // "X hosted the Japan–Italy–UK Defence Ministers' Meeting in Tokyo with UK Secretary of State for Defence A and …": the
      // guests a host held it with.
      '[hosted|convened] [the|a]? {T} ~ with [the]? {S+}',
      // "… hosted Japanese Minister of Defense A and Republic of Korea Minister B at the Pentagon today for the fourth … Meeting": the guests.
      '[hosted|hosts|welcomed|received] {S+} ~ for [the|a|an]? [inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual]? {T}',
      // "PP26 brought the hospital ship USNS Mercy together with personnel from the Japan Maritime Self-Defense Force, …".
      '{T} ~ [brought|brings|will bring] ~ together with [personnel|troops|teams|sailors|ships|units|experts|staff] from [the]? {S+}',
      // "… concluded the 31st edition of the Singapore-India Maritime Bilateral Exercise": which time it was held, before its name.
      '{S+} [concluded|wrapped up|completed|conducted|held|began|opened|kicked off|took part in|participated in|joined] the ~ [edition|iteration|round|instalment|installment] of [the]? {T}',
      '{S+} [concluded|wrapped up|completed] … [a|an] … {T}',
      // "Choi held a phone call on Tuesday with his Australian counterpart, … Helen Carmody": both take part.
      '{S+} [held|holds|hold] … {T} ~ with … {S+}',
      // "the minister held talks with UAE Minister … Al Mazrouei": whom talks were held with, whoever held them.
      '[held|holds|hold|holding] [a|an|the]? {T} ~ with … {S+}',
      // "X paid a courtesy call on Y": both sides of the call (not "a port call to Cam Ranh", a place).
      '{S+} [paid|pays|pay|paying] … {T} on … {S+}',
      '{S+} … [conducted|conduct|carried out] … {T}',
      '{S+} ~ [met|gathered] ~ for … {T}',
      // "Australia took part in NATO exercises such as Locked Shields, …": the exercises named after "such as".
      '{S+} [took part in|takes part in|participated in|participates in|has taken part in|joined|has joined] ~ such as [the]? {T+}',
      // Who spoke at an event took part in it: "X addressed the debate", "telling the Shangri-La Dialogue", "Speaking at the forum, X said".
      '{S} ,? [who|which]? [also]? [addressed|addresses|told|telling|spoke at|speaking at] {T}',
      '[Speaking at|Addressing|Speaking to] {T} , ~ {S}',
      // "Opening the Meeting, Mr Le Hoai Nam, Director-General …": who opened or closed it took part.
      '^ [Opening|Closing] [the]? {T} , ~ {S}',
      '{S} ,? … [delivered|gave|made] [the|a]? [opening|closing|welcoming|welcome|keynote] [remarks|address|speech|statement] [at|to] [the]? {T}',
      // Forces sent to a mission or an exercise take part in it: "Bangladesh has deployed an engineering company to UNMISS".
      '{S+} … [deployed|deploys|deploy|will deploy|has deployed|sent|sends|will send|dispatched|dispatches|contributed|contributes] ~ to [the]? {T+}',
      '{S+} … [serving with|serve with|serves with|served with|serving in|serves in|served in|deployed with] [the]? {T}',
      // "Among the delegations attending the three-day forum are those of the United States, Japan …".
      '^ Among … [attending|participating in|taking part in] [the]? ~ {T} [are|were|was|is] [those of]? [the]? {S+}',
      // "a UN Staff Officers Course for 30 participants from Viet Nam, Laos and Cambodia", "… with Japan and France sending
      // observers", "took part in the drill alongside the Royal Thai Navy".
      // ("… Exercise Komodo, hosted by the Indonesian Navy, alongside ships from Malaysia, the Philippines and Viet Nam".)
      // "Taking part in the drill were … from four Mekong countries – Cambodia, Lao PDR …", "… were the Royal Thai Navy, …".
      '^ [Taking part|Participating] in [the]? {T} [were|are|was|is] ~~ – {S+}',
      '^ [Taking part|Participating] in [the]? {T} [were|are|was|is] ~~ , [among them|including] [the]? {S+}',
      '^ [Taking part|Participating] in [the]? {T} [were|are|was|is] [the]? {S+}',
      '{T} ~ [officers from|delegates from|trainees from|students from|personnel from|delegations from|troops from|soldiers from|sailors from|experts from|instructors from|speakers from|police from|teams from|observers from|representatives from|ships from|aircraft from|units from|contingents from] [the]? {S+}',
      // "About 600 troops from Tonga, New Zealand, France and Fiji wrapped up Exercise Coral Lantern": who, before what they did.
      '[troops from|soldiers from|sailors from|officers from|personnel from|delegates from|participants from|teams from|experts from|police officers from|responders from|ships from|patrol boats from|vessels from|aircraft from|contingents from|units from] [the]? {S+} ~ [took part in|participated in|attended|joined|wrapped up|completed|concluded|began|conducted|are taking part in|will take part in] [the|a|an|this|their]? {T}',
      // "Troops from Uganda, Ethiopia and Kenya currently serve in AUSSOM": those who serve in a mission take part in it.
      '[troops from|soldiers from|personnel from|police from|contingents from|units from|officers from|peacekeepers from] [the]? {S+} ~ [serve in|serve with|are serving in|are serving with|served in|served with|have served in|have served with|are deployed in|are deployed with|were deployed to|are deployed to] [the]? {T}',
      // "Pilots from the Philippines and the United States practised close air support … during Exercise Cope Thunder".
      '[troops from|soldiers from|sailors from|marines from|pilots from|aircrews from|crews from|personnel from|teams from|units from|ships from|aircraft from] [the]? {S+} ~ during [the|a|an]? {T}',
      // "The French frigate FS Prairial joined the Philippine Navy and the Royal Australian Navy for a … Activity": all three.
      '{S} … joined [the]? {S+} [for|in] [a|an|the]? {T}',
      // "personnel from 21 nations, including Japan, South Korea and India, are taking part in the … exercise".
      '[troops from|soldiers from|sailors from|officers from|personnel from|delegates from|participants from|teams from|experts from] … , including {S+} , ~ [took part in|participated in|attended|joined|are taking part in|will take part in|are participating in] ~ {T}',
      // "participants" is itself the event's reference ("30 participants from Viet Nam, Laos and Cambodia").
      '{T} from [the]? {S+}',
      '{T} ~ with {S+} [sending|sent] [observers|troops|personnel|ships|vessels|aircraft|delegations|a delegation]',
      // "… attended the ceremony together with representatives of the embassies of Germany and France".
      '[took part in|participated in|joined|attended] [the]? {T} ~ [alongside|together with|along with] [representatives of|representatives from|officials from|officials of|delegates from|officers from]? [the]? [embassies of|embassy of]? [the]? {S+}',
      // "HMS Spey, an offshore patrol vessel of the Royal Navy, arrived at Tien Sa port in Da Nang on Monday for a five-day visit".
      '{S+} ~ [arrived at|arrived in|docked at|berthed at|arrives at|arrives in|will arrive at|will arrive in] ~ for [a|an|the]? {T}',
      // "At the opening ceremony, the United States was represented by Ambassador Robert Godec.": the state and its envoy.
      '^ [At|During] [the]? {T} , [the]? {S} [was|were] represented by {S}',
      // "the Royal Malaysian Navy and the Royal Navy had operated together during Exercise Bersama Lima".
      '{S+} [had|have|has]? [operated together|trained together|exercised together|sailed together|worked together] [during|in] [the]? {T}',
      // "Participants came from Bangladesh, Bhutan …": "participants" are the article's event's.
      '{T} [came from|come from|were drawn from|were from|included officials from|included representatives of] … {S+}',
      // "Participants included the Cambodian Mine Action … Authority (CMAA), the Thailand Mine Action Center …", "The exercise
      // included teams from Japan and Korea".
      '{T} [included|includes|include|involved|involves] [representatives of|representatives from|officials from|delegations from|teams from|officers from]? [the|a|an]? {S+}',
    ],
  },
  {
    // "Trong chuyến công tác tại Campuchia, Thượng tướng X đã …", "Trong khuôn khổ Hội nghị ADMM+, Đại tướng X đã gặp …": the
    // subject of what was done during an occasion took part in it (an occasion only: "Trong khuôn khổ Quan hệ Đối tác …" is
    // a partnership's frame, which no one attends).
    id: 'participates_in/during',
    predicate: 'participates_in',
    words: 'trong, trong khuôn khổ',
    sources: ['actor'],
    targets: ['event'],
    score: 0.7,
    vi: ['^ [Trong|Trong khuôn khổ] {T} , {S}', '^ [Trong|Trong khuôn khổ] {T} [tại|ở|tới|đến] ~ , {S}'],
    en: [],
  },
  {
    // "Đội Công binh số 4 của Việt Nam sẽ được triển khai tới Phái bộ …", "12 sĩ quan đang làm nhiệm vụ tại Phái bộ MINUSCA":
    // who serves in a mission takes part in it (the unit, not the state it belongs to).
    id: 'participates_in/deployed',
    predicate: 'participates_in',
    words: 'được triển khai tới, làm nhiệm vụ tại / deployed to',
    sources: ['actor'],
    targets: ['event'],
    score: 0.7,
    sourceNotAfterPreposition: true,
    vi: [`{S} ~ ${AUX_VI} [được triển khai tới|được triển khai đến|làm nhiệm vụ tại|thực hiện nhiệm vụ tại] {T}`],
    en: [],
  },
  {
    // "Officers of the Royal Australian Navy also took part.", "Đại diện Đại sứ quán Nhật Bản cũng tham dự.": who attended,
    // said after the occasion was named, with nothing after the verb.
    id: 'participates_in/also-attended',
    predicate: 'participates_in',
    words: 'cũng tham dự, phía … có / also attended, took part, troops from, welcomed by',
    sources: ['actor'],
    targets: ['event'],
    score: 0.7,
    lastEvent: true,
    vi: [
      '{S+} ~ [cũng|cùng]? [tham dự|có mặt|cùng tham dự|tham gia|dự] $',
      // "Phát biểu khai mạc, Thiếu tướng X, Cục trưởng …, cho biết …", "Trung tướng X, Giám đốc Học viện, phát biểu khai mạc;
      // ông Y cùng dự.": who opened or closed the occasion named before took part in it.
      '^ Phát biểu [khai mạc|bế mạc|khai giảng|bế giảng|chào mừng|chỉ đạo|tổng kết|đề dẫn|kết luận] , … {S}',
      '{S+} ,? phát biểu [khai mạc|bế mạc|khai giảng|bế giảng|chào mừng|chỉ đạo|tổng kết|đề dẫn|kết luận] $',
      '{S+} ,? phát biểu [khai mạc|bế mạc|khai giảng|bế giảng|chào mừng|chỉ đạo|tổng kết|đề dẫn|kết luận] ;',
      '{S+} ,? phát biểu [khai mạc|bế mạc|khai giảng|bế giảng|chào mừng|chỉ đạo|tổng kết|đề dẫn|kết luận] ,',
      // "Công an tỉnh Hà Tĩnh và Hội Chữ thập đỏ tỉnh cũng cử lực lượng tham gia.": those who sent people took part.
      '{S+} [cũng|cùng]? cử [lực lượng|cán bộ|đại diện|đoàn|lực lượng, phương tiện]? [tham gia|tham dự] $',
      // "Nhật Bản, Hàn Quốc và OCHA cử quan sát viên": those who sent observers.
      '{S+} [cũng|cùng]? cử quan sát viên',
      // "Lực lượng Phòng vệ Biển Nhật Bản tham gia với tàu JS Chiyoda": who took part, with the ship it sent.
      '{S} [cũng]? tham gia với [tàu|tàu ngầm|tàu hộ vệ|tàu khu trục|tàu tuần tra|tàu cứu hộ]? {S}',
      '{S} [cũng]? tham gia với',
      // "Phía Hoa Kỳ có ông Mark Feldman, Đại sứ Hoa Kỳ tại Việt Nam, và Trung tá Karen Whitley.": who came for one side.
      '^ [Phía|Về phía] ~ có [đại diện|lãnh đạo]? {S+}',
      // "Khóa huấn luyện do … tổ chức, với 28 học viên đến từ 12 quốc gia thành viên Công ước, trong đó có Campuchia, Lào …": those
      // named of the course's count, the course the sentence opened with.
      ', với … [học viên đến từ|sĩ quan đến từ|đại biểu đến từ|chuyên gia đến từ] ~ , trong đó có {S+}',
      // "Tham dự hội đàm có …; phía Nhật Bản có đại diện A và B": the other side's, after a semicolon.
      '; [phía|về phía] ~ có [đại diện|lãnh đạo]? {S+}',
      // "Tham gia đoàn có Thiếu tướng X, …; đại diện Cục Y": who went with the delegation took part in its visit.
      '^ [Tham gia đoàn|Tham gia đoàn công tác|Thành phần đoàn|Cùng đi trong đoàn|Cùng đi với đoàn] [còn|cũng]? [có|gồm] ~ {S+}',
      // "tàu INS Shakti và INS Kadmatt … đã cập Cảng Quốc tế Cam Ranh, bắt đầu chuyến thăm Việt Nam": the ships make the visit.
      '{S+} thuộc ~ đã [cập|cập cảng|đến] ~ , bắt đầu {T}',
      '{S+} đã [cập|cập cảng|đến] ~ , bắt đầu {T}',
      // "Dẫn đầu đoàn là Chuẩn Đô đốc Rajiv Menon": who leads the delegation of the visit named before takes part in it;
      // "Đại diện Ấn Độ, Hàn Quốc và Viện Y học dự phòng Quân đội đã trình bày tham luận": who spoke at the meeting.
      '^ Dẫn đầu đoàn là {S}',
      '^ {S+} ~ [trình bày tham luận|trình bày báo cáo|phát biểu tham luận]',
      // "Học viên là 36 bác sĩ của Bệnh viện dã chiến cấp 2 số 8", "Lực lượng tham gia phía Việt Nam gồm tàu 016 thuộc Vùng 1
      // Hải quân": the body those who took part come from.
      '^ [Học viên|Học viên tham gia|Thành phần tham gia|Lực lượng tham gia] ~ [là|gồm|có] … [của|thuộc] {S+}',
      // "Lực lượng tham gia gồm hơn 400 cán bộ, chiến sĩ với 12 tàu …, đến từ A, B và C": where they come from.
      '^ [Thành phần tham gia|Lực lượng tham gia|Lực lượng tham gia diễn tập] ~ ~ đến từ {S+}',
      // "Đội ngũ giảng viên gồm các chuyên gia của A, B và C": those who teach the course named before.
      '^ [Đội ngũ giảng viên|Giảng viên|Các giảng viên|Đội ngũ huấn luyện viên|Huấn luyện viên|Đoàn giảng viên|Đoàn chuyên gia] [gồm|là|đến từ] … [của|thuộc|đến từ]? {S+}',
      // "Đoàn giảng viên gồm 12 bác sĩ thuộc … do Đại tá Arvind Sharma dẫn đầu": who leads those who teach it.
      '^ [Đoàn giảng viên|Đoàn chuyên gia] ~ do {S} ,? ~ ,? [làm trưởng đoàn|dẫn đầu]',
      // "Đại diện Ban Thư ký ASEAN tham dự với tư cách quan sát viên": an observer takes part.
      '{S+} ~ [cũng|cùng]? [tham dự|dự|tham gia] với tư cách [quan sát viên|khách mời]',
      // "…; thành viên đoàn gồm lãnh đạo A và B": those on the delegation.
      '[thành viên đoàn|thành phần đoàn|các thành viên đoàn] [gồm|có|là] [lãnh đạo|đại diện|đại diện lãnh đạo]? {S+}',
      // "…; cùng dự có đại diện A, B và C", "Cùng dự có … và các đối tác đối thoại như A, B và C".
      '; [cùng dự có|cùng tham dự có|tham dự còn có|dự còn có] [đại diện|lãnh đạo|đại diện lãnh đạo]? {S+}',
      // "Tham dự có bà X, …", "Dự khai giảng có bà Y", "Dự lễ khai mạc có …": who attended the occasion named before.
      '^ [Tham dự|Cùng dự|Cùng tham dự] [còn|cũng]? có [đại diện|lãnh đạo]? {S+}',
      // "Trưởng đoàn các nước có Đô đốc X, …; Phó Đô đốc Y, … và đại diện Z": the heads of the delegations who came.
      '^ [Trưởng đoàn các nước|Các trưởng đoàn|Trưởng đoàn các bên] [có|gồm|là] {S+}',
      '^ [Dự|Tham dự] [khai giảng|khai mạc|bế giảng|bế mạc|lễ khai giảng|lễ khai mạc|lễ bế giảng|lễ bế mạc] [còn|cũng]? có [đại diện|lãnh đạo]? {S+}',
      // "…, đại diện hơn 20 doanh nghiệp …, trong đó có A, B và C"; "Lực lượng tham gia gồm 9 tàu …, trong đó có tàu 9001 của …".
      '^ [Tham dự|Cùng dự|Tham gia|Lực lượng tham gia|Thành phần tham gia] [còn|cũng]? [có|gồm] ~~ , trong đó có [tàu]? {S+}',
      // "Tham gia tuần tra có 24 cán bộ, chiến sĩ của A và B": whose people took part.
      // (Not "Tham gia khóa học": folded, it is also "khoa học", science; the course named before is read by "Tham gia {T} có …".)
      '^ [Tham gia tuần tra|Tham gia diễn tập|Tham gia huấn luyện|Tham gia khóa huấn luyện|Tham gia khóa tập huấn] có ~ [của|đến từ|thuộc] {S+}',
      // "Đoàn Cảnh sát Hoàng gia Thái Lan do Tướng X, …, làm trưởng đoàn.": the body whose delegation came, and its head.
      // (Not "Đoàn do Đại tá X, Thuyền trưởng tàu Esmeralda, dẫn đầu": a ship's visit, whose captain a reader does not mark.)
      '^ Đoàn [đại biểu|công tác]? {S} do {S} ,? ~ ,? [làm trưởng đoàn|dẫn đầu]',
      // "Các đoàn đối thoại và quan sát viên gồm A, B …", "Quan sát viên của A và B theo dõi diễn tập …".
      '^ [Các đoàn đối thoại và quan sát viên|Các đoàn đối thoại|Các đoàn quan sát viên|Các quan sát viên|Quan sát viên] [gồm|là|có] {S+}',
      '^ [Quan sát viên|Các quan sát viên] [của|đến từ] {S+}',
      // "tàu khu trục INS Delhi và tàu hộ vệ INS Kiltan thuộc Hạm đội …, cập Cảng …, bắt đầu chuyến thăm …".
      '{S+} thuộc ~ [cập|cập cảng] ~ , bắt đầu {T}',
    ],
    en: [
      '{S+} ~ [also|too]? [attended|took part|participated|were present|was present|attended as observers|attended as an observer|took part as observers|took part as an observer|participated as observers|participated as an observer] $',
      // "Delegations from all ASEAN Member States and the ASEAN Secretariat attended, with Timor-Leste taking part for the first
      // time": with no object, the verb's comma ends the clause; and who took part after ", with".
      '{S+} ~ [also|too]? [attended|took part|participated] ,',
      // "The Meeting was co-chaired by A, B and C. The co-chairs were represented by Mr X, …; Ms Y, …; and Mr Z, …": those who
      // stood for the co-chairs at the occasion named before; "Presentations were delivered by experts from Japan, India and …".
      '^ The [co-chairs|chairs|co-hosts|hosts] [were|was] represented by {S+}',
      '^ [Presentations|Briefings|Presentations and briefings] [were|was] [delivered|given|made] by ~ from [the]? {S+}',
      ', with {S+} [taking part|participating|attending|joining]',
      // "The harbour phase began on Monday with the arrival of HMAS Stuart and HMAS Arunta of the Royal Australian Navy, INS
      // Sahyadri of the Indian Navy …": the ships that arrive take part in the occasion named before.
      'with the arrival of {S+}',
      // "Taking part were some 2,500 personnel … from the five FPDA member countries – Australia, Malaysia …", "Taking part were
      // representatives of the signatory countries …, among them Angola, Burundi …": the states named after who they are.
      '^ [Taking part|Participating] [were|are|was|is] ~~ – {S+}',
      '^ [Taking part|Participating] [were|are|was|is] ~~ , [among them|including] [the]? {S+}',
      '^ [Taking part|Participating] in … [were|are|was|is] ~~ – {S+}',
      // "… also attended, as did members of the diplomatic corps, including the Ambassador of France …, Mr Laurent Picard".
      '[attended|took part|participated] , as did … {S+}',
      '[attended|took part|participated] , as did … , including [the]? {S+}',
      // "The Kenyan delegation included the Commander of the Kenya Navy, …, senior officers of the Kenya Defence Forces and …".
      '^ The ~ [delegation|side] [included|includes|comprised|also included] [the]? {S+}',
      // "The Indian side was joined by officials of the Ministry of Defence of India and the National Security Council Secretariat".
      '^ The ~ [delegation|side] [was joined by|were joined by] [officials of|officials from|representatives of|officers of|senior officials of]? [the]? {S+}',
      // "He was accompanied by the Commander of the Royal Brunei Armed Forces, Major General …": who went with the visitor.
      '^ {S} [was|were] accompanied by [the]? {S+}',
      '^ The ~ [delegation|side] [included|includes|comprised|also included] ~ , [senior officers of|officers of|representatives of|officials of|members of|the management of] [the]? {S+}',
      // "The EU delegation included representatives of the EU Military Staff, …", "The Indonesian side comprised officials from …".
      '^ The ~ [delegation|side] [included|includes|comprised|also included] [representatives of|representatives from|officials of|officials from|officers of|officers from|members of|senior officials of|senior officials from|senior officers of|staff of|staff from] [the]? {S+}',
      // "The Saudi delegation, which included officials of the Ministry of Defence and the Royal Saudi Navy, …".
      '^ The ~ [delegation|side] , [which|that] [included|includes|comprised] [representatives of|representatives from|officials of|officials from|officers of|officers from|members of|senior officials of|senior officials from|senior officers of]? [the]? {S+}',
      // "It brought together 46 officers from 19 African Union Member States, among them Egypt, Kenya, Nigeria and Ghana".
      '[brought together|gathered] ~ , [among them|including] {S+}',
      // "Officers of the Egyptian Armed Forces and the Kenya Defence Forces formed the largest groups".
      // (What they formed is the course's groups: "… formed a joint task force last year" is something else they did.)
      '^ [Officers|Personnel|Delegates|Participants|Troops|Trainees] [of|from] [the]? {S+} formed the [largest|biggest|two largest|three largest] [group|groups|contingent|contingents|delegation|delegations]',
      // "The opening was addressed by Major General X, …; Ambassador Y, …; and Mr Z, …".
      '^ The [opening|opening session|opening ceremony|closing ceremony|closing session] [was|were] [addressed|attended] by [the]? {S+}',
      // "Minehunters and divers from A, B and C this week completed Exercise X": those whose forces completed it.
      '^ ~ [Minehunters|Ships|Vessels|Troops|Forces|Personnel|Units|Teams|Aircraft|Divers|Sailors|Marines|Soldiers|Officers|Specialists|Experts|Warships] ~ [from|of] [the]? {S+} … [completed|concluded|began|started|launched|took part in|joined] {T}',
      // "Observers from the Royal Navy attended the final phase"; "Canada and Japan sent observers".
      // (Not "… attended the final planning conference in May", another occasion; nor "Neither A nor B sent observers",
      // "Last year, A and B sent observers": the sentence opens with those who sent them.)
      '^ [Observers|Representatives|Delegates|Officers|Experts|Specialists] [from|of] [the]? {S+} [attended|observed|joined|took part in] the [final phase|opening phase|final stage|exercise|drills|final day|opening|opening ceremony|closing ceremony]',
      '^ [Observers|Representatives|Delegates|Officers|Experts|Specialists] [from|of] [the]? {S+} [attended|took part] $',
      // "Observers from Timor-Leste, Papua New Guinea and Fiji are also attending"; "Delegates from A and B presented national briefings".
      '^ [Observers|Representatives|Delegates|Officers|Experts|Specialists] [from|of] [the]? {S+} [is|are|were|was]? [also]? [attending|taking part|participating|observing|presented|delivered|gave]',
      // "Participating navies include the Japan Maritime Self-Defense Force, the Republic of Korea Navy and …".
      '^ Participating [navies|countries|nations|forces|units|states|ships|militaries|armies|agencies|delegations] [include|included|are|were|comprise|comprised] [the]? {S+}',
      '^ {S+} [sent|dispatched] [observers|an observer|a delegation|delegations|liaison officers] $',
      // "HNLMS Vlissingen … took part alongside its Belgian sister ship BNS Oostende".
      'took part alongside [its|the]? ~ {S}',
      // "The EU side was joined by the Ambassador of the European Union to Kenya, Mr X, the EU Military Staff and …".
      '^ The ~ [side|delegation] [was|were] [also]? joined by [the]? {S+}',
      // "Brazil was represented by officers of the Brazilian Navy …".
      '[was|were] represented by [officers of|representatives of|officials of|members of|a delegation of|a delegation from] [the]? {S+}',
      // "Instruction was delivered by medical officers from A and B, together with trainers from C".
      '^ [Instruction|Training|Teaching|Lectures|Instruction and training] [was|were] [delivered|given|provided|conducted] by [medical officers|officers|instructors|trainers|experts|specialists|staff]? [from|of] [the]? {S+}',
      ', together with [trainers|experts|instructors|specialists|officers|representatives] [from|of] [the]? {S+}',
      // "INS Karmuk, a corvette of …, participated alongside HTMS Kraburi of the Royal Thai Navy".
      '{S} ~ [participated|took part] alongside [the]? {S+}',
      // "Delegations from A and B took part, as did officials of C and D": both lists ("took part as observers, as did …").
      '{S+} ~ [also|too]? [attended|took part|participated|were present] [as observers|as an observer]? , as did … {S+}',
      // "The Secretary-General of ASEAN, H.E. Tran Hoang Minh, was also in attendance."
      '{S+} ~ [was|were] [also]? [in attendance|present at the meeting|present at the ceremony] $',
      // "Cambodia, a state party since 1999, told delegates …": who spoke to the occasion named before took part in it.
      '{S+} ~ [also]? [told delegates|told participants|briefed delegates|briefed participants]',
      // "The Council was briefed by Mr. X, Under-Secretary-General …, and by Major General Y, …".
      '[was|were] briefed by [the]? {S+}',
      '[was|were] briefed by ~ , and by [the]? {S}',
      // "Speaking for Viet Nam, Ambassador X, Permanent Representative …, said …": the state and its speaker.
      '^ [Speaking for|Speaking on behalf of] [the]? {S} , ~? {S}',
      // "Lucia Ferraz, Executive Director of the UNODC, briefed the Council.": who briefs a council's meeting takes part in it.
      '{S+} ~ [also]? [briefed|addressed] [the]? {S} $',
      '{S} ~ [also]? [briefed|addressed] [the]? {S} [on|about] … $',
      // "The African Union, represented by its Commissioner for …, Bankole Adeyemi, called for …": the body its envoy speaks for.
      '^ [the]? {S} , represented by ~ {S} ,',
      // "Representatives of A and B attended, alongside C.", "Participating units included A; B; and C."
      // "Patrol boats from Fiji, Tonga and Samoa took part, alongside aircraft from the Royal Australian Air Force, …".
      '{S+} ~ [also]? [attended|took part|participated] , [alongside|along with|together with] [observers from|delegations from|representatives of|representatives from|officials from|officers from|aircraft from|ships from|vessels from|forces from|troops from|personnel from]? [the]? {S+}',
      // "Lieutenant General Mark Evans delivered the opening remarks.": who opened or closed the occasion took part in it.
      '{S} ,? … [delivered|gave|made] [the|a]? [opening|closing|welcoming|welcome|keynote] [remarks|address|speech|statement] $',
      // "Admiral X, Commander of …, and the Ambassador of Japan to Mongolia, Mr. Y, delivered remarks.": each speaker.
      '{S+} ,? [also]? [delivered|gave] remarks $',
      // "Instructors are drawn from A, B and C": those who teach a course take part in it.
      '^ [Instructors|Trainers|Lecturers|The instructors|The trainers] [are|were|will be] [drawn from|provided by|from] [the]? {S+}',
      '^ [Instructors|Trainers|Lecturers|The instructors|The trainers] [came from|come from] [the]? {S+}',
      // "… officiated at the opening ceremony, joined by Rear Admiral X, Commander of …".
      '[officiated|presided] ~ , joined by [the]? {S+}',
      // "Heads of the 10 delegations, including A, …, and B, …, signed …": each delegation's head named took part.
      '^ [Heads of|The heads of|Leaders of|The leaders of] ~ [delegations|delegation] , including [the]? {S+}',
      '^ [Participating units included|Participating ships included|Participating forces included|Participants included|Participating navies included|Participating countries included|Participating states included] {S+}',
      // "Thirty officers from Cambodia, Indonesia and Laos are taking part.", "Officers from the JMSDF and the US Navy's Seventh
      // Fleet are attending as observers.": where they come from, with nothing after the verb.
      '[officers from|troops from|personnel from|delegates from|delegations from|participants from|officials from|observers from|students from|trainees from|teams from] [the]? {S+} [are|were]? [taking part|participating|attending|attending as observers|took part|participated|attended|attended as observers] $',
      // "Taking part are KDB Darulaman; ROKS Yulgok Yi I; HMAS Warramunga …".
      '^ [Taking part are|Taking part were|Participating are|Participating were|Attending are|Attending were|Taking part in the exercise are|Taking part in the exercise were] [the]? {S+}',
      // "X attended as an observer, as did officials from Europol, …, and Japan's National Police Agency."
      ', as did [officials from|representatives of|representatives from|delegates from|officers from|delegations from]? [the]? {S+}',
      '{S+} ~ [attended|took part|participated] [as an observer|as observers]? , as did',
      // "Speaking after the vote, Laura Whitman, Deputy Permanent Representative of the United States, …, said …".
      '^ [Speaking after|Speaking before|Speaking during|Speaking at the end of] … , {S}',
      // "Some 1,200 personnel from 24 countries are taking part, including Viet Nam, Indonesia and Fiji."
      '[are taking part|were taking part|took part|are participating|participated|take part] , [including|among them] [the]? {S+}',
      // "Among the participating agencies were A, B and C", "Also participating were X, office, and Y".
      '^ Among the [participating|attending|participants|participants were] ~ [were|are|was|is]? [the]? {S+}',
      '^ Also [participating|attending|present|taking part|in attendance] [were|was|are|is] [the]? {S+}',
      // "Among those present were representatives of A (TNI), B and C, as well as D", "Also present were representatives of …".
      '^ [Among those present|Among those attending|Also present|Also attending|Present|Attending] [were|was] [representatives of|representatives from|officials of|officials from|delegates from|delegations from|members of|senior officials of]? [the]? {S+}',
      // "They were joined by the Chief of the Royal Malaysian Navy, …": whom the chairs named before were joined by.
      // (Not "They were joined by Brunei in condemning the attack": a list that ends the sentence or its clause.)
      '^ [They|He|She|The co-chairs|The two ministers|The ministers] [were|was] [also]? joined by [the]? {S+} $',
      '^ [They|He|She|The co-chairs|The two ministers|The ministers] [were|was] [also]? joined by [the]? {S+} ,',
      // ("… joined by Ambassador X, Head of the EU Delegation | to Mauritius and Seychelles.": the rest of the office's name.)
      '^ [They|He|She|The co-chairs|The two ministers|The ministers] [were|was] [also]? joined by [the]? {S+} [to|for|at|of] ~ $',
      // "… while the EU was represented by Ms Annika Berg, Director for Asia …": who came for a side.
      // (Not "In a separate case at The Hague, the Philippines was represented by Paul Reichler, a Washington lawyer".)
      '^ [the]? {S} [was|were] represented [at the meeting|at the talks]? by {S}',
      ', while [the]? {S} [was|were] represented [at the meeting|at the talks]? by {S}',
      "^ The ~ [side|delegation] [was|is] [headed by|led by] {S}",
      // "The Philippine side was represented by the frigate BRP Miguel Malvar and an AW159 helicopter of the Naval Air Wing".
      '^ The ~ [side|delegation] [was|is|were] represented by [the]? … {S+}',
      // "… while the destroyer JS Takanami took part for Japan": the state a ship or a unit took part for.
      '{S} [took part|participated] for',
      '[took part|participated|was represented] for [the]? {S} $',
      '[took part|participated|was represented] for [the]? {S} [,|;|and]',
      // "Speaking after the vote were the representatives of Somalia, the United Kingdom and Denmark".
      '^ [Speaking after the vote|Speaking before the vote|Speaking after the adoption|Speaking in the debate|Also speaking] [were|was] [the]? [representatives of|representative of|delegates of|ministers of]? [the]? {S+}',
      // "AFRIPOL, the African Union's mechanism for police cooperation, also took part, bringing in investigators from …".
      '{S+} ~ [also]? [took part|participated|attended] , [bringing|sending|contributing|providing|deploying]',
      // "Viet Nam's delegation was led by Major General Vu Hai Nam, …": the state and the head of its delegation took part.
      "^ {S} 's delegation [was led by|is led by|was headed by|is headed by] {S}",
      '^ The {S} delegation [was led by|is led by|was headed by|is headed by] {S}',
      // "Cobra Gold 2028 … opened on Tuesday …, with some 8,500 troops from Indonesia, Japan and Malaysia joining the two hosts".
      ', with [some|about|around|nearly|over|more than]? … [troops from|soldiers from|sailors from|personnel from|forces from|ships from|contingents from] [the]? {S+}',
      // "… due to take part in the exercise Bersama Lima alongside forces from Australia, Malaysia and Singapore."
      '[alongside|along with|together with] [forces from|troops from|ships from|navies from|personnel from|contingents from|delegations from] [the]? {S+}',
      // "… about 20 other countries, including Viet Nam and the Philippines, have sent observers."
      '[including|among them] [the]? {S+} , [have|has|also]? [sent|send|will send] [observers|troops|personnel|delegations]',
      // "China, India and Australia are contributing personnel to the humanitarian civic assistance programme".
      '{S+} [are|is|have been|has been|were|was]? [contributing|contributed|contribute|will contribute|sending|will send] [personnel|troops|forces|ships|aircraft|observers|contingents|medical teams] ~? $',
      '{S+} [are|is|have been|has been|were|was]? [contributing|contributed|contribute|will contribute|sending|will send] [personnel|troops|forces|ships|aircraft|observers|contingents|medical teams] to the … [programme|program|component|drills|activities|phase|exercise]',
      // "Instructors from France, Italy and Spain led the sessions.": those who came to teach at the occasion named before.
      '^ [Instructors from|Trainers from|Experts from|Observers from] [the]? {S+} ~ [led|conducted|delivered|ran|taught|observed]',
      // "Specialists from A and B analysed seized phones on site", "Observers from the Royal Australian Navy were embarked on both
      // ships": people sent to the occasion named before, by what they did there.
      '^ [Specialists from|Experts from|Observers from|Investigators from|Analysts from|Officers from|Teams from|Medical teams from|Engineers from|Divers from|Liaison officers from] [the]? {S+} [also]? [analysed|analyzed|examined|inspected|assisted|helped|supported|monitored|were embarked|embarked|boarded|worked|trained|joined|accompanied|took part|participated|provided|shared|demonstrated|carried out|staffed|were on board|were present]',
      // "… was welcomed by officers of Naval Region 3 … and by representatives of the Da Nang People's Committee": those who
      // came to welcome, not whoever welcomed a decision.
      '[was|were] [welcomed by|greeted by] [officers of|officials of|representatives of|a delegation of|a delegation from] [the]? {S+}',
      '[was|were] [welcomed by|greeted by] ~ and by [officers of|officials of|representatives of] [the]? {S+}',
    ],
  },
  {
    // An event's sides, not a partnership's: "the strategic partnership between A and B" has parties (party_to).
    id: 'participates_in/giua',
    predicate: 'participates_in',
    words: 'giữa … và … / between … and …',
    sources: ['actor'],
    targets: ['event'],
    score: 0.75,
    vi: ['{T} giữa {S+}'],
    en: ['{T} between {S+}'],
  },
  {
    id: 'participates_in/cua',
    predicate: 'participates_in',
    words: 'chuyến thăm … của / a visit by',
    sources: ['actor'],
    targets: ['event'],
    score: 0.7,
    vi: ['{T} của {S+}'],
    en: ['{T} by {S+}'],
  },
  {
    id: 'supports/ung-ho',
    predicate: 'supports',
    words: 'ủng hộ, hỗ trợ, viện trợ cho, trao tặng, cam kết với, cảm ơn … đã hỗ trợ / support, provide, transfer, commitment to, uphold, urge, call for, thanked … for its support',
    sources: ['actor', ...INSTRUMENTS],
    targets: SUPPORTED,
    score: 0.7,
    targetNotOwner: true,
    // A visit welcomed is no visit supported: "Thượng tướng X hoan nghênh chuyến thăm", "welcomed the visit".
    // Nor a ceremony where someone was welcomed: "welcomed the contingent at a medal and induction ceremony".
    targetNotWords: ['chuyến thăm', 'visit', 'visits', 'ceremony'],
    vi: [
      `{S+} ${AUX_VI} [khẳng định|tái khẳng định|cam kết|nhấn mạnh]? [tiếp tục hỗ trợ|tiếp tục ủng hộ|ủng hộ|hỗ trợ|hoan nghênh|kiên trì|tán thành|bỏ phiếu thuận|bỏ phiếu ủng hộ|đồng bảo trợ] ~ {T+}`,
      'cam kết của {S} [với|đối với] {T}',
      // "Phía Anh hỗ trợ đào tạo tiếng Anh cho lực lượng Cảnh sát Việt Nam": whom the help is for.
      '{S} ~ [tài trợ|viện trợ|trao tặng|bàn giao|chuyển giao|hỗ trợ|giúp đỡ] ~ cho [sĩ quan|cán bộ|học viên|chiến sĩ|các]? {T+}',
      // "Bộ Quốc phòng Việt Nam đã trao tặng Lực lượng Vũ trang … Mozambique 2.000 bộ quân phục": the one given to, right after.
      `{S+} ${AUX_VI} [trao tặng|tặng] {T+}`,
      'sự [hỗ trợ|ủng hộ|giúp đỡ] của {S} [cho|với|đối với|dành cho] {T}',
      // "đánh giá cao sự hỗ trợ của Ba Lan trong việc đào tạo tiếng Anh cho sĩ quan Việt Nam": whom the help was for.
      'sự [hỗ trợ|giúp đỡ] của {S} trong việc ~ cho [sĩ quan|cán bộ|học viên|chiến sĩ|lực lượng]? {T}',
      // "Bộ Tư lệnh Cảnh sát biển cảm ơn Nhật Bản đã hỗ trợ …": who is thanked for helping helped the one who thanks.
      // (Not "chân thành cảm ơn": a name before it may run on into "chân thành".)
      `{T} ${AUX_VI} [cảm ơn|cám ơn|bày tỏ cảm ơn] {S} [đã|vì đã]? [hỗ trợ|giúp đỡ|ủng hộ|tài trợ|viện trợ]`,
      `{T} ${AUX_VI} [cảm ơn|cám ơn|bày tỏ cảm ơn|đánh giá cao] sự [hỗ trợ|giúp đỡ|ủng hộ] [quý báu|hiệu quả|to lớn]? của {S} [trong thời gian qua|thời gian qua|trong những năm qua|những năm qua]? $`,
      // "Bộ Tư lệnh … tiếp nhận bốn tàu tuần tra do Chính phủ Nhật Bản viện trợ": who gives to the one who receives.
      '{T} ~ tiếp nhận ~ do {S+} [viện trợ|tài trợ|trao tặng|tặng|hỗ trợ]',
    ],
    en: [
      '{S+} … [supports|support|will support|continue to support|will continue to support|pledges support for|provide|provides|will provide|transferred|transfers] ~ {T}',
      // "Australia provided patrol boats to the Royal Cambodian Navy": what was provided, given to someone (not "provided details of").
      // "Germany is providing EUR 3 million to the UNODC Global Maritime Crime Programme", "handed over two patrol boats to Timor-Leste".
      // "will provide training in nautical charting to officers of the Viet Nam People's Navy": the body its people serve.
      '{S} … [provided|providing|provides|will provide|delivered|delivers|transferred] ~ to [the]? [officers of|personnel of|staff of|members of|cadets of|officials of|officers from|personnel from]? [the]? {T}',
      // "Japan will fund training courses for coast guard officers from Indonesia, the Philippines and Viet Nam": whom it trains.
      '{S} … [training|training courses|courses|scholarships] for … [officers|personnel|cadets|officials|students] from [the]? {T+}',
      // Not past a name: "handed over the ASEAN Chairmanship to Malaysia" gives an office, no support.
      '{S} … [handed over|hands over|will hand over] … to [the]? {T}',
      // Right after what is supported: "Suriname, and was funded by Norway" says nothing of Suriname.
      '{T} )? ,? [which|that]? [is|are|was|were|has been|have been|had been|will be|is being]? [supported by|funded by|financed by|sponsored by|co-sponsored by|backed by|co-financed by|co-funded by] {S+}',
      // "ESIWA+ is funded by the European Union and co-financed by Germany and France".
      '{T} ~ [funded by|financed by|supported by] ~ and [co-financed by|co-funded by|co-sponsored by|also funded by] [the]? {S+}',
      // "The operation was coordinated by INTERPOL and supported by the UNODC": who ran it, then who helped.
      '{T} ~ [coordinated by|organised by|organized by|led by|run by|conducted by|hosted by] ~ and [supported by|funded by|financed by|backed by|co-funded by] [the]? {S+}',
      // "The resolution was co-sponsored by 64 delegations, among them Viet Nam, Indonesia and Singapore": those named among them.
      '^ [the]? {T} … [co-sponsored by|sponsored by|supported by|backed by] ~ , [among them|including] {S+}',
      // Money pledged or announced: "Germany pledged €5 million to UNMAS", "announced funding for the Philippine Coast Guard".
      // Not "handed over the ASEAN Chairmanship to Malaysia": what is handed over may be an office.
      '{S+} … [pledged|contributed|allocated|granted|donated|committed|gift|gifted|gifts] ~ to {T}',
      '^ the? {S} ~ [funding for|financing for|assistance to|assistance for|aid to|support to] [the]? {T}',
      // A vote or a co-sponsorship at the UN: "Viet Nam voted in favour of the resolution".
      '{S+} … [voted for|voted in favour of|voted in favor of|co-sponsored|co-sponsors] ~ {T}',
      '{S} … [welcomed|welcomes|welcome|backs|backed|endorsed|endorses|championed|champions|funds|funded|financed|donated|pledged support for|reaffirmed support for|reaffirmed its support for|expressed support for|stands by|stand by|stood by|stands with|stood with] ~ {T+}',
      // "Japan and Australia welcomed …", "Australia, India, Japan and the United States, the four members of the Quad, expressed
      // support for …": each of them.
      '{S+} [welcomed|welcome|backed|endorsed|pledged support for|reaffirmed support for|reaffirmed their support for|expressed support for|expressed their support for] ~ {T+}',
      '{S+} , [both|all|the] ~ , [welcomed|welcome|backed|endorsed|pledged support for|reaffirmed support for|reaffirmed their support for|expressed support for|expressed their support for] ~ {T+}',
      // "We noted with appreciation the work of the ADMM-Plus Experts' Working Groups", as "welcomed".
      // (Not "noted with appreciation Japan's contribution to …": the owner of what is noted is no end.)
      '{S+} … [noted with appreciation] [the work of|the role of|the efforts of] [the]? {T+}',
      // "Japan has also assisted the Viet Nam Coast Guard with training": whom it helps, not the help ("with training").
      '{S} … [assisted|assists|assist|helped|helps] [the]? {T}',
      "{S} 's … commitment to … {T+}",
      '{S+} … [reaffirmed|reiterated|renewed|expressed|underlined|stressed] [their|its|his|her|our] [commitment to|support for] ~ {T}',
      '{S+} … [reaffirmed|reiterated|stressed|underlined|underscored|emphasised|emphasized] the importance of ~ {T}',
      '{S+} … [urged|called for|upholding|uphold|upholds|upheld] ~ {T}',
      // "The Commandant of the Philippine Coast Guard thanked the EU for its support": who is thanked for helping helped them.
      '{T} )? ,? [thanked|thanks|thank] [the]? {S} for [its|their|the]? [generous|continued|valuable|strong|financial|technical]? [support|assistance|help|funding|grant|donation|contribution|contributions]',
      // "urged the ASEAN Defence Ministers' Meeting to adopt guidelines on …", "called on China and ASEAN to conclude a … code of conduct".
      '{S+} … [urged|urges|called on|calls on|encouraged|encourages] ~ to [adopt|sign|ratify|conclude|implement|uphold|respect|accede to] ~? {T}',
    ],
  },
  {
    // "Khóa huấn luyện tiếng Anh cho sĩ quan gìn giữ hòa bình do Bộ Quốc phòng Canada tài trợ": what is paid for is the
    // course, the project or the body, never the field named on the way.
    id: 'supports/tai-tro',
    predicate: 'supports',
    words: 'do … tài trợ, kinh phí do … / funded by, with funding from, receives funding from, with a grant of … from',
    sources: ['actor'],
    // "Hội thảo do UNODC tổ chức, được Chính phủ Australia tài trợ": the workshop, not the body named between
    // (a body paid "cho" is read by the rule above).
    targets: ['agreement', 'partnership', 'framework', 'event'],
    score: 0.7,
    vi: ['{T} ~ [do|được] {S+} … [tài trợ|viện trợ|hỗ trợ|đài thọ]', '{S} … [tài trợ|viện trợ|đã tài trợ|vừa tài trợ] ~ cho {T}', '{S} … [tài trợ|đã tài trợ|vừa tài trợ|sẽ tài trợ] [một|cho]? {T}'],
    // "The course, held with funding from the Government of Canada": who paid for what the clause is about.
    en: [
      '{T} ~ , [funded by|financed by|paid for by|sponsored by|co-funded by] [the]? {S+}',
      // "The programme is co-funded by the European Union, the German Federal Foreign Office and …".
      '{T} [is|are|was|were|has been|will be] [funded|co-funded|financed|co-financed|sponsored] by [the]? {S+}',
      '{T} ~ with [funding|financing|financial support|funds|a grant|assistance|technical assistance|support|technical support] from [the]? {S+}',
      // "Funded by the European Union, the course …": who paid, said first.
      '^ [Funded|Financed|Co-funded|Co-financed|Sponsored] by [the]? {S+} ~? , [the]? {T}',
      // "set up with a grant of USD 5 million from the Government of India", "The programme receives funding from …".
      '{T} ~ with [a grant|grants|funding|a contribution] of … from [the]? {S+}',
      '{T} … [receives|received|receive|has received|have received|will receive|is receiving] [funding|financing|financial support|funds|grants|a grant] … from [the]? {S+}',
    ],
  },
  {
    // "Dự án … nhận được sự hỗ trợ từ UNDP và Chính phủ Đức", "… được xây dựng với sự hỗ trợ của Chính phủ Nhật Bản": what is
    // helped is a project, a body or an occasion, never a field named inside its name ("Trung tâm Huấn luyện | gìn giữ hòa bình").
    id: 'supports/ho-tro-tu',
    predicate: 'supports',
    words: 'nhận được sự hỗ trợ từ, với sự hỗ trợ của / with assistance from',
    // (A programme or a project helps too: "Hội thảo nhận được sự hỗ trợ của Dự án ESIWA+".)
    sources: ['actor', 'framework'],
    targets: ['actor', 'agreement', 'partnership', 'framework', 'event'],
    score: 0.7,
    vi: [
      '{T} [đã|đã được|được xây dựng|được thành lập|được triển khai|được thực hiện]? [nhận được sự hỗ trợ từ|nhận được sự hỗ trợ của|nhận được sự tài trợ của|nhận được sự tài trợ từ|với sự hỗ trợ của|với sự hỗ trợ từ|với sự tài trợ của|nhờ sự hỗ trợ của] {S+}',
      // "Khóa huấn luyện … khai giảng ngày 3/5 tại Hà Nội với sự tài trợ của Chính phủ Na Uy": the occasion the sentence opens with.
      '^ {T} ~ [với sự hỗ trợ của|với sự hỗ trợ từ|với sự tài trợ của|với sự tài trợ từ|nhờ sự hỗ trợ của|nhờ sự tài trợ của] {S+}',
    ],
    en: [],
  },
  {
    // "Nhật Bản vừa đóng góp thêm 2 triệu USD cho Quỹ Ủy thác …", "Norway contributed €10 million to the … Fund": money put into
    // a fund or a body supports it (a mission a state sends troops to it takes part in: participates_in/tham-du).
    id: 'supports/dong-gop-cho',
    predicate: 'supports',
    words: 'đóng góp … cho / contributed … to',
    sources: ['actor'],
    targets: ['actor', 'framework'],
    score: 0.7,
    // Money, not troops nor advice: "đóng góp quân số … cho UNIFIL" takes part; "đóng góp nhiều ý kiến cho …" gives none.
    // (Currencies of more than one word, or of three letters: a rule's words end names, and "đồng" is also the "động" of "Hành động".)
    vi: ['{S+} … [đóng góp|đóng góp thêm] … [USD|EUR|tỷ đồng|triệu đồng|triệu đô la|triệu euro|triệu yên] cho {T}'],
    en: ['{S+} … [contributed|contributes|contribute|has contributed|have contributed|will contribute] … [million|billion|thousand] … to [the]? {T}'],
  },
  {
    id: 'covers/linh-vuc',
    predicate: 'covers',
    words: 'hợp tác về, trong các lĩnh vực, bao gồm, tập trung vào / cooperation on, discussed, including, will finance',
    sources: [...INSTRUMENTS, 'event'],
    targets: ['domain'],
    score: 0.75,
    orMain: true,
    vi: [
      '[hợp tác trong các lĩnh vực như|hợp tác trong các lĩnh vực|trong các lĩnh vực như|trong các lĩnh vực|trên các lĩnh vực|các lĩnh vực như|các lĩnh vực hợp tác|hợp tác về|hợp tác trong lĩnh vực|trong lĩnh vực|trên lĩnh vực|bao gồm|tập trung vào|luyện tập|phối hợp trong các lĩnh vực|phối hợp trong|trong đó có hợp tác về|ví dụ như|hợp tác trong|cụ thể hóa|bao trùm|quy định hợp tác trong các lĩnh vực|quy định hợp tác về] ~? {T+}',
      '{S} về hợp tác {T}',
      // "khóa tập huấn về điều tra số": what an occasion named by its kind is about.
      '{S} về {T+}',
      '[hợp tác|phối hợp] {T+}',
      '[hợp tác|phối hợp] … phòng , chống {T+}',
      // "Hai bên thống nhất phối hợp đấu tranh với tội phạm ma túy, mua bán người và …": what the sides fight together.
      '[hợp tác|phối hợp] [trong]? [đấu tranh với|đấu tranh chống|đấu tranh|ngăn chặn|phòng ngừa] {T+}',
      // "… có nội dung gồm: trao đổi đoàn, huấn luyện chung, …", "các lĩnh vực ưu tiên là …", "với chủ đề hợp tác ứng phó …".
      // "Trọng tâm của Thỏa thuận khung … là quân y, đào tạo phi công và bảo dưỡng máy bay".
      '[trọng tâm của|nội dung chính của|nội dung của|ưu tiên của|các ưu tiên của] {S} [là|gồm|bao gồm] :? {T+}',
      // "Nội dung diễn tập gồm cứu hộ, …", "Nội dung dự án tập trung vào quản lý xuất nhập cảnh, …": the occasion or the project named by its head.
      '^ Nội dung [chính]? {S} [gồm|bao gồm|tập trung vào|là] :? {T+}',
      '[với chủ đề|có chủ đề|chủ đề là|nội dung gồm|nội dung chính gồm|các lĩnh vực ưu tiên|lĩnh vực ưu tiên là|lĩnh vực ưu tiên gồm] :? {T+}',
      // "Nội dung chương trình gồm luật nhân đạo quốc tế, bảo vệ dân thường, …": a course's programme. (Its words as written,
      // not in brackets: "chương trình" would end names as a rule's words do, "Cục Quản lý | chương trình mua sắm …".)
      '^ Nội dung chương trình gồm :? {T+}',
      '^ Nội dung tập trung vào :? {T+}',
      '^ Nội dung khóa học gồm :? {T+}',
      // "Hội thảo tập trung thảo luận các chủ đề: …", "Văn kiện này bao quát các lĩnh vực công binh, quân y …".
      // ("Hội nghị tập trung thảo luận các biện pháp phòng, chống ma túy, mua bán người …": the fields of the measures discussed.)
      '[thảo luận các lĩnh vực|thảo luận các chủ đề|thảo luận các nội dung|thảo luận các biện pháp|bao quát các lĩnh vực|bao quát] :? {T+}',
      '[ở các lĩnh vực|về các lĩnh vực|các nội dung|chia sẻ kinh nghiệm về|trao đổi kinh nghiệm về|trao đổi chuyên môn về|trao đổi nghiệp vụ về|trao đổi thông tin về|chia sẻ thông tin về|tập huấn về|liên quan đến|thảo luận về|bàn về|trao đổi về|xoay quanh|các vấn đề như|các chủ đề như|huấn luyện về|diễn tập về] ~? {T+}',
      'hội thảo khoa học chung về {T+}',
      // "mở rộng Chương trình … sang các lĩnh vực quân y và …", "các khóa ngắn hạn về tiếng Anh, gìn giữ hòa bình …".
      '[sang các lĩnh vực|sang lĩnh vực|khóa học về|khóa đào tạo chung về|khóa đào tạo về|khóa huấn luyện về|khóa tập huấn về|khóa ngắn hạn về|khóa bồi dưỡng về|lớp tập huấn về|lớp học về] {T+}',
      '[tăng cường|thúc đẩy|mở rộng|đẩy mạnh|ưu tiên] [hợp tác|phối hợp]? … {T+}',
    ],
    en: [
      '{S} )? ,? [which cover|which covers|which covered|that cover|that covers|that covered|covering] {T+}',
      // "They cover the physical protection of nuclear material, …": what the article's instrument covers, said of it by a pronoun.
      '^ [They|It] [cover|covers|covered|will cover] {T+}',
      // "Operation Safe Passage … . It targeted human trafficking, migrant smuggling and document fraud.": what an operation is against.
      '{S} [targeted|targets|targeting|was aimed at|is aimed at] {T+}',
      // "a regional course on assistance and protection …", "a memorandum on maritime security".
      '{S} on {T+}',
      '{T+} [cooperation|collaboration]',
      // "the exercise focuses this year on humanitarian assistance and disaster relief, …".
      '[focuses|focused|will focus] [this year|this time|mainly|primarily|in particular] on {T+}',
      '[strengthen|enhance|expand|deepen|boost|step up|prioritise|prioritize|strengthening|enhancing|expanding|deepening] [their|its|the|bilateral|defence|defense]? [cooperation|collaboration]? … {T+}',
      '[cooperation on|cooperation in|cooperate on|cooperate in|collaboration on|collaboration in|cooperation against|cooperate against|discussed|practised|practiced|practising|practicing|practise|will practice|capacities in|capabilities in|capacity in|capability in|including|include|includes|in the fields of|in the field of|in the areas of|focus on|focused on|focuses on|areas such as|such as|covering|covers|exchanged views on|exchanged experience on|exchanged experiences on|shared experience on|shared experiences on|agreed to prioritise|agreed to prioritize|training on|training in|workshop on|seminar on|dialogue on|consultations on|course on|conference on|areas like|related to|relating to|spanning|encompassing|encompasses|ranging from|focusing on|centred on|centered on|with a focus on|areas including|fields such as|issues such as|topics such as|talks on|sessions on|courses on|drills on|working together in|work together in|working together on|work together on|train together in] {T+}',
      // "The meeting reviewed counter-piracy, fisheries protection and …": what an occasion reviewed (not "the President reviewed the troops").
      '{S} reviewed {T+}',
      // "The discussions covered cyber defence, interoperability standards and …", "The agreement covers …".
      // ("The plan covers the training of Lao officers at …, the search for …, border management and mine action": a list
      // whose first items are no field's name still names the fields after them.)
      '{S} [covered|covers|cover|will cover|concerns|concern|concerned|sets out|set out|provides for|provide for|will provide for] ~? {T+}',
      // "Drills covered search and rescue, …", "Discussions focused on mine clearance, …": what the occasion's parts dealt with.
      '^ [the]? [drills|discussions|sessions|exercises|activities|talks|scenarios|the programme|the program|curriculum|syllabus|scenario] [covered|focused on|included|centred on|centered on|dealt with|addressed] {T+}',
      // "The scenario simulates a cyclone and tests search and rescue, aeromedical evacuation, …": what an exercise's scenario tests.
      '^ [the]? [scenario|exercise|drill|drills] ~ [tests|tested|will test|rehearses|rehearsed] {T+}',
      // "The package supports the Mauritanian Armed Forces in maritime security, border security, …": the fields a programme
      // supports a force in.
      '{S} [supports|supported|will support|helps|helped|will help|assists|assisted] ~ in {T+}',
      // "The Dialogue's plenary sessions addressed maritime security, …": what the occasion's sessions dealt with.
      "{S} 's [plenary]? [sessions|discussions|panels|talks] [addressed|covered|focused on|dealt with] {T+}",
      // "Under the ITPP, NATO and Colombia will work together on cyber defence, …": what a programme's partners work on under it.
      '^ Under [the]? {S} , ~ [will work together on|work together on|will cooperate on|will cooperate in|cooperate on] {T+}',
      // "The talks also addressed cyber security and space security": the occasion named before, by its reference.
      '^ {S} also? [addressed|dealt with] {T+}',
      // "The measure will finance medical evacuation, strategic airlift and training": what a measure pays for.
      '{S} … [will finance|finances|will fund] {T+}',
      // "The agreement will facilitate joint training, exercises and humanitarian assistance and disaster relief operations".
      '{S} … [facilitate|facilitates|facilitating|will facilitate|would facilitate|streamline|streamlines|will streamline] ~? {T+}',
      // "Border management, … and officer training are the focus of the 2025 Defence Cooperation Plan".
      '^ {T+} [are|is|were|was|will be] the [focus|main focus|priorities|priority|main priorities|key priorities] of [the]? {S}',
      // "Defence industry, military medicine and United Nations peacekeeping were on the agenda of the 8th … Dialogue".
      '^ {T+} [are|is|were|was|will be] [high]? on the agenda [of|at|for] [the]? {S}',
      // "The focus of the Framework Agreement is military medicine, pilot training and …".
      '[the focus of|the main focus of|the priorities of|the core of] [the]? {S} [is|are|was|were|will be] :? {T+}',
      // "The Pukpuk Treaty … commits the two countries to mutual defence, interoperability of their forces and …".
      '{S} ~ [commits|committed|commit|will commit] [the two countries|the two sides|both sides|the parties|both countries|the signatories] to {T+}',
      // "… lists three priority areas: hydrographic survey, search and rescue, and counter-narcotics".
      '[priority areas|areas of cooperation|key areas|areas of focus|main areas|focus areas|priority fields|lines of effort] :? {T+}',
    ],
  },
  {
    // "ADMM-Plus Experts' Working Groups (EWGs), which cover maritime security, …": a mechanism of working groups covers
    // the fields said of it right after its name.
    id: 'covers/working-group',
    predicate: 'covers',
    words: 'phụ trách các lĩnh vực / which cover, in particular on',
    sources: ['framework'],
    targets: ['domain'],
    score: 0.7,
    vi: ['{S} )? ,? [phụ trách các lĩnh vực|phụ trách lĩnh vực|về các lĩnh vực] {T+}'],
    en: ['{S} )? ,? [which cover|which covers|that cover|that covers|covering] {T+}', '{S} )? , [in particular on|notably on|especially on] {T+}'],
  },
  {
    id: 'covers/tru-cot',
    predicate: 'covers',
    words: 'là trụ cột của, là một trong những lĩnh vực hợp tác của / a pillar of',
    sources: [...INSTRUMENTS, 'event'],
    targets: ['domain'],
    score: 0.7,
    vi: [
      '{T+} ~ [là một trụ cột|là trụ cột|là những trụ cột|đều là những trụ cột|là một trong những trụ cột|là một trong những lĩnh vực hợp tác hiệu quả nhất|là một trong những lĩnh vực hợp tác] của {S}',
      // "… gìn giữ hòa bình, an ninh hàng hải và đào tạo tiếng Anh; đây đều là những trụ cột của …".
      '{T+} ~ ; [đây|đó] [đều là những trụ cột|là những trụ cột|đều là trụ cột|là trụ cột] của {S}',
    ],
    en: ['{T+} ~ [is a pillar|is a key pillar|is one of the pillars|are pillars|are key pillars|are the pillars] of {S}'],
  },
  {
    id: 'grounded_in/phu-hop-voi',
    predicate: 'grounded_in',
    words: 'phù hợp với, trên cơ sở, dựa trên, tôn trọng / in line with, in accordance with, based on, under, builds on',
    sources: [...INSTRUMENTS, 'event'],
    targets: ['framework', 'agreement'],
    score: 0.75,
    orMain: true,
    // "Theo Tuyên bố, hai bên …" opening a sentence is what the document says, not what it is based on.
    vi: ['[phù hợp với|trên cơ sở|dựa trên|tôn trọng|tuân thủ|căn cứ] {T+}', '!^ theo {T+}'],
    en: ['[in line with|in accordance with|consistent with|in keeping with|in conformity with|in compliance with|pursuant to|guided by|based on|on the basis of|under|builds on|built on|building on] … {T+}'],
  },
  {
    id: 'part_of/thuoc',
    predicate: 'part_of',
    words: 'thuộc, trực thuộc / part of, a unit of',
    sources: ['actor', 'event'],
    targets: ['actor', 'event', 'framework'],
    score: 0.7,
    // "Tập đoàn … (Viettel), trực thuộc Bộ Quốc phòng", "Bệnh viện dã chiến …, đơn vị trực thuộc Cục Gìn giữ hòa bình".
    // "VNMAC là cơ quan trực thuộc Bộ Quốc phòng".
    vi: ['{S} [thuộc|trực thuộc|là cơ quan trực thuộc|là cơ quan thuộc|là đơn vị trực thuộc|là đơn vị thuộc] {T}', '{S} )? của {T}', '{S} )? , [thuộc|trực thuộc|đơn vị trực thuộc|đơn vị thuộc|là đơn vị trực thuộc|là đơn vị thuộc|cơ quan trực thuộc] {T}'],
    en: [
      '{S} , [part of|a unit of|an element of|a component of|one of] {T}',
      // "The Viet Nam Coast Guard, which comes under the Ministry of National Defence, …".
      '{S} )? ,? [which]? [comes under|falls under|come under|fall under|operates under|reports to] [the]? {T}',
      // "Z189 Shipbuilding Company, a unit under the General Department of Defence Industry".
      '{S} , [a unit under|a company under|an agency under|a body under|an enterprise under] [the]? {T}',
      '{S} , [the|an|a]? … [exercise|meeting|unit|component|element|vessel|ship|frigate|corvette|squadron|agency|arm|branch|department|division|office|bureau|directorate|service|wing|body|organ|institute|subsidiary] of {T}',
      '{S} of the {T}',
      // "The Royal Netherlands Navy air-defence frigate HNLMS Tromp", "the Viet Nam People's Navy frigate HQ-012": the navy's ship.
      '{T} [air-defence|air defence|guided-missile|stealth|multi-role|multirole|offshore|coastal|amphibious|sail|training|patrol|hydrographic|logistics|landing]? [frigate|destroyer|corvette|cruiser|submarine|patrol vessel|patrol ship|training ship|vessel|ship|cutter|landing ship|support ship|tanker] {S}',
    ],
  },
  {
    // "HMAS Stuart and HMAS Arunta of the Royal Australian Navy": two ships of one navy, one prefix (not "the Viet Nam People's
    // Navy and FS Vendémiaire of the French Navy", two navies' on a list, nor "INS Delhi and HMAS Anzac of the …").
    id: 'part_of/ships-of',
    predicate: 'part_of',
    words: 'tàu A và tàu B thuộc … / A and B of the … Navy',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.7,
    sourceWords: [...SHIP_PREFIXES].map((prefix) => prefix.toLowerCase()),
    sourcesShareFirstWord: true,
    vi: ['{S} và [tàu]? {S} [của|thuộc] {T}'],
    en: ['{S} and {S} of the {T}'],
  },
  {
    // "EUNAVFOR ASPIDES, the EU's maritime security operation in the Red Sea": what a body's possessive describes (not a
    // person, whose office after "'s" the holders' rules read: "Henrik Solberg, INTERPOL's Director of …").
    id: 'part_of/possessive',
    predicate: 'part_of',
    words: "'s operation, 's unit, 's agency …",
    sources: ['actor', 'event'],
    targets: ['actor', 'event', 'framework'],
    score: 0.7,
    sourceNotPerson: true,
    vi: [],
    en: ["{S} , [the]? {T} 's ~ [operation|mission|unit|agency|command|force|forces|navy|arm|branch|department|office]"],
  },
  {
    // "Đội Công binh số 4 sẽ được triển khai tới Phái bộ …", "Engineering Unit No. 3, deployed with the United Nations Interim
    // Security Force for Abyei": a unit sent to a mission that is a body serves in it.
    id: 'part_of/deployed',
    predicate: 'part_of',
    words: 'được triển khai tới, làm nhiệm vụ tại / deployed to, serving with',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.65,
    unitToMission: true,
    vi: [`{S} ~ ${AUX_VI} [được triển khai tới|được triển khai đến|triển khai tới|lên đường làm nhiệm vụ tại|làm nhiệm vụ tại|thực hiện nhiệm vụ tại|làm nhiệm vụ gìn giữ hòa bình tại|thực hiện nhiệm vụ gìn giữ hòa bình tại] {T}`,
      // "Lễ xuất quân Đội Công binh số 5 tham gia Lực lượng An ninh lâm thời …": a numbered unit that joins a force.
      `{S} ${AUX_VI} [tham gia|lên đường tham gia] {T}`],
    en: ['{S} ~ [deployed to|deployed with|deployed in|serving with|serving in|serves with|serves in|will serve with|will serve in|is deployed to|was deployed to|will be deployed to] [the]? {T}'],
  },
  {
    // "the Armed Forces of the Philippines, in particular the Philippine Navy", "các nước ASEAN, đặc biệt là Việt Nam": the one
    // singled out of a body is part of it.
    id: 'part_of/in-particular',
    predicate: 'part_of',
    words: 'đặc biệt là, nhất là / in particular, notably',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.6,
    vi: ['{T} , [đặc biệt là|nhất là] {S+}'],
    en: ['{T} , [in particular|notably|particularly|especially] [the]? {S+}'],
  },
  {
    // "the African Union and its Peace and Security Council"; not "the United States and its NATO allies" (a name before a noun).
    id: 'part_of/its',
    predicate: 'part_of',
    words: 'and its / và … của mình',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.65,
    lastNameNotModifier: true,
    vi: [],
    en: ['{T} and its {S}'],
  },
  {
    id: 'part_of/is-part-of',
    predicate: 'part_of',
    words: 'là một phần của / is part of, forms part of, sits within',
    sources: ['actor', 'event'],
    targets: ['actor', 'event', 'framework'],
    score: 0.7,
    sourceNotAfterPreposition: true,
    vi: [IS_PART_OF_VI],
    en: [IS_PART_OF_EN],
  },
  {
    // An event, not a body, is part of a partnership: "The Dialogue is part of the EU–Egypt Strategic and Comprehensive Partnership";
    // so is one held within a partnership's or a programme's framework ("chuyến thăm được thực hiện trong khuôn khổ Quan hệ Đối
    // tác …", "lễ trao học bổng trong khuôn khổ Chương trình Hợp tác Quốc phòng"): an instrument there implements it, as an
    // occasion implements an agreement it is held under (implements/khuon-kho, below).
    id: 'part_of/trong-khuon-kho',
    predicate: 'part_of',
    words: 'là một phần của, trong khuôn khổ / is part of, within the framework of',
    sources: ['event'],
    targets: ['partnership', 'framework'],
    score: 0.7,
    sourceNotAfterPreposition: true,
    vi: [IS_PART_OF_VI, '{S} ~ trong khuôn khổ {T}'],
    en: [IS_PART_OF_EN, '{S} ~ [within the framework of|in the framework of] [the]? {T}'],
  },
  {
    // "The exercise is conducted in line with … and under the Mongolia–United States Strategic Partnership", "held the 6th
    // Defence Policy Dialogue in Canberra under the Comprehensive Strategic Partnership": an occasion held under a partnership
    // is part of it; an instrument made on its basis carries it out ("Bản ghi nhớ được ký kết trên cơ sở Đối tác Chiến lược
    // toàn diện …"). A resolution or a convention is what they are grounded in (grounded_in/phu-hop-voi).
    id: 'part_of/under-partnership',
    predicate: 'part_of',
    words: 'trên cơ sở, phù hợp với (quan hệ đối tác) / under, in the spirit of, in line with (a partnership)',
    sources: ['event'],
    targets: ['partnership'],
    score: 0.7,
    sourceNotAfterPreposition: true,
    vi: ['{S} ~ [trên cơ sở|phù hợp với] {T}'],
    en: ['{S} ~ [under|in the spirit of|in line with] [the|their]? {T}'],
  },
  {
    id: 'implements/basis-partnership',
    predicate: 'implements',
    words: 'trên cơ sở, phù hợp với (quan hệ đối tác) / under, in the spirit of, in line with (a partnership)',
    sources: ['agreement'],
    targets: ['partnership'],
    score: 0.7,
    orMain: true,
    vi: ['[trên cơ sở|phù hợp với] {T}'],
    en: ['[under|in the spirit of|in line with] [the|their]? {T}'],
  },
  {
    id: 'chairs/dong-chu-tri',
    predicate: 'chairs',
    words: 'làm đồng chủ trì / as co-chairs of, co-chaired by, co-chair the',
    sources: ['actor'],
    targets: ['event', 'actor', 'framework'],
    score: 0.7,
    vi: ['{S+} [làm đồng chủ trì|làm đồng chủ tịch|là đồng chủ trì|là đồng chủ tịch] {T}'],
    // "the ADMM-Plus Experts' Working Group on Counter-Terrorism, co-chaired by Singapore and the Republic of Korea": a body's co-chairs too.
    en: [
      '{S+} as [the]? [new]? [co-chairs|co-chair|chairs|chair] of [the]? {T}',
      '{T} , [co-chaired by|jointly chaired by] {S+}',
      '{T} , which {S+} [co-chair|co-chairs|chair|chairs]',
      // "Viet Nam and India will co-chair the EWG on Humanitarian Mine Action": a group has co-chairs, as a meeting does.
      '{S+} … [co-chair|co-chairs|co-chaired] [the]? {T}',
    ],
  },
  {
    // "… are co-chaired by Malaysia and Australia for the EWG on Counter-Terrorism, Thailand and Japan for the EWG on HADR",
    // "welcomed the new co-chairs for the 2024–2027 cycle: Malaysia and Australia for …": each pair for its group, the first
    // to the fifth. Only a working group: "The co-chairs thanked Thailand for the Field Training Exercise" chairs nothing.
    id: 'chairs/for-group',
    predicate: 'chairs',
    words: 'đồng chủ trì nhóm … / co-chairs … A and B for the EWG on …',
    sources: ['actor'],
    targets: ['actor'],
    targetWords: ['ewg', 'group', 'nhom'],
    score: 0.7,
    // "Việt Nam và Nhật Bản sẽ đồng chủ trì Nhóm chuyên gia …": a group's co-chairs, as a meeting's (which the rule of
    // "chủ trì" reads, for events only).
    vi: [`{S+} ${AUX_VI} [đồng chủ trì|chủ trì|làm đồng chủ tịch|làm chủ tịch] {T}`, '{T} ,? do {S+} [đồng chủ trì|chủ trì]'],
    en: [
      '[co-chaired by|co-chairs] ~ {S+} for [the]? {T}',
      '[co-chaired by|co-chairs] ~ , and? {S+} for [the]? {T}',
      '[co-chaired by|co-chairs] ~ , ~ , and? {S+} for [the]? {T}',
      '[co-chaired by|co-chairs] ~ , ~ , ~ , and? {S+} for [the]? {T}',
      '[co-chaired by|co-chairs] ~ , ~ , ~ , ~ , and? {S+} for [the]? {T}',
    ],
  },
  {
    id: 'holds_role/bo-nhiem',
    predicate: 'holds_role',
    words: 'được bổ nhiệm làm / appointed as',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.7,
    vi: ['{S} ~ được bổ nhiệm [làm|giữ chức|vào chức vụ] {T}'],
    en: [
      '{S} ~ [was appointed|has been appointed|was named|has been named] ~ as {T}',
      '{S} ~ [was appointed|has been appointed] {T}',
      // "Major General Carlos Medina, who is Commander of the Philippine Army, …": an office said in a relative clause.
      '{S} , [who is|who is also|who serves as|who also serves as|who is currently] [the]? {T}',
    ],
  },
  {
    id: 'concerns_region/o',
    predicate: 'concerns_region',
    words: 'ở, trên (một vùng) / in, across (a region)',
    sources: ['agreement', 'partnership', 'framework', 'domain'],
    targets: ['place'],
    score: 0.65,
    // Not in Vietnamese: "ở", "trên", "tại" as a rule's words would end names that hold them.
    vi: [],
    en: ['{S} [in|on|across|throughout|above] [the]? {T}', '{S} in and … above [the]? {T}'],
  },
  {
    // "The two sides exchanged views on the situation in Sudan, Libya and the Red Sea", "Hai bên trao đổi về tình hình Biển
    // Đông": the region a meeting speaks of (no venue: topicPlaces.ts).
    id: 'concerns_region/situation',
    predicate: 'concerns_region',
    words: 'trao đổi về tình hình / exchanged views on the situation in',
    // Views are exchanged at a meeting: an article about a memorandum has it say nothing of the region the sides discussed.
    sources: ['event'],
    targets: ['place'],
    score: 0.65,
    orMain: true,
    vi: ['[trao đổi về|thảo luận về|trao đổi quan điểm về|bàn về|đánh giá|thông báo về|thông báo cho nhau về] tình hình [ở|tại]? {T+}'],
    en: ['[exchanged views on|exchange views on|discussed|discuss|reviewed|assessed|briefed each other on|exchanged assessments of] the [security|regional|maritime|humanitarian]? situation in [the]? {T+}'],
  },
  {
    id: 'part_of/thanh-vien',
    predicate: 'part_of',
    // "gặp Đại sứ Lít-va, thành viên NATO": a member is a state or a body, never an office.
    sourceNotOffice: true,
    words: 'là thành viên của / a member of',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.7,
    vi: [
      '{S+} ~ [đều là thành viên của|đều là thành viên|là thành viên của|là thành viên|là nước thành viên của|là quốc gia thành viên của] {T+}',
      // "Việt Nam là thành viên tích cực của ASEAN", "là một trong những thành viên sáng lập Hội nghị Cấp cao Đông Á".
      '{S} ~ [là thành viên|là một trong những thành viên|là nước thành viên] … của {T+}',
      '{S} ~ [là một trong những thành viên sáng lập|là thành viên sáng lập] {T+}',
      // "Lít-va, thành viên NATO và Liên minh châu Âu từ năm 2004, …", "… với tư cách thành viên chính thức của ASEAN".
      '{S} , [thành viên|thành viên của|nước thành viên|nước thành viên của] {T+}',
      '{S} ~ với tư cách [là]? [thành viên|thành viên chính thức|thành viên đầy đủ|nước thành viên] [của]? {T}',
      // "Với tư cách thành viên không thường trực Hội đồng Bảo an …, Việt Nam đã …": the member, after the body.
      '^ Với tư cách [là]? [thành viên|nước thành viên] … {T} ~ , {S}',
      // "Là các quốc gia thành viên ASEAN, hai nước …": the members, after the sentence's opening.
      '^ Là [các]? [quốc gia thành viên|nước thành viên|thành viên] [của]? {T} ~ , {S+}',
    ],
    en: [
      '{S+} ~ [are members of|is a member of|are both members of|is a member state of|are member states of] {T+}',
      // "Both countries are members of NATO and of the European Union": the second organisation after "and of".
      '{S+} ~ [are members of|are both members of] {T} and of [the]? {T}',
      // "Both countries are NATO Allies", "Estonia, a NATO Ally since 2004, …".
      '{S+} ~ [are|are both|are fellow] {T} [Allies|allies]',
      '{S} , [a|an] [fellow]? {T} [Ally|ally]',
      // "Estonia, a NATO member since 2004, …", "Timor-Leste, a full member of ASEAN", "… as a full member of ASEAN".
      '{S} , [a|an] {T} [member|member state]',
      '{S} , [a|an] [full|founding]? [member|member state] of [the]? {T+}',
      // "Australia, India, Japan and the United States, the four members of the Quad, …", "Iceland and Norway, both members of …".
      '{S+} , [both|all|the] … [members of|member states of|member countries of] [the]? {T}',
      // "All ten ASEAN member states, including Viet Nam and Myanmar, …".
      '{T} [member states|members|member countries|countries] , including {S+}',
      // "IGAD's eight member States are Djibouti, Eritrea, …": the members, listed after the organisation's.
      "{T} 's … [member states|members|member countries] [are|include] {S+}",
      // "the Colombo Security Conclave (CSC), whose members are India, Maldives, …".
      '{T} )? , whose [members|member states|member countries] [are|include] {S+}',
      // "… since it became a member of NATO", "Finland became a member of NATO in 2023".
      '{S} … [became|has become|have become|become] a [full]? [member|member state] of [the]? {T}',
      '{S} ~ as a [full|founding]? [member|member state] of [the]? {T}',
      // "As a non-permanent member of the Security Council, Viet Nam …".
      '^ As a … [member|member state] of [the]? {T} ~ , {S}',
      // "… the Zone of Peace and Cooperation of the South Atlantic (ZOPACAS), of which both countries are members".
      '{T} )? , of which {S+} [are|were|is|was] [members|a member|member states|both members|all members]',
      // "… the Accra Initiative, of which Ghana is a founding member alongside Benin, Burkina Faso and Togo".
      '{T} )? , of which {S+} [is|was] [a founding member|a member|a full member]',
      '{T} )? , of which ~ [member|members] alongside {S+}',
      // "Sweden, which joined NATO in March 2024", "Timor-Leste joined ASEAN as its 11th member".
      // (Only so: "FS Prairial joined the Philippine Navy for a … Activity" sails with it, and is no member.)
      '{S} , [which|that] [joined|has joined|formally joined|officially joined] [the]? {T}',
      // "Australia, New Zealand, France and the United States, which form the Pacific Quadrilateral …": the members of a group.
      '{S+} , [which|who] [form|formed|make up|made up|comprise|constitute] [the]? {T}',
    ],
  },
  {
    // "Cả mười nước ASEAN, trong đó có Việt Nam và Myanmar, …": members named after their organisation; states only (not
    // "lực lượng cảnh sát các nước ASEAN, trong đó có Cảnh sát Quốc gia Indonesia …", the members' forces).
    id: 'part_of/cac-nuoc',
    predicate: 'part_of',
    words: 'các nước … trong đó có',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.7,
    sourceStatesOnly: true,
    // (Only words of more than one syllable: a rule's words end names, and "nước" is a word of "Chính phủ nước …".)
    vi: ['[các nước|các nước thành viên|các thành viên|mười nước|mười quốc gia] {T} , trong đó có {S+}'],
    en: [],
  },
  {
    id: 'part_of/trong-do-co',
    predicate: 'part_of',
    words: 'trong đó có / including',
    sources: ['framework', 'domain', 'agreement'],
    targets: ['framework', 'domain'],
    score: 0.6,
    // "khắc phục hậu quả chiến tranh, bao gồm tìm kiếm người mất tích, rà phá bom mìn …", "international law, in particular the
    // 1982 United Nations Convention on the Law of the Sea".
    vi: ['{T} , [trong đó có|đặc biệt là|nhất là|bao gồm] {S+}'],
    // (Not "…, including through the Counter Ransomware Initiative": how, not what.)
    en: ['{T} , [including|in particular|notably|particularly|especially] [the]? {S+}', '{T} , [including|in particular|notably|particularly|especially] the … {S+}'],
  },
  {
    id: 'belongs_to/s',
    predicate: 'belongs_to',
    words: "… của A / A's …",
    // (No field: "các đội tìm kiếm, cứu nạn của Indonesia" are Indonesia's teams; a field belongs to no one.)
    sources: [...INSTRUMENTS, 'event'],
    targets: ['actor'],
    score: 0.7,
    lastNameNotModifier: true,
    vi: ['{S} của {T}'],
    en: [
      "{T} 's {S}",
      "{T} 's … [vision|policy|strategy|programme|program|initiative] of {S}",
      // "the EU's naval operations Atalanta and Aspides".
      "{T} 's … [operation|operations|mission|missions] {S+}",
      '{S} [is|was|remains] [a|an|the] … [instrument|fund|programme|program|facility|policy|initiative|mechanism|tool|strategy] of {T}',
      // "The EU presented its Strategic Compass", "India regards Indonesia as a key partner under its Act East Policy": "its" is the sentence's subject's.
      '^ the? {T} … its {S}',
    ],
  },
  {
    id: 'contributes_to/gop-phan',
    predicate: 'contributes_to',
    words: 'góp phần, đóng góp / contribute, underpin',
    sources: ['actor', ...INSTRUMENTS, 'event'],
    targets: ['domain', 'framework'],
    score: 0.7,
    vi: ['{S+} ~ [góp phần|đóng góp] … {T+}', 'đóng góp của {S} cho … {T}'],
    en: ['{S} ~ [contributes to|contribute to|contributed to|underpinned|underpins] … {T}', "{S} 's … [contribution to|contributions to] {T}"],
  },
  {
    id: 'implements/trien-khai',
    predicate: 'implements',
    words: 'thực thi, thực hiện, triển khai, cụ thể hóa / implement, implemented by, administered by, managed by',
    sources: ['actor', ...INSTRUMENTS, 'event'],
    targets: INSTRUMENTS,
    score: 0.65,
    vi: [
      '{S} … [thực thi|thực hiện|triển khai|cụ thể hóa|là bước cụ thể hóa] … {T}',
      '{T} do {S+} … [triển khai|chủ trì thực hiện|chủ trì triển khai]',
      '{T} ~ được {S+} [đồng triển khai|triển khai|thực hiện|cùng triển khai]',
      // "Theo Kế hoạch, Cục Đối ngoại và Cơ quan Hợp tác quốc tế … được giao làm đầu mối triển khai": who carries the plan out.
      '^ Theo {T} , {S+} ~ được giao [làm|là] [đầu mối|cơ quan đầu mối|đơn vị đầu mối]',
      '{S+} ~ được giao [làm|là] [đầu mối|cơ quan đầu mối|đơn vị đầu mối] [triển khai|thực hiện] {T}',
    ],
    en: [
      '{S} … [implements|implementing|implement|implemented|gives effect to|puts into practice|operationalises|operationalizes] … {T}',
      // "… said the visit was part of the implementation of the UK–Viet Nam Defence Cooperation Roadmap".
      '{S} ~ [is|was|are|were|forms|formed] part of [the]? [implementation of|efforts to implement] [the]? {T}',
      // "… and is implemented by GIZ and Expertise France": who carries a programme out.
      // "… is implemented by VNMAC and administered by USAID": who carries it out, and who runs it.
      '{T} ~ [is|are|was|were|will be] [implemented|jointly implemented|co-implemented] by [the]? {S+}',
      // (Close to what is run: "… and the visits were managed by the Foreign Relations Department" runs no plan named before.)
      '{T} … [is|are|was|were|will be] [administered|managed|carried out] by [the]? {S+}',
      '{T} ~ [implemented|administered|managed] by ~ and [implemented|administered|managed] by [the]? {S+}',
      // "Financed by Japan and implemented by the United Nations Development Programme, the … Project …": who, said first.
      '^ ~ [implemented by|administered by|managed by|run by] [the]? {S+} , [the]? {T}',
    ],
  },
  {
    // "trong khuôn khổ", "within the framework of": an event or an instrument under a partnership or a programme carries it
    // out; an actor named on the way ("thăm Học viện Hải quân Ấn Độ trong khuôn khổ …") does not.
    id: 'implements/khuon-kho',
    predicate: 'implements',
    words: 'trong khuôn khổ / within the framework of',
    sources: INSTRUMENTS,
    targets: INSTRUMENTS,
    score: 0.65,
    vi: ['{S} ~ trong khuôn khổ {T}'],
    en: ['{S} ~ [within the framework of|in the framework of] [the]? {T}'],
  },
  {
    // "The Joint Patrol was conducted within the framework of the Agreement on Maritime Cooperation": an occasion carries out an
    // agreement it is held under (it is part of a partnership or a programme: part_of/trong-khuon-kho).
    id: 'implements/khuon-kho-su-kien',
    predicate: 'implements',
    words: 'trong khuôn khổ / within the framework of',
    sources: ['event'],
    targets: ['agreement'],
    score: 0.65,
    vi: ['{S} ~ trong khuôn khổ {T}'],
    en: ['{S} ~ [within the framework of|in the framework of] [the]? {T}'],
  },
  {
    id: 'establishes/thiet-lap',
    predicate: 'establishes',
    words: 'thiết lập, thành lập / establish',
    sources: ['actor', ...INSTRUMENTS, 'event'],
    targets: ['actor', ...INSTRUMENTS, 'event'],
    score: 0.6,
    // "Việt Nam và Brazil đã thiết lập quan hệ Đối tác Chiến lược": each of those who set it up.
    vi: [
      `{S+} ${AUX_VI} [thiết lập|thành lập|chính thức thiết lập] {T}`,
      '{S} ~ [thiết lập|thành lập] {T}',
      // "Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác chiến lược toàn diện": the statement sets up the partnership.
      '{S} về việc? [nâng cấp quan hệ lên|nâng cấp quan hệ hai nước lên|nâng cấp quan hệ thành|thiết lập quan hệ] {T}',
    ],
    en: [
      '{S} on the establishment of … {T}',
      // ("Council Decision (CFSP) 2027/311 establishing an assistance measure …".)
      '{S} ~ [establish|established|establishes|establishing] … {T}',
    ],
  },
  {
    // Only an instrument or a partnership: a shipyard "launched" a ship, and forces an attack.
    id: 'establishes/launched-by',
    predicate: 'establishes',
    words: 'do … khởi xướng, sáng lập / launched by, established by, set up by',
    sources: ['actor'],
    targets: INSTRUMENTS,
    score: 0.6,
    // "Sáng kiến Elsie về phụ nữ trong hoạt động gìn giữ hòa bình do Canada khởi xướng".
    vi: ['{T} ~ do {S+} [khởi xướng|sáng lập|đề xướng]'],
    // "IPMDA, launched by Australia, India, Japan and the United States at …", "the initiative was set up by …".
    en: [
      '{T} )? , [launched by|established by|set up by|created by|founded by|initiated by] [the]? {S+}',
      '{T} ~ [was|were|has been|had been] [launched|established|set up|created|founded] by [the]? {S+}',
      '^ [Set up|Established|Launched|Created|Founded] by [the]? {S+} … , [the]? {T}',
    ],
  },
  {
    // "Set up by the Republic of Singapore Navy in 2009, the Information Fusion Centre …", "the centre, established by ASEAN
    // in 2011": a body founded by another (not "launched", which a shipyard does to a ship).
    id: 'establishes/set-up-by',
    predicate: 'establishes',
    words: 'do … thành lập / set up by, established by, founded by',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.6,
    vi: ['{T} do {S+} [thành lập|sáng lập]', '{T} , [được]? [thành lập|sáng lập] bởi {S+}'],
    en: ['{T} )? , [established by|set up by|created by|founded by] [the]? {S+}', '{T} ~ [was|were|has been|had been] [established|set up|created|founded] by [the]? {S+}', '^ [Set up|Established|Created|Founded] by [the]? {S+} … , [the]? {T}'],
  },
  {
    id: 'held_at/dien-ra-tai',
    predicate: 'held_at',
    words: 'diễn ra tại, khai mạc tại, tại, cập cảng / held in, held at, off, arrived at',
    sources: ['event'],
    targets: ['place'],
    score: 0.85,
    vi: [
      `{S} ~ [diễn ra tại|khai mạc tại|tại|diễn ra ở|tổ chức ở|ở|ngoài khơi] ${PLACE_WORDS_VI} {T+}`,
      `{S} ~ khai mạc ~ tại ${PLACE_WORDS_VI} {T}`,
      `tại ${PLACE_WORDS_VI} {T} , ~ [tổ chức|khai mạc|khai giảng|diễn ra|tiến hành|đồng chủ trì|chủ trì] {S}`,
      // "Từ ngày 2 đến 5/9, tại Kuala Lumpur (Malaysia), đoàn đại biểu … do … làm trưởng đoàn đã tham dự Hội nghị …": where, said
      // first, is where the occasion the delegation attended was held.
      // (Only a delegation that opens the clause: "…, tại Hà Nội, Bộ trưởng X tiếp đoàn Lào trước khi đoàn sang dự Hội nghị
      // … tại Viêng Chăn" is not where that meeting was.)
      `^ … … tại ${PLACE_WORDS_VI} {T} ~ , [đoàn|đoàn đại biểu|đoàn công tác] ~~ [tham dự|dự] {S}`,
      // "tại Sân bay Gia Lâm (Hà Nội), Triển lãm … đã khai mạc".
      `tại ${PLACE_WORDS_VI} {T} , {S} ~ [khai mạc|bế mạc|diễn ra|bắt đầu|kết thúc|được tổ chức]`,
      // ("tại thành phố Pakse, tỉnh Champasak (Lào), Hội nghị … đã khai mạc": the city, past the province it lies in.)
      `tại ${PLACE_WORDS_VI} {T} , ${PLACE_WORDS_VI} ~ , {S} ~ [khai mạc|bế mạc|diễn ra|bắt đầu|kết thúc|được tổ chức]`,
      // "Chiều 12/3, tại Hà Nội, Đại tướng X đã hội đàm với …": a sentence that opens with where tells where the meeting
      // said by its verb was (not an event it only mentions, "thông báo kết quả Hội nghị ADMM-19 tại Viêng Chăn").
      `^ … tại ${PLACE_WORDS_VI} {T} , ~ ${AUX_VI} {S} với`,
      // A ship's visit takes place where it berthed: "… đã cập Cảng quốc tế Cam Ranh (tỉnh Khánh Hòa), bắt đầu chuyến thăm …".
      '[cập cảng|cập] {T+} ,? bắt đầu {S}',
      // "Thành phố Nha Trang, tỉnh Khánh Hòa, là nơi diễn ra Hội thảo …", "Hawaii là nơi Hạm đội … tổ chức Diễn tập …".
      '{T} ~ là nơi [diễn ra|tổ chức|đăng cai] {S}',
      '{T} ~ là nơi ~ [tổ chức|diễn ra|đăng cai] {S}',
    ],
    en: [
      '{S} ~ [held in|held at|was held at|off the coast of|in|at|near|off] {T}',
      '[arrived at|arrived in|berthed at|docked at] {T+} ~ , for [a|an]? … {S}',
      // "Ships from nine navies have arrived in Darwin for Exercise Southern Reef 2026", "docked at the South Harbor in Manila on
      // Monday for a four-day goodwill visit".
      '[arrived at|arrived in|berthed at|docked at] [the]? {T} ~ for [a|an|the]? {S}',
      // "We … met in Langkawi on 26 February 2025 for a Special ADMM Retreat".
      '[met in|met at|gathered in|gathered at|convened in|convened at] {T} ~ for [a|an|the]? {S}',
      // "In Abu Dhabi, the minister held talks with …": a sentence that opens with where tells where the talks its verb holds were.
      '^ [in|at] [the]? {T} , ~ [held|holds|hold] [a|an|the]? {S}',
      // "Hosted in Honiara, Solomon Islands, the Pacific Partnership 2025 mission …": where, said first.
      '^ [Held|Hosted|Staged|Conducted] [in|at] [the]? {T} , ~? [the]? {S}',
      // "Hosted by Fiji in Nadi, the … Conference …".
      '^ [Hosted|Organised|Organized|Held] by ~ in {T} , [the]? {S}',
      // "Hawaii is where the US Pacific Fleet holds RIMPAC".
      '{T} ~ [is where|was where] ~ [holds|held|hosts|hosted|stages|staged] [the]? {S}',
    ],
  },
  {
    // "Ngày 20/3, tại Bandar Seri Begawan, Đại tá X đã chào xã giao Chuẩn Đô đốc Y": a sentence that opens with where
    // tells where the courtesy call its verb names was made (as "hội đàm với" above, which needs its "với").
    id: 'held_at/courtesy-call',
    predicate: 'held_at',
    words: 'tại …, … hội kiến, chào xã giao / at …, … a courtesy call',
    sources: ['event'],
    targets: ['place'],
    score: 0.8,
    // ("hội kiến", "chào xã giao", "tiếp xã giao"; not "Giao lưu …", an exchange.)
    sourceWords: ['kien', 'xa'],
    vi: [`^ … tại ${PLACE_WORDS_VI} {T} , ~ ${AUX_VI} {S}`],
    en: [],
  },
  {
    // "a state visit to Hanoi", "chuyến thăm hữu nghị tới Thành phố Hồ Chí Minh": where a visit goes (not "the importance of
    // the Shangri-La Dialogue to Asia").
    id: 'held_at/visit-to',
    predicate: 'held_at',
    words: 'chuyến thăm tới / visit to',
    sources: ['event'],
    targets: ['place'],
    score: 0.8,
    sourceWords: ['visit', 'visits', 'trip', 'voyage', 'tour', 'tham'],
    vi: ['{S} [tới|đến] {T}'],
    en: ['{S} to [the]? {T}'],
  },
  {
    id: 'located_in/tru-so',
    predicate: 'located_in',
    words: 'có trụ sở tại, đóng tại / headquartered in, based in',
    sources: ['actor'],
    targets: ['place'],
    score: 0.75,
    // "Trung tâm … (CMAC), có trụ sở tại Phnom Penh", "Bệnh viện … hiện đóng quân tại Bentiu".
    // "Trung tâm … (CMAC) có trụ sở tại Phnom Penh", "Bệnh viện … hiện đóng quân tại Bentiu"; not after a comma: "Bệnh viện …,
    // đơn vị trực thuộc Cục …, hiện đóng quân tại Bentiu" is the hospital's, not the department's.
    vi: [
      '{S} [hiện|đang|hiện đang]? [có trụ sở tại|có trụ sở ở|đặt trụ sở tại|đóng tại|đóng quân tại] {T}',
      // "Học viện Cảnh sát nhân dân, có trụ sở tại quận Bắc Từ Liêm, …": a seat, said between commas (only a seat).
      // (Only the sentence's first name: "Trung tâm Huấn luyện, đơn vị thuộc Bộ Tư lệnh …, có trụ sở tại …" is the centre's seat.)
      '^ {S} , [có trụ sở tại|có trụ sở ở|đặt trụ sở tại] [quận|huyện|thành phố|tỉnh|thủ đô]? {T}',
    ],
    en: ['{S} ,? [headquartered in|headquartered at|based in|based at|stationed in|stationed at|garrisoned in|is located in|is located at|located in|located at|is situated in|situated in] {T}'],
  },
  {
    // "Văn phòng liên lạc biên giới Đen Sạ Vẳn thuộc tỉnh Savannakhet", "xã Na Ngoi thuộc huyện Kỳ Sơn": a body or a place in a wider place.
    id: 'located_in/thuoc',
    predicate: 'located_in',
    words: 'thuộc tỉnh, nằm ở / in … province, located in',
    sources: ['actor', 'place'],
    targets: ['place'],
    score: 0.7,
    vi: [`{S} [thuộc|nằm ở|nằm tại|nằm trên địa bàn|trên địa bàn] ${PLACE_WORDS_VI} {T}`],
    en: [],
  },
  {
    id: 'signed_at/ben-le',
    predicate: 'signed_at',
    words: 'bên lề, ký tại, tại … ký, thông qua / on the sidelines of, on the margins of, during a visit to, signed in',
    sources: INSTRUMENT,
    targets: ['place', 'event'],
    score: 0.75,
    vi: [
      '{S} ~ bên lề {T}',
      `{S} ~ [ký tại|ký kết tại] ${PLACE_WORDS_VI} {T}`,
      '{T} ~ thông qua {S}',
      // "tại Seoul, A và B đã ký Kế hoạch …", "tại Hà Nội, Bản ghi nhớ … đã được ký kết".
      `tại ${PLACE_WORDS_VI} {T} , ~ [đã ký kết|đã ký|ký kết] {S}`,
      // Not "được ký" alone: compared without tones it is also "được kỳ vọng", "được kỹ lưỡng".
      `tại ${PLACE_WORDS_VI} {T} , {S} ~ được ký kết`,
      `[ký kết|ký] {S} tại ${PLACE_WORDS_VI} {T}`,
      // "Được ký ngày 4/6 tại Tokyo, Thỏa thuận hợp tác …": where, said first.
      `^ Được [ký|ký kết] … tại ${PLACE_WORDS_VI} {T} , {S}`,
      // "Tuyên bố Tầm nhìn chung … ký năm 2015 tại Hà Nội": the date, then where (not "được kỳ vọng … tại", which has no date).
      `{S} ,? [được ký năm|ký năm|được ký ngày|ký ngày|được ký vào|ký vào|được ký kết năm|ký kết năm|ký kết ngày|được ký kết ngày] … tại ${PLACE_WORDS_VI} {T}`,
    ],
    // "A letter of intent … was signed by Canada and Viet Nam in Ottawa": where, after who signed it.
    en: ['{S} ~ [on the sidelines of|on the margins of|visit to] [the]? {T}', '{S} ~ [signed in|concluded in|inked in] {T}', '{S} ,? [signed by|concluded by|inked by] ~ in {T}', '[signed|inked|concluded] … {S} in {T}', '[signed|inked|concluded] … {S} )? on … in {T}', '^ [Signed|Concluded] in {T} … , [the]? {S}', '{S} ~ [was|were|has been|have been] signed by ~ in {T}'],
  },
  {
    // "Nhân dịp này, A và B đã ký Thỏa thuận …", "On this occasion, a letter of intent … was signed by …": signed at the
    // occasion the sentence before named; "Nhân chuyến thăm …, Bản ghi nhớ … đã được ký kết": at the one named first.
    id: 'signed_at/nhan-dip',
    predicate: 'signed_at',
    words: 'nhân dịp này, nhân chuyến thăm, kết thúc hội đàm … ký / on this occasion, during the visit, following the talks … signed',
    sources: INSTRUMENT,
    targets: ['event'],
    score: 0.7,
    lastEvent: true,
    // The opening words are written out, not in brackets: "Nhân" in brackets would end names at the "nhân" of "quân nhân".
    // "Kết thúc hội đàm, hai bên đã ký Biên bản …", "At the end of the Dialogue, …": signed at the meeting just ended.
    // (The visit's destination may follow its name: "Trong khuôn khổ chuyến thăm chính thức | Vương quốc Tây Ban Nha, …".)
    vi: ['Nhân dịp này', 'Cũng nhân dịp này', 'Nhân {T} ~?', 'Trong khuôn khổ {T} ~?', 'Cũng trong khuôn khổ {T} ~?', 'Kết thúc {T}'].flatMap((opening) => [`^ ${opening} , ~ ${SIGNED_VI} {S+}`, `^ ${opening} , ~ [đã ra|cùng ra|đã cùng ra] {S+}`, `^ ${opening} , {S+} ~ được ký kết`]),
    en: ['On this occasion', 'On the same occasion', 'During the? {T}', 'On the occasion of the? {T}', 'At the end of the? {T}', 'At the conclusion of the? {T}'].flatMap((opening) => [`^ ${opening} , ~ [signed|inked|concluded|adopted] … {S+}`, `^ ${opening} , {S+} ~ [was|were] [signed|inked|concluded|adopted]`]),
  },
  {
    // "Sau hội đàm, hai bên đã ký …", "Following the talks, …": signed at the meeting just held, said in lower case by what it
    // was. Not "Following the Shangri-La Dialogue, …" nor "Sau Hội nghị ADMM, …": after a named occasion, only after it.
    id: 'signed_at/sau',
    predicate: 'signed_at',
    words: 'sau hội đàm … ký / following the talks … signed',
    sources: INSTRUMENT,
    targets: ['event'],
    score: 0.65,
    targetLowerCase: true,
    vi: ['Sau {T}', 'Sau cuộc {T}'].flatMap((opening) => [`^ ${opening} , ~ ${SIGNED_VI} {S+}`, `^ ${opening} , ~ [đã ra|cùng ra|đã cùng ra] {S+}`, `^ ${opening} , {S+} ~ được ký kết`]),
    en: ['Following the? {T}', 'After the? {T}'].flatMap((opening) => [`^ ${opening} , ~ [signed|inked|concluded|adopted|issued] … {S+}`, `^ ${opening} , {S+} ~ [was|were] [signed|inked|concluded|adopted|issued]`]),
  },
  {
    id: 'cooperates_with/hop-tac-voi',
    predicate: 'cooperates_with',
    words: 'hợp tác với, hợp tác giữa … và … / cooperate with',
    sources: ['actor'],
    targets: ['actor'],
    score: 0.65,
    vi: [
      '{S} … [hợp tác chặt chẽ với|hợp tác với|phối hợp chặt chẽ với] {T+}',
      // "Bộ Chỉ huy … phối hợp với Ủy ban … tổ chức …", "đơn vị vừa phối hợp với A và B triệt phá …": right after its subject.
      `{S} ${AUX_VI} phối hợp với {T+}`,
      // "Việt Nam tăng cường hợp tác quốc phòng với Ấn Độ": what they cooperate on stands between, in the same clause.
      `{S} ${AUX_VI} [tăng cường|đẩy mạnh|mở rộng|làm sâu sắc|thúc đẩy]? hợp tác … với {T+}`,
      '[hợp tác|quan hệ] … giữa [các|những]? {S} và [các|những]? {T}',
      // "duy trì đường dây nóng giữa Vùng 1 Hải quân và Hạm đội Nam Hải": a line kept between two is kept together.
      '[đường dây nóng|kênh liên lạc|cơ chế liên lạc|cơ chế phối hợp] giữa {S} và {T}',
    ],
    en: [
      '{S} [also|will|has|have|had|already|will also|has also]? [cooperate with|cooperates with|cooperated with|works closely with|work closely with|worked closely with|coordinates closely with|coordinates with|coordinated closely with|coordinated with|partners with|partnered with] … {T+}',
      // "The operation works closely with EUCAP Somalia and with the Combined Maritime Forces": the second, after its own "with".
      '{S} [cooperates with|cooperate with|works closely with|work closely with|coordinates with|coordinates closely with|coordinated with|coordinated closely with] ~ and with [the]? {T}',
      'cooperation between {S} and {T}',
      // "a hotline between the Vietnamese Navy's Region 1 and the Southern Theater Command".
      '[hotline|hotlines|communication line|liaison mechanism] between [the]? {S} and [the]? {T}',
    ],
  },
  {
    id: 'references/trinh-bay',
    predicate: 'references',
    words: 'giới thiệu, trình bày / presented',
    sources: [...INSTRUMENTS, 'event', 'domain'],
    targets: [...INSTRUMENTS, 'event'],
    score: 0.55,
    orMain: true,
    vi: ['[giới thiệu|trình bày] {T}'],
    en: ['[presented its|presented] {T}'],
  },
  {
    // "The two sides reviewed the implementation of the Memorandum … and the Joint Vision Statement", "Hai bên rà soát việc
    // triển khai Bản ghi nhớ …": what a meeting reviews it speaks of.
    id: 'references/ra-soat',
    predicate: 'references',
    words: 'rà soát, đánh giá việc triển khai / reviewed the implementation of',
    sources: ['event'],
    targets: INSTRUMENTS,
    score: 0.6,
    orMain: true,
    vi: ['[rà soát|đánh giá|đánh giá cao|kiểm điểm|tổng kết|trao đổi về] [việc triển khai|việc thực hiện|kết quả thực hiện|kết quả triển khai|tình hình thực hiện|tình hình triển khai] {T+}'],
    en: ['[reviewed|reviewing|review|discussed|assessed|evaluated|took stock of|welcomed] [the]? [implementation of|progress in implementing|progress in the implementation of|progress on] [the]? {T+}'],
  },
  {
    // "the Statement, which references the 1982 UNCLOS", "It recalls the Charter of the United Nations": what a text cites.
    id: 'references/vien-dan',
    predicate: 'references',
    words: 'viện dẫn, dẫn chiếu / references, recalls, cites, amends',
    sources: [...INSTRUMENTS, 'event'],
    targets: [...INSTRUMENTS, 'event'],
    score: 0.6,
    // A source the clause names (or "It" standing for one): a person who recalls something is no text citing it.
    vi: ['{S} )? ,? ~ [viện dẫn|dẫn chiếu] … {T+}'],
    // ("Decision (CFSP) 2028/301, which amends Council Decision (CFSP) 2024/583, …": an act that amends another names it.)
    en: ['{S} )? ,? [which|that]? [references|referenced|refers to|recalls|cites|amends|amended|amending] … {T+}', '^ [the]? {S} ~ [recalls|recalled|references|referenced|cites|cited] [the]? {T+}'],
  },
  {
    id: 'develops/soan-thao',
    predicate: 'develops',
    words: 'soạn thảo, biên soạn / drafted, tabled, co-authored',
    sources: ['actor'],
    targets: INSTRUMENTS,
    score: 0.7,
    // Not "do" (by): compared without tones it is also the "đó" of "theo đó", "sau đó".
    vi: ['{T} … được {S+} … [chủ trì soạn thảo|soạn thảo|biên soạn]', `{S+} ${AUX_VI} [chủ trì soạn thảo|soạn thảo|biên soạn] {T}`],
    en: ['{T} ~ [drafted by|tabled by|co-authored by|authored by|put forward by] {S+}', '{S+} … [drafted|tabled|co-authored|authored] {T}'],
  },
];

/** The phrases of each rule's constructions that name its relation (the verbs, not the small words), folded. */
const TRIGGERS: [Predicate, string[]][] = RELATION_RULES.map((rule) => {
  const phrases = new Set<string>();
  for (const pattern of [...rule.vi, ...rule.en]) {
    // The words a construction needs, not those it may do without ("đã", "cũng").
    for (const group of pattern.matchAll(/\[([^\]]+)\](?!\?)/g)) for (const p of group[1]!.split('|')) if (p.length > 3) phrases.add(foldKeepLength(p));
  }
  return [rule.predicate, [...phrases]];
});

/** Whether a built-in rule for this predicate already has these words (folded) among its phrases. */
export function ruleReads(predicate: Predicate, words: string): boolean {
  const folded = foldKeepLength(words);
  return TRIGGERS.some(([p, phrases]) => p === predicate && phrases.includes(folded));
}

const TRIGGER_INDEX = phraseIndex(TRIGGERS.flatMap(([predicate, phrases]) => phrases.map((p): [string, Predicate] => [p, predicate])));

/** Whether a rule's words stand at a word (a list item holding them is a clause, not a name), leaving out some predicates. */
export function isTriggerAt(text: string, tokens: Token[], at: number, except: Predicate[] = []): boolean {
  const list = TRIGGER_INDEX.get(tokens[at]?.folded ?? '');
  return list !== undefined && list.some((entry) => !except.includes(entry.value) && phraseAt(text, tokens, at, entry.phrase));
}
