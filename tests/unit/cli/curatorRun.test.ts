/**
 * The same curator's run as the review page's (tests/e2e/reviewCurate.test.ts), entirely on the
 * command line: the fictional partnership announcement finished with `kg review` flags. The
 * curator reads the listing (`kg review ID`) against what the article says (its gold,
 * tests/helpers/partnership.ts), whatever the rules proposed: confirms or changes what "hai bên"
 * … mean, accepts, corrects or rejects each proposal, adds what is missing, names items by their
 * number in the listing and entities by their names, and every command is counted. The graph
 * after apply must be the gold, no more and no less, and apply must run twice.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/schema';
import { CURATED_PREDICATE_IDS, KINDS, PREDICATES, type Kind } from '../../../src/model/vocabulary';
import { splitSentences } from '../../../src/text/sentences';
import { ARTIFACTS } from '../../helpers/browser';
import { runKg } from '../../helpers/cli';
import { differencesFromGold, endByName, gitChanges, judgeRelations, nameOf, relationName, underGit, type SeenRelation } from '../../helpers/curator';
import { graphDataCopy } from '../../helpers/ingest';
import {
  PARTNERSHIP_ALIASES,
  PARTNERSHIP_ARTICLE,
  PARTNERSHIP_ENTITIES,
  PARTNERSHIP_MENTIONS,
  PARTNERSHIP_REFERENCE,
  PARTNERSHIP_TITLE,
  PARTNERSHIP_TITLE_VI,
  type GoldEntity,
} from '../../helpers/partnership';
import { spanOf } from '../../helpers/reviewPage';

/** One line of the listing: "  12  [open    ]  …". */
type Line = { number: string; open: boolean; body: string };
const readLines = (out: string): Line[] =>
  out.split('\n').flatMap((l) => {
    const m = /^\s*(\d+)\s+\[([^\]]*)\]\s+(.*)$/u.exec(l);
    return m ? [{ number: m[1]!, open: m[2]!.trim() === 'open', body: m[3]! }] : [];
  });

/** A reference's line: the article's phrases, then what they refer to ("“hai bên”, “văn kiện” refer to …"). */
const REFERENCE = /^(?:“[^”]*”(?:, “[^”]*”)*(?: …)? refers? to |the phrases that stand for an instrument or event mean )(.*)$/;
const KIND_BY_WORD = new Map(Object.entries(KINDS).map(([k, v]) => [v.en.toLowerCase(), k as Kind]));
/** "new agreement: “Bản ghi nhớ …” / “Memorandum …” (MSC) — …": kind, both names, the abbreviation the article defines. */
const CANDIDATE = new RegExp(`^new (${[...KIND_BY_WORD.keys()].join('|')}): “([^”]+)”(?: / “([^”]+)”)?(?: \\(([^)]+)\\))? (?:—|→)`, 'u');

