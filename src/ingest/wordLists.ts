/**
 * The small, hand-kept word lists the rules read. Everything else the rules know comes from the
 * graph itself (names, aliases, kinds). Words are folded (no diacritics, đ → d, lower case).
 */
import type { Token } from '../text/tokens';
import type { CuratedKind as Kind } from './types';

/**
 * Words that say a place's name follows, as written ("tỉnh Khánh Hòa", "huyện Svay Teab", "cửa khẩu quốc tế Mộc Bài",
 * "cảng Nhà Rồng", "đảo Palawan", "căn cứ hải quân Sattahip"): folded, "xã" would be "xa", "quận" "quân", "đảo" "đạo".
 * Longest first.
 */
const PLACE_KIND_WORDS = ['căn cứ hải quân', 'căn cứ không quân', 'cửa khẩu quốc tế', 'thủ đô', 'thành phố', 'thị xã', 'thị trấn', 'cửa khẩu', 'quần đảo', 'vùng biển', 'ngoài khơi', 'eo biển', 'bán đảo', 'căn cứ', 'đặc khu', 'tỉnh', 'huyện', 'xã', 'quận', 'phường', 'cảng', 'đảo', 'sông', 'bang'].map((w) => w.split(' '));

/** Whether the place word at `at` is one: "bang Unity" is a federal state, "Liên bang" ("Cảnh sát Liên bang Australia") a federation. */
const isPlaceWordAt = (tokens: Token[], at: number, words: string[]) => words.every((w, k) => tokens[at + k]?.text.toLowerCase() === w) && !(words[0] === 'bang' && tokens[at - 1]?.folded === 'lien');

/** How many words that say what kind of place follows end right before word `first` (0 if none). */
export function placeWordsBefore(tokens: Token[], first: number): number {
  return PLACE_KIND_WORDS.find((words) => first >= words.length && isPlaceWordAt(tokens, first - words.length, words))?.length ?? 0;
}

/** How many words that say what kind of place follows stand from word `at` (0 if none). */
export function placeWordsFrom(tokens: Token[], at: number): number {
  return PLACE_KIND_WORDS.find((words) => isPlaceWordAt(tokens, at, words))?.length ?? 0;
}

/** Words that may open the wider place after a comma: "thị trấn Bentiu, bang Unity", "Zhanjiang, Guangdong province". */
// ("La Habana, thủ đô Cuba", "Djibouti City, the capital of Djibouti", "Manila, the Philippines": a capital's state, or a state
// named with its article.)
const WIDER_PLACE_WORDS = ['thành phố', 'tỉnh', 'bang', 'huyện', 'quận', 'thị xã', 'đặc khu', 'thủ đô của', 'thủ đô', 'province', 'state', 'the capital of', 'capital of', 'the'].map((w) => w.split(' '));

/** How many of those words stand from word `at` (0 if none). */
export function widerPlaceWordsFrom(tokens: Token[], at: number): number {
  return WIDER_PLACE_WORDS.find((words) => isPlaceWordAt(tokens, at, words))?.length ?? 0;
}

/** Heads of courses, of three words, whose topic follows them in lower case (folded): "Khóa huấn luyện rà phá bom mìn …". */
export const COURSE_HEADS = ['khoa huan luyen', 'khoa dao tao', 'khoa tap huan', 'khoa boi duong', 'lop tap huan', 'lop huan luyen', 'lop boi duong'];

