/** The review page's words, in both languages. */
import { excerpt } from '../../io/sanitize';
import { distinctPhrases } from '../../ingest/review';
import type { Lang } from '../state/viewState';
import { formatCount } from '../displayText';
import { NoAnswer, NoReviewServer } from './api';

const STRINGS = {
  title: { vi: 'Duyệt đề xuất', en: 'Review proposals' },
  reviewsTitle: { vi: 'Các bài đang chờ duyệt', en: 'Articles waiting for review' },
  noReviews: {
    vi: 'Chưa có bài nào để duyệt. Thêm một bài bằng lệnh: npm run kg -- ingest TỆP --id MÃ --title-en "Tiêu đề tiếng Anh"',
    en: 'Nothing to review yet. Add an article with: npm run kg -- ingest FILE --id ID --title-en "English title"',
  },
  decided: { vi: 'đã quyết định', en: 'decided' },
  unreadable: { vi: 'tệp duyệt không đọc được — mở để xem lỗi', en: 'its review file cannot be read — open it to see why' },
  applied: { vi: 'Đã đưa vào đồ thị', en: 'Applied to the graph' },
  backToList: { vi: '← Danh sách bài', en: '← All articles' },
  explorer: { vi: 'Mở trình khám phá', en: 'Open the explorer' },
  article: { vi: 'Bài báo', en: 'Article' },
  proposals: { vi: 'Đề xuất', en: 'Proposals' },
  references: { vi: 'Các cụm từ thay cho một văn kiện hay sự kiện bài đã nêu', en: 'Phrases that stand for an instrument or event the article names' },

  sentence: { vi: 'Câu', en: 'Sentence' },
  newEntity: { vi: 'Thực thể mới', en: 'New entity' },
  isNew: { vi: 'mới', en: 'new' },
  similar: { vi: 'Giống với', en: 'Similar to' },
  mergeInto: { vi: 'Gộp vào', en: 'Merge into' },
  addsEvidence: { vi: 'bổ sung bằng chứng cho một quan hệ đã có', en: 'adds evidence to an existing relation' },
  viaReference: { vi: 'qua một cụm từ thay cho văn kiện hay sự kiện bài đã nêu', en: 'through a phrase that stands for an instrument or event the article names' },
  rule: { vi: 'Quy tắc', en: 'Rule' },
  score: { vi: 'độ tin cậy', en: 'score' },
  accept: { vi: 'Chấp nhận', en: 'Accept' },
  edit: { vi: 'Sửa', en: 'Edit' },
  reject: { vi: 'Bác bỏ', en: 'Reject' },
  confirm: { vi: 'Xác nhận', en: 'Confirm' },
  change: { vi: 'Đổi…', en: 'Change…' },
  save: { vi: 'Lưu và chấp nhận', en: 'Save and accept' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  open: { vi: 'chưa quyết định', en: 'open' },
  statusAccept: { vi: 'đã chấp nhận', en: 'accepted' },
  statusEdit: { vi: 'đã sửa', en: 'edited' },
  statusReject: { vi: 'đã bác bỏ', en: 'rejected' },
  acceptSentence: { vi: 'Chấp nhận cả câu…', en: 'Accept this sentence…' },
  acceptSentencePreview: { vi: 'Sẽ chấp nhận các đề xuất chưa quyết định sau:', en: 'This accepts the open proposals below:' },
  acceptThese: { vi: 'Chấp nhận các đề xuất này', en: 'Accept these' },
  labelVi: { vi: 'Tên tiếng Việt', en: 'Vietnamese label' },
  labelEn: { vi: 'Tên tiếng Anh', en: 'English label' },
  needsEnglish: { vi: 'Cần có tên tiếng Anh trước khi chấp nhận.', en: 'Needs an English label before it can be accepted.' },
  noEnglishYet: { vi: 'chưa có tên tiếng Anh', en: 'no English label yet' },
  kind: { vi: 'Loại', en: 'Kind' },
  predicate: { vi: 'Quan hệ', en: 'Relation' },
  source: { vi: 'Từ', en: 'From' },
  target: { vi: 'Đến', en: 'To' },
  swap: { vi: 'Đổi chiều', en: 'Swap' },
  instrument: { vi: 'Văn kiện hoặc sự kiện', en: 'Instrument or event' },
  applyTitle: { vi: 'Đưa vào đồ thị', en: 'Apply to the graph' },
  preview: { vi: 'Xem trước thay đổi', en: 'Preview the changes' },
  previewAgain: { vi: 'Xem lại thay đổi', en: 'Preview again' },
  write: { vi: 'Ghi vào đồ thị', en: 'Write to the graph' },
  nothingToApply: { vi: 'Chưa có gì để đưa vào: hãy chấp nhận một số đề xuất.', en: 'Nothing to apply yet: accept some proposals first.' },
  nothingNew: { vi: 'Không có gì mới kể từ lần ghi trước.', en: 'Nothing new since the last write.' },
  firstSettle: { vi: 'Cần xử lý trước khi ghi:', en: 'To settle before writing:' },
  invalid: { vi: 'Kết quả sẽ không hợp lệ:', en: 'The result would not validate:' },
  waiting: { vi: 'Đã quyết định nhưng không ghi:', en: 'Decided, but not written:' },
  written: { vi: 'Đã ghi vào đồ thị. Trình khám phá hiển thị bài này cùng các quan hệ và bằng chứng mới.', en: 'Written to the graph. The explorer now shows this article with its new relations and evidence.' },
  alsoNamed: { vi: 'được nêu trong bài', en: 'is named in the article' },
  aliasOf: { vi: 'là tên khác của', en: 'is another name of' },
  namesEntity: { vi: 'nhắc đến', en: 'names' },
  addedByYou: { vi: 'Do bạn thêm', en: 'Added by you' },
  statusAdded: { vi: 'đã thêm', en: 'added' },
  restore: { vi: 'Khôi phục', en: 'Restore' },
  elsewhere: { vi: 'Bổ sung không gắn với câu nào trong bài', en: 'Additions no sentence of the article holds' },
  selection: { vi: 'Đoạn đã chọn', en: 'Selected text' },
  selectHint: { vi: 'Bôi đen một đoạn trong bài để thêm thực thể, lần nhắc, tên khác hay quan hệ.', en: 'Select words in the article to add an entity, a mention, an alias or a relation.' },
  asMention: { vi: 'Nhắc đến thực thể…', en: 'Mention of…' },
  asEntity: { vi: 'Thực thể mới…', en: 'New entity…' },
  asAlias: { vi: 'Tên khác của…', en: 'Alias of…' },
  asRelation: { vi: 'Thêm quan hệ…', en: 'Add relation…' },
  clearSelection: { vi: 'Bỏ chọn', en: 'Clear' },
  entity: { vi: 'Thực thể', en: 'Entity' },
  aliasName: { vi: 'Tên khác', en: 'Alias' },
  aliasesField: { vi: 'Tên khác đã xác nhận (cách nhau bằng dấu ;)', en: 'Confirmed aliases (separated by ;)' },
  category: { vi: 'Phân loại', en: 'Category' },
  noCategory: { vi: '— không —', en: '— none —' },
  descriptionVi: { vi: 'Mô tả tiếng Việt', en: 'Vietnamese description' },
  descriptionEn: { vi: 'Mô tả tiếng Anh', en: 'English description' },
  descriptionBoth: { vi: 'Mô tả cần có cả hai thứ tiếng, hoặc để trống cả hai.', en: 'A description needs both languages, or neither.' },
  dates: { vi: 'Mốc thời gian', en: 'Dates' },
  dateType: { vi: 'Loại mốc', en: 'Date type' },
  date: { vi: 'Ngày (YYYY, YYYY-MM hoặc YYYY-MM-DD)', en: 'Date (YYYY, YYYY-MM or YYYY-MM-DD)' },
  addDate: { vi: 'Thêm mốc', en: 'Add a date' },
  remove: { vi: 'Xóa', en: 'Remove' },
  idOptional: { vi: 'Mã (để trống để tự đặt)', en: 'Id (leave empty to make one from the name)' },
  idHint: { vi: 'Chữ thường không dấu, nối bằng gạch ngang, ví dụ "oslo".', en: 'Lower-case ASCII words joined by hyphens, e.g. "oslo".' },
  addEntity: { vi: 'Thêm thực thể', en: 'Add the entity' },
  addMention: { vi: 'Thêm lần nhắc', en: 'Add the mention' },
  addAlias: { vi: 'Thêm tên khác', en: 'Add the alias' },
  addRelation: { vi: 'Thêm quan hệ', en: 'Add the relation' },
  saveChanges: { vi: 'Lưu thay đổi', en: 'Save the changes' },
  evidence: { vi: 'Trích dẫn làm bằng chứng', en: 'Evidence' },
  theSelection: { vi: 'đoạn đã chọn', en: 'the selected text' },
  useSelection: { vi: 'Dùng đoạn đã chọn', en: 'Use the selection' },
  wholeSentence: { vi: 'Cả câu', en: 'The whole sentence' },
  moveEvidence: { vi: 'Chuyển bằng chứng sang đoạn đã chọn', en: 'Move the evidence to the selection' },
  addEvidence: { vi: 'Thêm đoạn đã chọn làm bằng chứng thứ hai', en: 'Add the selection as a second quote' },
  noPredicate: { vi: 'Không quan hệ nào nối được hai loại này: hãy đổi chiều hoặc chọn thực thể khác.', en: 'No relation links these two kinds: swap them or choose another entity.' },
  chooseBoth: { vi: 'Chọn cả hai đầu của quan hệ.', en: 'Choose both ends of the relation.' },
  sameEnds: { vi: 'Hai đầu phải là hai thực thể khác nhau.', en: 'The two ends must be different entities.' },
  searchByName: { vi: 'Tìm theo tên…', en: 'Search by name…' },
  nothingChosen: { vi: 'chưa chọn', en: 'none chosen' },
  noMatch: { vi: 'Không tìm thấy', en: 'No match' },
  keepAsAlias: { vi: 'Giữ “{name}” làm tên khác của thực thể này', en: 'Keep “{name}” as another name of that entity' },
  mergeNone: { vi: 'Không gộp: tạo thực thể mới', en: 'Do not merge: create a new entity' },
  keys: {
    vi: 'Phím: ↓/↑ hoặc j/k để chuyển đề xuất, a chấp nhận (giữ nguyên phần đã sửa), e sửa, r bác bỏ, Ctrl+Z hoàn tác, Esc bỏ chọn.',
    en: 'Keys: ↓/↑ or j/k to move between proposals, a to accept (an edit is kept), e to edit, r to reject, Ctrl+Z to undo, Esc to clear the selection.',
  },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  needsServer: {
    vi: 'Trang duyệt cần máy chủ duyệt đang chạy: mở nó bằng lệnh npm run review.',
    en: 'The review page needs the review server: start it with npm run review.',
  },
  failed: { vi: 'Không thực hiện được', en: 'Could not do that' },
  serverUnreachable: {
    vi: 'Không kết nối được với máy chủ duyệt: lệnh npm run review có còn chạy không? Thao tác vừa rồi có thể chưa được ghi lại; hãy tải lại trang khi máy chủ đã chạy lại.',
    en: 'The review server cannot be reached: is npm run review still running? What you just did may not have been recorded; reload the page once the server is back.',
  },
  serverSilent: {
    vi: 'Đã quá thời gian chờ mà máy chủ duyệt vẫn chưa trả lời. Thao tác vừa rồi có thể chưa được ghi lại: hãy tải lại trang để xem bản duyệt hiện đã lưu những gì.',
    en: 'The review server has not answered in time. What you just did may not have been recorded: reload the page to see what the review holds.',
  },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  legendKnown: { vi: 'thực thể đã có', en: 'known entity' },
  legendCandidate: { vi: 'thực thể mới', en: 'new entity' },
  legendReference: { vi: 'cụm từ thay cho văn kiện, sự kiện', en: 'reference' },
  legendAdded: { vi: 'do bạn thêm', en: 'added by you' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ReviewStringKey = keyof typeof STRINGS;

export function rt(lang: Lang, key: ReviewStringKey): string {
  return STRINGS[key][lang];
}

/** A review id no article can have (a path, capitals, a pasted page): quoted, at most 60 characters of it. */
export function impossibleReviewText(lang: Lang, id: string): string {
  const quoted = `“${excerpt(id, 60)}”`;
  return lang === 'vi'
    ? `Không có bài nào mang mã ${quoted} để duyệt: mã của một bài chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ “eu-norway-spd”).`
    : `There is no article ${quoted} to review: an article’s id has only lower-case letters without accents, digits and hyphens (such as “eu-norway-spd”).`;
}

/** "12 / 18 đã quyết định" — numbers first reads the same in both languages, each written its own way. */
export function progressText(lang: Lang, decided: number, total: number): string {
  return `${formatCount(lang, decided)} / ${formatCount(lang, total)} ${rt(lang, 'decided')}`;
}

export type PlanCounts = { entities: number; relations: number; evidence: number; aliases: number; mentions: number };

/** "Will add 2 new entities, 3 new relations and 1 alias." — only the counts that are not zero, in whole sentences. */
export function planSummary(lang: Lang, counts: PlanCounts, done = false): string {
  const n = (k: number) => formatCount(lang, k);
  const parts =
    lang === 'vi'
      ? [
          counts.entities && `${n(counts.entities)} thực thể mới`,
          counts.relations && `${n(counts.relations)} quan hệ mới`,
          counts.evidence && `${n(counts.evidence)} trích dẫn mới cho quan hệ đã có`,
          counts.aliases && `${n(counts.aliases)} tên khác`,
          counts.mentions && `${n(counts.mentions)} lần nhắc gắn thực thể đã có với bài`,
        ]
      : [
          counts.entities && `${n(counts.entities)} new ${counts.entities === 1 ? 'entity' : 'entities'}`,
          counts.relations && `${n(counts.relations)} new ${counts.relations === 1 ? 'relation' : 'relations'}`,
          counts.evidence && `${n(counts.evidence)} new ${counts.evidence === 1 ? 'quote' : 'quotes'} for known relations`,
          counts.aliases && `${n(counts.aliases)} ${counts.aliases === 1 ? 'alias' : 'aliases'}`,
          counts.mentions && `${n(counts.mentions)} ${counts.mentions === 1 ? 'mention' : 'mentions'} tying a known entity to the article`,
        ];
  const said = parts.filter((p): p is string => typeof p === 'string');
  const and = lang === 'vi' ? 'và' : 'and';
  const list = said.length <= 1 ? said.join('') : `${said.slice(0, -1).join(', ')} ${and} ${said.at(-1)}`;
  if (lang === 'vi') return `${done ? 'Đã thêm' : 'Sẽ thêm'} ${list}.`;
  return `${done ? 'Added' : 'Will add'} ${list}.`;
}


/** "In this article, “the two sides”, “the document” … refer to:" — the article's own phrases, as it writes them (three at most). */
export function referenceText(lang: Lang, quotes: string[]): string {
  const distinct = distinctPhrases(quotes);
  const shown = distinct.slice(0, 3).map((q) => `“${excerpt(q, 40)}”`).join(', ');
  const more = distinct.length > 3 ? ' …' : '';
  if (distinct.length === 0) return lang === 'vi' ? 'Trong bài, các cụm từ thay cho văn kiện hay sự kiện đã nêu chỉ:' : 'In this article, the phrases that stand for an instrument or event it names refer to:';
  return lang === 'vi' ? `Trong bài, ${distinct.length === 1 ? 'cụm' : 'các cụm'} ${shown}${more} chỉ:` : `In this article, ${shown}${more} refer${distinct.length === 1 ? 's' : ''} to:`;
}

/** What went wrong with a request, in the page's language: the server's own words for a refusal (it words them in the page's language). */
export function failureText(lang: Lang, e: Error): string {
  if (e instanceof NoReviewServer) return rt(lang, 'needsServer');
  if (e instanceof NoAnswer) return rt(lang, e.why === 'silent' ? 'serverSilent' : 'serverUnreachable');
  return `${rt(lang, 'failed')}: ${e.message}`;
}
