import type { Lang } from './state/viewState';

/**
 * Names as shown in lists and headings: an imported file may carry a label of a megabyte,
 * kept whole in the data but cut here so no list, heading or input has to lay it out.
 */
export const DISPLAY_LENGTH = { list: 120, heading: 300 } as const;

export function shortText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** A count as each language writes numbers: 6,000 / 6.000. */
export function formatCount(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}
