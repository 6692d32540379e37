import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { GRAPH_DATA, notLock, REPO_ROOT } from '../../helpers/shipped';

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-broken-'));
  cpSync(GRAPH_DATA, dir, { recursive: true, filter: (src) => notLock(src) && !src.includes(`${join('graph-data', 'dist')}`) });
  edit(dir);
  return dir;
}

function editJson(path: string, edit: (json: { [k: string]: unknown }) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { [k: string]: unknown };
  edit(json);
  writeFileSync(path, JSON.stringify(json));
}

describe('kg validate', () => {
  it('exits 0 on the shipped data', () => {
    const result = runKg('validate', '--data', GRAPH_DATA);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/is valid: 71 entities, 114 relations, 2 sources/);
  });

  it('exits 1 on a broken copy and lists every error as file: path: message', () => {
    const dir = brokenCopy((d) => {
      editJson(join(d, 'relations.json'), (json) => {
        const relations = json.relations as { target: string; evidence: { start: number }[] }[];
        relations[0]!.target = 'nato';
        relations[5]!.evidence[0]!.start += 1;
      });
      editJson(join(d, 'entities.json'), (json) => {
        (json.entities as { kind: string }[])[3]!.kind = 'country';
      });
    });
    const result = runKg('validate', '--data', dir);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/relations\.json: relations\[0\]\.target: unknown entity id "nato"$/));
    expect(lines).toContainEqual(expect.stringMatching(/relations\.json: relations\[5\]\.evidence\[0\]\.start: quote ".*" is not at/));
    expect(lines).toContainEqual(expect.stringMatching(/entities\.json: entities\[3\]\.kind: /));
    expect(lines.at(-1)).toMatch(/^3 error\(s\) in /);
  });

  it('exits 1 when the folder is not a graph-data folder', () => {
    const result = runKg('validate', '--data', join(tmpdir(), 'no-such-folder-kg'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no sources folder/);
  });
});

describe('kg usage errors', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['validate', '--verbose'], /unknown option --verbose\n/],
    // A typing slip is named with the flag it is nearest to; a flag without its value says so.
    [['ingest', 'x.txt', '--id', 'x', '--titel-en', 'X'], /unknown option --titel-en \(did you mean --title-en\?\)/],
    [['validate', '--data'], /--data needs a value/],
    [['export', '--format', 'xml', '--out', 'x'], /--format must be one of gexf, graphml, cyjs, json, csv, cypher, ttl \(got xml\)/],
    [['export', '--format', 'csv', '--out', 'x'], /--format csv writes two files: give --out-dir DIR/],
    [['export', '--format', 'json'], /--out FILE or --out-dir DIR is required/],
    [['export', '--format', 'json', '--out', 'x', '--out-dir', 'y'], /give --out FILE or --out-dir DIR, not both/],
    [['export', '--format', 'gexf', '--out', 'x', '--lang', 'fr'], /--lang must be one of vi, en \(got fr\)/],
    [['export', '--format', 'gexf', '--out', 'x', '--gexf-version', '1.1'], /--gexf-version must be one of 1.3, 1.2 \(got 1.1\)/],
  ])('%j: usage on stderr, exit 2', (argv, message) => {
    const result = runKg(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/Usage: npm run kg/);
  });
});

describe('kg help', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints every command and exits 0', (flag) => {
    const result = runKg(flag);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Usage: npm run kg -- <command>/);
    for (const command of ['validate', 'export', 'profile', 'diff']) expect(result.out).toContain(`\n  ${command}`);
  });

  it.each([
    [['profile', '--help']],
    [['profile', '-h']],
    [['help', 'profile']],
    [['profile', 'norway', '--lang', 'vi', '--help']],
  ])('%j prints that command’s usage, not the others’, and exits 0', (argv) => {
    const result = runKg(...argv);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^Usage: npm run kg -- profile ID \[--lang vi\|en\] \[--json\]/);
    expect(result.out).not.toMatch(/\n {2}export /);
    expect(result.out).not.toContain('--domain-hops');
  });

  it('export --help lists the filters it takes', () => {
    const result = runKg('export', '--help');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Usage: npm run kg -- export --format F/);
    expect(result.out).toContain('--domain-hops N');
    expect(result.out).not.toMatch(/\n {2}profile /);
  });

  it('a usage error prints the command’s own usage, a few lines rather than the whole list', () => {
    const result = runKg('profile', 'norway', '--lang', 'fr');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^kg: --lang must be vi or en \(got fr\)\nUsage: npm run kg -- profile ID/);
    expect(result.err).not.toMatch(/\n {2}export /);
    expect(result.err.split('\n').length).toBeLessThan(15);
    expect(runKg('--help').out.split('\n').length).toBeGreaterThan(40);
  });
});

