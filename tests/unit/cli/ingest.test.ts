import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, fixtureText, graphDataCopy } from '../../helpers/ingest';
import { GRAPH_DATA, REPO_ROOT } from '../../helpers/shipped';

const scratch = () => mkdtempSync(join(tmpdir(), 'kg-article-'));
function articleFile(content: string | Uint8Array, name = 'article.txt'): string {
  const path = join(scratch(), name);
  writeFileSync(path, content);
  return path;
}
const listing = (dir: string) => [...readdirSync(join(dir, 'sources')), ...(existsSync(join(dir, 'review')) ? readdirSync(join(dir, 'review')) : [])].sort();

type Contract = {
  mentions: ({ start: number; end: number; quote: string } & ({ entity: string } | { candidate: string }))[];
  candidates: { key: string; label: string; kind: string; mentions: { start: number; end: number; quote: string }[]; similar: { entity: string; score: number; shared: string[] }[] }[];
  relations: { source: object; predicate: string; target: object; evidence: { start: number; end: number; quote: string }; rule: string; score: number }[];
};

describe('kg ingest --dry-run --json', () => {
  it('prints the proposals as one JSON object that follows the contract, and writes nothing', () => {
    const before = listing(GRAPH_DATA);
    const result = runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--dry-run', '--json', '--data', GRAPH_DATA);
    expect(result.code).toBe(0);
    expect(listing(GRAPH_DATA)).toEqual(before);
    const json = JSON.parse(result.out) as Contract;
    const text = fixtureText();
    const keys = new Set(json.candidates.map((c) => c.key));
    for (const m of json.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.quote);
      if ('candidate' in m) expect(keys.has(m.candidate)).toBe(true);
    }
    for (const c of json.candidates) {
      expect(c).toMatchObject({ key: expect.any(String), label: expect.any(String), kind: expect.any(String) });
      // The likeness carries its reason, the words the two names share.
      for (const s of c.similar) expect(s).toEqual({ entity: expect.any(String), score: expect.any(Number), shared: expect.arrayContaining([expect.any(String)]) });
    }
    for (const r of json.relations) {
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
      for (const end of [r.source, r.target]) expect(Object.keys(end)).toEqual([expect.stringMatching(/^(entity|candidate)$/)]);
      expect(r.rule).toBeTruthy();
    }
    expect(json.relations.length).toBeGreaterThan(5);
  });

  it('accepts a BOM, CRLF and decomposed Vietnamese, and proposes the same as for clean text', () => {
    const clean = JSON.parse(runKg('ingest', FIXTURE_ARTICLE, '--id', 'x', '--dry-run', '--json', '--data', GRAPH_DATA).out) as Contract;
    const messy = articleFile(`\uFEFF${fixtureText().normalize('NFD').replace(/\n/g, '\r\n')}`);
    const result = runKg('ingest', messy, '--id', 'x', '--dry-run', '--json', '--data', GRAPH_DATA);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual(clean);
  });
});

describe('kg ingest refuses, says why, and writes nothing', () => {
  const refuse = (args: string[], message: RegExp, code = 1) => {
    const dir = graphDataCopy();
    const before = listing(dir);
    const result = runKg('ingest', ...args, '--data', dir);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    expect(listing(dir)).toEqual(before);
  };

  it('a file that is not UTF-8, naming the byte', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Việt Nam và '), 0xe9, 0x20]);
    refuse([articleFile(latin1), '--id', 'x', '--title-en', 'X'], /not UTF-8 text: the byte at offset 15/);
  });
  it('an empty file', () => refuse([articleFile(' \n\r\n'), '--id', 'x', '--title-en', 'X'], /the file is empty/));
  it('an id already used', () => refuse([FIXTURE_ARTICLE, '--id', 'eu-norway-spd', '--title-en', 'X'], /--id "eu-norway-spd" is already used/));
  it('a text already in the corpus', () =>
    refuse([join(GRAPH_DATA, 'sources', 'eu-norway-spd.txt'), '--id', 'again', '--title-en', 'X'], /already in the corpus as "eu-norway-spd"/));
  it('a missing English title', () => refuse([FIXTURE_ARTICLE, '--id', 'x'], /--title-en TITLE is required/, 2));
  it('a malformed id or date', () => {
    refuse([FIXTURE_ARTICLE, '--id', 'Bad Id', '--title-en', 'X'], /--id must be lower-case/, 2);
    refuse([FIXTURE_ARTICLE, '--id', 'x', '--title-en', 'X', '--date', '2025-13'], /--date must be/, 2);
  });
  it('a file that does not exist', () => refuse([join(scratch(), 'nope.txt'), '--id', 'x', '--title-en', 'X'], /no such file/));
});

