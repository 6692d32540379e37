/** ISO 8601 calendar dates as precise as the text allows: 2024, 2024-05 or 2024-05-28. */
const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoPartialDate(value: string): boolean {
  const match = ISO_PARTIAL.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/**
 * The first and last day a partial date can mean, as strings that compare in date order:
 * "2024" spans 2024-01-01 … 2024-12-31. The last day of a month is written as 31 whatever
 * the month: no real date falls between it and the true last day, so comparisons are
 * unchanged, and no calendar arithmetic is needed (this runs once per edge in a filter).
 */
export function dateSpan(value: string): { first: string; last: string } {
  if (value.length === 4) return { first: `${value}-01-01`, last: `${value}-12-31` };
  if (value.length === 7) return { first: `${value}-01`, last: `${value}-31` };
  return { first: value, last: value };
}

/**
 * A date range as prefixes for allocation-free tests of partial dates (this runs once per edge
 * of a filter): partial date d lies wholly before the range when d < from-prefix of d's length,
 * wholly after when d > to-prefix ("2019" is before 2020-03, not before 2019-06).
 */
export type DateRangeTest = { before: (date: string) => boolean; after: (date: string) => boolean };

export function dateRangeTest(from: string | undefined, to: string | undefined): DateRangeTest {
  const first = from ? dateSpan(from).first : null;
  const last = to ? dateSpan(to).last : null;
  const prefixes = (full: string) => ({ 4: full.slice(0, 4), 7: full.slice(0, 7), 10: full }) as Record<number, string>;
  const fromPrefix = first ? prefixes(first) : null;
  const toPrefix = last ? prefixes(last) : null;
  return {
    before: (date) => fromPrefix !== null && date < (fromPrefix[date.length] as string),
    after: (date) => toPrefix !== null && date > (toPrefix[date.length] as string),
  };
}
