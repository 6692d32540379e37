/**
 * What the review page derives from a review as the server sends it: the names every place shows
 * (edited, merged, rejected), the article's marks, the ends a selection names and prefills, the
 * decisions its forms build, and how its lists and counts read.
 */
import { describe, expect, it } from 'vitest';
import { recordDecisions } from '../../../src/cli/reviewActions';
import { reviewState } from '../../../src/cli/reviewServer';
import { candidateTarget, type DecisionInput } from '../../../src/ingest/review';
import type { ReviewState } from '../../../src/app/review/api';
import { evidenceChange, relationEdit } from '../../../src/app/review/decisions';
import { endName, proposalEnds, relationSentence } from '../../../src/app/review/ends';
import { searchEnds } from '../../../src/app/review/endSearch';
import { groupProposals } from '../../../src/app/review/groups';
import { articleMarks, namedIn } from '../../../src/app/review/marks';
import { segments } from '../../../src/app/review/ArticleText';
import { planSummary } from '../../../src/app/review/strings';
import { prefilledEnds, suggestedEnds } from '../../../src/app/review/suggest';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, fixtureText, graphDataCopy } from '../../helpers/ingest';
import { spanOf } from '../../helpers/reviewPage';

const text = fixtureText();

function review(decisions: DecisionInput[] = []): ReviewState {
  const dir = graphDataCopy();
  expect(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir).code).toBe(0);
  if (decisions.length > 0) recordDecisions(dir, 'fixture', decisions);
  return reviewState(dir, 'fixture') as ReviewState;
}

