/** Each rule named as a reviewer reads it, in both languages: the words that fired, or what the rule looks for. */
import { RELATION_RULES } from './relationRules';

const NAMED: Record<string, { vi: string; en: string }> = {
  'acronym-definition': { vi: 'tên đầy đủ kèm viết tắt trong ngoặc', en: 'a long name with its abbreviation in brackets' },
  'quoted-name': { vi: 'tên trong ngoặc kép', en: 'a name in quotation marks' },
  'quoted-title': { vi: 'tên dự án, chương trình trong ngoặc kép', en: 'a project’s or a programme’s title in quotation marks' },
  'capitalised-run': { vi: 'các âm tiết viết hoa liền nhau', en: 'a run of capitalised syllables' },
  'name-head': { vi: 'tên mở đầu hoặc kết thúc bằng một từ chỉ loại (Hiệp định, Bộ, Chiến lược …)', en: 'a name opened or closed by a word that says what it is (… Agreement, Ministry of …, … Dialogue)' },
  'domain-phrase': { vi: 'cụm “an ninh …”', en: 'an “an ninh …” (security) phrase' },
  'field-term': { vi: 'một thuật ngữ quen thuộc của lĩnh vực (“an ninh hàng hải”, “chống khủng bố”)', en: 'a standard term of the field (“maritime security”, “counter-terrorism”)' },
  'domain-list': { vi: 'một mục trong danh sách lĩnh vực', en: 'an item of a list of domains' },
  'belongs_to/owner-in-name': { vi: 'tên nêu chủ sở hữu (“… của EU”)', en: 'the name states its owner (“… of Canada”, “ASEAN Outlook on the Indo-Pacific”)' },
  'located_in/in': { vi: 'cơ quan hay địa điểm và nơi nó ở (“Học viện Hải quân ở Nha Trang”)', en: 'a body or a place and where it is (“… in Munich”, “Tien Sa port in Da Nang”)' },
  'concerns_region/in-name': { vi: 'tên văn kiện nêu khu vực (“… ở Đông Nam Á”)', en: 'the name of an instrument states its region (“… in Southeast Asia”)' },
  'part_of/owner-in-name': { vi: 'tên nêu tổ chức mẹ (“… Na Uy”)', en: 'the name states what it belongs to (“… of the Philippines”, “ASEAN Defence Ministers’ Meeting”)' },
  'office-title': { vi: 'tên một chức vụ, mở đầu bằng chức danh (Bộ trưởng, Đại sứ …)', en: 'the name of an office, opened by its title (Minister, Ambassador …)' },
  'person-name': { vi: 'tên một người, sau chức danh hoặc cấp bậc', en: 'a person’s name, after a title or a rank' },
  'state-in-name': { vi: 'một quốc gia chỉ được nêu trong tên dài hơn (“Hải quân Hoa Kỳ”)', en: 'a state named only inside a longer name (“… of the Philippines”)' },
  'body-in-office': { vi: 'cơ quan chỉ được nêu trong tên một chức vụ (“Thứ trưởng Bộ Công an”)', en: 'a body named only inside an office’s name (“Chairperson of the African Union Commission”)' },
  'side-in-name': { vi: 'cơ quan chỉ được nêu trong tên văn kiện, là một bên (“Bản ghi nhớ giữa Bộ Công an Việt Nam và …”)', en: 'a body named only inside an instrument’s name, as one of its sides (“the Memorandum of Understanding between the Ministry of Defence of …”)' },
  'covers/theo': { vi: 'câu mở đầu bằng “Theo [văn kiện]”, “Theo đó”: các lĩnh vực văn kiện ấy bao quát', en: 'a sentence opened by “Under the [instrument]”, “Under it”, “Theo [văn kiện]”: the domains that instrument covers' },
  'supports/hai-ben': { vi: '“hai bên … ủng hộ”: hai cơ quan đã chủ trì hoặc tham gia sự kiện của bài', en: '“both sides … support”: the two bodies that held the article’s event' },
  'signs/hai-ben': { vi: '“hai bên … ký”: hai cơ quan đã chủ trì hoặc tham gia sự kiện của bài', en: '“hai bên … ký” (the two sides signed): the two bodies that held the article’s event' },
  'diplomatic_relations_with/quan-he-ngoai-giao': { vi: '“quan hệ ngoại giao” giữa hai quốc gia câu văn nêu tên (hoặc “hai nước” của bài)', en: '“diplomatic relations” between the two states the sentence names (or “the two countries” of the article)' },
  'participates_in/forces-serving': { vi: 'lực lượng của một nước phục vụ trong một phái bộ (“Indonesian peacekeepers … to join UNIFIL”)', en: 'a state’s forces serving in a mission (“Indonesian peacekeepers … to join UNIFIL”)' },
  'supports/forces-serving': { vi: 'lực lượng của một nước phục vụ trong một phái bộ (“Vietnamese officers served in the EU Training Mission”)', en: 'a state’s forces serving in a mission (“Vietnamese officers served in the EU Training Mission”)' },
  'party_to/upgraded-ties': { vi: '“Quan hệ được nâng lên …”, trong dòng thời gian: hai quốc gia bài viết nhắc đến nhiều nhất', en: '“Ties are upgraded to …”, in a timeline: the two states the article names most' },
  'signs/hai-nuoc': { vi: '“hai nước … ký”: hai quốc gia bài viết nhắc đến nhiều nhất', en: '“signed by the two countries”: the two states the article names most' },
  'event-phrase': { vi: 'một sự kiện gọi bằng việc diễn ra (“chuyến thăm chính thức …”, “lễ đón”, “Lễ hồi hương …”, “đợt tìm kiếm chung lần thứ …”)', en: 'an event named by what happened (“a 30-minute phone call”, “an open debate on …”, “a regional course”)' },
  'instrument-phrase': { vi: 'một văn kiện chỉ được gọi bằng thể loại hay bằng chữ thường: khi được ký, thông qua hay công bố (“hai nước đã ra Tuyên bố chung”, “signed a memorandum of understanding on …”, “adopted an assistance measure”), theo số hiệu hay năm (“resolution 2719”, “the 2016 arbitral award”), hay bằng các bên (“the strategic partnership between …”)', en: 'an instrument named only by its genre or in lower case: as it is signed, adopted or issued (“hai nước đã ra Tuyên bố chung”, the two countries issued a Joint Statement; “signed a memorandum of understanding on …”, “adopted an assistance measure”), by its number or year (“resolution 2719”, “the 2016 arbitral award”), or by its parties (“the strategic partnership between …”)' },
  'covers/topic-in-name': { vi: 'tên văn kiện hoặc sự kiện nêu lĩnh vực (“Bản ghi nhớ về hợp tác an ninh mạng”)', en: 'the name of an instrument or an event states its domain (“Memorandum … on Maritime Domain Awareness”)' },
  'topic-in-name': { vi: 'lĩnh vực nêu trong tên văn kiện (“Bản ghi nhớ về hợp tác đóng tàu”)', en: 'a domain named in an instrument’s name (“Memorandum … on Maritime Domain Awareness”)' },
  dateline: { vi: 'nơi đưa tin ở đầu đoạn (“Hà Nội, ngày …”)', en: 'the place of the dateline (“Hanoi, 14 March —”)' },
  'party_to/parties-in-name': { vi: 'tên nêu các bên (“Việt Nam – Australia”, “giữa … và …”)', en: 'the name states its parties (“Viet Nam – Australia”, “between … and …”)' },
  'participates_in/parties-in-name': { vi: 'tên sự kiện nêu các bên tham gia', en: 'the event’s name states who takes part' },
  'heads/title-in-name': { vi: 'chức danh đứng đầu nêu trong tên (“Tư lệnh …”)', en: 'the title of a head states what it leads (“Commander of …”)' },
  'holds_role/apposition': { vi: 'người và chức vụ đứng cạnh nhau', en: 'a person and an office named side by side' },
  'abbreviation-in-name': { vi: 'tổ chức chỉ được nêu bằng tên viết tắt mở đầu một tên dài hơn (“Đại hội đồng IAEA”)', en: 'an organisation named only by the abbreviation that opens a longer name (“IAEA General Conference”)' },
  'organisation-in-name': { vi: 'tổ chức chỉ được nêu trong tên dài hơn (“Phái bộ Liên hợp quốc tại Nam Sudan”)', en: 'an organisation named only inside a longer name (“United Nations Office of Counter-Terrorism”)' },
  'place-in-name': { vi: 'nơi chốn chỉ được nêu trong tên dài hơn (“… tại Abyei”)', en: 'a place named only inside a longer name (“… tại Abyei”, in a Vietnamese name)' },
  'held_at/in-name': { vi: 'tên sự kiện nêu nơi diễn ra (“… tại Abyei”)', en: 'the name of an event states where it takes place (“… tại Abyei”)' },
  'located_in/in-name': { vi: 'tên cơ quan nêu nơi đặt trụ sở (“… tại Abyei”)', en: 'the name of a body states where it is (“… tại Abyei”)' },
  'part_of/office-at': { vi: 'chức vụ tại một cơ quan (“Director General … at the Indonesian Ministry of Defence”)', en: 'an office held at a body (“Director General … at the Indonesian Ministry of Defence”)' },
  'part_of/comma': { vi: 'cơ quan, dấu phẩy, rồi nơi nó trực thuộc (“Cục An toàn thông tin, Bộ Khoa học và Công nghệ”)', en: 'a body, a comma and what it belongs to (“…, Ministry of Science and Technology”)' },
  'located_in/comma': { vi: 'địa điểm, dấu phẩy, rồi nơi rộng hơn (“Sattahip, Thái Lan”)', en: 'a place, a comma and a wider place (“Alameda, California”)' },
  'part_of/brackets': { vi: 'cơ quan, rồi nơi nó trực thuộc trong ngoặc (“Cục Đối ngoại (Bộ Quốc phòng)”)', en: 'a body with what it belongs to in brackets (“Foreign Relations Department (Ministry of Defence)”)' },
  'located_in/brackets': { vi: 'địa điểm trong ngoặc sau một địa điểm', en: 'a place in brackets after a place' },
  'held_at/dateline': { vi: 'sự kiện của bài diễn ra ở nơi đưa tin', en: 'the article’s event is held where the report is filed' },
  'signed_at/dateline': { vi: 'văn kiện của bài được ký ở nơi đưa tin', en: 'the article’s instrument is signed where the report is filed' },
};

/**
 * A rule in the page's language (`lang`). A relation rule's words are written "Vietnamese / English"; the reader
 * sees the half the article is written in (`article`), the words its quote uses, framed in their own language. An
 * English reader of a Vietnamese article sees both halves: the words the text used, and what they mean.
 */
export function describeRule(rule: string, lang: 'vi' | 'en', article: 'vi' | 'en'): string {
  const named = NAMED[rule];
  if (named) return named[lang];
  const relationRule = RELATION_RULES.find((r) => r.id === rule);
  if (relationRule) {
    const [vi = '', en = vi] = relationRule.words.split(' / ');
    if (lang === 'vi') return `từ khóa “${article === 'vi' ? vi : en}”`;
    return `the words “${article === 'vi' ? relationRule.words : en}”`;
  }
  if (rule.startsWith('learned/')) return lang === 'vi' ? 'cách diễn đạt học được từ các lần duyệt trước' : 'wording learned from earlier reviews';
  return rule;
}
