import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scrapedLeadLength } from '../../../src/text/scrapedLead';

describe('a scraper\'s date line before an article', () => {
  it('is measured where the stored article has one, so that a reader can start at the headline', () => {
    const text = readFileSync('graph-data/sources/eu-norway-spd.txt', 'utf8');
    expect(text.slice(scrapedLeadLength(text)).startsWith('Liên minh châu Âu và Na Uy ký')).toBe(true);
  });
  it('is nothing in an article that opens with its words, or with "date" as a word of them', () => {
    expect(scrapedLeadLength('Tại buổi hội kiến, hai bên …')).toBe(0);
    expect(scrapedLeadLength('date of signing: 2024')).toBe(0);
  });
});
