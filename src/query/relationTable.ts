/**
 * The relations of a view as table rows (source, relation, target, date, article, quote), and the
 * table's own sorting and per-column filtering. One row per relation; its quotes and articles are
 * joined, so the rows are exactly the view's relations and a download holds nothing else.
 */
import { sourceDateOf, type KnowledgeGraph, type SourceDocument } from '../model/graph';
import { phraseAlone } from '../model/sentence';
import { foldForSearch } from '../text/fold';
import type { Kept } from './filter';

export const TABLE_COLUMNS = ['source', 'relation', 'target', 'date', 'article', 'quote'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export type RelationRow = { edge: string } & Record<TableColumn, string>;

export type TableSort = { column: TableColumn; descending: boolean };
/** What the table shows of the view's relations: a sort and a filter per column (folded "contains"). */
export type TableState = { sort: TableSort | null; filters: Partial<Record<TableColumn, string>> };

export const EMPTY_TABLE_STATE: TableState = { sort: null, filters: {} };

type Lang = 'vi' | 'en';

/** The quotes of a relation are joined by this, so a cell still reads as separate quotes. */
export const QUOTE_SEPARATOR = ' … ';

/** Said after a date that is the article's, not the relation's own: the filters date such a relation by its article too. */
const ARTICLE_DATE = { vi: 'ngày đăng bài', en: "article's date" } as const;

/** A relation with no date of its own is dated by the earliest article that states it, and says so. */
function articleDate(articles: string[], sourceDates: Record<string, string>, lang: Lang): string {
  const dates = articles.map((id) => sourceDateOf(sourceDates, id)).filter((d): d is string => d !== undefined).sort();
  return dates[0] ? `${dates[0]} (${ARTICLE_DATE[lang]})` : '';
}

export function relationRows(graph: KnowledgeGraph, kept: Kept | null, sources: Map<string, SourceDocument>, lang: Lang): RelationRow[] {
  const rows: RelationRow[] = [];
  const sourceDates = graph.getAttribute('sourceDates') ?? {};
  graph.forEachEdge((edge, attrs, source, target) => {
    if (kept && !kept.edges.has(edge)) return;
    const articles = [...new Set(attrs.evidence.map((e) => e.source))];
    rows.push({
      edge,
      source: graph.getNodeAttribute(source, 'labels')[lang],
      relation: phraseAlone(attrs.labels[lang]),
      target: graph.getNodeAttribute(target, 'labels')[lang],
      date: attrs.date ?? articleDate(articles, sourceDates, lang),
      article: articles.map((id) => sources.get(id)?.title[lang] ?? id).join('; '),
      quote: attrs.evidence.map((e) => e.quote).join(QUOTE_SEPARATOR),
    });
  });
  return rows;
}

export function viewRows(rows: RelationRow[], state: TableState, lang: Lang): RelationRow[] {
  const filters = TABLE_COLUMNS.flatMap((column) => {
    const wanted = foldForSearch(state.filters[column] ?? '');
    return wanted ? [{ column, wanted }] : [];
  });
  const shown = filters.length === 0 ? rows : rows.filter((row) => filters.every((f) => foldForSearch(row[f.column]).includes(f.wanted)));
  if (!state.sort) return shown;
  const { column, descending } = state.sort;
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  // Empty cells (an undated relation) go last whichever way the column is sorted.
  return [...shown].sort((a, b) => {
    if (!a[column] !== !b[column]) return a[column] ? -1 : 1;
    const order = collator.compare(a[column], b[column]);
    return descending ? -order : order;
  });
}

/** The rows as cells for a file, header first: the relation's id, then the columns in order. */
export function tableCells(rows: RelationRow[], header: Record<TableColumn, string>): string[][] {
  return [['id', ...TABLE_COLUMNS.map((c) => header[c])], ...rows.map((row) => [row.edge, ...TABLE_COLUMNS.map((c) => row[c])])];
}
