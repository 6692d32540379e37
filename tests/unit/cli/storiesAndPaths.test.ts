import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { GRAPH_DATA, notLock } from '../../helpers/shipped';

function copyWithStory(edit: (story: { steps: { view: Record<string, unknown> }[] }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-story-'));
  cpSync(GRAPH_DATA, dir, { recursive: true, filter: (src) => notLock(src) && !src.includes(join('graph-data', 'dist')) });
  const path = join(dir, 'stories', 'two-partnerships.json');
  const story = JSON.parse(readFileSync(path, 'utf8')) as { steps: { view: Record<string, unknown> }[] };
  edit(story);
  writeFileSync(path, JSON.stringify(story, null, 2));
  return dir;
}

describe('kg path', () => {
  it('writes three paths from Viet Nam to the Strategic Compass as sentences with their quotes', () => {
    const result = runKg('path', 'vietnam', 'strategic-compass', '--k', '3', '--data', GRAPH_DATA);
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('3 paths from Viet Nam to the Strategic Compass (relations followed either way)');
    expect(lines).toContain('1. 2 relations, via the European Union');
    expect(lines).toContain('   Viet Nam has had diplomatic relations since 1990 with the European Union.');
    expect(lines).toContain('   The Strategic Compass is an initiative of the European Union.');
    expect(lines).toContain('     “sáng kiến “La bàn chiến lược” của EU” [eu-norway-spd 1972–2008]');
    expect(lines).toContain('3. 3 relations, via the European Union and the EU Security and Defence Partnerships');
    // Sentences read forward: no arrow pointing back at the previous entity.
    expect(result.out).not.toMatch(/←/);
  });

  it('speaks Vietnamese with --lang vi, and says when the options leave no path', () => {
    const vi = runKg('path', 'vietnam', 'strategic-compass', '--k', '1', '--lang', 'vi', '--data', GRAPH_DATA);
    expect(vi.out.split('\n').slice(0, 3)).toEqual([
      '1 đường nối từ Việt Nam đến La bàn Chiến lược (theo quan hệ ở cả hai chiều)',
      '',
      '1. 2 quan hệ, qua Liên minh châu Âu',
    ]);
    const none = runKg('path', 'vietnam', 'strategic-compass', '--via-kind', 'agreement,partnership', '--data', GRAPH_DATA);
    expect(none.code).toBe(0);
    expect(none.out).toBe('No path from Viet Nam to the Strategic Compass (relations followed either way; only through the kinds: agreement, partnership)');
  });

  it('prints JSON with every relation, its sentence and its evidence, honouring --avoid, --directed and the filters', () => {
    const result = runKg('path', 'vietnam', 'norway', '--k', '4', '--avoid', 'eu', '--json', '--data', GRAPH_DATA);
    const json = JSON.parse(result.out) as { options: { avoid: string[] }; paths: { nodes: string[]; hops: { relations: { sentence: string; evidence: unknown[] }[] }[] }[] };
    expect(json.options.avoid).toEqual(['eu']);
    expect(json.paths.length).toBeGreaterThan(0);
    for (const path of json.paths) {
      expect(path.nodes).not.toContain('eu');
      for (const relation of path.hops.flatMap((h) => h.relations)) {
        expect(relation.sentence).toMatch(/\.$/);
        expect(relation.evidence.length).toBeGreaterThan(0);
      }
    }
    const directed = JSON.parse(runKg('path', 'vietnam', 'eu', '--directed', '--json', '--data', GRAPH_DATA).out) as { paths: { hops: { from: string; relations: { source: string }[] }[] }[] };
    for (const hop of directed.paths.flatMap((p) => p.hops)) expect(hop.relations.every((r) => r.source === hop.from)).toBe(true);
    const filtered = runKg('path', 'vietnam', 'norway', '--source', 'eu-norway-spd', '--data', GRAPH_DATA);
    expect(filtered.out).toMatch(/^No path from Viet Nam to Norway \(relations followed either way; within the filter\)$/);
  });

  it.each([
    [['path', 'na-uy', 'eu'], /path: no entity with id "na-uy"; did you mean norway/],
    [['path', 'eu'], /path takes two entity ids/],
    [['path', 'eu', 'eu'], /FROM and TO are the same entity/],
    [['path', 'eu', 'norway', '--k', '11'], /--k: malformed value "11" \(expected a whole number from 1 to 10\)/],
    [['path', 'eu', 'norway', '--via-kind', 'alliance'], /--via-kind: unknown value "alliance"/],
    [['path', 'eu', 'norway', '--avoid', 'nato'], /--avoid: unknown value "nato"/],
  ])('%j: usage error, exit 2', (argv, message) => {
    const result = runKg(...argv, '--data', GRAPH_DATA);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});

describe('kg find', () => {
  it('turns names in either language into ids, blind to case and diacritics', () => {
    expect(runKg('find', 'la ban chien luoc', '--data', GRAPH_DATA).out.split('\n')[0]).toMatch(/^strategic-compass\s+Policy framework\s+Strategic Compass · La bàn Chiến lược$/);
    expect(runKg('find', 'NA UY', '--data', GRAPH_DATA).out.split('\n')[0]).toMatch(/^norway\s/);
    expect(runKg('find', 'Budapest', '--data', GRAPH_DATA).out.split('\n')[0]).toMatch(/^budapest-convention\s/);
    const hits = JSON.parse(runKg('find', 'eu', '--kind', 'actor', '--json', '--data', GRAPH_DATA).out) as { id: string; kind: string }[];
    expect(hits[0]?.id).toBe('eu');
    expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(['actor']));
    const none = runKg('find', 'zzzz', '--data', GRAPH_DATA);
    expect([none.code, none.out, none.err]).toEqual([0, '', 'no entity matches "zzzz"']);
    expect(runKg('find', 'eu', '--kind', 'alliance', '--data', GRAPH_DATA).code).toBe(2);
    expect(runKg('find', '--data', GRAPH_DATA).err).toMatch(/find takes the words to look for/);
  });
});

describe('kg story', () => {
  it('lists the stories and shows one step by step, in either language', () => {
    expect(runKg('story', 'list', '--data', GRAPH_DATA).out).toBe('two-partnerships  5 steps   Two EU security and defence partnerships');
    const shown = runKg('story', 'show', 'two-partnerships', '--lang', 'vi', '--data', GRAPH_DATA).out;
    expect(shown).toMatch(/^Hai quan hệ đối tác an ninh và quốc phòng của EU \(two-partnerships\)/);
    expect(shown).toMatch(/\nBước 2\/5\. Ngày 28\/5\/2024, EU và Na Uy ký/);
    expect(shown).toContain('Trích dẫn: “Ngày 28/5, Liên minh châu Âu (EU) và Na Uy đã ký kết thỏa thuận Đối tác an ninh và phòng thủ mới” [eu-norway-spd 279–375]');
    expect(shown).toContain('Bộ lọc: --actor norway --hops 2');
    expect(shown).toContain('Việt Nam có quan hệ ngoại giao từ năm 1990 với Liên minh châu Âu.');
    const json = JSON.parse(runKg('story', 'show', 'two-partnerships', '--json', '--data', GRAPH_DATA).out) as { steps: { shown: { path: { chosen: number } | null } }[] };
    expect(json.steps[4]?.shown.path?.chosen).toBe(2);
  });

  it('validates the stories with the rest of graph-data: a step naming what the graph lacks fails both', () => {
    expect(runKg('story', 'validate', '--data', GRAPH_DATA)).toEqual({ code: 0, out: `${join(GRAPH_DATA, 'stories')}: 1 story, valid`, err: '' });
    expect(runKg('validate', '--data', GRAPH_DATA).out).toMatch(/, 1 story$/);
    const dir = copyWithStory((story) => {
      (story.steps[1] as { view: Record<string, unknown> }).view = { node: 'nato', path: { from: 'vietnam', to: 'atlantis' } };
    });
    for (const argv of [['validate'], ['story', 'validate'], ['build', '--out', join(dir, 'out', 'graph.json')]]) {
      const result = runKg(...argv, '--data', dir);
      expect(result.code).toBe(1);
      expect(result.err.split('\n')).toEqual([
        expect.stringMatching(/stories\/two-partnerships\.json: steps\[1\]\.view\.node: "nato" is not in the graph$/),
        expect.stringMatching(/stories\/two-partnerships\.json: steps\[1\]\.view\.path: "vietnam,atlantis" is not in the graph \(expected two entity ids of the graph\)$/),
        expect.stringMatching(/^2 error\(s\) in .*stories$/),
      ]);
    }
    // Listing still works, naming the story it cannot use.
    const listed = runKg('story', 'list', '--data', dir);
    expect(listed.code).toBe(0);
    expect(listed.err).toMatch(/no stories in/);
  });

  it('writes the stories beside the bundle', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-build-')), 'graph.json');
    expect(runKg('build', '--data', GRAPH_DATA, '--out', out).code).toBe(0);
    const { stories } = JSON.parse(readFileSync(join(out, '..', 'stories.json'), 'utf8')) as { stories: { id: string }[] };
    expect(stories.map((s) => s.id)).toEqual(['two-partnerships']);
  });

  it.each([
    [['story'], /story needs an action: list, show ID or validate/],
    [['story', 'play'], /unknown action "play"/],
    [['story', 'show'], /story show needs a story id/],
    [['story', 'show', 'nope'], /no story "nope" .*there are: two-partnerships/],
    [['story', 'list', 'extra'], /story list takes no id/],
  ])('%j: usage error, exit 2', (argv, message) => {
    const result = runKg(...argv, '--data', GRAPH_DATA);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
