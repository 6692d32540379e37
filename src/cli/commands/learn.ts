import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { learnFromReviews, type ReviewedArticle } from '../../ingest/learn';
import { ruleReads } from '../../ingest/relationRules';
import { articleLanguage } from '../../text/language';
import { parseCommand } from '../args';
import { DataError, learnedRulesPath, loadDataset, readReview } from '../corpusFiles';
import { DATA_OPTION, type Command } from '../io';
import { transact } from '../store/graphStore';

export const learn: Command = {
  usage: `  learn [--dry-run]        learn from every review in graph-data/review/: the words of relations people
                           added become constructions, rules people reject are scored down; written
                           to graph-data/learned-rules.json, which the next ingest reads`,
  run(args, io) {
    const { values } = parseCommand(args, { ...DATA_OPTION, 'dry-run': { type: 'boolean', default: false } });
    try {
      // Read the reviews and write what they teach in one transaction: a review applied meanwhile is not half-read.
      const { learned, articles, path } = transact(values.data, () => {
        const dataset = loadDataset(values.data);
        const dir = join(values.data, 'review');
        const ids = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];
        const articles: ReviewedArticle[] = [];
        for (const id of ids.sort()) {
          const review = readReview(values.data, id);
          const text = dataset.sources.find((s) => s.id === id)?.text;
          if (review && text) articles.push({ review, text, language: articleLanguage(text) });
        }
        const learned = learnFromReviews(articles, (_language, predicate, words) => ruleReads(predicate, words));
        const path = learnedRulesPath(values.data);
        const writes = values['dry-run'] ? [] : [{ path, content: `${JSON.stringify(learned, null, 2)}\n` }];
        return { writes, result: { learned, articles, path } };
      });
      const decided = Object.values(learned.rules).reduce((n, r) => n + r.accepted + r.rejected, 0);
      io.out(`${articles.length} reviews read: ${decided} decisions on proposed relations, ${learned.constructions.length} constructions learned from relations people added`);
      for (const c of learned.constructions) io.out(`  ${c.language} ${c.predicate}: ${c.pattern} (×${c.seen})`);
      if (!values['dry-run']) io.out(`wrote ${path}`);
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
