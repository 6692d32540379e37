import { existsSync, readFileSync, statSync } from 'node:fs';
import { isIsoPartialDate } from '../../model/dates';
import type { SourceMeta } from '../../model/schema';
import { decodeUtf8 } from '../../text/utf8';
import { evaluateArticle } from '../../ingest/evaluate';
import { buildKnowledge, propose } from '../../ingest/propose';
import { carryOver } from '../../ingest/review';
import { RULES_VERSION } from '../../ingest/relationRules';
import { normalizeArticle } from '../../text/normalize';
import { articleLanguage } from '../../text/language';
import { parseWithPositionals, UsageError } from '../args';
import { DataError, hashText, loadDataset, readLearnedRules, readReview, reviewJson, reviewPath, sourceMetaPath, sourceTextPath } from '../corpusFiles';
import { transact } from '../store/graphStore';
import { DATA_OPTION, type Command, type Io } from '../io';
import { formatEvaluation } from '../formatEvaluation';
import { formatCorpusEvaluation, halfTotals, readCorpus, reviewedAgainstGold, scoreCorpus } from '../corpusEval';
import { isRetired, learnFromReviews } from '../../ingest/learn';
import { ruleReads } from '../../ingest/relationRules';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The article as the corpus will keep it, or a message saying what is wrong with the file. */
function readArticle(path: string): string {
  if (!existsSync(path)) throw new DataError([`${path}: no such file`]);
  if (statSync(path).isDirectory()) throw new DataError([`${path}: is a folder, not a text file`]);
  const decoded = decodeUtf8(new Uint8Array(readFileSync(path)));
  if ('badByte' in decoded) {
    throw new DataError([`${path}: not UTF-8 text: the byte at offset ${decoded.badByte} cannot start or continue a UTF-8 character (save the file as UTF-8 and try again)`]);
  }
  const text = normalizeArticle(decoded.text);
  if (text.trim() === '') throw new DataError([`${path}: the file is empty`]);
  return text;
}

function runEval(dataDir: string, io: Io): number {
  const dataset = loadDataset(dataDir);
  io.out(formatEvaluation(dataset.sources.map((s) => evaluateArticle(dataset, s.id))));
  return 0;
}

/** The development corpus scored against its gold, knowing only graph-data. */
function runCorpusEval(dir: string, dataDir: string, flags: { json: boolean; misses: boolean; half?: string; learn: boolean }, io: Io): number {
  if (flags.half && flags.half !== 'development' && flags.half !== 'held-out') throw new UsageError(`--half must be development or held-out (got "${flags.half}")`);
  const read = readCorpus(dir);
  // Looking at one half only keeps the other out of sight while rules are developed.
  const corpus = { ...read, development: flags.half === 'held-out' ? [] : read.development, heldOut: flags.half === 'development' ? [] : read.heldOut };
  const dataset = loadDataset(dataDir);
  const knowledge = buildKnowledge(dataset.entities, dataset.relations);
  const halves = { development: scoreCorpus(corpus.development, knowledge), heldOut: scoreCorpus(corpus.heldOut, knowledge) };
  // Learning reads the review of the development half only; both halves are scored again with what it learned.
  const learned = flags.learn ? learnFromReviews(reviewedAgainstGold(read.development, knowledge), (_language, predicate, words) => ruleReads(predicate, words)) : undefined;
  const learnedKnowledge = learned && buildKnowledge(dataset.entities, dataset.relations, learned);
  const after = learnedKnowledge && { development: scoreCorpus(corpus.development, learnedKnowledge), heldOut: scoreCorpus(corpus.heldOut, learnedKnowledge) };
  const both = (h: typeof halves) => ({ development: { articles: h.development, ...halfTotals(h.development) }, heldOut: { articles: h.heldOut, ...halfTotals(h.heldOut) } });
  if (flags.json) {
    io.out(JSON.stringify({ rulesVersion: RULES_VERSION, split: corpus.rule, ...both(halves), ...(after && learned ? { learned, afterLearning: both(after) } : {}) }, null, 2));
    return 0;
  }
  io.out(formatCorpusEvaluation(corpus, halves, flags.misses));
  if (after && learned) {
    io.out(formatCorpusEvaluation(corpus, after, flags.misses, `## After learning from the review of the development half (${learned.constructions.length} constructions learned, ${Object.values(learned.rules).filter(isRetired).length} rules retired)`));
    io.out(learned.constructions.map((c) => `- learned ${c.language} ${c.predicate}: ${c.pattern} (×${c.seen})`).join('\n'));
  }
  return 0;
}