describe('ingest → review → apply on the command line', () => {
  it('stores the article with its hash, records decisions, and applies only what was accepted', () => {
    const dir = graphDataCopy();
    const ingest = runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional test article', '--date', '2025-03', '--data', dir);
    expect(ingest.code).toBe(0);
    // The next steps it prints work as printed: on a copy of graph-data they name it.
    expect(ingest.out).toContain(`next: npm run review -- --data ${dir} (in the browser), or npm run kg -- review fixture --data ${dir}`);
    const meta = JSON.parse(readFileSync(join(dir, 'sources', 'fixture.json'), 'utf8')) as { textHash: string; title: { vi: string } };
    expect(meta.textHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(meta.title.vi).toBe('BÀI VIẾT HƯ CẤU — chỉ dùng để kiểm thử phần mềm, không phải tin thật.');
    expect(runKg('validate', '--data', dir).code).toBe(0);

    const state = () => JSON.parse(runKg('review', 'fixture', '--json', '--data', dir).out) as { decided: number; total: number; targets: { number: number; target: string }[] };
    const targets = state().targets;
    const find = (pattern: RegExp) => targets.find((t) => pattern.test(t.target))!;
    const japan = find(/^candidate:nhat-ban$/);
    const eta = find(/^candidate:hiep-dinh-chuyen-giao/);
    // The signing stated in the body, not the headline's (which reaches the agreement through "hiệp định").
    const signs = targets.filter((t) => /^relation:candidate:nhat-ban\|signs\|/.test(t.target)).at(-1)!;
    const covers = find(/\|covers\|entity:cyber-security\|/);
    const supports = find(/\|supports\|/);
    const decisions = join(scratch(), 'decisions.json');
    writeFileSync(
      decisions,
      JSON.stringify([
        { target: japan.target, action: 'edit', edit: { labels: { en: 'Japan' }, category: 'state' } },
        { target: eta.target, action: 'edit', edit: { labels: { en: 'Defence Equipment and Technology Transfer Agreement' } } },
        { target: covers.target, action: 'edit', edit: { predicate: 'contributes_to' } },
      ]),
    );
    expect(runKg('review', 'fixture', '--decisions', decisions, '--data', dir)).toMatchObject({ code: 0, err: '' });
    expect(runKg('review', 'fixture', '--accept', `${signs.number}`, '--reject', `${supports.number}`, '--data', dir).out).toMatch(/recorded 2 decision/);
    expect(state().decided).toBe(5);

    // Before apply --write nothing changes; then the accepted part enters the graph, with its evidence.
    const dry = runKg('apply', 'fixture', '--data', dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/nothing written/);
    const written = runKg('apply', 'fixture', '--write', '--data', dir);
    expect(written.code).toBe(0);
    const entities = JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')).entities as { id: string; labels: { en: string } }[];
    const relations = JSON.parse(readFileSync(join(dir, 'relations.json'), 'utf8')).relations as { source: string; predicate: string; target: string; evidence: { source: string; quote: string; start: number; end: number }[] }[];
    expect(entities.find((e) => e.id === 'nhat-ban')?.labels.en).toBe('Japan');
    const etaId = eta.target.slice('candidate:'.length);
    expect(relations.find((r) => r.source === 'nhat-ban' && r.predicate === 'signs' && r.target === etaId)).toBeDefined();
    expect(relations.find((r) => r.source === etaId && r.predicate === 'contributes_to' && r.target === 'cyber-security')).toBeDefined();
    expect(relations.some((r) => r.predicate === 'supports' && r.source === 'nhat-ban')).toBe(false);
    const text = readFileSync(join(dir, 'sources', 'fixture.txt'), 'utf8');
    for (const r of relations) for (const e of r.evidence.filter((x) => x.source === 'fixture')) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(runKg('validate', '--data', dir).code).toBe(0);
  });

  it('refuses to apply while an accepted relation uses a candidate nobody accepted', () => {
    const dir = graphDataCopy();
    runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir);
    const targets = (JSON.parse(runKg('review', 'fixture', '--json', '--data', dir).out) as { targets: { number: number; target: string }[] }).targets;
    const signs = targets.filter((t) => /^relation:candidate:nhat-ban\|signs\|/.test(t.target)).at(-1)!;
    runKg('review', 'fixture', '--accept', `${signs.number}`, '--data', dir);
    const before = readFileSync(join(dir, 'relations.json'), 'utf8');
    const result = runKg('apply', 'fixture', '--write', '--data', dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/A relation uses “Nhật Bản” and “Hiệp định Chuyển giao .*”, which are not accepted or merged yet/);
    expect(readFileSync(join(dir, 'relations.json'), 'utf8')).toBe(before);
  });

  it('voids the proposals when the article text changed after they were made', () => {
    const dir = graphDataCopy();
    runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir);
    writeFileSync(join(dir, 'sources', 'fixture.txt'), `Một dòng mới.\n${fixtureText()}`);
    const result = runKg('apply', 'fixture', '--data', dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/changed after its proposals were made .* the proposals are void/);
  });

  it('does not propose again what was rejected when the article is ingested again; keeps the decisions', () => {
    const dir = graphDataCopy();
    runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir);
    const review = () => JSON.parse(runKg('review', 'fixture', '--json', '--data', dir).out) as { total: number; decided: number; targets: { number: number; target: string }[] };
    const supports = review().targets.find((t) => /\|supports\|/.test(t.target))!;
    const hanoi = review().targets.find((t) => t.target === 'candidate:ha-noi')!;
    runKg('review', 'fixture', '--reject', `${supports.number},${hanoi.number}`, '--data', dir);
    const total = review().total;
    const again = runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--data', dir);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/proposed again .*2 decisions kept/s);
    const after = review();
    expect(after.targets.map((t) => t.target)).not.toContain(supports.target);
    expect(after.targets.map((t) => t.target)).not.toContain('candidate:ha-noi');
    expect(after.total).toBe(total - 2);
  });

  it('undoes the latest decision', () => {
    const dir = graphDataCopy();
    runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir);
    runKg('review', 'fixture', '--accept', '1', '--data', dir);
    const first = runKg('review', 'fixture', '--data', dir).out.split('\n')[1]!.replace(/^\s*1\s+\[[^\]]*\]\s+/, '');
    // Said as the listing says it, in the curator's language, never by the internal id.
    const undone = runKg('review', 'fixture', '--undo', '--data', dir).out;
    expect(undone).toContain(`undid: accept — ${first}`);
    expect(undone).not.toMatch(/relation:|candidate:|reference:/);
    runKg('review', 'fixture', '--accept', '1', '--data', dir);
    expect(runKg('review', 'fixture', '--undo', '--lang', 'vi', '--data', dir).out).toMatch(/^đã hoàn tác: nhận — /);
    expect((JSON.parse(runKg('review', 'fixture', '--json', '--data', dir).out) as { decided: number }).decided).toBe(0);
  });
});

