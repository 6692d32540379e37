/** `kg review` can say on the command line everything the page can: the contract the checks use. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, fixtureText, graphDataCopy } from '../../helpers/ingest';
import { readReviewFile } from '../../helpers/reviewPage';
import { referenceTarget } from '../../../src/ingest/review';

const text = fixtureText();
const at = (quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no “${quote}”`);
  return `${start}-${start + quote.length}`;
};

function ingested(): { dir: string; kg: (...args: string[]) => ReturnType<typeof runKg> } {
  const dir = graphDataCopy();
  expect(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir).code).toBe(0);
  return { dir, kg: (...args) => runKg(...args, '--data', dir) };
}

describe('kg review, adding what the rules missed', () => {
  it('--add-entity and --add-relation record a decision and exit 0; the apply writes them with their quotes', () => {
    const { dir, kg } = ingested();
    const entity = kg('review', 'fixture', '--add-entity', '--kind', 'actor', '--category', 'office', '--label-vi', 'Bộ trưởng Quốc phòng Nhật Bản', '--label-en', 'Minister of Defence of Japan', '--span', at('Bộ trưởng Quốc phòng Nhật Bản'), '--id', 'japan-defence-minister');
    expect(entity).toMatchObject({ code: 0, err: '' });
    expect(entity.out).toMatch(/recorded 1 decision/);
    // By id, by the key of a new entity, by name in either language.
    const relation = kg('review', 'fixture', '--add-relation', 'japan-defence-minister', 'part_of', 'nhat-ban', '--evidence', at('Bộ trưởng Quốc phòng Nhật Bản'));
    expect(relation.err).toBe('');
    expect(relation.code).toBe(0);
    expect(kg('review', 'fixture', '--add-relation', 'Minister of Defence of Japan', 'cooperates_with', 'Bộ trưởng Bộ Quốc phòng Việt Nam')).toMatchObject({ code: 0, err: '' });
    const state = JSON.parse(kg('review', 'fixture', '--json').out) as { targets: { target: string; decision: { action: string } | null }[] };
    expect(state.targets.filter((t) => t.decision?.action === 'add').map((t) => t.target)).toEqual(['candidate:japan-defence-minister', 'relation:added-1', 'relation:added-2']);

    expect(kg('review', 'fixture', '--accept', 'candidate:nhat-ban', '--edit', 'candidate:nhat-ban', '--label-en', 'Japan', '--category', 'state').code).toBe(0);
    const written = kg('apply', 'fixture', '--write');
    expect(written.err).toBe('');
    const relations = JSON.parse(readFileSync(join(dir, 'relations.json'), 'utf8')).relations as { source: string; predicate: string; target: string; evidence: { quote: string }[] }[];
    // Without --evidence, the first sentence that names both ends.
    expect(relations.find((r) => r.source === 'japan-defence-minister' && r.predicate === 'cooperates_with')?.evidence[0]?.quote).toBe('Hiệp định được Bộ trưởng Quốc phòng Nhật Bản và Bộ trưởng Bộ Quốc phòng Việt Nam ký kết.');
    expect(kg('validate').code).toBe(0);
  });

  it('exits 2 with what is wrong, recording nothing', () => {
    const { dir, kg } = ingested();
    const before = readFileSync(join(dir, 'review', 'fixture.json'), 'utf8');
    const refuse = (args: string[], message: RegExp) => {
      const result = kg('review', 'fixture', ...args);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(dir, 'review', 'fixture.json'), 'utf8')).toBe(before);
    };
    refuse(['--add-relation', 'norway', 'signs', 'cyber-security', '--evidence', at('an ninh mạng')], /“signs” links actor to agreement or partnership, not actor to cooperation domain/);
    refuse(['--add-relation', 'norway', 'likes', 'eu', '--evidence', '0-5'], /PREDICATE must be one of/);
    refuse(['--add-relation', 'nobody', 'supports', 'eu', '--evidence', '0-5'], /No entity is named or has the id “nobody”/);
    refuse(['--add-relation', 'norway', 'supports', 'eu', '--evidence', '5-2'], /The span 5–2 is not inside the article/);
    refuse(['--add-relation', 'norway', 'supports', 'eu', '--evidence', 'here'], /A span is START-END/);
    refuse(['--add-entity', '--kind', 'actor', '--label-vi', 'X'], /--add-entity needs --kind K, --label-vi NAME, --label-en NAME and --span START-END/);
    refuse(['--add-entity', '--kind', 'country', '--label-vi', 'X', '--label-en', 'X', '--span', '0-3'], /--kind must be one of/);
    refuse(['--edit', '999', '--label-en', 'X'], /no proposal number 999/);
  });

  it('speaks Vietnamese throughout with --lang vi', () => {
    const { kg } = ingested();
    const listing = kg('review', 'fixture', '--lang', 'vi').out;
    expect(listing).toMatch(/đã quyết định 0 trên \d+ mục/);
    expect(listing).toMatch(/chủ thể mới: “Nhật Bản”/);
    expect(listing).not.toMatch(/\b(open|new|decided|the words|similar|adds evidence)\b/);
    const refused = kg('review', 'fixture', '--lang', 'vi', '--add-relation', 'norway', 'signs', 'cyber-security', '--evidence', at('an ninh mạng'));
    expect(refused.err).toMatch(/Quan hệ “ký” nối chủ thể với thỏa thuận hoặc quan hệ đối tác/);
    const plan = kg('apply', 'fixture', '--lang', 'vi').out;
    expect(plan).toMatch(/^0 thực thể mới, 0 quan hệ mới/);
    expect(plan).toMatch(/chưa có gì để áp dụng/);
  });

  it('a second --edit keeps what the first changed', () => {
    const { kg } = ingested();
    kg('review', 'fixture', '--edit', 'candidate:nhat-ban', '--label-en', 'Japan');
    kg('review', 'fixture', '--edit', 'candidate:nhat-ban', '--category', 'state');
    const state = JSON.parse(kg('review', 'fixture', '--json').out) as { targets: { target: string; decision: { edit?: unknown } | null }[] };
    expect(state.targets.find((t) => t.target === 'candidate:nhat-ban')?.decision?.edit).toEqual({ labels: { en: 'Japan' }, category: 'state' });
  });

  it('lists a relation reached through “hai bên”, “văn kiện” … with the instrument the reviewer said they mean', () => {
    const { dir, kg } = ingested();
    const { proposals } = readReviewFile(dir, 'fixture');
    const via = proposals.relations.find((r) => r.viaReference)!;
    const reference = referenceTarget(via[via.viaReference!]);
    const line = (target: string) => {
      const number = (JSON.parse(kg('review', 'fixture', '--json').out) as { targets: { number: number; target: string }[] }).targets.find((t) => t.target === target)!.number;
      return kg('review', 'fixture').out.split('\n').find((l) => l.trimStart().startsWith(`${number} `))!;
    };
    expect(kg('review', 'fixture', '--edit', reference, '--instrument', 'eu-norway-spd').code).toBe(0);
    // In the curator's words, with the article's own phrases quoted (as the review page shows them).
    expect(line(reference)).toMatch(/“[^”]+” refers? to EU–Norway Security and Defence Partnership/);
    // What apply would write, not the instrument the rules guessed.
    expect(line(via.id)).toContain('EU–Norway Security and Defence Partnership');
  });
});