/** Heads that open a proper name of a known kind: "Hiệp định …", "Công ước …", "Bộ …". */
export const NAME_HEADS: [string, Kind][] = [
  ['tuyen bo tam nhin chung', 'agreement'],
  ['tuyen bo chung', 'agreement'],
  ['thu y dinh', 'agreement'],
  ['y dinh thu', 'agreement'],
  ['ke hoach hanh dong', 'agreement'],
  ['bien ban ghi nho', 'agreement'],
  ['bien ban', 'agreement'],
  // "Quy chế phối hợp thiết lập đường dây nóng giữa …": the regulation two agencies sign.
  ['quy che', 'agreement'],
  ['bo quy tac', 'framework'],
  // "Bộ luật quốc tế về tàu tự hành trên biển (MASS Code)": a code of law, no ministry ("Bộ").
  ['bo luat', 'framework'],
  ['quy tac', 'framework'],
  ['lo trinh', 'agreement'],
  ['ke hoach', 'agreement'],
  ['dien tap', 'event'],
  // Courses: "Khóa huấn luyện rà phá bom mìn nhân đạo", "Lớp tập huấn …"; "khóa học" read with its tone (not "khoa học", science).
  ['khoa huan luyen', 'event'],
  ['khoa dao tao', 'event'],
  ['khoa tap huan', 'event'],
  ['khoa boi duong', 'event'],
  ['lop tap huan', 'event'],
  ['lop boi duong', 'event'],
  ['lop huan luyen', 'event'],
  ['khoa hoc', 'event'],
  ['cuoc hop', 'event'],
  ['chien dich', 'event'],
  ['phai bo', 'event'],
  ['du an', 'framework'],
  // "Chương trình giao lưu y học quân sự Việt Nam – Ấn Độ lần thứ 3": an exchange is held, an occasion, not a programme.
  ['chuong trinh giao luu', 'event'],
  ['nhom chuyen gia', 'actor'],
  // "Đồn Biên phòng Ia Dom", "Ban Chỉ đạo 1237", "Viện Nghiên cứu Chiến lược Quốc tế": bodies whose head is two words.
  ['don bien phong', 'actor'],
  // "Trạm Kiểm soát biên phòng Cửa Lò": a border checkpoint, named for its place.
  ['tram kiem soat bien phong', 'actor'],
  // "Trạm Kiểm tra biên phòng cửa khẩu Hữu Nghị Quan", "Tổng trạm Kiểm tra biên phòng Quảng Tây": China's border inspection
  // stations, as the Vietnamese press names them; "Chi cục Hải quan cửa khẩu Hữu Nghị": a sub-department.
  ['tong tram kiem tra bien phong', 'actor'],
  // ("Tổng trạm Quản lý xuất nhập cảnh biên phòng Hồng Hà": and the general station by what it manages.)
  ['tong tram', 'actor'],
  ['tram kiem tra bien phong', 'actor'],
  ['chi cuc', 'actor'],
  ['ban chi dao', 'actor'],
  // "Ban Quản lý Dự án Hành động bom mìn tỉnh Quảng Trị (QTMAC)": a project's management board, a body.
  ['ban quan ly', 'actor'],
  ['vien nghien cuu', 'actor'],
  // "Tham khảo chính trị Việt Nam – Mexico lần thứ 7", "Chuyên án 925N": consultations and police operations.
  ['tham khao chinh tri', 'event'],
  ['chuyen an', 'event'],
  ['nhom cong tac', 'actor'],
  ['ban thu ky', 'actor'],
  // "Ban Bí thư": the Party's Secretariat, whose name holds an office's title.
  ['ban bi thu', 'actor'],
  ['canh sat bien', 'actor'],
  // "Tuần duyên Sri Lanka", "Tuần duyên Philippines": a foreign coast guard, as the Vietnamese press names it.
  ['tuan duyen', 'actor'],
  // "Hải cảnh Trung Quốc": China's coast guard, as the Vietnamese press names it.
  ['hai canh', 'actor'],
  ['chinh phu', 'actor'],
  // "Chính quyền tỉnh Savannakhet": a province's authorities, beside "Ủy ban nhân dân tỉnh Quảng Trị" and not part of its name.
  ['chinh quyen', 'actor'],
  ['dai hoc', 'actor'],
  ['cuc', 'actor'],
  // "Vụ Hợp tác quốc tế", "Vụ ASEAN": a ministry's department; read with its tone (not "Vũ", a family name).
  ['vu', 'actor'],
  // "Sở Ngoại vụ tỉnh Nghệ An", "Sở Tư pháp": a province's department; read with its tone (not "số", a number).
  ['so', 'actor'],
  // "Đồn Cảnh sát biên giới 817": a post; read with its tone (not "đón", "đơn").
  ['don', 'actor'],
  ['hiep dinh', 'agreement'],
  // "Thỏa thuận thực thi về chia sẻ thông tin …" (an implementing arrangement), "Thỏa thuận khung về …": the head's own lower-case word.
  ['thoa thuan thuc thi', 'agreement'],
  ['thoa thuan khung', 'agreement'],
  ['thoa thuan', 'agreement'],
  ['hiep uoc', 'agreement'],
  // "Thông cáo chung Việt Nam – Malaysia", "hợp đồng mua …": a joint communiqué, a contract.
  ['thong cao chung', 'agreement'],
  ['hop dong', 'agreement'],
  ['ban ghi nho', 'agreement'],
  ['nghi dinh thu', 'agreement'],
  // "Công hàm giữa Chính phủ Việt Nam và Chính phủ Nhật Bản về …": notes two governments exchange, which bind them.
  // ("Công hàm trao đổi giữa Chính phủ …": an exchange of notes, named so before the governments it is between.)
  ['cong ham trao doi', 'agreement'],
  ['cong ham', 'agreement'],
  ['cong uoc', 'framework'],
  ['chien luoc', 'framework'],
  // "Tầm nhìn ASEAN về Ấn Độ Dương – Thái Bình Dương": capitalised, as every head is read.
  ['tam nhin', 'framework'],
  ['chinh sach', 'framework'],
  ['hien chuong', 'framework'],
  // "Hiến pháp năm 2013": the constitution a law or an agreement must be in line with.
  ['hien phap', 'framework'],
  ['tuyen bo', 'framework'],
  ['tuyen ngon', 'framework'],
  ['nghi quyet', 'framework'],
  ['chuong trinh', 'framework'],
  ['sang kien', 'framework'],
  ['luat', 'framework'],
  ['co che', 'framework'],
  // "trong khuôn khổ Hợp tác Mê Công – Lan Thương": a cooperation framework, only capitalised inside a sentence (candidates.ts).
  ['hop tac', 'framework'],
  ['doi thoai', 'event'],
  ['hoi nghi', 'event'],
  // "Kỳ họp lần thứ 9 Ủy ban hợp tác an ninh Việt Nam – Lào": a committee's session; "Phiên họp lần thứ nhất Nhóm công tác
  // chung …", a group's meeting.
  ['ky hop', 'event'],
  ['phien hop', 'event'],
  ['phien thao luan', 'event'],
  ['hoi dam', 'event'],
  ['hoi kien', 'event'],
  ['hoi thao', 'event'],
  ['dien dan', 'event'],
  ['tham van', 'event'],
  ['tap tran', 'event'],
  ['quan he doi tac', 'partnership'],
  ['doi tac', 'partnership'],
  ['dai dien', 'actor'],
  ['bo', 'actor'],
  ['uy ban', 'actor'],
  ['quoc hoi', 'actor'],
  ['nghi vien', 'actor'],
  ['hoi dong', 'actor'],
  ['co quan', 'actor'],
  ['to chuc', 'actor'],
  ['luc luong', 'actor'],
  // "Quân chủng Hải quân", "Binh chủng Hóa học": a service and an arm of the army (read with their tones: "quần chúng" are the masses).
  ['quan chung', 'actor'],
  ['binh chung', 'actor'],
  // Police forces by their own names: "Cảnh sát Liên bang Australia", "Công an tỉnh Quảng Ninh", "Công an Việt Nam".
  ['canh sat', 'actor'],
  ['cong an', 'actor'],
  // "Ty Công an tỉnh Svay Rieng": a Cambodian or Lao province's police department.
  ['ty cong an', 'actor'],
  ['quan doi', 'actor'],
  // "Quân Giải phóng Nhân dân Trung Quốc": China's army by its own name.
  ['quan giai phong', 'actor'],
  ['hai quan', 'actor'],
  // "Lục quân Ấn Độ": an army.
  ['luc quan', 'actor'],
  ['ham doi', 'actor'],
  // "Nhà máy Z111 thuộc Tổng cục Công nghiệp quốc phòng": a defence factory by its code.
  ['nha may', 'actor'],
  // "Bảo tàng Lịch sử Quân sự Việt Nam", "Bảo tàng Quân đội Pháp": a museum, a body that signs and lends.
  ['bao tang', 'actor'],
  // "Dàn nhạc Trung tâm Quân đội Nga": an orchestra, a body of performers (read with its tones: "dân" is people).
  ['dan nhac', 'actor'],
  ['khong quan', 'actor'],
  ['dai su quan', 'actor'],
  // "Tổng Lãnh sự quán Lào tại Vinh": a consulate, a body (its "Tổng Lãnh sự" is an office).
  ['tong lanh su quan', 'actor'],
  ['lanh su quan', 'actor'],
  ['phai doan', 'actor'],
  // ("Trung tâm Hội nghị Quốc gia": a convention centre is where a meeting is held.)
  ['trung tam hoi nghi', 'place'],
  ['trung tam', 'actor'],
  ['hoc vien', 'actor'],
  // "Viện Chiến lược Quốc phòng": an institute (not "viện trợ", aid, nor "viện dẫn", citing: candidates.ts).
  ['vien', 'actor'],
  // "Trường Cao đẳng …": a school; folded it is also "trưởng" (chief), so it is read with its tone (candidateContext).
  ['truong', 'actor'],
  ['van phong', 'actor'],
  ['tong cuc', 'actor'],
  // "Tiểu khu Quân sự tỉnh Svay Rieng": a Lao or Cambodian province's military command.
  ['tieu khu', 'actor'],
  ['hiep hoi', 'actor'],
  // "Hội Chữ thập đỏ tỉnh Hà Tĩnh", "Hội Liên hiệp Phụ nữ Việt Nam": an association; read with its tone (not "hồi", "hỏi"),
  // after the meetings' "Hội nghị", "Hội đàm" … above; "Hội trường Thống Nhất" is a hall, a place.
  ['hoi truong', 'place'],
  ['hoi', 'actor'],
  // Companies of the defence industry: "Tập đoàn Công nghiệp – Viễn thông Quân đội", "Tổng công ty Ba Son".
  ['tap doan', 'actor'],
  ['tong cong ty', 'actor'],
  ['cong ty', 'actor'],
  ['lien minh', 'actor'],
  // "Quỹ Hòa bình châu Âu", "Quỹ Tiền tệ Quốc tế": a fund; read with its tone (not "Quy chế", "Quý").
  ['quy', 'actor'],
  ['trien lam', 'event'],
  // "Giao lưu hữu nghị quốc phòng biên giới …": "giao lưu" alone is a verb too.
  ['giao luu huu nghi', 'event'],
  // Places named by what they are: "Cảng quốc tế Cam Ranh", "Sân bay Gia Lâm", "căn cứ hải quân Sattahip", "vịnh Manila".
  ['cang', 'place'],
  ['san bay', 'place'],
  ['cua khau', 'place'],
  ['can cu', 'place'],
  ['vinh', 'place'],
  ['tru so', 'place'],
  ['toa nha', 'place'],
  // "Nhà khách Chính phủ", "Khu huấn luyện Năm Đồi", "Nghĩa trang liệt sĩ tỉnh Tây Ninh": a guest house, a training area, a
  // cemetery, where occasions are held.
  ['nha khach', 'place'],
  ['khu huan luyen', 'place'],
  ['nghia trang', 'place'],
  // "Khu Di tích Chiến thắng Điện Biên Phủ": a historic site.
  ['khu di tich', 'place'],
  // "Nhà làm việc liên hợp cửa khẩu quốc tế Hữu Nghị": the joint office building at a border gate, where border talks are held.
  ['nha lam viec', 'place'],
  // "Quảng trường Đỏ", "Công viên Gorky": a square and a park, where festivals are held.
  ['quang truong', 'place'],
  ['cong vien', 'place'],
];