describe('kg stats', () => {
  it('prints counts by kind, predicate and source, and the components', () => {
    const result = runKg('stats', '--data', GRAPH_DATA, '--json');
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.out) as { nodes: number; byKind: Record<string, number>; bySource: Record<string, unknown>; components: number[] };
    expect(stats.nodes).toBe(71);
    expect(stats.byKind.domain).toBeGreaterThan(10);
    expect(Object.keys(stats.bySource).sort()).toEqual(['eu-norway-spd', 'vn-eu-defence-meeting']);
    expect(stats.components.reduce((a, b) => a + b, 0)).toBe(71);
    expect(runKg('stats', '--data', GRAPH_DATA).out).toMatch(/Edges by predicate:\n\s+covers\s+\d+/);
  });
});

describe('kg export and build', () => {
  it('exports JSON that Graph.from() loads with every attribute', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-export-')), 'graph.json');
    expect(runKg('export', '--format', 'json', '--out', out, '--data', GRAPH_DATA).code).toBe(0);
    const graph = Graph.from(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(71);
    expect(graph.getNodeAttribute('norway', 'labels')).toEqual({ vi: 'Na Uy', en: 'Norway' });
    expect(graph.getEdgeAttribute('norway:signs:eu-norway-spd', 'evidence')[0].source).toBe('eu-norway-spd');
  });

  it('builds the same bundle twice: a stable layout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-'));
    runKg('build', '--data', GRAPH_DATA, '--out', join(dir, 'a.json'));
    runKg('build', '--data', GRAPH_DATA, '--out', join(dir, 'b.json'));
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(a).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
    const bundle = JSON.parse(a) as { graph: { nodes: { attributes: { x: number } }[] }; sources: unknown[] };
    expect(bundle.sources).toHaveLength(2);
    expect(new Set(bundle.graph.nodes.map((n) => n.attributes.x)).size).toBeGreaterThan(60);
  });
});

