/**
 * A curator who knows what the article says (its gold, tests/helpers/partnership.ts) judging the
 * rules' proposals, whatever they are: a proposal that states a wanted relation is accepted (its
 * evidence moved, or a second quote added, where it lacks the words that state it); one whose
 * evidence states a wanted relation with one end or the predicate off is corrected; the rest are
 * rejected, and the wanted relations nobody proposed are left to add. The command-line run and the
 * page's run read the proposals their own way (the listing's lines, the cards) and act their own
 * way; the judgement and the check of the graph they end with are the same.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CuratedPredicate } from '../../src/ingest/types';
import type { Entity } from '../../src/model/schema';
import { CURATED_PREDICATE_IDS, KIND_IDS, predicatePhrase, PREDICATES } from '../../src/model/vocabulary';
import { PARTNERSHIP_ALIASES, PARTNERSHIP_ENTITIES, PARTNERSHIP_RELATIONS, type GoldEntity, type GoldRelation } from './partnership';

/** A relation as the curator reads it off a proposal: its ends as the gold names them (undefined: a name the curator does not want), its quotes. */
export type SeenRelation = { source?: string; predicate?: CuratedPredicate; target?: string; evidence: string[] };

/** Evidence to fix: which of the proposal's quotes to keep, and which of the gold's quotes to add (none kept: the evidence is moved). */
type EvidenceFix = { keep: number[]; add: string[] };

/** An edit changes the ends or the predicate, the evidence, or both. */
export type Verdict =
  | { action: 'accept'; gold: GoldRelation }
  | { action: 'edit'; gold: GoldRelation; change: Partial<Pick<GoldRelation, 'source' | 'predicate' | 'target'>>; evidence?: EvidenceFix }
  | { action: 'reject' };

const sameTriple = (a: SeenRelation, g: GoldRelation) => a.source === g.source && a.predicate === g.predicate && a.target === g.target;

function evidenceFix(seen: SeenRelation, gold: GoldRelation): EvidenceFix | undefined {
  const add = gold.quotes.filter((q) => !seen.evidence.some((e) => e.includes(q)));
  if (add.length === 0) return undefined;
  return { keep: seen.evidence.flatMap((e, i) => (gold.quotes.some((q) => e.includes(q)) ? [i] : [])), add };
}

/** The verdict on each proposal, in order, and the gold relations no proposal gives (to add). */
export function judgeRelations(seen: SeenRelation[], gold = PARTNERSHIP_RELATIONS): { verdicts: Verdict[]; missing: GoldRelation[] } {
  const covered = new Set<GoldRelation>();
  const verdicts: (Verdict | undefined)[] = seen.map(() => undefined);
  // Exactly what the reader wants first, so that a near miss never takes a relation a later proposal states as it is.
  seen.forEach((s, i) => {
    const g = gold.find((x) => !covered.has(x) && sameTriple(s, x));
    if (!g) return;
    covered.add(g);
    const evidence = evidenceFix(s, g);
    verdicts[i] = evidence ? { action: 'edit', gold: g, change: {}, evidence } : { action: 'accept', gold: g };
  });
  // One end or the predicate off, in words that state a wanted relation: corrected.
  seen.forEach((s, i) => {
    if (verdicts[i]) return;
    const g = gold.find((x) => !covered.has(x) && s.evidence.some((e) => e.includes(x.quotes[0]!)) && [s.source === x.source, s.predicate === x.predicate, s.target === x.target].filter(Boolean).length === 2);
    if (!g) return;
    covered.add(g);
    const change = s.source !== g.source ? { source: g.source } : s.predicate !== g.predicate ? { predicate: g.predicate } : { target: g.target };
    const evidence = evidenceFix(s, g);
    verdicts[i] = { action: 'edit', gold: g, change, ...(evidence ? { evidence } : {}) };
  });
  return { verdicts: verdicts.map((v) => v ?? { action: 'reject' }), missing: gold.filter((g) => !covered.has(g)) };
}

/** The entity a name stands for, as the gold names it: a new entity by either label, a known one by its labels. */
export function endByName(graph: Entity[]): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const e of graph) for (const label of [e.labels.vi, e.labels.en]) byName.set(label, e.id);
  for (const e of PARTNERSHIP_ENTITIES) for (const label of [e.labels.vi, e.labels.en]) byName.set(label, e.id);
  // A card reads its relation as a sentence ("The Memorandum …", "… covers maritime security"): a name may take "the"
  // and a lower-case first letter there.
  const inSentence = new Map([...byName].map(([label, id]) => [label.toLowerCase(), id]));
  // A new entity is shown as “name” (new) in the listing, as name (new) on the cards.
  return (name) => {
    const shown = name.trim().replace(/ \(new\)$/u, '').replace(/^“(.*)”$/su, '$1');
    return byName.get(shown) ?? inSentence.get(shown.toLowerCase()) ?? inSentence.get(shown.replace(/^the /iu, '').toLowerCase());
  };
}

