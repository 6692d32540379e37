/**
 * The date line a scraper left at the start of some stored articles (" date 2024-05 " before the
 * headline, in the seeds as in graph-data/sources/): metadata, not the article's words. The stored
 * text keeps it, since every quote's offsets count it; a reader's view of the article leaves it out.
 */
const SCRAPED_DATE_LEAD = /^\s*date \d{4}(?:-\d{2}){0,2}\s+/;

/** How many characters of the text's start are that date line (0 when it has none). */
export function scrapedLeadLength(text: string): number {
  return SCRAPED_DATE_LEAD.exec(text)?.[0].length ?? 0;
}
