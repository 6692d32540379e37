import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateRangeTest, dateSpan, isIsoPartialDate } from '../../../src/model/dates';

const partialDate = fc
  .record({ y: fc.integer({ min: 1985, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), precision: fc.constantFrom(4, 7, 10) })
  .map(({ y, m, d, precision }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`.slice(0, precision));

describe('partial dates', () => {
  it.each([
    ['2024', true],
    ['2024-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13', false],
    ['28/5/2024', false],
    ['24', false],
  ])('%s is an ISO partial date: %s', (value, ok) => expect(isIsoPartialDate(value)).toBe(ok));

  it('range tests agree with the spans they stand for', () => {
    fc.assert(
      fc.property(partialDate, fc.option(partialDate, { nil: undefined }), fc.option(partialDate, { nil: undefined }), (date, from, to) => {
        const range = dateRangeTest(from, to);
        expect(range.before(date)).toBe(from !== undefined && dateSpan(date).last < dateSpan(from).first);
        expect(range.after(date)).toBe(to !== undefined && dateSpan(date).first > dateSpan(to).last);
      }),
      { numRuns: 2000 },
    );
  });
});
