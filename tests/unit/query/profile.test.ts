import { describe, expect, it } from 'vitest';
import { actorProfile, domainProfile, frameworkProfile, profileOf, type ProfileItem } from '../../../src/query/profile';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const texts = new Map(sources.map((s) => [s.id, s.text]));
const ids = (items: ProfileItem[]) => items.map((i) => i.id);

/** Every item carries at least one relation, and every quote of it stands where it says in its article. */
function expectEvidenced(items: ProfileItem[]): void {
  for (const item of items) {
    expect(item.edges.length, item.id).toBeGreaterThan(0);
    for (const edge of item.edges) {
      const evidence = graph.getEdgeAttribute(edge, 'evidence');
      expect(evidence.length, edge).toBeGreaterThan(0);
      for (const e of evidence) expect(texts.get(e.source)?.slice(e.start, e.end)).toBe(e.quote);
      // The relation is about the item: it ends there (or starts there, for a partner that signed).
      expect(graph.extremities(edge), edge).toContain(item.id);
    }
  }
}

describe("Norway's profile", () => {
  const profile = actorProfile(graph, 'norway');

  it('lists the domains the 2024 article names, each through the partnership and with its quote', () => {
    expect(ids(profile.domains)).toEqual(
      expect.arrayContaining([
        'maritime-security',
        'cyber-security',
        'fimi',
        'peace-mediation',
        'critical-infrastructure-resilience',
        'undersea-infrastructure-protection',
        'ukraine-support',
        'security-and-defence',
      ]),
    );
    for (const item of profile.domains) expect(item.via).toEqual(['eu-norway-spd']);
    expectEvidenced(profile.domains);
    const maritime = profile.domains.find((d) => d.id === 'maritime-security');
    const quotes = maritime?.edges.flatMap((e) => graph.getEdgeAttribute(e, 'evidence').map((ev) => ev.quote));
    expect(quotes?.some((q) => q.includes('an ninh hàng hải'))).toBe(true);
  });

  it('answers "with whom": the EU, through the partnership and directly, and not its own ministers', () => {
    expect(ids(profile.partners)).toEqual(['eu']);
    expect(profile.partners[0]?.via).toEqual(['eu-norway-spd']);
    expect(ids(profile.instruments)).toEqual(['eu-norway-spd']);
    expectEvidenced(profile.partners);
  });

  it('lists the frameworks the partnership rests on: CSDP and the EU defence initiatives', () => {
    expect(ids(profile.frameworks)).toEqual(expect.arrayContaining(['csdp', 'eu-defence-initiatives']));
    expectEvidenced(profile.frameworks);
  });
});

describe("Viet Nam's profile", () => {
  const profile = actorProfile(graph, 'vietnam');

  it('lists the domains of the 2019 meeting with the EU, with evidence', () => {
    expect(ids(profile.domains)).toEqual(
      expect.arrayContaining([
        'crisis-management',
        'un-peacekeeping',
        'capacity-building',
        'freedom-of-navigation',
        'search-and-rescue',
        'counter-piracy',
        'cyber-security',
      ]),
    );
    expectEvidenced(profile.domains);
    // Crisis management comes through two instruments: the partnership and the FPA.
    expect(profile.domains.find((d) => d.id === 'crisis-management')?.via).toEqual(
      expect.arrayContaining(['vn-eu-defence-partnership', 'fpa']),
    );
  });

  it('answers "resting on which legal frameworks": international law, the UN Charter, UNCLOS', () => {
    expect(ids(profile.frameworks)).toEqual(expect.arrayContaining(['international-law', 'un-charter', 'unclos', 'ihl']));
    expectEvidenced(profile.frameworks);
  });

  it('has the EU as its partner under all five instruments', () => {
    expect(ids(profile.partners)).toEqual(['eu']);
    expect(profile.partners[0]?.via).toHaveLength(5);
    expect(ids(profile.instruments).sort()).toEqual(['evfta', 'fpa', 'ipa', 'pca', 'vn-eu-defence-partnership']);
  });
});

describe('domain profile', () => {
  it('cyber security: the EU, Norway and Viet Nam cooperate on it under two instruments, invoking the Budapest Convention', () => {
    const profile = domainProfile(graph, 'cyber-security');
    expect(ids(profile.actors).sort()).toEqual(['eu', 'norway', 'vietnam']);
    expect(ids(profile.instruments).sort()).toEqual(['eu-norway-spd', 'vn-eu-defence-partnership']);
    expect(ids(profile.frameworks)).toContain('budapest-convention');
    expectEvidenced([...profile.actors, ...profile.instruments, ...profile.frameworks]);
  });
});

describe('framework profile', () => {
  it('the Budapest Convention: invoked by the Viet Nam–EU partnership through cyber security (one article says both), not by the EU–Norway one', () => {
    const profile = frameworkProfile(graph, 'budapest-convention');
    expect(profile.instruments.map((i) => [i.id, i.via])).toEqual([['vn-eu-defence-partnership', ['cyber-security']]]);
    // The quotes shown name the convention: the relation from cyber security to it is among the item's relations.
    const quotes = profile.instruments[0]?.edges.flatMap((e) => graph.getEdgeAttribute(e, 'evidence').map((ev) => ev.quote)) ?? [];
    expect(quotes.some((q) => q.includes('Công ước Bu-đa-pét'))).toBe(true);
    expect(ids(profile.domains)).toEqual(['cyber-security']);
  });

  it('CSDP: invoked by the EU–Norway partnership directly, and Norway takes part in it', () => {
    const profile = frameworkProfile(graph, 'csdp');
    expect(profile.instruments.map((i) => [i.id, i.via])).toEqual([['eu-norway-spd', []]]);
    expect(ids(profile.actors)).toEqual(['norway']);
    expectEvidenced([...profile.instruments, ...profile.actors]);
  });

  it('UNCLOS and the UN Charter ground the Viet Nam–EU partnership', () => {
    expect(ids(frameworkProfile(graph, 'unclos').instruments)).toEqual(['vn-eu-defence-partnership']);
    expect(ids(frameworkProfile(graph, 'un-charter').instruments)).toEqual(['vn-eu-defence-partnership']);
  });
});

describe('profileOf', () => {
  it('has profiles for actors, domains and frameworks only, and none for unknown ids', () => {
    expect(profileOf(graph, 'norway')?.type).toBe('actor');
    expect(profileOf(graph, 'maritime-security')?.type).toBe('domain');
    expect(profileOf(graph, 'csdp')?.type).toBe('framework');
    expect(profileOf(graph, 'pca')).toBeNull();
    expect(profileOf(graph, 'nato')).toBeNull();
  });
});
