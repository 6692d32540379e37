/**
 * The words for what an import changed, in both languages. Each problem has a sentence for
 * one and for several (English needs both; Vietnamese mostly does not), never glued from parts.
 */
import { describeImportProblem } from '../io/importProblems';
import { LONG_TEXT, type ImportIssue, type IssueCode } from '../io/sanitize';
import type { ImportRefusal } from './import/importProtocol';
import { formatCount } from './displayText';
import type { Lang } from './state/viewState';

type Sentence = (n: string, examples: string) => string;
type Wording = Record<Lang, { one: Sentence; many: Sentence }>;

const WORDING: Record<IssueCode, Wording> = {
  renamedNodeId: {
    en: {
      one: (n, ex) => `${n} node id was a name JavaScript reserves, held a broken character or repeated another id (${ex}) — renamed with “~” added.`,
      many: (n, ex) => `${n} node ids were names JavaScript reserves, held broken characters or repeated another id (${ex}) — renamed with “~” added.`,
    },
    vi: {
      one: (n, ex) => `${n} mã thực thể trùng tên dành riêng của JavaScript, chứa ký tự lỗi hoặc trùng mã khác (${ex}) — đã đổi bằng cách thêm “~” vào cuối.`,
      many: (n, ex) => `${n} mã thực thể trùng tên dành riêng của JavaScript, chứa ký tự lỗi hoặc trùng mã khác (${ex}) — đã đổi bằng cách thêm “~” vào cuối.`,
    },
  },
  renamedEdgeId: {
    en: {
      one: (n, ex) => `${n} edge id was a name JavaScript reserves or held a broken character (${ex}) — renamed with “~” added.`,
      many: (n, ex) => `${n} edge ids were names JavaScript reserves or held broken characters (${ex}) — renamed with “~” added.`,
    },
    vi: {
      one: (n, ex) => `${n} mã quan hệ trùng tên dành riêng của JavaScript hoặc chứa ký tự lỗi (${ex}) — đã đổi bằng cách thêm “~” vào cuối.`,
      many: (n, ex) => `${n} mã quan hệ trùng tên dành riêng của JavaScript hoặc chứa ký tự lỗi (${ex}) — đã đổi bằng cách thêm “~” vào cuối.`,
    },
  },
  unknownKind: {
    en: {
      one: (n, ex) => `${n} node had a kind the explorer does not know (${ex}) — shown as “Other”.`,
      many: (n, ex) => `${n} nodes had kinds the explorer does not know (${ex}) — shown as “Other”.`,
    },
    vi: {
      one: (n, ex) => `${n} thực thể có loại mà chương trình không nhận ra (${ex}) — hiển thị là “Khác”.`,
      many: (n, ex) => `${n} thực thể có loại mà chương trình không nhận ra (${ex}) — hiển thị là “Khác”.`,
    },
  },
  unknownPredicate: {
    en: {
      one: (n, ex) => `${n} edge had a relation type the explorer does not know (${ex}) — shown as “is related to”.`,
      many: (n, ex) => `${n} edges had relation types the explorer does not know (${ex}) — shown as “is related to”.`,
    },
    vi: {
      one: (n, ex) => `${n} quan hệ có loại mà chương trình không nhận ra (${ex}) — hiển thị là “liên quan đến”.`,
      many: (n, ex) => `${n} quan hệ có loại mà chương trình không nhận ra (${ex}) — hiển thị là “liên quan đến”.`,
    },
  },
  unknownDateType: {
    en: {
      one: (n, ex) => `${n} node had an unknown date type (${ex}) — shown without that date.`,
      many: (n, ex) => `${n} nodes had unknown date types (${ex}) — shown without those dates.`,
    },
    vi: {
      one: (n, ex) => `${n} thực thể có loại ngày không xác định (${ex}) — hiển thị không kèm ngày đó.`,
      many: (n, ex) => `${n} thực thể có loại ngày không xác định (${ex}) — hiển thị không kèm các ngày đó.`,
    },
  },
  badDate: {
    en: {
      one: (n, ex) => `${n} date was not written as YYYY, YYYY-MM or YYYY-MM-DD (${ex}) — left out.`,
      many: (n, ex) => `${n} dates were not written as YYYY, YYYY-MM or YYYY-MM-DD (${ex}) — left out.`,
    },
    vi: {
      one: (n, ex) => `${n} ngày không viết theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (${ex}) — đã bỏ qua.`,
      many: (n, ex) => `${n} ngày không viết theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (${ex}) — đã bỏ qua.`,
    },
  },
  badPosition: {
    en: {
      one: (n, ex) => `${n} node had a position that cannot be drawn (${ex}) — placed again by the layout.`,
      many: (n, ex) => `${n} nodes had positions that cannot be drawn (${ex}) — placed again by the layout.`,
    },
    vi: {
      one: (n, ex) => `${n} thực thể có tọa độ không vẽ được (${ex}) — đã được bố trí lại.`,
      many: (n, ex) => `${n} thực thể có tọa độ không vẽ được (${ex}) — đã được bố trí lại.`,
    },
  },
  badSize: {
    en: {
      one: (n, ex) => `${n} node had a size that cannot be drawn (${ex}) — brought between 0.5 and 100.`,
      many: (n, ex) => `${n} nodes had sizes that cannot be drawn (${ex}) — brought between 0.5 and 100.`,
    },
    vi: {
      one: (n, ex) => `${n} thực thể có kích thước không vẽ được (${ex}) — đã đưa về khoảng từ 0,5 đến 100.`,
      many: (n, ex) => `${n} thực thể có kích thước không vẽ được (${ex}) — đã đưa về khoảng từ 0,5 đến 100.`,
    },
  },
  badColour: {
    en: {
      one: (n, ex) => `${n} node had a colour that is not a colour code (${ex}) — drawn in its kind’s colour.`,
      many: (n, ex) => `${n} nodes had colours that are not colour codes (${ex}) — drawn in their kind’s colour.`,
    },
    vi: {
      one: (n, ex) => `${n} thực thể có giá trị màu không phải mã màu (${ex}) — vẽ bằng màu theo loại của thực thể.`,
      many: (n, ex) => `${n} thực thể có giá trị màu không phải mã màu (${ex}) — vẽ bằng màu theo loại của từng thực thể.`,
    },
  },
  badEvidence: {
    en: {
      one: (n, ex) => `${n} edge had evidence at an impossible place in its article (${ex}) — that evidence was left out.`,
      many: (n, ex) => `${n} edges had evidence at impossible places in their articles (${ex}) — that evidence was left out.`,
    },
    vi: {
      one: (n, ex) => `${n} quan hệ có bằng chứng ở vị trí không thể có trong bài báo (${ex}) — đã bỏ bằng chứng đó.`,
      many: (n, ex) => `${n} quan hệ có bằng chứng ở vị trí không thể có trong bài báo (${ex}) — đã bỏ các bằng chứng đó.`,
    },
  },
  longText: {
    en: {
      one: (n, ex) => `${n} node or edge had a name longer than ${LONG_TEXT} characters (${ex}) — kept in full, shortened where it is shown.`,
      many: (n, ex) => `${n} nodes or edges had names longer than ${LONG_TEXT} characters (${ex}) — kept in full, shortened where they are shown.`,
    },
    vi: {
      one: (n, ex) => `${n} thực thể hoặc quan hệ có tên dài hơn ${LONG_TEXT} ký tự (${ex}) — giữ nguyên trong dữ liệu, rút gọn khi hiển thị.`,
      many: (n, ex) => `${n} thực thể hoặc quan hệ có tên dài hơn ${LONG_TEXT} ký tự (${ex}) — giữ nguyên trong dữ liệu, rút gọn khi hiển thị.`,
    },
  },
};

