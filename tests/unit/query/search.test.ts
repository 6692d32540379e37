import { describe, expect, it } from 'vitest';
import { createEntitySearch } from '../../../src/query/search';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const search = createEntitySearch(graph);
const top = (query: string) => search.search(query)[0]?.id;

describe('entity search on the shipped graph', () => {
  it.each([
    ['an ninh mang', 'cyber-security'],
    ['An ninh mạng', 'cyber-security'],
    ['cyber', 'cyber-security'],
    ['bu da pet', 'budapest-convention'],
    ['Budapest', 'budapest-convention'],
    ['EU', 'eu'],
    ['csdp', 'csdp'],
    ['CSDP', 'csdp'],
    ['na uy', 'norway'],
    ['Norway', 'norway'],
    ['unclos', 'unclos'],
    ['dai dien cap cao', 'eu-high-representative'],
    ['ĐẠI DIỆN CẤP CAO', 'eu-high-representative'],
    ['la ban chien luoc', 'strategic-compass'],
    ['FPA', 'fpa'],
    ['viet nam', 'vietnam'],
  ])('%j finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('finds nothing for text no entity carries, and nothing for an empty query', () => {
    expect(search.search('zzqx')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search.search('an ninh', 3)).toHaveLength(3);
  });
});

describe('search with hostile input', () => {
  it('cuts a pasted 70,000-character query to its first words and still answers', () => {
    expect(search.search(`cyber ${'x'.repeat(70_000)}`)).toEqual([]);
    expect(search.search(`Budapest${' '.repeat(70_000)}`)[0]?.id).toBe('budapest-convention');
  });

  it('indexes a graph with a megabyte label and finds its other names', () => {
    const g = graph.copy() as typeof graph;
    g.addNode('huge', { ...g.getNodeAttributes('eu'), labels: { vi: 'Đ'.repeat(1_000_000), en: `Harbour ${'y'.repeat(1_000_000)}` }, aliases: ['Mega'] });
    const s = createEntitySearch(g);
    expect(s.search('mega')[0]?.id).toBe('huge');
    expect(s.search('harbour')[0]?.id).toBe('huge');
    expect(s.search('Đ'.repeat(5000))).toEqual([]);
  });
});