describe('the review page’s view of a review', () => {
  it('names a candidate as edited, as the entity it was merged into, and stops marking it once rejected', () => {
    const state = review([
      { target: candidateTarget('nhat-ban'), action: 'edit', edit: { labels: { en: 'Japan' } } },
      { target: candidateTarget('ha-noi'), action: 'reject' },
    ]);
    expect(endName(state, { candidate: 'nhat-ban' }, 'en', 'new')).toBe('Japan (new)');
    const marks = articleMarks(state, 'en');
    expect(marks.filter((m) => m.title === 'Japan' && m.className === 'mark-candidate').length).toBeGreaterThan(0);
    const hanoi = spanOf(text, 'Hà Nội');
    expect(marks.some((m) => m.start === hanoi.start)).toBe(false);
    // "Hà Nội" is not an end anything can have any more.
    expect(searchEnds(state, 'ha noi')).toEqual([]);

    const merged = review([{ target: candidateTarget('nhat-ban'), action: 'edit', edit: { merge: 'vietnam' } }]);
    expect(endName(merged, { candidate: 'nhat-ban' }, 'en', 'new')).toBe('Viet Nam');
    expect(articleMarks(merged, 'en').find((m) => m.start === spanOf(text, 'Nhật Bản').start)).toMatchObject({ className: 'mark-known', title: 'Viet Nam' });
  });

  it('marks what the reviewer added, and names it among the ends a selection holds, in reading order', () => {
    const minister = spanOf(text, 'Bộ trưởng Quốc phòng Nhật Bản');
    const state = review([{ target: candidateTarget('japan-defence-minister'), action: 'add', add: { type: 'entity', kind: 'actor', labels: { vi: minister.quote, en: 'Minister of Defence of Japan' }, mentions: [minister] } }]);
    expect(articleMarks(state, 'vi').find((m) => m.start === minister.start && m.className === 'mark-added')?.title).toBe(minister.quote);
    const sentence = spanOf(text, 'Hiệp định được Bộ trưởng Quốc phòng Nhật Bản và Bộ trưởng Bộ Quốc phòng Việt Nam ký kết.');
    const named = namedIn(state, sentence).map((r) => ('entity' in r ? r.entity : r.candidate));
    expect(named.indexOf('japan-defence-minister')).toBeLessThan(named.indexOf('vn-defence-minister'));
    expect(new Set(named).size).toBe(named.length);
  });

  it('prefills a relation with two named ends in the text’s order, turned round only when no predicate allows it', () => {
    const state = review();
    const signs = spanOf(text, 'Nhật Bản ủng hộ Cấu trúc an ninh khu vực do ASEAN dẫn dắt');
    expect(prefilledEnds(state, signs, suggestedEnds(state, signs))).toEqual({ source: { candidate: 'nhat-ban' }, target: { entity: 'asean-led-architecture' } });
    // "an ninh mạng … Nhật Bản": a domain cannot be the subject of anything an actor takes; the actor goes first.
    const list = spanOf(text, 'an ninh mạng, tìm kiếm cứu nạn và gìn giữ hòa bình. Hai bên cũng cam kết hợp tác phù hợp với luật pháp quốc tế');
    const ends = prefilledEnds(state, list, suggestedEnds(state, list));
    expect(ends.source).toEqual({ entity: 'cyber-security' });
  });

  it('reads a relation out as a sentence, an end reached through "hai bên" as the reviewer changed it', () => {
    const proposed = review();
    const viaReference = proposed.review.proposals.relations.find((r) => r.viaReference)!;
    const instrument = viaReference[viaReference.viaReference!];
    const state = review([{ target: `reference:${'entity' in instrument ? `entity:${instrument.entity}` : `candidate:${instrument.candidate}`}`, action: 'edit', edit: { instrument: { entity: 'eu-norway-spd' } } }]);
    const ends = proposalEnds(state, viaReference);
    expect(ends[viaReference.viaReference!]).toEqual({ entity: 'eu-norway-spd' });
    expect(relationSentence(state, ends.source, ends.predicate, ends.target, 'vi')).toContain('Thỏa thuận Đối tác An ninh và Quốc phòng EU – Na Uy');
    expect(relationSentence(state, { entity: 'norway' }, 'supports', { entity: 'asean' }, 'en')).toBe('Norway supports ASEAN');
  });

  it('builds an edit from the previous one, and saving a relation unchanged is no edit', () => {
    const state = review();
    const relation = state.review.proposals.relations[0]!;
    const shown = proposalEnds(state, relation);
    expect(relationEdit(state, relation, { ...shown, evidence: [relation.evidence] })).toEqual({ target: relation.id, action: 'edit', edit: {} });
    const sentence = spanOf(text, 'Ngày 12/3, Nhật Bản và Việt Nam đã ký kết');
    const moved = evidenceChange(state, relation.id, sentence, 'move')!;
    expect(moved).toEqual({ target: relation.id, action: 'edit', edit: { evidence: [sentence] } });
    // After the move, changing the predicate keeps the moved evidence.
    const after = review([moved as DecisionInput]);
    const edit = relationEdit(after, relation, { ...proposalEnds(after, relation), predicate: 'supports', evidence: [sentence] });
    expect(edit).toMatchObject({ action: 'edit', edit: { predicate: 'supports', evidence: [sentence] } });
    expect(evidenceChange(after, relation.id, spanOf(text, 'hai bên'), 'add')).toMatchObject({ edit: { evidence: [sentence, spanOf(text, 'hai bên')] } });
  });

  it('lists what the reviewer added in the sentence that states it, and last what the text does not place', () => {
    const quote = spanOf(text, 'Theo ETA, hai bên sẽ thúc đẩy hợp tác trong các lĩnh vực như an ninh hàng hải');
    const state = review([
      { target: 'relation:added-', action: 'add', add: { type: 'relation', source: { entity: 'vietnam' }, predicate: 'participates_in', target: { entity: 'maritime-security' }, evidence: [quote] } },
      { target: 'alias:asean:ASEAN-led', action: 'add', add: { type: 'alias', entity: 'asean', alias: 'Hiệp hội ASEAN' } },
    ]);
    const groups = groupProposals(state.review, state.text);
    const withRelation = groups.find((g) => g.items.some((i) => i.target === 'relation:added-1'))!;
    expect(state.text.slice(withRelation.start, withRelation.end)).toContain('Theo ETA');
    // An alias whose name the text does not hold goes last, among the additions the text does not place.
    expect(groups.at(-1)).toMatchObject({ sentence: -1, items: [{ target: 'alias:asean:ASEAN-led' }] });
  });

  it('finds ends blind to case and diacritics, within the kinds asked for, and only the graph’s when asked', () => {
    const state = review();
    expect(searchEnds(state, 'LIEN MINH CHAU AU')[0]).toEqual({ entity: 'eu' });
    expect(searchEnds(state, 'nhat ban')).toContainEqual({ candidate: 'nhat-ban' });
    // Among the article's new names, the one named exactly so comes before those that hold it.
    const quote = spanOf(text, 'Quốc phòng');
    const added = review([{ target: candidateTarget('quoc-phong'), action: 'add', add: { type: 'entity', kind: 'domain', labels: { vi: 'Quốc phòng', en: 'Defence' }, mentions: [quote] } }]);
    const hits = searchEnds(added, 'quoc phong', { kinds: ['domain', 'agreement', 'actor'] });
    expect(hits.length).toBeGreaterThan(1);
    expect(endName(added, hits[0]!, 'vi', 'new')).toMatch(/^Quốc phòng/);
    expect(searchEnds(state, 'nhat ban', { graphOnly: true })).not.toContainEqual({ candidate: 'nhat-ban' });
    expect(searchEnds(state, 'an ninh', { kinds: ['domain'] }).every((r) => 'entity' in r && state.entities.find((e) => e.id === r.entity)?.kind === 'domain')).toBe(true);
  });
});

