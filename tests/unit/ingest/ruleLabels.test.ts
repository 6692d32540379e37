import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge, propose } from '../../../src/ingest/propose';
import { describeRule } from '../../../src/ingest/ruleLabels';
import { loadDataset } from '../../../src/cli/corpusFiles';
import { normalizeArticle } from '../../../src/text/normalize';
import { articleLanguage } from '../../../src/text/language';
import { GRAPH_DATA } from '../../helpers/shipped';

const CORPUS = join(__dirname, '../../fixtures/corpus');

describe('what a reviewer reads about the rule behind a proposal', () => {
  it('names every rule that proposes anything in the corpus in words, in each language, and no English words on the Vietnamese page', () => {
    const dataset = loadDataset(GRAPH_DATA);
    const knowledge = buildKnowledge(dataset.entities, dataset.relations);
    const rules = new Set<string>();
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt') && !f.endsWith('.reading.txt'))) {
      const text = normalizeArticle(readFileSync(join(CORPUS, file), 'utf8'));
      const p = propose(text, knowledge);
      for (const c of p.candidates) rules.add(`${articleLanguage(text)} ${c.rule}`);
      for (const r of p.relations) rules.add(`${articleLanguage(text)} ${r.rule}`);
    }
    expect(rules.size).toBeGreaterThan(20);
    for (const [article, rule] of [...rules].map((r) => r.split(' ') as ['vi' | 'en', string])) {
      for (const lang of ['vi', 'en'] as const) expect(describeRule(rule, lang, article), `${rule} (${lang})`).not.toBe(rule);
      // Only one half of a rule's words ("ký, ký kết / sign, signed by") is on the Vietnamese page.
      expect(describeRule(rule, 'vi', article), rule).not.toMatch(/ \/ /);
    }
  });

  it('shows a relation rule’s words in the article’s language, framed in the page’s', () => {
    // An English article: its quote says "held in", so both pages show the English words.
    expect(describeRule('held_at/dien-ra-tai', 'vi', 'en')).toBe('từ khóa “held in, held at, off, arrived at”');
    expect(describeRule('held_at/dien-ra-tai', 'en', 'en')).toBe('the words “held in, held at, off, arrived at”');
    // A Vietnamese article: the Vietnamese page shows its words; the English page the words and what they mean.
    expect(describeRule('held_at/dien-ra-tai', 'vi', 'vi')).toBe('từ khóa “diễn ra tại, khai mạc tại, tại, cập cảng”');
    expect(describeRule('held_at/dien-ra-tai', 'en', 'vi')).toBe('the words “diễn ra tại, khai mạc tại, tại, cập cảng / held in, held at, off, arrived at”');
  });

  it('gives English examples in the English text, and says the same thing in both languages', () => {
    // These rules fire on English articles too: an English reader is shown English names, not "… Na Uy", "… của EU".
    for (const rule of ['part_of/owner-in-name', 'belongs_to/owner-in-name']) {
      const en = describeRule(rule, 'en', 'en');
      expect(en, rule).toMatch(/“[^”]+”/);
      expect(en, rule).not.toMatch(/Na Uy|của|[àáảãạăâđèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]/i);
    }
    // "opened or closed by a word that says what it is": the Vietnamese says closed too.
    expect(describeRule('name-head', 'en', 'en')).toContain('opened or closed');
    expect(describeRule('name-head', 'vi', 'vi')).toMatch(/^tên mở đầu hoặc kết thúc bằng /);
  });
});
