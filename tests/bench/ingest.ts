/**
 * The ingest's speed: proposals for a 5,000-character article against a graph of 10,000
 * entities with aliases, beside the floor of reading the text at all (tokenising and folding
 * it) on the same article in the same run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Relation } from '../../src/model/schema';
import { CURATED_KIND_IDS } from '../../src/model/vocabulary';
import { buildKnowledge, propose } from '../../src/ingest/propose';
import { loadDataset } from '../../src/cli/corpusFiles';
import { splitSentences } from '../../src/text/sentences';
import { tokenize } from '../../src/text/tokens';
import { runKg } from '../helpers/cli';
import { graphDataCopy } from '../helpers/ingest';
import { GRAPH_DATA, REPO_ROOT } from '../helpers/shipped';
import { fmt, time } from './measure';
import type { Progress } from './progress';

const SYLLABLES = 'an ninh quốc phòng hợp tác biển đảo hàng hải mạng lưới đối tác chiến lược toàn diện hòa bình ổn định phát triển khu vực kinh tế xã hội năng lượng lương thực khí hậu thông tin truyền thông'.split(' ');

/** A deterministic pseudo-random stream, so every run builds the same graph. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function syntheticEntities(count: number, base: Entity[]): Entity[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const out = [...base];
  for (let i = out.length; i < count; i++) {
    const words = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(SYLLABLES));
    const vi = [`${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)}`, ...words.slice(1), `${i}`].join(' ');
    const acronym = `X${i.toString(36).toUpperCase()}`;
    out.push({
      id: `synthetic-${i}`,
      kind: pick(CURATED_KIND_IDS),
      labels: { vi, en: `Synthetic entity ${i}` },
      aliases: [acronym, `${vi} mới`],
      description: { vi: 'Thực thể tổng hợp cho phép đo.', en: 'A synthetic entity for the benchmark.' },
      dates: [],
    });
  }
  return out;
}

/** The English articles of the development corpus, run together: an English press text of the same kind. */
function englishArticle(): string {
  const dir = join(REPO_ROOT, 'tests', 'fixtures', 'corpus');
  return readdirSync(dir)
    .filter((f) => /^en\d+-[a-z0-9-]+\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(1).join('\n'))
    .join('\n\n')
    .slice(0, 5000);
}

export const INGEST_CASE = 'a 5,000-character article (Vietnamese, then English) against 10,000 entities';

export async function benchIngest(progress: Progress): Promise<string[]> {
  const { lines } = await progress.measure(INGEST_CASE, measureIngest, (r) => r.figure);
  return lines;
}

function measureIngest(): { lines: string[]; figure: string } {
  const dataset = loadDataset(GRAPH_DATA);
  const texts = [...dataset.sources.map((s) => s.text), readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'ingest', 'fictional-article.txt'), 'utf8')];
  const vietnamese = texts.join('\n\n').slice(0, 5000);
  const entities = syntheticEntities(10_000, dataset.entities);
  const relations: Relation[] = dataset.relations;
  const build = time(() => buildKnowledge(entities, relations), 5, 1);
  const knowledge = build.result;
  const figures: string[] = [];
  const rows = [
    ['Vietnamese', vietnamese],
    ['English', englishArticle()],
  ].map(([language, article]) => {
    const proposeTime = time(() => propose(article!, knowledge), 15);
    const floor = time(() => tokenize(article!), 15);
    const p = proposeTime.result;
    figures.push(`${language} ${fmt(proposeTime.ms)} ms vs the floor's ${fmt(floor.ms)} ms (${(proposeTime.ms / floor.ms).toFixed(1)}×)`);
    return `| ${entities.length} entities, ${entities.reduce((n, e) => n + e.aliases.length + 2, 0)} names | ${language}, ${article!.length} characters | ${fmt(build.ms)} | ${fmt(proposeTime.ms)} | ${fmt(floor.ms)} | ${(proposeTime.ms / floor.ms).toFixed(1)}× | ${p.mentions.length} / ${p.candidates.length} / ${p.relations.length} |`;
  });
  const lines = [
    '| graph | article | build the vocabulary (once, ms) | propose (ms) | floor: tokenise + fold (ms) | propose / floor | mentions / candidates / relations |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
  return { lines, figure: `propose: ${figures.join('; ')}` };
}

/** As many sentences as fit in a size in UTF-8 bytes. */
function fill(bytes: number, sentence: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; ; i++) {
    const next = sentence(i);
    size += Buffer.byteLength(next);
    if (size > bytes) return parts.join('');
    parts.push(next);
  }
}