describe('a curator finishes the partnership article on the command line', () => {
  it('reading the listing against what the article says: one command per corrected item and per added relation', () => {
    const dir = underGit(graphDataCopy());
    const graph = (JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')) as { entities: Entity[] }).entities;
    expect(runKg('ingest', PARTNERSHIP_ARTICLE, '--id', 'partnership', '--title-en', PARTNERSHIP_TITLE, '--title-vi', PARTNERSHIP_TITLE_VI, '--date', '2025-06', '--data', dir).code).toBe(0);
    const text = readFileSync(PARTNERSHIP_ARTICLE, 'utf8');
    const sentences = splitSentences(text);
    const at = (quote: string, occurrence = 0) => {
      const s = spanOf(text, quote, occurrence);
      return `${s.start}-${s.end}`;
    };
    const endOf = endByName(graph);
    const name = (id: string) => nameOf(graph, id);

    const counts: Record<string, number> = {};
    let commands = 0;
    const kg = (what: string, ...args: string[]) => {
      const result = runKg('review', 'partnership', '--data', dir, ...args);
      expect(result.code, `${what}: ${result.err}`).toBe(0);
      commands++;
      counts[what] = (counts[what] ?? 0) + 1;
      return result;
    };
    const listing = () => readLines(runKg('review', 'partnership', '--data', dir).out);
    /** Accepting and rejecting what the curator read, all in one command. */
    const decide = (what: string, accept: string[], reject: string[]) => {
      if (accept.length + reject.length === 0) return;
      kg(what, ...(accept.length ? ['--accept', accept.join(',')] : []), ...(reject.length ? ['--reject', reject.join(',')] : []));
    };
    const entityFlags = (gold: GoldEntity, shownAcronym?: string) => [
      ...(gold.category ? ['--category', gold.category] : []),
      ...(gold.dates ?? []).flatMap((d) => ['--date', `${d.type}:${d.date}`]),
      ...(gold.aliases ?? []).filter((a) => a !== shownAcronym).flatMap((a) => ['--alias', a]),
    ];

    // What "hai bên", "văn kiện" … mean, and the new entities: kept as the reader names them, corrected, or rejected.
    const accept: string[] = [];
    const reject: string[] = [];
    const taken = new Set<GoldEntity>();
    for (const line of listing().filter((l) => l.open)) {
      const reference = REFERENCE.exec(line.body);
      if (reference) {
        if (endOf(reference[1]!) === PARTNERSHIP_REFERENCE) accept.push(line.number);
        else kg('edit: reference → the memorandum', '--edit', line.number, '--instrument', nameOf(graph, PARTNERSHIP_REFERENCE, 'vi'));
        continue;
      }
      const candidate = CANDIDATE.exec(line.body);
      if (!candidate) continue;
      const [, kindWord, vi, en, acronym] = candidate;
      const gold = PARTNERSHIP_ENTITIES.find((g) => g.labels.vi === vi && !taken.has(g));
      if (!gold) {
        reject.push(line.number);
        continue;
      }
      taken.add(gold);
      const flags = [...(KIND_BY_WORD.get(kindWord!) !== gold.kind ? ['--kind', gold.kind] : []), ...(en !== gold.labels.en ? ['--label-en', gold.labels.en] : []), ...entityFlags(gold, acronym)];
      if (flags.length === 0) accept.push(line.number);
      else kg(`edit: ${gold.labels.en}`, '--edit', line.number, ...flags);
    }
    decide('accept and reject: references and entities', accept, reject);
    // The entities nobody proposed, before the relations that need them.
    for (const gold of PARTNERSHIP_ENTITIES.filter((g) => !taken.has(g))) {
      kg(`add entity: ${gold.labels.en}`, '--add-entity', '--kind', gold.kind, '--label-vi', gold.labels.vi, '--label-en', gold.labels.en, '--span', at(gold.labels.vi), ...entityFlags(gold));
    }

    // The proposed relations, read as the listing states them now (the entities' English names, the references as confirmed).
    const open = listing().filter((l) => l.open);
    const read = open.map((line) => readRelation(line.body));
    const { verdicts, missing } = judgeRelations(read.map((r) => r.seen));
    decide(
      'accept and reject: relations',
      open.filter((_, i) => verdicts[i]!.action === 'accept').map((l) => l.number),
      open.filter((_, i) => verdicts[i]!.action === 'reject').map((l) => l.number),
    );
    verdicts.forEach((verdict, i) => {
      if (verdict.action !== 'edit') return;
      const { change, evidence, gold } = verdict;
      const what = Object.keys(change).length > 0 ? 'edit' : evidence!.keep.length === 0 ? 'move evidence' : 'second quote';
      kg(
        `${what}: ${relationName(graph, gold)}`,
        '--edit',
        open[i]!.number,
        ...(change.source ? ['--source', name(change.source)] : []),
        ...(change.predicate ? ['--predicate', change.predicate] : []),
        ...(change.target ? ['--target', name(change.target)] : []),
        ...(evidence ? [...evidence.keep.map((k) => read[i]!.spans[k]!), ...evidence.add.map((q) => at(q))].flatMap((s) => ['--evidence', s]) : []),
      );
    });

    // What the rules missed: the alias and the mention the reader confirms, relations.
    for (const { entity, alias } of PARTNERSHIP_ALIASES) kg(`add alias: ${alias}`, '--add-alias', name(entity), '--name', alias);
    // The listing does not show mentions; one the rules found already is harmless to add again.
    for (const m of PARTNERSHIP_MENTIONS) kg(`add mention: ${m.quote}`, '--add-mention', nameOf(graph, m.entity, 'vi'), '--span', at(m.quote, m.occurrence));
    for (const r of missing) kg(`add relation: ${relationName(graph, r)}`, '--add-relation', name(r.source), r.predicate, name(r.target), ...r.quotes.flatMap((q) => ['--evidence', at(q)]));

    expect(listing().filter((l) => l.open)).toEqual([]);
    const first = runKg('apply', 'partnership', '--write', '--data', dir);
    expect(first.code, first.err).toBe(0);
    const { stat, numstat } = gitChanges(dir);
    // New things are added lines: appending turns the last record's "}" into "},", and the alias list grows by one.
    for (const f of numstat) expect(f.deleted, f.file).toBeLessThanOrEqual(2);
    const second = runKg('apply', 'partnership', '--write', '--data', dir);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/nothing new/);
    expect(gitChanges(dir).stat).toBe(stat);
    expect(runKg('validate', '--data', dir).code).toBe(0);
    expect(differencesFromGold(dir, graph, 'partnership')).toEqual([]);

    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'curate-cli.json'), `${JSON.stringify({ commands, counts, gitDiffStat: stat, numstat, firstApply: first.out, secondApply: second.out }, null, 2)}\n`);

    /** A relation line "SOURCE PREDICATE TARGET — “quote” @START; …", as the curator understands it; a clipped quote is read on in the article to its sentence's end (quotes leave out the full stop). */
    function readRelation(body: string): { seen: SeenRelation; spans: string[] } {
      const cut = body.indexOf(' — “');
      const stated = body.slice(0, cut).replace(' (adds evidence to a known relation)', '');
      const quotes = [...body.slice(cut).matchAll(/“(.*?)” @(\d+)/gu)].map(([, quote, start]) => {
        const from = Number(start);
        const sentenceEnd = () => {
          const { end } = sentences.find((s) => s.start <= from && from < s.end)!;
          return /[.!?]/u.test(text[end - 1]!) ? end - 1 : end;
        };
        const end = quote!.endsWith('…') ? sentenceEnd() : from + quote!.length;
        return { quote: text.slice(from, end), span: `${from}-${end}` };
      });
      // The predicate's words split the line where both names are ones the curator knows (or the most of them).
      let seen: SeenRelation = { evidence: quotes.map((q) => q.quote) };
      let known = -1;
      for (const predicate of CURATED_PREDICATE_IDS) {
        const words = ` ${PREDICATES[predicate].en} `;
        for (let i = stated.indexOf(words); i >= 0; i = stated.indexOf(words, i + 1)) {
          const [source, target] = [endOf(stated.slice(0, i)), endOf(stated.slice(i + words.length))];
          const score = Number(source !== undefined) + Number(target !== undefined);
          if (score > known) [known, seen] = [score, { source, predicate, target, evidence: seen.evidence }];
        }
      }
      return { seen, spans: quotes.map((q) => q.span) };
    }
  }, 60_000);
});
