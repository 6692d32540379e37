import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_DATA, loadShipped, SHARED } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const sourceText = new Map(sources.map((s) => [s.id, s.text]));

describe('the shipped graph-data', () => {
  it('validates and covers both articles', () => {
    expect(graph.order).toBeGreaterThan(60);
    expect(graph.size).toBeGreaterThan(100);
    expect(sources.map((s) => s.id).sort()).toEqual(['eu-norway-spd', 'vn-eu-defence-meeting']);
  });

  it('gives every edge evidence whose quote stands at its offsets in its source', () => {
    graph.forEachEdge((edge, attrs) => {
      expect(attrs.evidence.length, edge).toBeGreaterThan(0);
      for (const e of attrs.evidence) expect(sourceText.get(e.source)?.slice(e.start, e.end), edge).toBe(e.quote);
    });
  });

  it('keeps each article text identical to the corpus file it copies', (context) => {
    const seeds = join(SHARED, 'seeds');
    if (!existsSync(seeds)) {
      context.skip(`../shared/seeds is absent: cannot compare the source texts with the corpus`);
      return;
    }
    for (const source of sources) {
      expect(source.seedFile, source.id).toBeDefined();
      expect(readFileSync(join(seeds, source.seedFile ?? ''), 'utf8'), source.id).toBe(source.text);
    }
    const copied = new Set(sources.map((s) => s.seedFile));
    for (const seed of readdirSync(seeds)) expect(copied.has(seed), `${seed} has no source in graph-data`).toBe(true);
  });

  it('makes one node of a thing both articles name', () => {
    for (const id of ['eu', 'eu-high-representative', 'cyber-security', 'security-and-defence', 'peace-and-stability']) {
      expect(graph.getNodeAttribute(id, 'sources'), id).toEqual(['eu-norway-spd', 'vn-eu-defence-meeting']);
    }
  });

  it('does not say what the text does not: no person is named for the High Representative in the 2019 meeting', () => {
    expect(graph.getNodeAttribute('josep-borrell', 'sources')).toEqual(['eu-norway-spd']);
    graph.forEachEdge('josep-borrell', (_edge, attrs) => {
      for (const e of attrs.evidence) expect(e.source).toBe('eu-norway-spd');
    });
  });

  it('marks inferences with their reasons', () => {
    const meeting = sources.find((s) => s.id === 'vn-eu-defence-meeting');
    expect(meeting?.date).toBe('2019');
    expect(meeting?.dateInferred?.en).toMatch(/no date/);
    expect(meeting?.dateInferred?.vi).toMatch(/không ghi ngày/);
    const inferred = graph.filterEdges((_e, attrs) => attrs.inferred !== undefined);
    expect(inferred).toContain('eu-norway-spd:instance_of:eu-security-defence-partnerships');
    expect(graph.getEdgeAttributes('eu:signs:eu-norway-spd')).toMatchObject({ date: '2024-05-28' });
    expect(graph.getEdgeAttribute('eu:signs:eu-norway-spd', 'dateInferred')?.vi).toMatch(/"Ngày 28\/5"/);
  });

  it('gives every inference reason in Vietnamese as well as English', () => {
    const reasons = [
      ...sources.flatMap((s) => (s.dateInferred ? [s.dateInferred] : [])),
      ...graph.mapNodes((_n, a) => a.dates.flatMap((d) => (d.dateInferred ? [d.dateInferred] : []))).flat(),
      ...graph.mapEdges((_e, a) => [a.dateInferred, a.inferred].flatMap((r) => (r ? [r] : []))).flat(),
    ];
    expect(reasons).toHaveLength(13);
    for (const reason of reasons) {
      expect(reason.vi).not.toBe(reason.en);
      expect(reason.vi).toMatch(/[ăđơư\u1EA0-\u1EF9]/i); // Vietnamese letters: written in Vietnamese, not a copy of the English
    }
  });

  it('states the key facts of each article', () => {
    const has = (key: string) => expect(graph.hasEdge(key), key).toBe(true);
    has('norway:signs:eu-norway-spd');
    has('norway:participates_in:csdp');
    has('eu-norway-spd:covers:maritime-security');
    has('eu-norway-spd:covers:cyber-security');
    has('vn-eu-defence-partnership:covers:cyber-security');
    has('cyber-security:references:budapest-convention');
    has('vn-eu-defence-partnership:grounded_in:unclos');
    has('vietnam:negotiates:fpa');
    has('vietnam:chairs:asean');
    expect(graph.getEdgeAttribute('vietnam:diplomatic_relations_with:eu', 'date')).toBe('1990');
  });

  it('ships JSON Schemas that match the validator', async () => {
    const { jsonSchemaFiles } = await import('../../../src/cli/schemaFiles');
    for (const [name, content] of Object.entries(jsonSchemaFiles())) {
      expect(readFileSync(join(GRAPH_DATA, 'schema', name), 'utf8'), `${name} is stale: run npm run kg -- schema`).toBe(content);
    }
  });

  it('documents each predicate with the kinds it links, as the validator checks them', async () => {
    const { PREDICATE_KINDS } = await import('../../../src/model/vocabulary');
    const readme = readFileSync(join(GRAPH_DATA, 'README.md'), 'utf8');
    const kinds = (list: readonly string[]) => (list.length === 7 ? 'any' : list.join(' / '));
    for (const [predicate, { sources, targets }] of Object.entries(PREDICATE_KINDS)) {
      expect(readme, predicate).toContain(`| \`${predicate}\` | ${kinds(sources)} → ${kinds(targets)} |`);
    }
  });
});
