import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge, propose } from '../../../src/ingest/propose';
import { describeRule } from '../../../src/ingest/ruleLabels';
import { loadDataset } from '../../../src/cli/corpusFiles';
import { normalizeArticle } from '../../../src/text/normalize';
import { GRAPH_DATA } from '../../helpers/shipped';

const CORPUS = join(__dirname, '../../fixtures/corpus');

describe('what a reviewer reads about the rule behind a proposal', () => {
  it('names every rule that proposes anything in the corpus in words, in each language, and no English words on the Vietnamese page', () => {
    const dataset = loadDataset(GRAPH_DATA);
    const knowledge = buildKnowledge(dataset.entities, dataset.relations);
    const rules = new Set<string>();
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt') && !f.endsWith('.reading.txt'))) {
      const p = propose(normalizeArticle(readFileSync(join(CORPUS, file), 'utf8')), knowledge);
      for (const c of p.candidates) rules.add(c.rule);
      for (const r of p.relations) rules.add(r.rule);
    }
    expect(rules.size).toBeGreaterThan(20);
    for (const rule of rules) {
      for (const lang of ['vi', 'en'] as const) expect(describeRule(rule, lang), `${rule} (${lang})`).not.toBe(rule);
      // The English half of a rule's words ("… / sign, signed by") stays off the Vietnamese page.
      expect(describeRule(rule, 'vi'), rule).not.toMatch(/ \/ /);
    }
  });
});
