/**
 * The relations table's part of the URL: `table=1` when it is open, `tsort=date` or `tsort=-date`
 * (descending), and one `tf=column:words` per column filter. Read back like every parameter:
 * a value that does not fit is dropped with a notice, words beyond the limit cut with one.
 */
import { EMPTY_TABLE_STATE, TABLE_COLUMNS, type TableColumn, type TableState } from '../../query/relationTable';
import { PARAM_LIMITS, tooLong, type ParamProblem } from '../../query/filterParams';

export type TableView = TableState & { open: boolean };

export const CLOSED_TABLE: TableView = { open: false, ...EMPTY_TABLE_STATE };

const isColumn = (value: string): value is TableColumn => (TABLE_COLUMNS as readonly string[]).includes(value);
const EXPECTED_COLUMN = `one of ${TABLE_COLUMNS.join(', ')}`;

export const TABLE_PARAMS = ['table', 'tsort', 'tf'] as const;

export function parseTableParams(params: URLSearchParams): { table: TableView; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const table: TableView = { open: false, sort: null, filters: {} };
  const open = params.get('table');
  if (open !== null) {
    if (open === '1' || open === '0') table.open = open === '1';
    else problems.push({ param: 'table', value: open, problem: 'malformed', expected: '1 or 0' });
  }
  const sort = params.get('tsort');
  if (sort !== null) {
    const column = sort.replace(/^-/, '');
    if (isColumn(column)) table.sort = { column, descending: sort.startsWith('-') };
    else problems.push({ param: 'tsort', value: sort, problem: 'malformed', expected: EXPECTED_COLUMN });
  }
  for (const value of params.getAll('tf')) {
    const colon = value.indexOf(':');
    const column = value.slice(0, colon);
    const words = value.slice(colon + 1).trim();
    if (colon > 0 && isColumn(column) && words) {
      if (words.length > PARAM_LIMITS.characters) problems.push(tooLong('tf', value, 'characters', words.length));
      table.filters[column] = words.slice(0, PARAM_LIMITS.characters);
    } else problems.push({ param: 'tf', value, problem: 'malformed', expected: `column:words, column ${EXPECTED_COLUMN}` });
  }
  return { table, problems };
}

export function tableToParams(table: TableView): [string, string][] {
  const params: [string, string][] = [];
  if (table.open) params.push(['table', '1']);
  if (table.sort) params.push(['tsort', `${table.sort.descending ? '-' : ''}${table.sort.column}`]);
  for (const column of TABLE_COLUMNS) {
    const words = table.filters[column]?.slice(0, PARAM_LIMITS.characters).trim();
    if (words) params.push(['tf', `${column}:${words}`]);
  }
  return params;
}
