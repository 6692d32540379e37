import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from '../../../src/app/state/viewState';
import { filterOfRange, moveRange, rangeOfFilter } from '../../../src/app/timeline/brushRange';
import { binKeys } from '../../../src/query/timeline';
import { loadShipped } from '../../helpers/shipped';

const YEARS = binKeys('1990', '2024', 'year');
const MONTHS = binKeys('2023-11', '2024-06', 'month');

describe('the brush and the date filter', () => {
  it('a brushed range becomes from/to, and reads back as the same range', () => {
    const range = { lo: 26, hi: 30 };
    expect(filterOfRange(YEARS, range)).toEqual({ from: '2016', to: '2020' });
    const { from, to } = filterOfRange(YEARS, range);
    expect(rangeOfFilter(YEARS, from, to)).toEqual(range);
  });

  it('survives the round trip through the URL, like any view', () => {
    const { graph, sources } = loadShipped();
    const index = { graph, sourceIds: sources.map((s) => s.id), sourceLength: () => undefined };
    const { state } = parseViewState('?lang=en', index, 'en');
    const brushed = { ...state, filter: { ...state.filter, ...filterOfRange(YEARS, { lo: 29, hi: 34 }) } };
    const url = serializeViewState(brushed);
    expect(url).toContain('from=2019');
    expect(url).toContain('to=2024');
    const back = parseViewState(url, index, 'en');
    expect(back.notices).toEqual([]);
    expect(rangeOfFilter(YEARS, back.state.filter.from, back.state.filter.to)).toEqual({ lo: 29, hi: 34 });
  });

  it('typed dates finer or coarser than the bins cover the bins they overlap', () => {
    expect(rangeOfFilter(YEARS, '2019-06-15', '2024-05')).toEqual({ lo: 29, hi: 34 });
    expect(rangeOfFilter(MONTHS, '2024', undefined)).toEqual({ lo: 2, hi: 7 }); // all of 2024 on the strip
    expect(rangeOfFilter(MONTHS, undefined, '2023')).toEqual({ lo: 0, hi: 1 });
    expect(rangeOfFilter(YEARS, undefined, undefined)).toBeNull();
  });

  it('a range outside the data is clamped to the strip’s end', () => {
    expect(rangeOfFilter(YEARS, '2030', undefined)).toEqual({ lo: 34, hi: 34 });
    expect(rangeOfFilter(YEARS, undefined, '1980')).toEqual({ lo: 0, hi: 0 });
  });

  it('keys move an edge, or the whole range keeping its width, never past the ends or across each other', () => {
    const r = { lo: 2, hi: 4 };
    expect(moveRange(r, 'hi', 1, 10)).toEqual({ lo: 2, hi: 5 });
    expect(moveRange(r, 'lo', 5, 10)).toEqual({ lo: 4, hi: 4 });
    expect(moveRange(r, 'both', -5, 10)).toEqual({ lo: 0, hi: 2 });
    expect(moveRange(r, 'both', 50, 10)).toEqual({ lo: 7, hi: 9 });
    expect(moveRange(r, 'hi', 50, 10)).toEqual({ lo: 2, hi: 9 });
  });
});
