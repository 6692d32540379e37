/**
 * The relations of the current view as a table: sortable and filterable by column, a row selects
 * its edge, and the download holds exactly the rows shown, in their order. Its state is in the URL.
 */
import { useMemo } from 'react';
import { writeTableCsv } from '../../io/tableCsv';
import { exportFileBase } from '../../query/exportName';
import type { Kept } from '../../query/filter';
import type { FilterSpec } from '../../query/filterSpec';
import { relationRows, TABLE_COLUMNS, tableCells, viewRows, type TableColumn } from '../../query/relationTable';
import { PARAM_LIMITS } from '../../query/filterParams';
import { useData } from '../data';
import { saveBlob } from '../download';
import { t, tCount, type StringKey } from '../i18n';
import type { TableView } from '../state/tableParams';
import type { Lang, Selection } from '../state/viewState';

/** Drawing more rows than this slows the page on a large imported graph; the download still has them all. */
const ROW_LIMIT = 500;

const HEADINGS: Record<TableColumn, StringKey> = {
  source: 'colSource',
  relation: 'colRelation',
  target: 'colTarget',
  date: 'colDate',
  article: 'colArticle',
  quote: 'colQuote',
};

type Props = {
  lang: Lang;
  kept: Kept | null;
  /** The filter behind `kept`: the download is named after it, like every export. */
  filter: FilterSpec;
  table: TableView;
  selection: Selection;
  onChange: (table: TableView) => void;
  onSelectEdge: (id: string) => void;
  onClose: () => void;
};

export function RelationsTable({ lang, kept, filter, table, selection, onChange, onSelectEdge, onClose }: Props) {
  const { graph, sources } = useData();
  const all = useMemo(() => relationRows(graph, kept, sources, lang), [graph, kept, sources, lang]);
  const rows = useMemo(() => viewRows(all, table, lang), [all, table, lang]);
  const header = Object.fromEntries(TABLE_COLUMNS.map((c) => [c, t(lang, HEADINGS[c])])) as Record<TableColumn, string>;
  const selectedEdge = selection?.type === 'edge' ? selection.id : null;

  const sortBy = (column: TableColumn) => {
    const descending = table.sort?.column === column && !table.sort.descending;
    onChange({ ...table, sort: { column, descending } });
  };
  const filterBy = (column: TableColumn, words: string) => onChange({ ...table, filters: { ...table.filters, [column]: words || undefined } });
  const download = () => {
    // partnerships-norway-vi-relations.csv: the view and the language, as the Export menu names its files.
    const name = `${exportFileBase(kept ? filter : null, lang)}-relations.csv`;
    saveBlob(new Blob([writeTableCsv(tableCells(rows, header))], { type: 'text/csv;charset=utf-8' }), name);
  };

  return (
    <section className="relations-table" aria-labelledby="table-title">
      <header className="table-header">
        <h2 id="table-title">{t(lang, 'relationsTable')}</h2>
        <span className="muted" aria-live="polite">
          {rows.length === all.length ? tCount(lang, 'tableRows', rows.length) : tCount(lang, 'tableRowsOf', rows.length).replace('{total}', String(all.length))}
        </span>
        {Object.values(table.filters).some(Boolean) && (
          <button type="button" className="link-button" onClick={() => onChange({ ...table, filters: {} })}>
            {t(lang, 'clearTableFilters')}
          </button>
        )}
        <button type="button" className="button" onClick={download} data-action="download-table" title={t(lang, 'downloadCsvHelp')}>
          {t(lang, 'downloadCsv')}
        </button>
        <button type="button" className="close" onClick={onClose} aria-label={t(lang, 'closeTable')} title={t(lang, 'closeTable')}>
          ×
        </button>
      </header>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {TABLE_COLUMNS.map((column) => {
                const sorted = table.sort?.column === column ? table.sort : null;
                return (
                  <th key={column} className={`col-${column}`} aria-sort={sorted ? (sorted.descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" onClick={() => sortBy(column)} title={`${t(lang, 'sortBy')}: ${header[column]}`}>
                      {header[column]} <span aria-hidden="true">{sorted ? (sorted.descending ? '▼' : '▲') : '↕'}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
            <tr className="column-filters">
              {TABLE_COLUMNS.map((column) => (
                <th key={column}>
                  <input
                    type="search"
                    maxLength={PARAM_LIMITS.characters}
                    value={table.filters[column] ?? ''}
                    aria-label={`${t(lang, 'filterColumn')}: ${header[column]}`}
                    onChange={(e) => filterBy(column, e.target.value)}
                  />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROW_LIMIT).map((row) => (
              <tr
                key={row.edge}
                aria-selected={row.edge === selectedEdge}
                tabIndex={0}
                onClick={() => onSelectEdge(row.edge)}
                onKeyDown={(e) => e.key === 'Enter' && onSelectEdge(row.edge)}
              >
                {TABLE_COLUMNS.map((column) => (
                  <td key={column} className={`col-${column}`} lang={column === 'quote' ? 'vi' : undefined} title={row[column]}>
                    <span className="cell">{row[column]}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > ROW_LIMIT && <p className="muted">{tCount(lang, 'tableTruncated', ROW_LIMIT)}</p>}
      </div>
    </section>
  );
}