/**
 * Capitalised because they open a sentence, not because they name something. As written: folded, "Ba" of "Ba Lan" is "bà", "Đỗ" of "Đỗ Xuân Tùng" is
 * "đó", "Hải" of "Hải Phòng" is "hai". "Đồng thời" and "ngoài ra" open a sentence as phrases only.
 */
// ("Thưa Ngài Chủ tịch, …": the address that opens a speech.)
const SENTENCE_OPENERS_WRITTEN = new Set('ngày tại trong theo với sau trước khi hai các những đây đó ông bà ngài qua về vì như hiện bên việc nếu từ để nhằm cùng cũng phía do thưa'.split(' '));
export function opensSentence(word: string, next: string | undefined): boolean {
  const w = word.toLowerCase();
  const n = next?.toLowerCase();
  return SENTENCE_OPENERS_WRITTEN.has(w) || (w === 'đồng' && n === 'thời') || (w === 'ngoài' && n === 'ra');
}

/**
 * The same grammatical words as written, for reading text: folded, "về" is also "vệ" of "bảo vệ", "tại" the
 * "tài" of "tài trợ", "đã" the "đa" of "đa phương", "khi" the "khí" of "vũ khí".
 */
const FUNCTION_WORDS_WRITTEN = new Set('và của về với trong tại ở cho là được đã sẽ đang các những một vào năm từ đến để nhằm như giữa cùng cũng còn thì mà bởi khi nếu hoặc hay trên dưới theo qua do này kia ấy'.split(' '));
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS_WRITTEN.has(word.toLowerCase());