export const IMPORT_STRINGS = {
  importSummaryTitle: { vi: 'Đã mở tệp; một số giá trị trong tệp đã được điều chỉnh:', en: 'The file is open; some of its values were changed:' },
  importOpening: { vi: 'Đang mở', en: 'Opening' },
  importStageRead: { vi: 'đang đọc tệp…', en: 'reading the file…' },
  importStageParse: { vi: 'đang kiểm tra cấu trúc…', en: 'checking its structure…' },
  importStageBuild: { vi: 'đang dựng đồ thị và kiểm tra từng giá trị…', en: 'building the graph and checking every value…' },
  importStageCommunities: { vi: 'đang tìm các cộng đồng trong mạng lưới…', en: 'finding the communities in its links…' },
  importStageLayout: { vi: 'đang bố trí các thực thể…', en: 'placing the nodes…' },
  importStageSend: { vi: 'đang chuyển đồ thị sang trang…', en: 'handing the graph to the page…' },
  importStageDraw: { vi: 'đang vẽ…', en: 'drawing…' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
} as const satisfies Record<string, Record<Lang, string>>;


/** One sentence per problem: the count, up to three examples (and "…" when there are more), what was done. */
export function describeImportSummary(lang: Lang, summary: ImportIssue[]): string[] {
  return summary.map((issue) => {
    const examples = issue.examples.map((e) => (e === '' ? '""' : e)).join(', ') + (issue.count > issue.examples.length ? ', …' : '');
    const wording = WORDING[issue.code][lang];
    return (issue.count === 1 ? wording.one : wording.many)(formatCount(lang, issue.count), examples);
  });
}

/** Why a file was not opened, in the interface's language; an unexpected failure quotes the browser's own words. */
export function describeRefusal(lang: Lang, refusal: ImportRefusal): string {
  if ('problem' in refusal) return describeImportProblem(refusal.problem, lang, refusal.file);
  const said = refusal.message.trim();
  if (lang === 'vi') return said ? `${refusal.file}: lỗi không lường trước khi đọc tệp (trình duyệt báo: “${said}”)` : `${refusal.file}: lỗi không lường trước khi đọc tệp`;
  return said ? `${refusal.file}: ${said}` : `${refusal.file}: the file could not be read`;
}