const LONG_SIZES_KB = [256, 512, 1024];
const LONG_KINDS = ["the corpus's sentences in turn", 'sentences of new names', 'one sentence listing states'] as const;

export const longArticleCaseNames = () => LONG_KINDS.flatMap((kind) => LONG_SIZES_KB.map((kb) => `${kb} kB of ${kind}`));

/**
 * Long articles, up to the 1 MB that ingest accepts: the corpus's own sentences in turn (what a
 * long article reads like), sentences that each bring new names (the hardest case for the
 * candidate rules: 20,000 candidates), and one sentence that is a single list of states (the
 * hardest case for the constructions, which read lists of names). The time of each step, the
 * floor (tokenise and fold the same text), and the whole `kg ingest` command (read, validate,
 * propose, write) on a copy of graph-data; linear time shows as the same ms per kB at each size.
 */
export async function benchLongArticles(progress: Progress): Promise<string[]> {
  const dataset = loadDataset(GRAPH_DATA);
  const knowledge = buildKnowledge(dataset.entities, dataset.relations);
  const corpus = [...dataset.sources.map((s) => s.text), readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'ingest', 'fictional-article.txt'), 'utf8')];
  const sentences = corpus.flatMap((text) => splitSentences(text).map((s) => text.slice(s.start, s.end)));
  const syllables = ['Ba', 'Ca', 'Đa', 'Ga', 'Hà', 'Kha', 'La', 'Mai', 'Na', 'Phan', 'Quang', 'Sơn', 'Tâm', 'Thu', 'Vân', 'Xuân', 'Nga', 'Trà', 'Chi', 'Minh', 'Lan', 'Hùng', 'Dũng', 'Yến'];
  const name = (i: number) => [0, 1, 2].map((k) => syllables[Math.floor(i / syllables.length ** k) % syllables.length]).join(' ');
  const articles: Record<(typeof LONG_KINDS)[number], (bytes: number) => string> = {
    "the corpus's sentences in turn": (bytes) => fill(bytes, (i) => `${sentences[i % sentences.length]}${i % 5 === 4 ? '\n' : ' '}`),
    'sentences of new names': (bytes) => fill(bytes, (i) => `Ông ${name(i)} gặp bà ${name(i * 7 + 3)} tại Hà Nội. Hai bên ký Hiệp định ${name(i + 11)} về an ninh mạng.${i % 4 === 3 ? '\n' : ' '}`),
    // A hostile article: one list of 120,000 names was read again from each of its names (minutes for 10 kB, before version 24).
    'one sentence listing states': (bytes) => `The talks could include ${fill(bytes - 60, (i) => `${['Japan', 'Australia', 'India'][i % 3]}, `)}and Viet Nam, officials said.`,
  };
  const rows = [
    '| article | size | sentences | split sentences (ms) | propose (ms) | floor: tokenise + fold (ms) | propose / floor | whole `kg ingest` (ms) | ms per kB | mentions / candidates / relations |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const kind of LONG_KINDS) {
    for (const kb of LONG_SIZES_KB) {
      const row = await progress.measure(`${kb} kB of ${kind}`, () => measureLongArticle(kind, articles[kind](kb * 1024), knowledge), (r) => r.figure);
      rows.push(row.line);
    }
  }
  return rows;
}

function measureLongArticle(kind: string, text: string, knowledge: ReturnType<typeof buildKnowledge>): { line: string; figure: string } {
  const split = time(() => splitSentences(text), 3, 1);
  const proposed = time(() => propose(text, knowledge), 3, 1);
  const floor = time(() => tokenize(text), 3, 1);
  const file = join(graphDataCopy(), 'article.txt');
  writeFileSync(file, text);
  const whole = time(() => {
    const result = runKg('ingest', file, '--id', 'long-article', '--title-en', 'A long article', '--data', graphDataCopy());
    if (result.code !== 0) throw new Error(result.err);
  }, 3, 1);
  const kb = Buffer.byteLength(text) / 1024;
  const p = proposed.result;
  return {
    figure: `whole kg ingest ${fmt(whole.ms)} ms (${(whole.ms / kb).toFixed(2)} ms per kB)`,
    line: `| ${kind} | ${Math.round(kb)} kB | ${split.result.length} | ${fmt(split.ms)} | ${fmt(proposed.ms)} | ${fmt(floor.ms)} | ${(proposed.ms / floor.ms).toFixed(1)}× | ${fmt(whole.ms)} | ${(whole.ms / kb).toFixed(2)} | ${p.mentions.length} / ${p.candidates.length} / ${p.relations.length} |`,
  };
}