/** Grammatical words, folded: never the tail of a name or a domain, never a list item on their own. */
export const FUNCTION_WORDS = new Set(
  'va cua ve voi trong tai o cho la duoc da se dang cac nhung mot vao nam tu den de nham nhu giua cung con thi ma ma boi khi neu hoac hay tren duoi theo qua do nay kia ay'.split(' '),
);

/** Words that open a clause, ending a list of domains: "…, đồng thời đưa ra …". */
export const CLAUSE_OPENERS = ['dong thoi', 'nham', 'qua do', 'de', 'tu do', 'dong gop', 'gop phan', 'thong qua', 'trong do', 'ngoai ra'];

/** Words a list item may start with but that are not part of the domain's name. */
export const ITEM_LEADERS = new Set(['cac', 'viec', 've', 'ca', 'nhu', 'trong', 'nhung', 'cho', 'linh', 'vuc', 'gom']);

/** Phrases after which a list of cooperation domains follows ("như" only before a colon). */
export const DOMAIN_LIST_TRIGGERS = ['trong cac linh vuc nhu', 'trong cac linh vuc', 'tren cac linh vuc', 'tren linh vuc', 'cac linh vuc hop tac', 'cac linh vuc nhu', 'cac linh vuc', 'bao gom', 'vi du nhu ve', 'vi du nhu', 'trong do co hop tac ve', 'hop tac ve', 'hop tac trong', 'tap trung vao', 'luyen tap', 'o cac linh vuc', 've cac linh vuc', 'cac noi dung', 'chia se kinh nghiem ve', 'trao doi kinh nghiem ve', 'trao doi ve', 'thao luan ve', 'trao doi thong tin ve', 'voi cac noi dung', 'chia se thong tin ve', 'tap huan ve', 'lien quan den', 'phoi hop dau tranh voi', 'phoi hop dau tranh chong', 'hop tac dau tranh voi', 'hop tac dau tranh chong', 'noi dung gom', 'noi dung chinh gom', 'noi dung chuong trinh gom', 'noi dung khoa hoc gom', 'noi dung tap huan gom', 'noi dung huan luyen gom', 'cac linh vuc uu tien', 'linh vuc uu tien la', 'linh vuc uu tien gom', 'nhu'];


