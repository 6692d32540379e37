/** The timeline strip's words in both languages; i18n.ts spreads the fixed ones into its table. */
import type { Lang } from '../state/viewState';
import { formatCount } from '../displayText';

export const TIMELINE_STRINGS = {
  timeline: { vi: 'Dòng thời gian', en: 'Timeline' },
  timelineHelp: {
    vi: 'Kéo trên biểu đồ để chọn một giai đoạn; kéo hai mép để nới hoặc thu hẹp, kéo phần giữa để dời; cũng dùng được các phím mũi tên.',
    en: 'Drag across the chart to choose a period; drag its edges to widen or narrow it, its middle to move it; the arrow keys work too.',
  },
  statedDate: { vi: 'ngày nêu rõ', en: 'date stated' },
  inferredDateKey: { vi: 'ngày suy luận', en: 'date inferred' },
  spanKey: { vi: 'chỉ biết năm/tháng', en: 'only the year or month known' },
  articleKey: { vi: 'bài báo', en: 'article' },
  colourKey: { vi: 'Màu cột là loại của thực thể mà quan hệ trỏ tới.', en: 'A bar’s colours are the kinds of entity its relations point to.' },
  periodStart: { vi: 'Đầu giai đoạn', en: 'Start of the period' },
  periodEnd: { vi: 'Cuối giai đoạn', en: 'End of the period' },
  period: { vi: 'Giai đoạn đã chọn', en: 'Chosen period' },
  clearPeriod: { vi: 'Bỏ chọn giai đoạn', en: 'Clear the period' },
  play: { vi: '▶ Phát', en: '▶ Play' },
  pause: { vi: '❚❚ Tạm dừng', en: '❚❚ Pause' },
  stopPlayback: { vi: 'Dừng phát', en: 'Stop playback' },
  speed: { vi: 'Tốc độ', en: 'Speed' },
  speedSlow: { vi: 'chậm', en: 'slow' },
  speedNormal: { vi: 'bình thường', en: 'normal' },
  speedFast: { vi: 'nhanh', en: 'fast' },
  noDatedRelations: { vi: 'Không có quan hệ nào ghi ngày.', en: 'No relation has a date.' },
  foldStrip: { vi: 'Thu gọn dòng thời gian', en: 'Collapse the timeline' },
  unfoldStrip: { vi: 'Mở rộng dòng thời gian', en: 'Expand the timeline' },
  foldedUnderTable: { vi: 'Đóng bảng quan hệ để mở rộng dòng thời gian', en: 'Close the relations table to expand the timeline' },
  stackBy: { vi: 'Tô màu cột theo', en: 'Stack bars by' },
  stackKind: { vi: 'loại thực thể', en: 'entity kind' },
  stackPredicate: { vi: 'loại quan hệ', en: 'relation type' },
  colourKeyPredicate: { vi: 'Màu cột là loại của các quan hệ.', en: 'A bar’s colours are the types of its relations.' },
  groupKey: { vi: 'Chú giải màu', en: 'Colour key' },
  eventKey: { vi: 'mốc của thực thể', en: 'entity event' },
  eventSelect: { vi: 'Bấm để chọn thực thể này.', en: 'Click to select it.' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A bar's tooltip: how many relations, and how many of those have an inferred date. */
export function binTitle(lang: Lang, date: string, total: number, inferred: number): string {
  if (lang === 'vi') return `${date}: ${formatCount(lang, total)} quan hệ${inferred > 0 ? `, trong đó ${formatCount(lang, inferred)} có ngày suy luận` : ''}`;
  const relations = total === 1 ? '1 relation' : `${formatCount(lang, total)} relations`;
  return `${date}: ${relations}${inferred > 0 ? `, ${formatCount(lang, inferred)} of them with an inferred date` : ''}`;
}

/** A span's tooltip: relations dated less precisely than the bars. */
export function spanTitle(lang: Lang, date: string, count: number, inferred: boolean): string {
  if (lang === 'vi') return `${formatCount(lang, count)} quan hệ chỉ ghi ${date.length === 4 ? 'năm' : 'tháng'} ${date}${inferred ? ' (ngày suy luận)' : ''}`;
  const relations = count === 1 ? '1 relation' : `${formatCount(lang, count)} relations`;
  return `${relations} dated only ${date}${inferred ? ' (inferred)' : ''}`;
}

/** The undated relations, and what the current filter does with them. */
export function undatedNote(lang: Lang, count: number, ranged: boolean, kept: boolean): string {
  if (lang === 'vi') {
    const fate = !ranged ? '' : kept ? ' — vẫn hiện trong giai đoạn đã chọn' : ' — đang bị ẩn vì đã chọn giai đoạn';
    return `${formatCount(lang, count)} quan hệ không ghi ngày${fate}`;
  }
  const relations = count === 1 ? '1 undated relation' : `${formatCount(lang, count)} undated relations`;
  const fate = !ranged ? '' : kept ? ' — still shown within the period' : ' — hidden while a period is chosen';
  return `${relations}${fate}`;
}

/** What playback shows: the graph as it stood at the end of this bin (`key`: a year, month or day; `date`: it written out). */
export function playbackDate(lang: Lang, key: string, date: string): string {
  if (lang === 'en') return `The graph up to ${date}`;
  return `Đồ thị tính đến hết ${key.length === 4 ? 'năm' : key.length === 7 ? 'tháng' : 'ngày'} ${date}`;
}

/** An entity's event mark: whose, what, when. */
export function eventTitle(lang: Lang, name: string, event: string, date: string, inferred: boolean): string {
  const note = inferred ? (lang === 'vi' ? ' (ngày suy luận)' : ' (date inferred)') : '';
  return `${name} — ${event}: ${date}${note}`;
}

/** A bar's tooltip, second part: its relations per group, in the key's order. */
export function binBreakdown(lang: Lang, parts: { label: string; count: number }[]): string {
  return parts.map((p) => `${p.label}: ${formatCount(lang, p.count)}`).join('\n');
}

export function articleTitle(lang: Lang, title: string, date: string, inferred: boolean): string {
  const note = inferred ? (lang === 'vi' ? ' (ngày suy luận)' : ' (date inferred)') : '';
  return `${title} — ${date}${note}`;
}

export const CHANGES_STRINGS = {
  whatChanged: { vi: 'Có gì thay đổi?', en: 'What changed?' },
  compareBy: { vi: 'So sánh', en: 'Compare' },
  byDates: { vi: 'hai thời điểm', en: 'two dates' },
  byArticles: { vi: 'hai bài báo', en: 'two articles' },
  earlierDate: { vi: 'Thời điểm trước', en: 'Earlier date' },
  laterDate: { vi: 'Thời điểm sau', en: 'Later date' },
  whatChangedDatesHelp: {
    vi: 'Những gì đồ thị có thêm sau thời điểm trước, tính đến hết thời điểm sau, được tô sáng trên đồ thị và liệt kê ở đây. Một quan hệ được tính từ ngày của chính nó, nếu không có thì từ ngày của bài báo sớm nhất nêu nó.',
    en: 'What the graph gains after the earlier date, up to the end of the later one, is highlighted on the canvas and listed here. A relation counts from its own date, else from the date of the earliest article that states it.',
  },
  datesOutOfOrder: { vi: 'Thời điểm sau không được sớm hơn thời điểm trước.', en: 'The later date cannot come before the earlier one.' },
  changesShown: { vi: 'những gì thay đổi', en: 'what changed' },
  whatChangedHelp: {
    vi: 'So sánh hai bài báo: những gì bài sau thêm vào đồ thị được tô sáng trên đồ thị và liệt kê ở đây.',
    en: 'Compare two articles: what the later one adds to the graph is highlighted on the canvas and listed here.',
  },
  earlierArticle: { vi: 'Bài trước', en: 'Earlier article' },
  laterArticle: { vi: 'Bài sau', en: 'Later article' },
  sameArticle: { vi: 'Hãy chọn hai bài báo khác nhau.', en: 'Choose two different articles.' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The three headings of a comparison, with their counts. */
export function changeHeadings(lang: Lang, entities: number, relations: number, evidence: number): [string, string, string] {
  if (lang === 'vi') return [`${formatCount(lang, entities)} thực thể mới`, `${formatCount(lang, relations)} quan hệ mới`, `Bằng chứng mới cho ${formatCount(lang, evidence)} quan hệ đã có`];
  const n = (count: number, one: string, many: string) => `${formatCount(lang, count)} ${count === 1 ? one : many}`;
  return [n(entities, 'new entity', 'new entities'), n(relations, 'new relation', 'new relations'), `New evidence for ${n(evidence, 'relation already known', 'relations already known')}`];
}

/** Between dates, the relations placed nowhere in time. */
export function changesUndated(lang: Lang, count: number): string {
  if (lang === 'vi') return `${formatCount(lang, count)} quan hệ không có ngày nào nên không được tính ở cả hai thời điểm.`;
  return count === 1 ? '1 relation has no date at all and is left out of both.' : `${formatCount(lang, count)} relations have no date at all and are left out of both.`;
}

/** The key's last entry when predicates outnumber the colours. */
export function otherGroups(lang: Lang, count: number): string {
  if (lang === 'vi') return `${formatCount(lang, count)} loại quan hệ khác`;
  return count === 1 ? '1 other type' : `${formatCount(lang, count)} other types`;
}

/** When the entities' events are too many to draw one by one. */
export function tooManyEvents(lang: Lang, count: number): string {
  return lang === 'vi' ? `${formatCount(lang, count)} mốc của thực thể — quá nhiều để vẽ từng mốc` : `${formatCount(lang, count)} entity events — too many to draw one by one`;
}

/** Under a list cut short: how many more, and where the whole list is. */
export function moreChanges(lang: Lang, count: number): string {
  return lang === 'vi'
    ? `… và ${formatCount(lang, count)} mục khác — xuất khung nhìn hiện tại để có đủ danh sách.`
    : `… and ${formatCount(lang, count)} more — export the current view for the whole list.`;
}
