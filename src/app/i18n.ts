/** Interface strings in both languages. Graph labels come from the data, not from here. */
import { excerpt } from '../io/sanitize';
import { formatCount } from './displayText';
import { expectedInVietnamese } from './expectedHints';
import { IMPORT_STRINGS } from './i18nImport';
import { PATH_STRINGS } from './panels/pathStrings';
import { PROFILE_STRINGS } from './profile/profileStrings';
import { SHELL_STRINGS } from './shellStrings';
import { STORY_STRINGS } from './story/storyStrings';
import { TABLE_STRINGS } from './table/tableStrings';
import { CHANGES_STRINGS, TIMELINE_STRINGS } from './timeline/strings';
import type { Lang, Notice } from './state/viewState';

export const STRINGS = {
  title: { vi: 'Quan hệ đối tác an ninh và quốc phòng', en: 'Security and defence partnerships' },
  subtitle: { vi: 'Đồ thị tri thức song ngữ', en: 'A bilingual knowledge graph' },
  searchLabel: { vi: 'Tìm thực thể', en: 'Search entities' },
  searchPlaceholder: { vi: 'Tìm… (phím /)', en: 'Search… (press /)' },
  noResults: { vi: 'Không có kết quả', en: 'No results' },
  searching: { vi: 'Đang tìm…', en: 'Searching…' },
  legend: { vi: 'Chú giải', en: 'Legend' },
  legendHelp: {
    vi: 'Bấm để ẩn/hiện một loại; Alt+bấm (hoặc nút ◉) để chỉ hiện loại đó.',
    en: 'Click to hide or show a kind; Alt+click (or ◉) to show only that kind.',
  },
  showOnly: { vi: 'Chỉ hiện', en: 'Show only' },
  legendShownOf: { vi: 'Số đang hiện / tổng số', en: 'Shown / in all' },
  communities: { vi: 'Màu theo cộng đồng', en: 'Colours: communities' },
  communitiesHelp: {
    vi: 'Tệp không ghi loại của các thực thể, nên màu ở đây cho biết mỗi thực thể thuộc cộng đồng nào — các cộng đồng được tìm ra từ các liên kết (thuật toán Louvain). Mỗi cộng đồng mang tên thực thể có nhiều liên kết nhất; bấm vào để chọn thực thể đó.',
    en: 'The file gives no kinds, so the colours show the community each node belongs to, found in the links (Louvain). Each community is named after its best-connected node; click to select it.',
  },
  communityHub: { vi: 'Chọn thực thể có nhiều liên kết nhất của cộng đồng này', en: 'Select the best-connected node of this community' },
  showAll: { vi: 'Hiện tất cả', en: 'Show all' },
  zoom: { vi: 'Thu phóng', en: 'Zoom' },
  graphCanvas: { vi: 'Đồ thị', en: 'Graph' },
  zoomIn: { vi: 'Phóng to', en: 'Zoom in' },
  zoomOut: { vi: 'Thu nhỏ', en: 'Zoom out' },
  fit: { vi: 'Xem toàn bộ', en: 'Fit the whole graph' },
  close: { vi: 'Đóng', en: 'Close' },
  details: { vi: 'Chi tiết', en: 'Details' },
  emptyDetails: {
    vi: 'Chọn một thực thể hoặc một quan hệ trên đồ thị, hoặc tìm một thực thể, để xem chi tiết và bằng chứng.',
    en: 'Select a node or an edge on the graph, or search for an entity, to see its details and evidence.',
  },
  aliases: { vi: 'Tên khác', en: 'Also known as' },
  sources: { vi: 'Nguồn', en: 'Sources' },
  namedIn: { vi: 'Được nêu tên ở', en: 'Named in' },
  relations: { vi: 'Quan hệ', en: 'Relations' },
  relation: { vi: 'Quan hệ', en: 'Relation' },
  evidence: { vi: 'Bằng chứng', en: 'Evidence' },
  showInArticle: { vi: 'Xem trong bài', en: 'Show in article' },
  quoteInVietnamese: { vi: 'Trích dẫn bằng tiếng Việt', en: 'Quoted in Vietnamese' },
  quoteInEnglish: { vi: 'Trích dẫn bằng tiếng Anh', en: 'Quoted in English' },
  glossLabel: { vi: 'nghĩa tiếng Anh', en: 'in English' },
  fromArticle: { vi: 'trích từ bài', en: 'from' },
  articleInVietnamese: { vi: 'Bài báo viết bằng tiếng Việt.', en: 'The article is in Vietnamese; its title is given here in English.' },
  articleInEnglish: { vi: 'Bài báo viết bằng tiếng Anh; tên bài được dịch sang tiếng Việt ở đây.', en: 'The article is in English.' },
  inferred: { vi: 'Suy luận', en: 'Inferred' },
  inferredDate: { vi: 'ngày suy luận', en: 'inferred date' },
  undated: { vi: 'không ghi ngày', en: 'undated' },
  date: { vi: 'Thời gian', en: 'Date' },
  from: { vi: 'Từ', en: 'From' },
  to: { vi: 'Đến', en: 'To' },
  article: { vi: 'Bài báo', en: 'Article' },
  passageSupports: { vi: 'Đoạn này là bằng chứng cho:', en: 'This passage supports:' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  noticeTitle: { vi: 'Một số tham số trong liên kết không hợp lệ', en: 'Part of the link could not be used' },
  dismiss: { vi: 'Đóng', en: 'Dismiss' },
  filters: { vi: 'Bộ lọc', en: 'Filters' },
  showing: { vi: 'Đang hiện', en: 'Showing' },
  nodesOf: { vi: 'thực thể', en: 'nodes' },
  edgesOf: { vi: 'quan hệ', en: 'edges' },
  /** Between "shown" and "total": "Showing 6 of 71", "Đang hiện 6/71". */
  of: { vi: '/', en: ' of ' },
  reset: { vi: 'Đặt lại', en: 'Reset' },
  /** On an empty canvas, when the filters together keep nothing. */
  nothingMatches: {
    vi: 'Không thực thể nào thỏa mãn đồng thời các bộ lọc này. Hãy nới một bộ lọc (chủ thể, lĩnh vực, thời gian hoặc loại) hoặc đặt lại tất cả.',
    en: 'Nothing matches all these filters together. Loosen one of them (the actor, the field, the dates or the kinds), or reset them all.',
  },
  actors: { vi: 'Chủ thể', en: 'Actors' },
  domains: { vi: 'Lĩnh vực', en: 'Domains' },
  addActor: { vi: 'Thêm chủ thể…', en: 'Add an actor…' },
  addDomain: { vi: 'Thêm lĩnh vực…', en: 'Add a domain…' },
  hops: { vi: 'Số bước', en: 'Hops' },
  direction: { vi: 'Chiều', en: 'Direction' },
  dirBoth: { vi: 'cả hai chiều', en: 'both ways' },
  dirOut: { vi: 'đi ra', en: 'outgoing' },
  dirIn: { vi: 'đi vào', en: 'incoming' },
  remove: { vi: 'Bỏ', en: 'Remove' },
  predicates: { vi: 'Loại quan hệ', en: 'Relation types' },
  articles: { vi: 'Bài báo', en: 'Articles' },
  dateRange: { vi: 'Khoảng thời gian', en: 'Date range' },
  keepUndated: { vi: 'Giữ quan hệ không có ngày', en: 'Keep undated relations' },
  datePlaceholder: { vi: 'vd. 2024-05', en: 'e.g. 2024-05' },
  dateHint: {
    vi: 'Ghi năm, năm-tháng hoặc năm-tháng-ngày: 2019, 2024-05, 2024-05-28.',
    en: 'Write a year, a year-month or a full date: 2019, 2024-05, 2024-05-28.',
  },
  badDate: { vi: 'Ngày chưa đúng dạng 2024, 2024-05 hoặc 2024-05-28', en: 'Not a date like 2024, 2024-05 or 2024-05-28' },
  textFilter: { vi: 'Tên chứa', en: 'Name contains' },
  dim: { vi: 'Làm mờ thay vì ẩn', en: 'Dim instead of hide' },
  pathFinder: { vi: 'Tìm đường nối', en: 'Path finder' },
  pathFrom: { vi: 'Từ…', en: 'From…' },
  pathTo: { vi: 'Đến…', en: 'To…' },
  noPath: { vi: 'Không có đường nối trong phần đồ thị đang hiện.', en: 'No path in the graph as filtered.' },
  clearPath: { vi: 'Xóa đường nối', en: 'Clear path' },
  export: { vi: 'Xuất', en: 'Export' },
  exportScope: { vi: 'Phạm vi', en: 'What to export' },
  currentView: { vi: 'Phần đang hiện', en: 'Current view' },
  wholeGraph: { vi: 'Toàn bộ đồ thị', en: 'Whole graph' },
  pngExport: { vi: 'Ảnh PNG của khung hiện tại (kèm chú giải)', en: 'PNG image of the canvas (with legend)' },
  exportLangNote: { vi: 'Nhãn bằng tiếng Việt; tệp vẫn giữ cả nhãn tiếng Anh.', en: 'Labels in English; the files keep the Vietnamese ones too.' },
  gexfVersion: { vi: 'Phiên bản GEXF', en: 'GEXF version' },
  gexf13: { vi: '1.3 (cho Gephi 0.10, Gephi Lite, NetworkX 3)', en: '1.3 (Gephi 0.10, Gephi Lite, NetworkX 3)' },
  gexf12: { vi: '1.2 (cho NetworkX 2.x, các bản Gephi cũ)', en: '1.2 (NetworkX 2.x, older Gephi)' },
  csvDialect: { vi: 'Tệp CSV dành cho', en: 'CSV files for' },
  csvDefault: { vi: 'Bảng tính, pandas', en: 'Spreadsheets, pandas' },
  csvGephi: { vi: 'Gephi (nhập từ bảng tính)', en: 'Gephi (spreadsheet import)' },
  csvNeo4j: { vi: 'Neo4j (nhập bằng lệnh neo4j-admin database import)', en: 'Neo4j (neo4j-admin database import)' },
  csvBom: { vi: 'Thêm dấu BOM để Excel hiển thị đúng tiếng Việt', en: 'Add a byte-order mark, so that Excel shows Vietnamese correctly' },
  pngSize: { vi: 'Kích thước ảnh PNG', en: 'PNG size' },
  pngWidth: { vi: 'Rộng', en: 'Width' },
  pngHeight: { vi: 'Cao', en: 'Height' },
  pngSizeRange: { vi: 'Mỗi chiều của ảnh phải từ {min} đến {max} px.', en: 'Each side must be {min} to {max} px.' },
  openFile: { vi: 'Mở tệp…', en: 'Open file…' },
  openFileHelp: { vi: 'GEXF, GraphML hoặc JSON của graphology; có thể kéo thả vào trang', en: 'GEXF, GraphML or graphology JSON; or drop it on the page' },
  dropHere: { vi: 'Thả tệp GEXF, GraphML hoặc JSON để mở', en: 'Drop a GEXF, GraphML or JSON file to open it' },
  importFailed: { vi: 'Không mở được tệp; đồ thị hiện tại vẫn giữ nguyên.', en: 'The file could not be opened; the graph on screen is unchanged.' },
  importedFrom: { vi: 'Đang xem tệp đã mở', en: 'Exploring the file' },
  backToShipped: { vi: 'Quay lại đồ thị gốc', en: 'Back to the shipped graph' },
  ...IMPORT_STRINGS,
  ...PATH_STRINGS,
  ...STORY_STRINGS,
  ...PROFILE_STRINGS,
  ...SHELL_STRINGS,
  ...TABLE_STRINGS,
  ...TIMELINE_STRINGS,
  ...CHANGES_STRINGS,
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** How much of a bad value a notice quotes, and how many notices are listed before "… and N more". */
const NOTICE_EXCERPT = 60;
export const NOTICES_SHOWN = 5;
/**
 * Sentences with a count: English says "1 relation" but "2 relations"; Vietnamese does not inflect.
 * Each form is a whole sentence, so no word is glued to a number by code.
 */
export const COUNTED = {
  pathsFound: {
    vi: { one: 'Tìm thấy 1 đường nối:', other: 'Tìm thấy {n} đường nối, ngắn nhất ở trên cùng:' },
    en: { one: 'Found 1 path:', other: 'Found {n} paths, shortest first:' },
  },
  storySteps: {
    vi: { other: '{n} bước' },
    en: { one: '1 step', other: '{n} steps' },
  },
  tableRows: {
    vi: { other: '{n} quan hệ' },
    en: { one: '1 relation', other: '{n} relations' },
  },
  tableRowsOf: {
    vi: { other: '{n}/{total} quan hệ' },
    en: { one: '1 of {total} relations', other: '{n} of {total} relations' },
  },
  tableTruncated: {
    vi: { other: 'Bảng chỉ hiện {n} dòng đầu; tệp CSV tải về có đủ mọi dòng.' },
    en: { one: 'Only the first row is shown; the CSV download has every row.', other: 'Only the first {n} rows are shown; the CSV download has every row.' },
  },
} as const satisfies Record<string, Record<Lang, { one?: string; other: string }>>;

const pluralRules = { vi: new Intl.PluralRules('vi'), en: new Intl.PluralRules('en') };

export function tCount(lang: Lang, key: keyof typeof COUNTED, n: number): string {
  const forms: { one?: string; other: string } = COUNTED[key][lang];
  // "one" is also the exact form for 1 where a language has no plural (Vietnamese: "Tìm thấy 1 đường nối").
  const form = (n === 1 || pluralRules[lang].select(n) === 'one') && forms.one ? forms.one : forms.other;
  return form.replace('{n}', String(n));
}

export function describeNotice(lang: Lang, notice: Notice): string {
  if (notice.problem === 'tooLong') {
    const [length, limit] = [formatCount(lang, notice.length), formatCount(lang, notice.limit)];
    if (notice.unit === 'values') {
      return lang === 'vi'
        ? `Tham số “${notice.param}”: có ${length} giá trị, nhiều hơn mức ${limit} — chỉ giữ ${limit} giá trị đầu.`
        : `Parameter “${notice.param}”: ${length} values, more than the ${limit} the explorer reads — only the first ${limit} were kept.`;
    }
    return lang === 'vi'
      ? `Tham số “${notice.param}”: dài ${length} ký tự, quá mức ${limit} — đã cắt còn ${limit} ký tự đầu.`
      : `Parameter “${notice.param}”: ${length} characters, more than ${limit} — cut to the first ${limit}.`;
  }
  const value = notice.value === '' ? '""' : `“${excerpt(notice.value, NOTICE_EXCERPT)}”`;
  if (notice.problem === 'unread') {
    return lang === 'vi'
      ? `Trình khám phá không dùng tham số “${excerpt(notice.param, NOTICE_EXCERPT)}” — đã bỏ qua.`
      : `The explorer does not read a parameter “${excerpt(notice.param, NOTICE_EXCERPT)}” — ignored.`;
  }
  if (notice.problem === 'beforeFrom') {
    const [to, from] = [formatDate(notice.value, lang), formatDate(notice.from, lang)];
    return lang === 'vi'
      ? `Tham số “to”: thời điểm ${to} sớm hơn thời điểm bắt đầu (from) ${from} — đã bỏ qua.`
      : `Parameter “to”: ${to} is earlier than the start date (from), ${from} — ignored.`;
  }
  if (lang === 'vi') {
    const hint = notice.expected ? expectedInVietnamese(notice.expected) : null;
    const expected = hint ? ` (cần ${hint})` : '';
    return notice.problem === 'unknown'
      ? `Tham số “${notice.param}”: không tìm thấy ${value} trong dữ liệu${expected} — đã bỏ qua.`
      : `Tham số “${notice.param}”: giá trị ${value} không hợp lệ${expected} — đã bỏ qua.`;
  }
  const expected = notice.expected ? ` (expected ${notice.expected})` : '';
  return notice.problem === 'unknown'
    ? `Parameter “${notice.param}”: ${value} is not in the data${expected} — ignored.`
    : `Parameter “${notice.param}”: ${value} is malformed${expected} — ignored.`;
}

/** The first few notices, then one line for the rest: a link with 5,000 bad ids stays readable. */
export function describeNotices(lang: Lang, notices: Notice[]): string[] {
  const lines = notices.slice(0, NOTICES_SHOWN).map((n) => describeNotice(lang, n));
  const rest = notices.length - NOTICES_SHOWN;
  if (rest > 0) lines.push(lang === 'vi' ? `… và ${formatCount(lang, rest)} mục khác.` : `… and ${formatCount(lang, rest)} more.`);
  return lines;
}

/** The legend's last line for a plain file: the communities too small to get a colour of their own. */
export function smallerCommunities(lang: Lang, count: number): string {
  if (lang === 'vi') return `${formatCount(lang, count)} cộng đồng nhỏ hơn`;
  return count === 1 ? '1 smaller community' : `${formatCount(lang, count)} smaller communities`;
}

export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  if (lang === 'vi') return [d, m, y].filter(Boolean).join('/');
  if (!m) return date;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return [d ? String(Number(d)) : undefined, month, y].filter(Boolean).join(' ');
}
