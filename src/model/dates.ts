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
 * The first and last day a partial date can mean, as comparable strings:
 * "2024" spans 2024-01-01 … 2024-12-31.
 */
export function dateSpan(value: string): { first: string; last: string } {
  const [year, month, day] = value.split('-');
  if (day !== undefined) return { first: value, last: value };
  if (month !== undefined) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}