describe('after an apply', () => {
  it('names what it wrote as known, and offers it once in the pickers', () => {
    const dir = graphDataCopy();
    expect(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir).code).toBe(0);
    recordDecisions(dir, 'fixture', [{ target: candidateTarget('nhat-ban'), action: 'edit', edit: { labels: { en: 'Japan' } } }]);
    expect(runKg('apply', 'fixture', '--write', '--data', dir).code).toBe(0);
    const state = reviewState(dir, 'fixture') as ReviewState;
    expect(endName(state, { candidate: 'nhat-ban' }, 'en', 'new')).toBe('Japan');
    expect(articleMarks(state, 'en').find((m) => m.start === spanOf(text, 'Nhật Bản').start)?.className).toBe('mark-known');
    expect(searchEnds(state, 'japan')).toEqual([{ candidate: 'nhat-ban' }]);
  });
});

describe('the apply summary', () => {
  it('says only the counts that are not zero, in whole sentences, with each language’s numbers', () => {
    expect(planSummary('en', { entities: 1, relations: 1234, evidence: 0, aliases: 2, mentions: 0 })).toBe('Will add 1 new entity, 1,234 new relations and 2 aliases.');
    expect(planSummary('vi', { entities: 1, relations: 1234, evidence: 0, aliases: 2, mentions: 0 }, true)).toBe('Đã thêm 1 thực thể mới, 1.234 quan hệ mới và 2 tên khác.');
  });
});

describe('the article as the review draws it', () => {
  it('draws a name inside a longer name apart from the words around it', () => {
    const text = 'the Secretary of National Defense of the Philippines said';
    const outer = { start: 4, end: 51, className: 'mark-candidate' as const, title: 'Secretary of National Defense of the Philippines' };
    const inner = { start: 40, end: 51, className: 'mark-candidate' as const, title: 'Philippines' };
    const parts = segments(text, [outer, inner]);
    expect(parts.find((p) => p.start === 40)?.classes).toContain('mark-nested');
    expect(parts.find((p) => p.start === 4)?.classes).not.toContain('mark-nested');
  });
});
