import { describe, expect, it } from 'vitest';
import { changesFileBase, exportFileBase } from '../../../src/query/exportName';
import { emptyFilter } from '../../../src/query/filterSpec';

describe('export file names say what was exported', () => {
  it.each([
    [null, 'vi', 'partnerships-vi'],
    [{ actors: ['norway'] }, 'en', 'partnerships-norway-en'],
    [{ actors: ['norway', 'eu'], actorHops: 2, direction: 'out' as const }, 'vi', 'partnerships-norway-eu-2hops-out-vi'],
    [{ domains: ['cyber-security'], from: '2019', to: '2024-05', keepUndated: false }, 'en', 'partnerships-cyber-security-from-2019-to-2024-05-dated-en'],
    [{ text: 'An ninh mạng / Đà Nẵng' }, 'vi', 'partnerships-text-an-ninh-mang-da-nang-vi'],
    [{ kinds: ['actor' as const], predicates: ['signs' as const], sources: ['eu-norway-spd'] }, 'en', 'partnerships-actor-signs-eu-norway-spd-en'],
  ])('%j in %s → %s', (patch, lang, name) => {
    expect(exportFileBase(patch ? { ...emptyFilter(), ...patch } : null, lang)).toBe(name);
  });

  it('cuts a long name at a word and says so', () => {
    const name = exportFileBase({ ...emptyFilter(), among: Array.from({ length: 30 }, (_, i) => `entity-${i}`) }, 'en');
    expect(name.length).toBeLessThan(100);
    expect(name).toMatch(/^partnerships-among-entity-0-entity-1-.*-etc-en$/);
  });
});

describe('a "what changed" export is named by its two moments', () => {
  it('dates and articles alike', () => {
    expect(changesFileBase({ from: '2019-01-01', to: '2024-12-31' }, 'en')).toBe('partnerships-changes-2019-01-01-2024-12-31-en');
    expect(changesFileBase({ from: 'vn-eu-defence-meeting', to: 'eu-norway-spd' }, 'vi')).toBe('partnerships-changes-vn-eu-defence-meeting-eu-norway-spd-vi');
  });
});