describe('kg ingest --eval', () => {
  it('reports, per article left out, how much of its curation the proposals recover', () => {
    const result = runKg('ingest', '--eval', '--data', GRAPH_DATA);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/\| eu-norway-spd \| \d+\/28 /);
    expect(result.out).toMatch(/\| vn-eu-defence-meeting \| \d+\/48 /);
  });
});

describe('kg ingest --eval --corpus', () => {
  const corpus = join(REPO_ROOT, 'tests', 'fixtures', 'corpus');

  it('scores both halves of the development corpus per article and in total, and learns from the development half', () => {
    const result = runKg('ingest', '--eval', '--corpus', corpus, '--learn', '--json', '--data', GRAPH_DATA);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      development: { articles: { source: string }[]; all: { endsRecall: { right: number; of: number }; endsNamed: { right: number; of: number } } };
      heldOut: { articles: { source: string; language: string }[]; all: { endsRecall: { right: number; of: number }; knownRecall: { of: number } }; writers: { source: string; endsRecall: { right: number; of: number } }[] };
      learned: { constructions: unknown[] };
      afterLearning: { heldOut: { all: { endsRecall: { of: number } } } };
    };
    expect(report.development.articles).toHaveLength(62);
    expect(report.heldOut.articles).toHaveLength(62);
    expect(new Set(report.heldOut.articles.map((a) => a.language))).toEqual(new Set(['vi', 'en']));
    // Every gold relation of the half is counted, found or not.
    expect(report.heldOut.all.endsRecall.of).toBe(1548);
    expect(report.development.all.endsRecall.of).toBe(1581);
    // A relation is found only where both its ends are named: the named pairs bound what the relations can find.
    expect(report.development.all.endsNamed.of).toBe(1581);
    expect(report.development.all.endsNamed.right).toBeGreaterThanOrEqual(report.development.all.endsRecall.right);
    expect(report.heldOut.all.endsRecall.right).toBeGreaterThan(0);
    // Each writer's articles are summed apart, and together they are the half.
    expect(report.heldOut.writers.map((w) => w.source)).toEqual(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth']);
    const sum = (key: 'right' | 'of') => report.heldOut.writers.reduce((total, w) => total + w.endsRecall[key], 0);
    expect([sum('right'), sum('of')]).toEqual([report.heldOut.all.endsRecall.right, 1548]);
    expect(report.learned.constructions.length).toBeGreaterThan(0);
    expect(report.afterLearning.heldOut.all.endsRecall.of).toBe(1548);
    // Proposing for 124 articles four times is slow on a loaded machine; this is no speed test.
  }, 120_000);

  it('prints the tables for one half only, so that the other stays out of sight', () => {
    const result = runKg('ingest', '--eval', '--corpus', corpus, '--half', 'development', '--data', GRAPH_DATA);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/### Development half \(62 articles: 33 Vietnamese, 29 English\)/);
    expect(result.out).not.toMatch(/Held-out/);
    expect(result.out).toMatch(/\| vi01-india-cyber-mou \|/);
    expect(result.out).toMatch(/\| \*\*sixth writer\*\* \| [^|]+ \| [^|]+ \| [^|]+ \| [^|]+ \| [^|]+ \| \d+\/228 /);
  });

  it('lists what was missed for the development half only: the held-out half shows its counts', () => {
    const result = runKg('ingest', '--eval', '--corpus', corpus, '--misses', '--data', GRAPH_DATA);
    expect(result.code).toBe(0);
    const [development, heldOut] = result.out.split('### Held-out half');
    expect(development).toMatch(/both ends named/);
    expect(development).toMatch(/missed relations by predicate: /);
    expect(development).toMatch(/^- vi01-india-cyber-mou: missed entities /m);
    expect(heldOut).toMatch(/\| \*\*all\*\* \| \d+\/\d+ /);
    expect(heldOut).not.toMatch(/missed|wrong relations/);
  }, 60_000);

  it('refuses a list of writers that names an article of neither half, or leaves one out', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'Việt Nam.');
    writeFileSync(join(dir, 'b.txt'), 'Lào.');
    writeFileSync(join(dir, 'split.json'), JSON.stringify({ rule: 'by hand', development: ['a'], heldOut: ['b'], writers: { one: ['a', 'c'] } }));
    const result = runKg('ingest', '--eval', '--corpus', dir, '--data', GRAPH_DATA);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/split\.json: writers\.one: "c" is in neither half/);
    expect(result.err).toMatch(/split\.json: writers: "b" has no writer/);
  });

  it('refuses a corpus without its split, naming the file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'Việt Nam.');
    const result = runKg('ingest', '--eval', '--corpus', dir, '--data', GRAPH_DATA);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/split\.json: missing/);
    expect(runKg('ingest', '--corpus', dir, '--data', GRAPH_DATA).code).toBe(2);
  });
});

