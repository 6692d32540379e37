import { describe, expect, it } from 'vitest';
import { RELATION_RULES } from '../../../src/ingest/relationRules';
import { predicateAllows, predicatesBetween } from '../../../src/model/vocabulary';

describe('relation rules and the predicates’ kinds', () => {
  it('never propose a relation the validator would refuse', () => {
    const outside = RELATION_RULES.flatMap((rule) =>
      rule.sources.flatMap((s) => rule.targets.filter((t) => !predicateAllows(rule.predicate, s, t)).map((t) => `${rule.id}: ${s} → ${t}`)),
    );
    expect(outside).toEqual([]);
  });

  it('offer between two kinds only the predicates that link them', () => {
    expect(predicatesBetween('actor', 'agreement')).toEqual(expect.arrayContaining(['signs', 'party_to', 'negotiates']));
    expect(predicatesBetween('actor', 'domain')).not.toContain('signs');
    expect(predicatesBetween('agreement', 'domain')).toContain('covers');
    expect(predicatesBetween('domain', 'actor')).toEqual(['belongs_to', 'part_of']);
  });
});