export const ingest: Command = {
  usage: `  ingest FILE --id ID --title-en TITLE [--title-vi TITLE] [--date DATE] [--publisher NAME]
                           store an article (UTF-8; BOM, CRLF and NFD accepted) under
                           graph-data/sources/ and write its proposals to graph-data/review/ID.json;
                           --dry-run writes nothing (--json prints the proposals as JSON);
                           --eval measures the proposals on the curated articles, leaving each out;
  ingest --eval --corpus DIR [--half development|held-out] [--learn] [--misses] [--json]
                           score the proposals for a development corpus (NAME.txt, NAME.gold.json,
                           split.json) against its gold, per article and for each half;
                           --learn also learns from the review of the development half and scores
                           both halves again; --misses lists what each article's proposals missed
                           or got wrong`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(
      args,
      {
        ...DATA_OPTION,
        id: { type: 'string' },
        'title-vi': { type: 'string' },
        'title-en': { type: 'string' },
        date: { type: 'string' },
        publisher: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        eval: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        misses: { type: 'boolean', default: false },
        half: { type: 'string' },
        learn: { type: 'boolean', default: false },
      },
      ['FILE'],
    );
    try {
      if (values.corpus && !values.eval) throw new UsageError('--corpus DIR goes with --eval: kg ingest --eval --corpus DIR');
      if (values.eval && values.corpus) return runCorpusEval(values.corpus, values.data, { json: values.json, misses: values.misses, learn: values.learn, ...(values.half ? { half: values.half } : {}) }, io);
      if (values.eval) return runEval(values.data, io);
      const [file] = positionals;
      if (!file) throw new UsageError('ingest needs the article file: kg ingest FILE --id ID');
      if (!values.id) throw new UsageError('--id ID is required (lower-case ASCII words joined by hyphens, e.g. "jp-vn-defence-2025")');
      if (!ID.test(values.id)) throw new UsageError(`--id must be lower-case ASCII words joined by hyphens (got "${values.id}")`);
      if (values.date && !isIsoPartialDate(values.date)) throw new UsageError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD (got "${values.date}")`);
      if (values.json && !values['dry-run']) throw new UsageError('--json prints the proposals instead of writing them: use it with --dry-run');
      const id = values.id;
      const text = readArticle(file);
      const hash = hashText(text);
      const dryRun = values['dry-run'];
      // Read, propose and write as one transaction: all three files or none, nothing overwritten that changed meanwhile.
      const { review, again, proposals } = transact(values.data, () => {
        const dataset = loadDataset(values.data);
        const previous = readReview(values.data, id);
        const same = dataset.sources.find((s) => hashText(s.text) === hash);
        const again = same?.id === id && previous?.textHash === hash;
        if (same && !again) throw new DataError([`${file}: this text is already in the corpus as "${same.id}" (${sourceTextPath(values.data, same.id)})`]);
        if (!again && dataset.sources.some((s) => s.id === id)) throw new DataError([`--id "${id}" is already used by ${sourceMetaPath(values.data, id)}: choose another id`]);
        if (!again && !dryRun && !values['title-en']) {
          throw new UsageError('--title-en TITLE is required: the explorer shows the English title in its English interface');
        }
        const proposals = propose(text, buildKnowledge(dataset.entities, dataset.relations, readLearnedRules(values.data)));
        const { text: _text, sentences: _sentences, ...kept } = proposals;
        const review = carryOver({ source: id, textHash: hash, rulesVersion: RULES_VERSION, proposedAt: new Date().toISOString(), proposals: kept, decisions: [] }, previous);
        if (dryRun) return { writes: [], result: { review, again, proposals } };
        const firstLine = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? id;
        const meta: SourceMeta = {
          $schema: '../schema/source.schema.json',
          id,
          title: { vi: values['title-vi'] ?? firstLine.slice(0, 200), en: values['title-en'] as string },
          language: articleLanguage(text),
          ...(values.date ? { date: values.date } : {}),
          ...(values.publisher ? { publisher: { vi: values.publisher, en: values.publisher } } : {}),
          textHash: hash,
        };
        const article = again ? [] : [{ path: sourceTextPath(values.data, id), content: text }, { path: sourceMetaPath(values.data, id), content: `${JSON.stringify(meta, null, 2)}\n` }];
        return { writes: [...article, { path: reviewPath(values.data, id), content: reviewJson(review) }], result: { review, again, proposals } };
      });
      if (dryRun) {
        const { text: _text, ...rest } = proposals;
        if (values.json) io.out(JSON.stringify({ source: id, textHash: hash, rulesVersion: RULES_VERSION, ...rest }, null, 2));
        else io.out(`${id}: ${proposals.mentions.length} mentions, ${proposals.candidates.length} new entity candidates, ${proposals.relations.length} relations proposed (nothing written)`);
        return 0;
      }
      io.out(`${again ? 'proposed again for' : 'stored'} ${sourceTextPath(values.data, id)}; wrote ${reviewPath(values.data, id)}`);
      io.out(
        `${review.proposals.mentions.length} mentions, ${review.proposals.candidates.length} new entity candidates, ${review.proposals.relations.length} relations to review` +
          (again ? ` (${review.decisions.length} decisions kept)` : ''),
      );
      io.out(`next: npm run review (in the browser), or npm run kg -- review ${id}`);
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