describe('kg learn', () => {
  it('learns the words of a relation a reviewer added, and the next ingest proposes it where those words stand', () => {
    const dir = graphDataCopy();
    const first = articleFile('Việt Nam bắt tay với Liên Hợp Quốc trong lĩnh vực gìn giữ hòa bình.', 'first.txt');
    expect(runKg('ingest', first, '--id', 'first', '--title-en', 'First', '--data', dir).code).toBe(0);
    const quote = 'Việt Nam bắt tay với Liên Hợp Quốc';
    expect(runKg('review', 'first', '--add-relation', 'vietnam', 'cooperates_with', 'united-nations', '--evidence', `0-${quote.length}`, '--data', dir).code).toBe(0);
    const learned = runKg('learn', '--data', dir);
    expect(learned.code).toBe(0);
    expect(learned.out).toMatch(/1 reviews read/);
    const rules = JSON.parse(readFileSync(join(dir, 'learned-rules.json'), 'utf8')) as { constructions: { predicate: string; pattern: string }[] };
    expect(rules.constructions).toContainEqual(expect.objectContaining({ predicate: 'cooperates_with', language: 'vi', pattern: '{S} bắt tay với {T}' }));

    const second = articleFile('Liên minh châu Âu bắt tay với ASEAN.', 'second.txt');
    const proposals = JSON.parse(runKg('ingest', second, '--id', 'second', '--dry-run', '--json', '--data', dir).out) as { relations: { source: unknown; predicate: string; target: unknown; rule: string }[] };
    expect(proposals.relations).toContainEqual(expect.objectContaining({ source: { entity: 'eu' }, predicate: 'cooperates_with', target: { entity: 'asean' }, rule: 'learned/cooperates_with' }));
  });
});