/** What a reference points to: the article's own instrument or event ("hai bên"), the leading one of a kind, or the two bodies or people it is about. */
export type ReferenceKind = 'subject' | 'agreement' | 'partnership' | 'event' | 'bodies' | 'people' | 'threePeople' | 'chairs';

/** The two parties by that name (folded): the two sides, or the two countries, that the article's event or instrument joins. */
export const THE_TWO_PARTIES = ['hai ben', 'hai nuoc', 'both sides', 'the two sides', 'the two countries', 'both countries'];

/**
 * Phrases that point back to what the article is about, with what they point to: "the two sides"
 * and "hai bên" to the article's own instrument or event; "the agreement", "văn kiện" to its
 * agreement; "the dialogue", "hội nghị" to its event. Folded, longest first within a phrase's start.
 */
export const REFERENCE_PHRASES: [string, ReferenceKind][] = [
  ...THE_TWO_PARTIES.map((phrase): [string, ReferenceKind] => [phrase, 'subject']),
  ['hai bo truong', 'people'],
  ['cac bo truong', 'subject'],
  ['cac luc luong', 'subject'],
  ['cac dai bieu', 'subject'],
  ['the ministers', 'subject'],
  ['participants', 'subject'],
  // The two bodies the article is about, by what they are: "hai cơ quan nhất trí …", "the two agencies signed …".
  // Not "hai trường": folded, it is also "hai trưởng (đoàn)", two people.
  // ("hai đồn đã tổ chức lễ kết nghĩa": two border posts. Not "hai đoàn": two delegations are each side's, and the two bodies
  // named most may be one side's two.)
  // ("giữa hai Bộ Quốc phòng ký năm 2019": the two ministries by their name, which a bare "hai Bộ" before a capital is not.)
  ...['co quan', 'bo', 'bo quoc phong', 'bo cong an', 'bo ngoai giao', 'hoc vien', 'luc luong', 'don vi', 'uy ban', 'hai quan', 'quan doi', 'don'].map((body): [string, ReferenceKind] => [`hai ${body}`, 'bodies']),
  // "lực lượng hai bên đã tiến hành đợt tuần tra …": the two sides' forces, the two bodies the article names most.
  ['luc luong hai ben', 'bodies'],
  // The two people the article names most: "hai Thứ trưởng đã ký Biên bản …", "both ministers reaffirmed their commitment to …".
  ['hai thu truong', 'people'],
  // "hai Thủ tướng đã chứng kiến lễ trao …", "Hai Tư lệnh đánh giá cao …": the two heads of government, the two commanders.
  ['hai thu tuong', 'people'],
  ['hai tu lenh', 'people'],
  ['hai chi huy truong', 'people'],
  // "Kết thúc hội đàm, hai Trưởng đoàn đã ký Biên bản …": the two heads of delegation.
  ['hai truong doan', 'people'],
  ['the two heads of delegation', 'people'],
  ['both heads of delegation', 'people'],
  ['the two ministers', 'people'],
  // "At the close of the committee, the co-chairs signed a Record of Discussion.": the two people it was co-chaired by.
  ['the co-chairs', 'chairs'],
  ['the two co-chairs', 'chairs'],
  ['hai dong chu tich', 'chairs'],
  ['hai dong chu tri', 'chairs'],
  ['both ministers', 'people'],
  // "Following the meeting, the three Ministers signed the Joint Statement …": the three people the article names most.
  ['the three ministers', 'threePeople'],
  ['all three ministers', 'threePeople'],
  ...['agencies', 'ministries', 'academies', 'institutions', 'navies', 'coast guards', 'committees', 'bodies', 'colleges', 'commands', 'organisations', 'organizations'].flatMap((body): [string, ReferenceKind][] => [[`the two ${body}`, 'bodies'], [`both ${body}`, 'bodies']]),
  ['quan he doi tac nay', 'partnership'],
  ['moi quan he doi tac', 'partnership'],
  ['quan he doi tac', 'partnership'],
  ['thoa thuan nay', 'agreement'],
  ['thoa thuan', 'agreement'],
  ['van kien', 'agreement'],
  ['ban ghi nho', 'agreement'],
  ['bien ban ghi nho', 'agreement'],
  ['tuyen bo chung', 'agreement'],
  ['hiep dinh nay', 'agreement'],
  ['hiep dinh tren', 'agreement'],
  ['hiep dinh', 'agreement'],
  ['cong cu moi nay', 'agreement'],
  ['ke hoach nay', 'agreement'],
  ['ke hoach', 'agreement'],
  ['lo trinh', 'agreement'],
  ['thu y dinh', 'agreement'],
  ['y dinh thu', 'agreement'],
  ['nghi dinh thu', 'agreement'],
  ['cong ham', 'agreement'],
  ['the joint statement', 'agreement'],
  ['the memorandum', 'agreement'],
  ['the agreement', 'agreement'],
  ['the document', 'agreement'],
  ['the mou', 'agreement'],
  ['the contract', 'agreement'],
  ['the deal', 'agreement'],
  ['the plan', 'agreement'],
  ['the action plan', 'agreement'],
  ['the roadmap', 'agreement'],
  ['the arrangement', 'agreement'],
  ['the declaration', 'agreement'],
  ['the treaty', 'agreement'],
  ['cuoc dien tap', 'event'],
  ['dien tap', 'event'],
  ['cuoc hop', 'event'],
  ['phien hop', 'event'],
  ['hoi nghi', 'event'],
  // "Kỳ họp lần thứ 9 Ủy ban hợp tác an ninh Việt Nam – Lào": a committee's session.
  ['ky hop', 'event'],
  ['doi thoai', 'event'],
  ['the dialogue', 'event'],
  ['the conference', 'event'],
  ['the exercise', 'event'],
  ['the meeting', 'event'],
  ['the talks', 'event'],
  ['the discussions', 'event'],
  ['the consultations', 'event'],
  ['the debate', 'event'],
  // "The search involved …", "… also joined the search": a search at sea the article reports.
  ['the search', 'event'],
];

