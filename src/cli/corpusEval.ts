/**
 * `kg ingest --eval --corpus DIR`: propose for every article of a development corpus (NAME.txt
 * with its NAME.gold.json, split once into halves by split.json) knowing only graph-data, and
 * score the proposals against the gold, per article, per half and per language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { goldSchema, type Gold } from '../ingest/gold';
import { scoreArticle, sumScores, type ArticleScore, type Count } from '../ingest/corpusEvaluation';
import { propose, type Knowledge } from '../ingest/propose';
import { decideAgainstGold } from '../ingest/goldReview';
import type { ReviewedArticle } from '../ingest/learn';
import type { Decision } from '../ingest/review';
import { normalizeArticle } from '../text/normalize';
import { DataError } from './corpusFiles';

const splitSchema = z.strictObject({
  rule: z.string(),
  development: z.array(z.string()).min(1),
  heldOut: z.array(z.string()).min(1),
  // Who wrote which articles: rules fitted to one writer's wording show as a gap between that writer and the others.
  writers: z.record(z.string().min(1), z.array(z.string())).optional(),
});

export type CorpusArticle = { id: string; text: string; gold: Gold };
export type Corpus = { rule: string; development: CorpusArticle[]; heldOut: CorpusArticle[]; writerOf: ReadonlyMap<string, string> };

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataError([`${path}: not readable JSON: ${(error as Error).message.split('\n')[0]}`]);
  }
}

/** Every article of the corpus with its gold; an article without gold, or a split naming no article, is an error. */
export function readCorpus(dir: string): Corpus {
  if (!existsSync(dir)) throw new DataError([`${dir}: no such folder`]);
  const splitPath = join(dir, 'split.json');
  if (!existsSync(splitPath)) throw new DataError([`${splitPath}: missing: the corpus must say once which articles are held out`]);
  const split = splitSchema.safeParse(readJson(splitPath));
  if (!split.success) throw new DataError(split.error.issues.map((i) => `${splitPath}: ${i.path.join('.') || '(root)'}: ${i.message}`));
  const ids = readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+\.txt$/.test(f) && !f.endsWith('.reading.txt'))
    .map((f) => f.slice(0, -4));
  const problems: string[] = [];
  const inSplit = [...split.data.development, ...split.data.heldOut];
  for (const id of ids) if (!inSplit.includes(id)) problems.push(`${dir}/${id}.txt: in neither half of split.json`);
  for (const id of inSplit) if (!ids.includes(id)) problems.push(`${splitPath}: "${id}" has no article ${id}.txt`);
  if (new Set(inSplit).size !== inSplit.length) problems.push(`${splitPath}: an article is named twice`);
  const writerOf = new Map<string, string>();
  for (const [writer, articles] of Object.entries(split.data.writers ?? {})) {
    for (const id of articles) {
      if (!inSplit.includes(id)) problems.push(`${splitPath}: writers.${writer}: "${id}" is in neither half`);
      else if (writerOf.has(id)) problems.push(`${splitPath}: writers: "${id}" has two writers, ${writerOf.get(id)} and ${writer}`);
      writerOf.set(id, writer);
    }
  }
  if (split.data.writers) for (const id of inSplit) if (!writerOf.has(id)) problems.push(`${splitPath}: writers: "${id}" has no writer`);
  if (problems.length > 0) throw new DataError(problems);
  const read = (id: string): CorpusArticle => {
    const goldPath = join(dir, `${id}.gold.json`);
    if (!existsSync(goldPath)) throw new DataError([`${goldPath}: missing: make it with tests/fixtures/corpus/build-gold.ts`]);
    const gold = goldSchema.safeParse(readJson(goldPath));
    if (!gold.success) throw new DataError(gold.error.issues.map((i) => `${goldPath}: ${i.path.join('.') || '(root)'}: ${i.message}`));
    const text = normalizeArticle(readFileSync(join(dir, `${id}.txt`), 'utf8'));
    for (const m of [...gold.data.knownMentions, ...gold.data.entities.flatMap((e) => e.mentions)]) {
      if (text.slice(m.start, m.end) !== m.quote) throw new DataError([`${goldPath}: the span ${m.start}-${m.end} is not “${m.quote}” in ${id}.txt`]);
    }
    return { id, text, gold: gold.data };
  };
  return { rule: split.data.rule, development: split.data.development.map(read), heldOut: split.data.heldOut.map(read), writerOf };
}

export function scoreCorpus(articles: CorpusArticle[], knowledge: Knowledge): ArticleScore[] {
  return articles.map((a) => scoreArticle(a.gold, propose(a.text, knowledge)));
}

