/** The review page's words, in both languages. */
import type { Lang } from '../state/viewState';

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
  references: { vi: 'Các cụm từ chỉ văn kiện', en: 'Phrases that refer to an instrument' },
  referenceText: { vi: 'Các cụm “hai bên”, “thỏa thuận”, “văn kiện”… trong bài chỉ:', en: 'In this article, “hai bên”, “thỏa thuận”, “văn kiện” … refer to:' },
  sentence: { vi: 'Câu', en: 'Sentence' },
  newEntity: { vi: 'Thực thể mới', en: 'New entity' },
  isNew: { vi: 'mới', en: 'new' },
  similar: { vi: 'Giống với', en: 'Similar to' },
  mergeInto: { vi: 'Gộp vào', en: 'Merge into' },
  addsEvidence: { vi: 'bổ sung bằng chứng cho một quan hệ đã có', en: 'adds evidence to an existing relation' },
  viaReference: { vi: 'qua cụm từ chỉ văn kiện', en: 'through a reference' },
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
  kind: { vi: 'Loại', en: 'Kind' },
  id: { vi: 'Mã', en: 'Id' },
  noMerge: { vi: '— tạo thực thể mới —', en: '— create a new entity —' },
  predicate: { vi: 'Quan hệ', en: 'Relation' },
  source: { vi: 'Chủ thể nguồn', en: 'From' },
  target: { vi: 'Đích', en: 'To' },
  instrument: { vi: 'Văn kiện', en: 'Instrument' },
  applyTitle: { vi: 'Đưa vào đồ thị', en: 'Apply to the graph' },
  preview: { vi: 'Xem trước thay đổi', en: 'Preview the changes' },
  write: { vi: 'Ghi vào graph-data', en: 'Write to graph-data' },
  nothingToApply: { vi: 'Chưa có gì để đưa vào: hãy chấp nhận một số đề xuất.', en: 'Nothing to apply yet: accept some proposals first.' },
  firstSettle: { vi: 'Cần xử lý trước khi ghi:', en: 'To settle before writing:' },
  invalid: { vi: 'Kết quả sẽ không hợp lệ:', en: 'The result would not validate:' },
  willAdd: { vi: 'Sẽ thêm', en: 'Will add' },
  entitiesCount: { vi: 'thực thể mới', en: 'new entities' },
  relationsCount: { vi: 'quan hệ mới', en: 'new relations' },
  evidenceCount: { vi: 'bằng chứng mới cho quan hệ đã có', en: 'new evidence for existing relations' },
  aliasesCount: { vi: 'tên khác mới', en: 'new aliases' },
  waiting: { vi: 'Đang chờ (chưa có quan hệ nào được chấp nhận):', en: 'Waiting (no accepted relation links them yet):' },
  written: { vi: 'Đã ghi vào graph-data. Trình khám phá hiển thị bài này cùng các quan hệ và bằng chứng mới.', en: 'Written to graph-data. The explorer now shows this article with its new relations and evidence.' },
  keys: {
    vi: 'Phím: ↓/↑ hoặc j/k để chuyển đề xuất, a chấp nhận, e sửa, r bác bỏ, Ctrl+Z hoàn tác.',
    en: 'Keys: ↓/↑ or j/k to move between proposals, a to accept, e to edit, r to reject, Ctrl+Z to undo.',
  },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  needsServer: {
    vi: 'Trang duyệt cần máy chủ duyệt đang chạy: mở nó bằng lệnh npm run review.',
    en: 'The review page needs the review server: start it with npm run review.',
  },
  failed: { vi: 'Không thực hiện được', en: 'Could not do that' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  legendKnown: { vi: 'thực thể đã có', en: 'known entity' },
  legendCandidate: { vi: 'thực thể mới', en: 'new entity' },
  legendReference: { vi: 'cụm từ chỉ văn kiện', en: 'reference' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ReviewStringKey = keyof typeof STRINGS;

export function rt(lang: Lang, key: ReviewStringKey): string {
  return STRINGS[key][lang];
}

/** "12 / 18 đã quyết định" — numbers first reads the same in both languages. */
export function progressText(lang: Lang, decided: number, total: number): string {
  return `${decided} / ${total} ${rt(lang, 'decided')}`;
}

