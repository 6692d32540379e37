/**
 * A review can say anything the article says: what the reviewer adds (entities, mentions,
 * aliases, relations, moved evidence) reaches graph-data, and apply can be run again.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateTarget, mentionTarget, aliasTarget, nextRelationTarget, type DecisionInput } from '../../../src/ingest/review';
import { planReview, recordDecisions, undoDecision, writeReview } from '../../../src/cli/reviewActions';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, fixtureText, graphDataCopy } from '../../helpers/ingest';

type Json = { entities: { id: string; aliases?: string[]; mentions?: unknown[]; dates?: unknown[] }[]; relations: { source: string; predicate: string; target: string; evidence: { start: number; end: number; quote: string }[] }[] };

function ingested(): string {
  const dir = graphDataCopy();
  expect(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir).code).toBe(0);
  return dir;
}
const text = fixtureText();
const span = (quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no “${quote}” in the fixture`);
  return { start, end: start + quote.length, quote };
};
const read = (dir: string) => ({
  entities: JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')) as Json,
  relations: JSON.parse(readFileSync(join(dir, 'relations.json'), 'utf8')) as Json,
});
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

describe('what a reviewer adds', () => {
  it('a new entity and a relation the rules missed, with evidence typed by nobody but located exactly', () => {
    const dir = ingested();
    const minister = span('Bộ trưởng Quốc phòng Nhật Bản');
    const sentence = span('Theo ETA, hai bên sẽ thúc đẩy hợp tác trong các lĩnh vực như an ninh hàng hải');
    const review = recordDecisions(dir, 'fixture', [
      { target: candidateTarget('japan-defence-minister'), action: 'add', add: { type: 'entity', kind: 'actor', category: 'office', labels: { vi: 'Bộ trưởng Quốc phòng Nhật Bản', en: 'Minister of Defence of Japan' }, mentions: [minister] } },
      { target: 'relation:added-1', action: 'add', add: { type: 'relation', source: { entity: 'vietnam' }, predicate: 'participates_in', target: { entity: 'maritime-security' }, evidence: [sentence] } },
    ]);
    expect(review.decisions.map((d) => d.action)).toEqual(['add', 'add']);
    expect(nextRelationTarget(review)).toBe('relation:added-2');
    writeReview(dir, 'fixture');
    const { entities, relations } = read(dir);
    // Nothing links the minister, so its mention is its evidence; the relation carries its quote.
    expect(entities.entities.find((e) => e.id === 'japan-defence-minister')).toMatchObject({ kind: 'actor', category: 'office', mentions: [{ source: 'fixture', ...minister }] });
    expect(relations.relations.find((r) => r.source === 'vietnam' && r.predicate === 'participates_in' && r.target === 'maritime-security')?.evidence).toEqual([{ source: 'fixture', ...sentence }]);
    expect(runKg('validate', '--data', dir).code).toBe(0);
  });

  it('refuses what the graph cannot hold, and records none of the batch', () => {
    const dir = ingested();
    const before = readFileSync(join(dir, 'review', 'fixture.json'), 'utf8');
    const attempt = (inputs: DecisionInput[], message: RegExp) => {
      expect(() => recordDecisions(dir, 'fixture', inputs)).toThrow(message);
      expect(readFileSync(join(dir, 'review', 'fixture.json'), 'utf8')).toBe(before);
    };
    const quote = span('an ninh mạng');
    attempt([{ target: 'relation:added-1', action: 'add', add: { type: 'relation', source: { entity: 'norway' }, predicate: 'signs', target: { entity: 'cyber-security' }, evidence: [quote] } }], /“signs” links actor to agreement or partnership, not actor to cooperation domain/);
    attempt([{ target: 'relation:added-1', action: 'add', add: { type: 'relation', source: { entity: 'norway' }, predicate: 'supports', target: { entity: 'nato' }, evidence: [quote] } }], /no entity “nato”/);
    attempt([{ target: 'mention:0-3', action: 'add', add: { type: 'mention', of: { entity: 'eu' }, span: { start: 0, end: 3, quote: 'EU ' } } }], /is not at 0–3/);
    attempt([{ target: '1', action: 'accept' }, { target: 'candidate:nope', action: 'edit', edit: { kind: 'actor' } }], /no proposal “candidate:nope”/);
  });

  it('in Vietnamese when asked', () => {
    const dir = ingested();
    expect(() =>
      recordDecisions(dir, 'fixture', [{ target: 'relation:added-1', action: 'add', add: { type: 'relation', source: { entity: 'norway' }, predicate: 'signs', target: { entity: 'cyber-security' }, evidence: [span('an ninh mạng')] } }], 'vi'),
    ).toThrow(/Quan hệ “ký” nối chủ thể với thỏa thuận hoặc quan hệ đối tác, không nối chủ thể với lĩnh vực hợp tác/);
  });

  it('a mention of a known entity ties it to the article; an alias only when a person confirms it', () => {
    const dir = ingested();
    const eu = span('Liên minh châu Âu (EU)');
    recordDecisions(dir, 'fixture', [
      { target: mentionTarget(span('ASEAN')), action: 'add', add: { type: 'mention', of: { entity: 'asean' }, span: span('ASEAN') } },
      { target: aliasTarget('eu', 'Liên minh châu Âu (EU)'), action: 'add', add: { type: 'alias', entity: 'eu', alias: eu.quote } },
    ]);
    const { plan } = planReview(dir, 'fixture');
    expect(plan.mentions).toEqual([{ entity: 'asean', evidence: { source: 'fixture', ...span('ASEAN') } }]);
    expect(plan.aliases).toEqual([{ entity: 'eu', alias: 'Liên minh châu Âu (EU)' }]);
  });

  it('merging a candidate into a known entity adds no alias unless one is confirmed', () => {
    const dir = ingested();
    const review = recordDecisions(dir, 'fixture', [{ target: candidateTarget('nhat-ban'), action: 'edit', edit: { merge: 'eu' } }]);
    expect(review.decisions).toHaveLength(1);
    expect(planReview(dir, 'fixture').plan.aliases).toEqual([]);
    recordDecisions(dir, 'fixture', [{ target: candidateTarget('nhat-ban'), action: 'edit', edit: { merge: 'eu', aliases: ['Nhật Bản'] } }]);
    expect(planReview(dir, 'fixture').plan.aliases).toEqual([{ entity: 'eu', alias: 'Nhật Bản' }]);
  });

  it('moves a proposal’s evidence or gives it a second span', () => {
    const dir = ingested();
    const { review } = planReview(dir, 'fixture');
    const signs = review.proposals.relations.find((r) => r.predicate === 'signs' && 'entity' in r.source && r.source.entity === 'vietnam')!;
    const second = span('Hiệp định được Bộ trưởng Quốc phòng Nhật Bản và Bộ trưởng Bộ Quốc phòng Việt Nam ký kết');
    recordDecisions(dir, 'fixture', [
      { target: 'reference:candidate:hiep-dinh-chuyen-giao-trang-thiet-bi-va-cong-nghe-quoc-phong', action: 'accept' },
      { target: candidateTarget('hiep-dinh-chuyen-giao-trang-thiet-bi-va-cong-nghe-quoc-phong'), action: 'edit', edit: { labels: { en: 'Defence Equipment and Technology Transfer Agreement' } } },
      { target: signs.id, action: 'edit', edit: { evidence: [signs.evidence, second] } },
    ]);
    const { plan } = planReview(dir, 'fixture');
    expect(plan.problems).toEqual([]);
    expect(plan.relations.find((r) => r.source === 'vietnam' && r.predicate === 'signs')?.evidence.map((e) => e.quote)).toEqual([signs.evidence.quote, second.quote]);
  });
});

describe('apply, again and again', () => {
  it('writes only what was decided, then only what was decided since, then says nothing is new', () => {
    const dir = ingested();
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'before');
    const minister = span('Bộ trưởng Quốc phòng Nhật Bản');
    recordDecisions(dir, 'fixture', [{ target: candidateTarget('japan-defence-minister'), action: 'add', add: { type: 'entity', kind: 'actor', category: 'office', labels: { vi: 'Bộ trưởng Quốc phòng Nhật Bản', en: 'Minister of Defence of Japan' }, mentions: [minister] } }]);
    const first = writeReview(dir, 'fixture');
    expect(first.plan.entities.map((e) => e.id)).toEqual(['japan-defence-minister']);
    // The diff of entities.json only adds lines: no untouched record gains "dates": [] or changes order.
    const diff = git(dir, 'diff', '--numstat', '--', 'entities.json', 'relations.json');
    expect(diff.trim()).toMatch(/^\d+\t0\tentities\.json$/);

    // A second sitting: a relation to the entity written by the first apply.
    recordDecisions(dir, 'fixture', [{ target: 'relation:added-1', action: 'add', add: { type: 'relation', source: { entity: 'vietnam' }, predicate: 'cooperates_with', target: { entity: 'eu' }, evidence: [span('Nhật Bản và Việt Nam ký hiệp định')] } }]);
    const second = writeReview(dir, 'fixture');
    expect(second.plan.problems).toEqual([]);
    expect(second.plan.entities).toEqual([]);
    expect(second.plan.relations.map((r) => `${r.source} ${r.predicate} ${r.target}`)).toEqual(['vietnam cooperates_with eu']);

    const third = runKg('apply', 'fixture', '--write', '--data', dir);
    expect(third.code).toBe(0);
    expect(third.out).toMatch(/nothing new/);
    expect(runKg('validate', '--data', dir).code).toBe(0);
  });

  it('undo takes back the latest decision, an addition included', () => {
    const dir = ingested();
    recordDecisions(dir, 'fixture', [{ target: candidateTarget('japan-defence-minister'), action: 'add', add: { type: 'entity', kind: 'actor', category: 'office', labels: { vi: 'Bộ trưởng Quốc phòng Nhật Bản', en: 'Minister of Defence of Japan' }, mentions: [span('Bộ trưởng Quốc phòng Nhật Bản')] } }]);
    expect(undoDecision(dir, 'fixture').undone?.action).toBe('add');
    expect(planReview(dir, 'fixture').plan.entities).toEqual([]);
  });

  it('keeps what the reviewer added when the article is ingested again', () => {
    const dir = ingested();
    recordDecisions(dir, 'fixture', [{ target: candidateTarget('japan-defence-minister'), action: 'add', add: { type: 'entity', kind: 'actor', category: 'office', labels: { vi: 'Bộ trưởng Quốc phòng Nhật Bản', en: 'Minister of Defence of Japan' }, mentions: [span('Bộ trưởng Quốc phòng Nhật Bản')] } }]);
    expect(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir).code).toBe(0);
    expect(planReview(dir, 'fixture').plan.entities.map((e) => e.id)).toEqual(['japan-defence-minister']);
  });
});