describe('the real process', () => {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const kg = join(REPO_ROOT, 'src', 'cli', 'kg.ts');
  it('exits with 0 on valid data and 2 on a usage error', () => {
    expect(execFileSync(tsx, [kg, 'validate', '--data', GRAPH_DATA], { encoding: 'utf8' })).toMatch(/is valid/);
    const bad = spawnSync(tsx, [kg, 'nonsense'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command "nonsense"/);
  }, 60_000); // two real tsx processes: seconds each on a loaded machine, which is not what this checks
});

describe('kg export with filters', () => {
  const exportWith = (...flags: string[]) => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-filter-')), 'sub.json');
    const result = runKg('export', '--format', 'json', '--out', out, '--data', GRAPH_DATA, ...flags);
    return { ...result, graph: result.code === 0 ? Graph.from(JSON.parse(readFileSync(out, 'utf8'))) : null };
  };

  it('exports the subgraph the filters describe', () => {
    const { code, out, graph } = exportWith('--actor', 'norway', '--hops', '1');
    expect(code).toBe(0);
    expect(out).toMatch(/of 71 nodes/);
    expect(graph?.hasNode('eu-norway-spd')).toBe(true);
    expect(graph?.hasNode('vietnam')).toBe(false);
    expect(graph?.getEdgeAttribute('norway:signs:eu-norway-spd', 'evidence')).toHaveLength(1);
  });

  it('combines domain, kind, source and date flags', () => {
    const { graph } = exportWith('--domain', 'cyber-security', '--domain-hops', '2', '--kind', 'actor,agreement,partnership,domain', '--source', 'vn-eu-defence-meeting', '--from', '2019');
    expect(graph?.hasNode('vietnam')).toBe(true);
    expect(graph?.hasNode('norway')).toBe(false);
    expect(graph?.hasNode('budapest-convention')).toBe(false);
  });

  it.each([
    [['--actor', 'nato'], /--actor: unknown value "nato" \(expected an entity id of the graph\)/],
    [['--hops', '9'], /--hops: malformed value "9" \(expected a whole number from 1 to 3\)/],
    [['--kind', 'country'], /--kind: unknown value "country" \(expected one of actor, agreement/],
    [['--from', '2024-13'], /--from: malformed value "2024-13"/],
    [['--source', 'bbc'], /--source: unknown value "bbc"/],
    [['--colour', 'red'], /unknown option --colour/],
  ])('%j: names the flag and the bad value, exit 2', (flags, message) => {
    const result = exportWith(...flags);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});

describe('kg export in every format', () => {
  it.each(['gexf', 'graphml', 'cyjs', 'json', 'cypher', 'ttl'])('%s, filtered, to --out', (format) => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-fmt-')), `sub.${format}`);
    const result = runKg('export', '--format', format, '--out', out, '--data', GRAPH_DATA, '--actor', 'norway');
    expect(result.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('eu-norway-spd');
    expect(text).not.toContain('vn-eu-defence-partnership');
    expect(result.out).toMatch(/9 of 71 nodes, 16 of 114 edges/);
  });

  it('ttl puts the IRIs under --base, and refuses a base that is not an absolute IRI', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-ttl-')), 'g.ttl');
    expect(runKg('export', '--format', 'ttl', '--out', out, '--data', GRAPH_DATA, '--base', 'https://example.org/kg/').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<https://example.org/kg/entity/norway>');
    const bad = runKg('export', '--format', 'ttl', '--out', out, '--data', GRAPH_DATA, '--base', 'not an iri');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--base must be an absolute IRI ending in \/ or # \(got not an iri\)/);
  });

  it('csv writes a nodes and an edges file into --out-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-csv-'));
    expect(runKg('export', '--format', 'csv', '--out-dir', dir, '--data', GRAPH_DATA).code).toBe(0);
    expect(readFileSync(join(dir, 'partnerships-en-nodes.csv'), 'utf8').split('\r\n')[0]).toMatch(/^id,label,label_vi,label_en,kind/);
    expect(readFileSync(join(dir, 'partnerships-en-edges.csv'), 'utf8').split('\r\n').length).toBe(114 + 2);
  });
});

describe('kg profile', () => {
  it("prints Norway's domains with the partnership they come through and the quotes", () => {
    const result = runKg('profile', 'norway');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Norway \(Actor, norway\)/);
    expect(result.out).toMatch(/Cooperation domains \(\d+\)\n(.*\n)* {2}Maritime security — through the EU–Norway Security and Defence Partnership\n {6}“[^”]*an ninh hàng hải/);
  });

  it('speaks Vietnamese with --lang vi and gives JSON with --json', () => {
    expect(runKg('profile', 'vietnam', '--lang', 'vi').out).toMatch(/Lĩnh vực hợp tác \(\d+\)\n(.*\n)* {2}Quản lý khủng hoảng — qua /);
    const json = JSON.parse(runKg('profile', 'cyber-security', '--json').out) as { type: string; actors: { id: string }[] };
    expect(json.type).toBe('domain');
    expect(json.actors.map((a) => a.id).sort()).toEqual(['eu', 'norway', 'vietnam']);
  });

  it('says which partnership invokes the Budapest Convention, through which domain, with the quote that names it', () => {
    const result = runKg('profile', 'budapest-convention');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /Invoked by agreements and partnerships \(1\)\n {2}Viet Nam–EU defence and security cooperation partnership — through cyber security\n(.*\n)* {6}“[^”]*Công ước Bu-đa-pét/,
    );
    expect(runKg('profile', 'csdp', '--lang', 'vi').out).toMatch(/Được viện dẫn trong các thỏa thuận và quan hệ đối tác \(1\)\n {2}Thỏa thuận Đối tác An ninh và Quốc phòng EU – Na Uy\n/);
  });

  it.each([
    [['profile', 'na-uy'], /no entity with id "na-uy"; did you mean norway/],
    [['profile', 'pca'], /"pca" is of kind agreement; only actors, domains and frameworks have profiles/],
    [['profile'], /profile takes one entity id \(got 0\)/],
    [['profile', 'norway', '--lang', 'fr'], /--lang must be vi or en \(got fr\)/],
  ])('refuses %j with a message and exit 2', (argv, message) => {
    const result = runKg(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
