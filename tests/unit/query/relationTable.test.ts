import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/io/csv';
import { UTF8_BOM, writeTableCsv } from '../../../src/io/tableCsv';
import { applyFilter } from '../../../src/query/filter';
import { emptyFilter } from '../../../src/query/filterSpec';
import { relationRows, TABLE_COLUMNS, tableCells, viewRows } from '../../../src/query/relationTable';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const sourceMap = new Map(sources.map((s) => [s.id, s]));
const HEADER = { source: 'Source', relation: 'Relation', target: 'Target', date: 'Date', article: 'Article', quote: 'Quote' };

describe('the relations table', () => {
  it("has exactly the view's relations as rows: Norway's 1-hop neighbourhood", () => {
    const kept = applyFilter(graph, { ...emptyFilter(), actors: ['norway'] });
    const rows = relationRows(graph, kept, sourceMap, 'en');
    expect(new Set(rows.map((r) => r.edge))).toEqual(kept.edges);
    expect(rows).toHaveLength(kept.edges.size);
    expect(relationRows(graph, null, sourceMap, 'en')).toHaveLength(graph.size);
  });

  it('reads a row in the chosen language, with the article title and every quote', () => {
    const [row] = relationRows(graph, { nodes: new Set(), edges: new Set(['norway:signs:eu-norway-spd']) }, sourceMap, 'vi');
    expect(row).toMatchObject({ source: 'Na Uy', relation: 'ký', date: '2024-05-28' });
    expect(row?.article).toBe(sourceMap.get('eu-norway-spd')?.title.vi);
    expect(row?.quote).toContain('đã ký kết thỏa thuận');
  });

  it('dates a relation with no date of its own by its article, and says so; a phrase stands without its commas', () => {
    const rows = relationRows(graph, null, sourceMap, 'en');
    const undated = graph.filterEdges((_e, a) => !a.date && a.evidence.every((e) => e.source === 'eu-norway-spd'));
    expect(undated.length).toBeGreaterThan(0);
    for (const edge of undated) expect(rows.find((r) => r.edge === edge)?.date).toBe("2024-05 (article's date)");
    const vi = relationRows(graph, { nodes: new Set(), edges: new Set([undated[0] as string]) }, sourceMap, 'vi');
    expect(vi[0]?.date).toBe('2024-05 (ngày đăng bài)');
    const signed = rows.find((r) => r.edge === 'norway-foreign-minister:signs:eu-norway-spd');
    expect(signed?.relation).toBe('signed, on behalf of Norway');
  });

  it('filters a column by folded words (no diacritics, đ → d) and sorts with empty dates last', () => {
    const rows = relationRows(graph, null, sourceMap, 'vi');
    const maritime = viewRows(rows, { sort: null, filters: { target: 'an ninh hang hai' } }, 'vi');
    expect(maritime.map((r) => r.edge)).toEqual(['eu-norway-spd:covers:maritime-security']);
    const both = viewRows(rows, { sort: null, filters: { source: 'viet nam', relation: 'ky' } }, 'vi');
    expect(both.map((r) => r.edge).sort()).toEqual(['vietnam:signs:evfta', 'vietnam:signs:ipa']);
    const byDate = viewRows(rows, { sort: { column: 'date', descending: true }, filters: {} }, 'vi');
    const dates = byDate.map((r) => r.date);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
  });

  it('downloads exactly the rows shown, in their order, as UTF-8 CSV with a BOM', () => {
    const rows = viewRows(relationRows(graph, null, sourceMap, 'vi'), { sort: { column: 'target', descending: false }, filters: { source: 'viet nam' } }, 'vi');
    const csv = writeTableCsv(tableCells(rows, HEADER));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = parseCsv(csv.slice(UTF8_BOM.length));
    expect(parsed[0]).toEqual(['id', ...TABLE_COLUMNS.map((c) => HEADER[c])]);
    expect(parsed.slice(1)).toEqual(rows.map((r) => [r.edge, ...TABLE_COLUMNS.map((c) => r[c])]));
    expect(csv).toContain('Việt Nam');
  });
});