/**
 * Events the Vietnamese press names in lower case, by what happened: "chuyến thăm hữu nghị Việt
 * Nam", "lễ đón", "tuần tra chung lần thứ 38", "hội nghị rút kinh nghiệm", "cuộc hội đàm". The
 * words that open one, as written (with their tones: "chiêu đãi", a reception, is no "chiều dài", a length), and whether
 * it is an event on its own ("chuyến thăm") or only with words that say which ("hội nghị rút kinh nghiệm"; a bare "hội
 * nghị" refers to the article's event).
 */
export const EVENT_PHRASE_HEADS: [string, 'alone' | 'qualified'][] = [
  ['chuyến thăm', 'alone'],
  ['cuộc thăm', 'alone'],
  ['cuộc hội đàm', 'alone'],
  ['hội đàm', 'alone'],
  ['cuộc điện đàm', 'alone'],
  ['điện đàm', 'alone'],
  ['lễ đón', 'alone'],
  ['lễ tiếp đón', 'alone'],
  ['lễ trao', 'alone'],
  ['lễ ký kết', 'alone'],
  ['lễ ký', 'alone'],
  ['lễ khai mạc', 'alone'],
  ['lễ bế mạc', 'alone'],
  ['lễ xuất quân', 'alone'],
  ['lễ bàn giao', 'alone'],
  // "Buổi bàn giao do Thượng tá … chủ trì": a handover of people or goods at a border, named by what was done.
  ['buổi bàn giao', 'alone'],
  ['buổi trao trả', 'alone'],
  // "Bộ Quốc phòng tổ chức chiêu đãi Đoàn Tùy viên …", "chuyến công tác tại Cộng hòa Séc".
  ['buổi chiêu đãi', 'alone'],
  ['tiệc chiêu đãi', 'alone'],
  ['chiêu đãi', 'alone'],
  ['chuyến công tác', 'alone'],
  ['chuyến tuần tra', 'alone'],
  ['cuộc tuần tra', 'alone'],
  ['tuần tra chung', 'alone'],
  ['cuộc gặp', 'alone'],
  // A minister's courtesy reception of an ambassador, a working session: "Tại buổi tiếp, hai bên …".
  ['buổi tiếp', 'alone'],
  ['buổi hội kiến', 'alone'],
  ['hội kiến', 'alone'],
  ['cuộc hội kiến', 'alone'],
  ['buổi làm việc', 'alone'],
  ['buổi chào xã giao', 'alone'],
  // "… đã chào xã giao Chuẩn Đô đốc …", "tiếp xã giao Đại sứ …": a courtesy call, named by its verb as "hội kiến" is.
  ['chào xã giao', 'alone'],
  ['tiếp xã giao', 'alone'],
  // "Bộ Ngoại giao tổ chức họp báo thường kỳ …", "lễ kỷ niệm 82 năm Ngày thành lập …".
  ['họp báo', 'alone'],
  ['lễ kỷ niệm', 'alone'],
  ['cuộc họp', 'alone'],
  // A course named by what it teaches after its head ("khóa huấn luyện rà phá bom mìn") is one course; "các khóa" are none.
  ['khóa huấn luyện', 'alone'],
  ['khóa tập huấn', 'alone'],
  ['khóa bồi dưỡng', 'alone'],
  ['lớp tập huấn', 'alone'],
  ['khóa giảng dạy', 'alone'],
  ['hội nghị', 'qualified'],
  ['hội thảo', 'qualified'],
  ['diễn tập', 'qualified'],
  ['cuộc diễn tập', 'qualified'],
  ['triển lãm', 'qualified'],
  ['đối thoại', 'qualified'],
  ['tham vấn', 'qualified'],
  ['phiên họp', 'qualified'],
  // "phiên thảo luận mở cấp cao về an ninh biển" of the Security Council: a debate, named by how open and how high it is.
  ['phiên thảo luận', 'qualified'],
];

