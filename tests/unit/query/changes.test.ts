import { describe, expect, it } from 'vitest';
import { changesBetweenDates, changesBetweenSources } from '../../../src/query/changes';
import { sourceTimes } from '../../../src/query/relationTime';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const times = sourceTimes(sources);
const OLD = 'vn-eu-defence-meeting';
const NEW = 'eu-norway-spd';

describe('what the 2024 article adds to the 2019 one', () => {
  const changes = changesBetweenSources(graph, OLD, NEW);

  it('new relations: every relation the 2024 article states and the 2019 one does not', () => {
    const expected = graph.filterEdges((_e, a) => a.evidence.some((e) => e.source === NEW) && !a.evidence.some((e) => e.source === OLD));
    expect(changes.relations).toEqual(expected.sort());
    expect(changes.relations).toHaveLength(39);
    expect(changes.relations).toContain('eu:signs:eu-norway-spd');
    expect(changes.relations).toContain('norway:signs:eu-norway-spd');
  });

  it('new entities: the partnership and Norway are new, the EU and its High Representative are not', () => {
    expect(changes.entities).toContain('eu-norway-spd');
    expect(changes.entities).toContain('norway');
    expect(changes.entities).not.toContain('eu');
    expect(changes.entities).not.toContain('eu-high-representative');
    expect(changes.entities).toHaveLength(23);
    for (const id of changes.entities) expect(graph.getNodeAttribute(id, 'sources')).toEqual([NEW]);
  });

  it('new evidence: the High Representative, already known as part of the EU, is quoted again', () => {
    expect(changes.evidence).toHaveLength(1);
    const [only] = changes.evidence;
    expect(only?.relation).toBe('eu-high-representative:part_of:eu');
    expect(only?.added.map((e) => e.source)).toEqual([NEW]);
    expect(only?.added[0]?.quote).toContain('Đại diện cấp cao của EU');
  });

  it('the other way round adds what only the 2019 article states', () => {
    const back = changesBetweenSources(graph, NEW, OLD);
    expect(back.relations).toHaveLength(74);
    expect(back.entities).toContain('vietnam');
    expect(back.evidence.map((e) => e.relation)).toEqual(['eu-high-representative:part_of:eu']);
  });
});

describe('what changed between two dates', () => {
  it('2019 → 2024: the 2024 article’s relations, and a 2020 chairmanship the 2019 article foresaw', () => {
    const changes = changesBetweenDates(graph, times, '2019', '2024');
    const byArticle = changesBetweenSources(graph, OLD, NEW);
    expect(changes.relations).toEqual([...byArticle.relations, 'vietnam:chairs:asean'].sort());
    expect(changes.entities).toEqual(byArticle.entities); // ASEAN and Viet Nam were already there in 2019
    expect(changes.evidence.map((e) => e.relation)).toEqual(['eu-high-representative:part_of:eu']);
    expect(changes.undated).toBe(0);
  });

  it('partial dates: a relation dated only by its year is known from the year’s first day', () => {
    // The 2024 signing is dated 2024-05-28: nothing from 2024 is new between January and April.
    expect(changesBetweenDates(graph, times, '2024-01', '2024-04').relations).toEqual([]);
    const may = changesBetweenDates(graph, times, '2024-04', '2024-05');
    expect(may.relations).toContain('eu:signs:eu-norway-spd');
    expect(may.relations).toHaveLength(39);
  });

  it('nothing changes inside one moment, or backwards', () => {
    expect(changesBetweenDates(graph, times, '2024', '2024')).toEqual({ entities: [], relations: [], evidence: [], undated: 0 });
    expect(changesBetweenDates(graph, times, '2024', '2019').relations).toEqual([]);
  });

  it('before everything, the whole dated graph is new', () => {
    const all = changesBetweenDates(graph, times, '1900', '2030');
    expect(all.relations).toHaveLength(graph.size);
    expect(all.evidence).toEqual([]);
  });
});