const goldEntity = (id: string): GoldEntity | undefined => PARTNERSHIP_ENTITIES.find((e) => e.id === id);

/** An end's name as the reader writes it in a language: a new entity's gold label, a known one's label in the graph. */
export const nameOf = (graph: Entity[], id: string, lang: 'vi' | 'en' = 'en'): string => (goldEntity(id) ?? graph.find((e) => e.id === id)!).labels[lang];

/** A predicate by its name, or by the phrase a sentence uses for it ("took place in" for held at, "was signed in" a place). */
export const predicateByLabel = (label: string, lang: 'vi' | 'en' = 'en'): CuratedPredicate | undefined =>
  CURATED_PREDICATE_IDS.find((p) => PREDICATES[p][lang] === label.trim() || KIND_IDS.some((kind) => predicatePhrase(p, kind)[lang] === label.trim()));

/** "The memorandum covers maritime security": how a run names a gold relation in its counts. */
export const relationName = (graph: Entity[], r: Pick<GoldRelation, 'source' | 'predicate' | 'target'>) => `${nameOf(graph, r.source)} ${PREDICATES[r.predicate].en} ${nameOf(graph, r.target)}`;

type Written = { entities: (Omit<Entity, 'dates' | 'aliases'> & Partial<Pick<Entity, 'dates' | 'aliases'>>)[]; relations: { source: string; predicate: string; target: string; evidence: { source: string; quote: string }[] }[] };

/**
 * What the graph written by a run lacks or has too many of, against the gold: relations (each with
 * every quote that states it), new entities (kind, both labels, category, dates, aliases) and the
 * confirmed alias. New entities are told apart by their Vietnamese labels, whatever ids they got.
 */
export function differencesFromGold(dataDir: string, before: Entity[], source: string): string[] {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  const { entities } = read<Pick<Written, 'entities'>>('entities.json');
  const { relations } = read<Pick<Written, 'relations'>>('relations.json');
  const known = new Set(before.map((e) => e.id));
  const problems: string[] = [];

  const goldId = new Map<string, string>();
  for (const e of entities.filter((x) => !known.has(x.id))) {
    const gold = PARTNERSHIP_ENTITIES.find((g) => g.labels.vi === e.labels.vi);
    if (!gold) {
      problems.push(`an entity the reader did not want: ${e.id} “${e.labels.vi}”`);
      continue;
    }
    goldId.set(e.id, gold.id);
    const want = { kind: gold.kind, category: gold.category, labels: gold.labels, dates: gold.dates ?? [], aliases: gold.aliases ?? [] };
    // The file leaves out empty lists.
    const have = { kind: e.kind, category: e.category, labels: e.labels, dates: e.dates ?? [], aliases: e.aliases ?? [] };
    if (JSON.stringify(have) !== JSON.stringify(want)) problems.push(`${gold.id} is ${JSON.stringify(have)}, not ${JSON.stringify(want)}`);
  }
  for (const gold of PARTNERSHIP_ENTITIES) if (![...goldId.values()].includes(gold.id)) problems.push(`no new entity “${gold.labels.vi}”`);

  const asGold = (id: string) => goldId.get(id) ?? id;
  const written = relations.filter((r) => r.evidence.some((e) => e.source === source));
  const key = (r: { source: string; predicate: string; target: string }) => `${asGold(r.source)} ${r.predicate} ${asGold(r.target)}`;
  for (const gold of PARTNERSHIP_RELATIONS) {
    const found = written.filter((r) => key(r) === key(gold));
    if (found.length !== 1) problems.push(`${found.length} relations “${key(gold)}”`);
    const quotes = found.flatMap((r) => r.evidence.filter((e) => e.source === source).map((e) => e.quote));
    for (const q of gold.quotes) if (found.length === 1 && !quotes.some((e) => e.includes(q))) problems.push(`“${key(gold)}” lacks the quote “${q}”`);
  }
  for (const r of written) if (!PARTNERSHIP_RELATIONS.some((g) => key(g) === key(r))) problems.push(`a relation the reader did not want: ${key(r)}`);

  for (const { entity, alias } of PARTNERSHIP_ALIASES) {
    if (!entities.find((e) => e.id === entity)?.aliases?.includes(alias)) problems.push(`${entity} lacks the alias “${alias}”`);
  }
  return problems;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });

/** A copy of graph-data put under git, so that a run's changes read as a team reviewing them reads them. */
export function underGit(dir: string): string {
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'before');
  return dir;
}

/** `git diff --stat`, and the lines each file gained and lost. */
export function gitChanges(dir: string): { stat: string; numstat: { file: string; added: number; deleted: number }[] } {
  const numstat = git(dir, 'diff', '--numstat')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'))
    .map(([added, deleted, file]) => ({ file: file!, added: Number(added), deleted: Number(deleted) }));
  return { stat: git(dir, 'diff', '--stat'), numstat };
}