/** Words that say which event it was, after its opening words: "… chính thức", "… lần thứ 38", "… năm 2026". */
export const EVENT_PHRASE_QUALIFIERS = ['khu vuc', 'quoc te', 'chuyen de', 'cap bo truong', 'cap thu truong', 'chinh thuc', 'huu nghi', 'cap cao', 'cap nha nuoc', 'song phuong', 'da phuong', 'thuong nien', 'truc tuyen', 'chung', 'rut kinh nghiem', 'trao hoc bong', 'hoc bong', 'di qua', 'tim kiem cuu nan', 'tren bien', 'hai quan', 'tau', 'ky niem', 'tong ket', 'thuong ky', 'mo'];

/** Months and days of the week, in English (folded), with the months' short forms: words of a date. */
export const CALENDAR_WORDS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** English counts written in words, two to twelve (folded). */
export const COUNT_WORDS_EN = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Currencies written by their codes ("40 triệu USD", "EUR 60 million"): amounts, not names. */
export const CURRENCY_CODES = new Set(['USD', 'EUR', 'VND', 'JPY', 'AUD', 'GBP', 'KRW', 'CNY', 'INR', 'SGD', 'NZD', 'THB', 'PHP', 'IDR', 'MYR', 'CAD', 'CHF']);

/** Labels before a colon that open a line of an interview, a transcript or a caption: who speaks, what follows. */
export const LINE_LABELS = new Set(['Ảnh', 'PV', 'Hỏi', 'Đáp', 'Q', 'A', 'Photo', 'Photos', 'Caption', 'Editing', 'Reporting', 'Nguồn', 'Source']);

