import { isIsoPartialDate } from '../../model/dates';
import { ID_PATTERN } from '../../model/ids';
import type { SourceMeta } from '../../model/schema';
import { validateDataset, type RawDataset } from '../../model/validate';
import { hasVisibleText } from '../../text/visible';
import { evaluateArticle } from '../../ingest/evaluate';
import { buildKnowledge, propose } from '../../ingest/propose';
import { carryOver } from '../../ingest/review';
import { RULES_VERSION, ruleReads } from '../../ingest/relationRules';
import { toNfc } from '../../text/normalize';
import { articleLanguage } from '../../text/language';
import { parseWithPositionals, UsageError } from '../args';
import { DataError, hashText, loadDataset, loadDatasetFiles, readLearnedRules, readReview, reviewJson, reviewPath, sourceMetaPath, sourceTextPath } from '../corpusFiles';
import { transact } from '../store/graphStore';
import { DATA_OPTION, type Command, type Io } from '../io';
import { formatEvaluation } from '../formatEvaluation';
import { formatCorpusEvaluation, halfTotals, readCorpus, reviewedAgainstGold, scoreCorpus } from '../corpusEval';
import { isRetired, learnFromReviews } from '../../ingest/learn';
import { readArticle } from '../readArticle';

/** A title or name typed on the command line, as the corpus keeps text: composed (NFC), without surrounding spaces. */
const typed = (value: string) => toNfc(value).trim();

/** Where the value at a path of the article's metadata came from, for the message. */
function flagOf(path: string, titleGiven: boolean): string {
  if (path === 'title.vi') return titleGiven ? '--title-vi' : "the article's first line (the Vietnamese title unless --title-vi is given)";
  if (path === 'title.en') return '--title-en';
  if (path.startsWith('publisher')) return '--publisher';
  return `--${path || 'id'}`;
}

/**
 * The new article's metadata and text, checked by the validator the data itself answers to,
 * beside the corpus they join: what it would refuse is a usage error now, before anything is written.
 */
function checkNewSource(raw: RawDataset, dataDir: string, meta: SourceMeta, text: string, titleGiven: boolean): void {
  const metaPath = sourceMetaPath(dataDir, meta.id);
  const textPath = sourceTextPath(dataDir, meta.id);
  const source = { meta: { path: metaPath, content: JSON.stringify(meta) }, text: { path: textPath, content: text } };
  const { errors } = validateDataset({ ...raw, sources: [...raw.sources, source] });
  const lines = errors.filter((e) => e.file === metaPath || e.file === textPath).map((e) => `${e.file === textPath ? textPath : flagOf(e.path, titleGiven)}: ${e.message}`);
  if (lines.length > 0) throw new UsageError([...new Set(lines)].join('\n'));
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
  const both = (h: typeof halves) => ({ development: { articles: h.development, ...halfTotals(h.development, corpus.writerOf) }, heldOut: { articles: h.heldOut, ...halfTotals(h.heldOut, corpus.writerOf) } });
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
                           split.json) against its gold, per article and for each half, by
                           language and by writer (split.json's "writers");
                           --learn also learns from the review of the development half and scores
                           both halves again; --misses lists what each development article's
                           proposals missed or got wrong (the held-out half shows its counts only)`,
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
      if (!ID_PATTERN.test(values.id)) throw new UsageError(`--id must be lower-case ASCII words joined by hyphens (got "${values.id}")`);
      if (values.date !== undefined && !isIsoPartialDate(values.date)) throw new UsageError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD (got "${values.date}")`);
      if (values.json && !values['dry-run']) throw new UsageError('--json prints the proposals instead of writing them: use it with --dry-run');
      const id = values.id;
      const text = readArticle(file);
      const hash = hashText(text);
      const dryRun = values['dry-run'];
      // Read, propose and write as one transaction: all three files or none, nothing overwritten that changed meanwhile.
      const { review, again, proposals } = transact(values.data, () => {
        const { dataset, raw } = loadDatasetFiles(values.data);
        const previous = readReview(values.data, id);
        const same = dataset.sources.find((s) => hashText(s.text) === hash);
        const again = same?.id === id && previous?.textHash === hash;
        if (same && !again) throw new DataError([`${file}: this text is already in the corpus as "${same.id}" (${sourceTextPath(values.data, same.id)})`]);
        if (!again && dataset.sources.some((s) => s.id === id)) throw new DataError([`--id "${id}" is already used by ${sourceMetaPath(values.data, id)}: choose another id`]);
        if (!again && !dryRun && values['title-en'] === undefined) {
          throw new UsageError('--title-en TITLE is required: the explorer shows the English title in its English interface');
        }
        const firstLine = text.split('\n').find(hasVisibleText)?.trim() ?? id;
        const meta: SourceMeta = {
          $schema: '../schema/source.schema.json',
          id,
          title: { vi: typed(values['title-vi'] ?? Array.from(firstLine).slice(0, 200).join('')), en: typed(values['title-en'] ?? '') },
          language: articleLanguage(text),
          ...(values.date !== undefined ? { date: values.date } : {}),
          ...(values.publisher !== undefined ? { publisher: { vi: typed(values.publisher), en: typed(values.publisher) } } : {}),
          textHash: hash,
        };
        if (!again && !dryRun) checkNewSource(raw, values.data, meta, text, values['title-vi'] !== undefined);
        const proposals = propose(text, buildKnowledge(dataset.entities, dataset.relations, readLearnedRules(values.data)));
        const { text: _text, sentences: _sentences, ...kept } = proposals;
        const review = carryOver({ source: id, textHash: hash, rulesVersion: RULES_VERSION, proposedAt: new Date().toISOString(), proposals: kept, decisions: [] }, previous);
        if (dryRun) return { writes: [], result: { review, again, proposals } };
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
      // ("--data" as given, so that the hint works as printed on a copy of graph-data.)
      const data = values.data === DATA_OPTION.data.default ? '' : ` --data ${/\s/.test(values.data) ? JSON.stringify(values.data) : values.data}`;
      io.out(`next: npm run review${data ? ` --${data}` : ''} (in the browser), or npm run kg -- review ${id}${data}`);
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
