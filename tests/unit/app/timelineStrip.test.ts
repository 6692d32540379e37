import { describe, expect, it } from 'vitest';
import { groupStyle, REST_COLOUR } from '../../../src/app/timeline/groupColours';
import { assignLanes } from '../../../src/app/timeline/stripGeometry';
import { KINDS, PREDICATE_IDS } from '../../../src/model/vocabulary';

describe('event marks that would overlap go in lanes', () => {
  it('three events over the same year take three lanes; one clear of them goes back to the first', () => {
    expect(assignLanes([{ from: 10, to: 30 }, { from: 10, to: 30 }, { from: 12, to: 30 }, { from: 40, to: 46 }], 3)).toEqual([0, 1, 2, 0]);
  });
  it('past the last lane, a mark shares the lane that ends first instead of leaving the strip', () => {
    expect(assignLanes([{ from: 0, to: 50 }, { from: 0, to: 20 }, { from: 5, to: 10 }], 2)).toEqual([0, 1, 1]);
  });
});

describe('the colour key', () => {
  it('kinds keep the canvas colours and their names in the interface language', () => {
    const style = groupStyle('kind', ['domain', 'actor'], 'vi');
    expect(style.colour('actor')).toBe(KINDS.actor.color);
    expect(style.label('domain')).toBe('Lĩnh vực hợp tác');
    expect(style.rest).toEqual([]);
  });
  it('relation types: twelve distinct colours for the largest, one grey for the rest, all named', () => {
    const style = groupStyle('predicate', [...PREDICATE_IDS], 'en');
    const named = style.named.map(style.colour);
    expect(new Set(named).size).toBe(12);
    expect(named).not.toContain(REST_COLOUR);
    expect(style.rest).toHaveLength(PREDICATE_IDS.length - 12);
    for (const g of style.rest) expect(style.colour(g)).toBe(REST_COLOUR);
    expect(style.label('party_to')).toBe('is party to');
  });
});