/** Words that name who reports, which open a paragraph before its date as a place would, or stand in its brackets ("(Reuters)"). */
export const NEWS_OUTLETS = new Set(['Online', 'News', 'Newsroom', 'Press', 'Media', 'TTXVN', 'VNA', 'QĐND', 'CAND', 'VOV', 'VTV', 'ANTĐ', 'BBP', 'BP', 'NDO', 'SGGP', 'PLO', 'TTO', 'VGP', 'QPTĐ', 'VnExpress', 'Vietnamplus', 'VietnamPlus', 'Reuters', 'AFP', 'AP', 'Xinhua', 'Bernama', 'Antara', 'Kyodo', 'Yonhap']);

/** "SEOUL, Sept. 9 (Yonhap) —": the agency that reports, in brackets, is no actor of the story. */
export function newsAgencyInBrackets(text: string, tokens: Token[], first: number, last: number): boolean {
  return first === last && NEWS_OUTLETS.has(tokens[first]!.text) && text[tokens[first]!.start - 1] === '(' && text[tokens[first]!.end] === ')';
}

/** Words before the place a name is about, as written: "… ở Vịnh Bắc Bộ", "… tại tỉnh Quảng Trị", "… trên Biển Đông". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['ở', 'tại', 'trong', 'trên']);

/** Lower-case words after an English name that say it is a framework: "… (OSA) framework", "… Capacity Building programme". */
export const FRAMEWORK_WORDS = new Set(['framework', 'programme', 'program', 'project', 'initiative', 'mechanism', 'scheme']);