/**
 * The review a careful reader gives each article's proposals (accept what the gold has, reject
 * the rest, add what is missing), as review files are written: what learning reads.
 */
export function reviewedAgainstGold(articles: CorpusArticle[], knowledge: Knowledge): ReviewedArticle[] {
  return articles.map(({ text, gold }) => {
    const proposals = propose(text, knowledge);
    let added = 0;
    const decisions = decideAgainstGold(proposals, gold).map((d) => ({ ...d, target: d.target === 'relation:added-' ? `relation:added-${++added}` : d.target, at: '1970-01-01T00:00:00.000Z' }) as Decision);
    return { review: { proposals, decisions }, text, language: gold.language };
  });
}

const pct = ({ right, of }: Count) => (of === 0 ? '—' : `${Math.round((100 * right) / of)}%`);
const cell = (c: Count) => `${c.right}/${c.of} (${pct(c)})`;

const HEADER =
  '| article | known mentions R | known mentions P | new entities found | exact | candidates P | relations by ends R | both ends named | by ends P | ends + predicate R | ends + predicate P | accepted as proposed | proposals per gold relation |';

function row(name: string, s: Omit<ArticleScore, 'language' | 'missed' | 'wrong'>): string {
  const perGold = s.goldRelations === 0 ? '—' : (s.relationsProposed / s.goldRelations).toFixed(2);
  return `| ${name} | ${cell(s.knownRecall)} | ${cell(s.knownPrecision)} | ${cell(s.newFound)} | ${cell(s.newExact)} | ${cell(s.candidatePrecision)} | ${cell(s.endsRecall)} | ${cell(s.endsNamed)} | ${cell(s.endsPrecision)} | ${cell(s.predicateRecall)} | ${cell(s.predicatePrecision)} | ${cell(s.acceptedAsProposed)} | ${perGold} |`;
}

/** The totals of a half, all, by language and by writer (in the order split.json names them). */
export function halfTotals(scores: ArticleScore[], writerOf: ReadonlyMap<string, string> = new Map()) {
  const writers = [...new Set(writerOf.values())]
    .map((writer) => ({ writer, own: scores.filter((s) => writerOf.get(s.source) === writer) }))
    .filter(({ own }) => own.length > 0)
    .map(({ writer, own }) => sumScores(writer, own));
  return {
    all: sumScores('all', scores),
    vi: sumScores('vi', scores.filter((s) => s.language === 'vi')),
    en: sumScores('en', scores.filter((s) => s.language === 'en')),
    writers,
  };
}

function commonest(items: string[], n: number): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, c]) => `${k} ×${c}`)
    .join(', ');
}

export function formatCorpusEvaluation(corpus: Corpus, halves: { development: ArticleScore[]; heldOut: ArticleScore[] }, misses: boolean, heading = ''): string {
  const lines: string[] = heading ? [heading, ''] : [`Split: ${corpus.rule}`, ''];
  for (const [title, scores] of [
    ['Development half', halves.development],
    ['Held-out half', halves.heldOut],
  ] as const) {
    if (scores.length === 0) continue;
    const totals = halfTotals(scores, corpus.writerOf);
    lines.push(`### ${title}${heading ? ', after learning' : ''} (${scores.length} articles: ${scores.filter((s) => s.language === 'vi').length} Vietnamese, ${scores.filter((s) => s.language === 'en').length} English)`, '', HEADER, `|${' --- |'.repeat(13)}`);
    for (const s of scores) lines.push(row(s.source, s));
    lines.push(row('**all**', totals.all), row('**Vietnamese**', totals.vi), row('**English**', totals.en), ...totals.writers.map((w) => row(`**${w.source} writer**`, w)), '');
    // What was missed is shown for the development half only: reading the held-out half's misses is tuning on it.
    if (title === 'Held-out half') {
      lines.push('');
      continue;
    }
    const missedPredicates = scores.flatMap((s) => s.missed.relations.map((r) => r.split(' ')[1]!));
    lines.push(`missed relations by predicate: ${commonest(missedPredicates, 12) || 'none'}`);
    if (misses) {
      for (const s of scores) {
        lines.push(`- ${s.source}: missed entities ${s.missed.entities.join(', ') || 'none'}; missed mentions ${s.missed.mentions.join(', ') || 'none'}`);
        lines.push(`  missed relations ${s.missed.relations.join('; ') || 'none'}`);
        lines.push(`  wrong relations ${s.wrong.relations.join('; ') || 'none'}; wrong candidates ${s.wrong.candidates.join(', ') || 'none'}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
