/**
 * CSV dialects against the headers their tools document: Gephi's spreadsheet import reads
 * Id/Label and Source/Target/Type/Kind/Id/Label by name; neo4j-admin database import reads
 * `name:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE` and typed `name:type` headers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neo4jImportCommand, parseCsv, writeCsv } from '../../../src/io/csv';
import { exportGraph } from '../../../src/io/formats';
import { arbitraryGraph } from '../../helpers/arbitraryGraph';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const records = (text: string) => {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')) as string[][];
  return rows.map((row) => Object.fromEntries((header as string[]).map((h, i) => [h, row[i] as string])));
};
/** neo4j-admin's header grammar: name, name:type, name:ID, :LABEL, :START_ID, :END_ID, :TYPE. */
const NEO4J_HEADER = /^(?:[A-Za-z_][A-Za-z0-9_]*(?::(?:ID|string|double|int|long|float|boolean|date|string\[\]))?|:LABEL|:START_ID|:END_ID|:TYPE)$/;

describe('CSV dialects', () => {
  it('gephi: Id, Label first; Source, Target, Type, Kind, Id, Label for edges; the label in the chosen language', () => {
    const { nodes, edges } = writeCsv(graph, { dialect: 'gephi', lang: 'vi' });
    expect(nodes.split('\r\n')[0]).toMatch(/^Id,Label,label_vi,label_en,kind,/);
    expect(edges.split('\r\n')[0]).toMatch(/^Source,Target,Type,Kind,Id,Label,predicate,/);
    expect(records(nodes).find((r) => r.Id === 'norway')?.Label).toBe('Na Uy');
    const signs = records(edges).find((r) => r.Id === 'eu:signs:eu-norway-spd');
    expect(signs).toMatchObject({ Source: 'eu', Target: 'eu-norway-spd', Type: 'Directed', Kind: 'signs', Label: 'ký' });
  });

  it('neo4j: headers neo4j-admin reads, lists as string[] on the chosen delimiter, and the command that loads them', () => {
    const { nodes, edges, arrayDelimiter } = writeCsv(graph, { dialect: 'neo4j', lang: 'en' });
    const nodeHeader = (parseCsv(nodes)[0] as string[]);
    const edgeHeader = (parseCsv(edges)[0] as string[]);
    for (const h of [...nodeHeader, ...edgeHeader]) expect(h).toMatch(NEO4J_HEADER);
    expect(nodeHeader.slice(0, 3)).toEqual(['id:ID', ':LABEL', 'label']);
    expect(nodeHeader).toEqual(expect.arrayContaining(['aliases:string[]', 'sources:string[]', 'x:double', 'y:double', 'size:double']));
    expect(edgeHeader.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(arrayDelimiter).toBe(';');
    const eu = records(nodes).find((r) => r['id:ID'] === 'eu');
    expect(eu?.[':LABEL']).toBe('Entity;Actor');
    expect(eu?.['aliases:string[]']?.split(';')).toEqual(graph.getNodeAttribute('eu', 'aliases'));
    expect(records(edges).find((r) => r.id === 'eu:signs:eu-norway-spd')?.[':TYPE']).toBe('SIGNS');
    const files = exportGraph(graph, 'csv', { csv: 'neo4j', fileBase: 'kg' });
    expect(files.map((f) => f.name)).toEqual(['kg-neo4j-nodes.csv', 'kg-neo4j-edges.csv', 'kg-neo4j-import.sh']);
    expect(files[2]?.content).toContain('--nodes=kg-neo4j-nodes.csv --relationships=kg-neo4j-edges.csv');
    expect(neo4jImportCommand('n.csv', 'e.csv', ';')).toContain("neo4j-admin database import full --nodes=n.csv --relationships=e.csv --array-delimiter=';' --multiline-fields=true");
  });

  it('neo4j: picks a delimiter no list item contains, and refuses when none is left', () => {
    const g = graph.copy();
    g.setNodeAttribute('eu', 'aliases', ['a;b']);
    expect(writeCsv(g, { dialect: 'neo4j' }).arrayDelimiter).toBe('|');
    g.setNodeAttribute('eu', 'aliases', ['a;b|c^d~e']);
    expect(() => writeCsv(g, { dialect: 'neo4j' })).toThrow(/every array delimiter .* occurs in some alias or source id/);
  });

  it('every dialect reads back to the same ids, ends and labels, with or without a byte-order mark', () => {
    fc.assert(
      fc.property(arbitraryGraph, fc.constantFrom('default', 'gephi', 'neo4j'), fc.boolean(), (g, dialect, bom) => {
        fc.pre(dialect !== 'neo4j' || g.everyNode((_n, a) => a.aliases.every((x) => !x.includes(';'))));
        const { nodes, edges } = writeCsv(g, { dialect, bom, lang: 'vi' });
        expect(nodes.startsWith('\uFEFF')).toBe(bom);
        const id = { default: 'id', gephi: 'Id', neo4j: 'id:ID' }[dialect];
        const label = { default: 'label', gephi: 'Label', neo4j: 'label' }[dialect];
        expect(records(nodes).map((r) => [r[id], r[label]])).toEqual(g.mapNodes((n, a) => [n, a.labels.vi]));
        const [source, target] = { default: ['source', 'target'], gephi: ['Source', 'Target'], neo4j: [':START_ID', ':END_ID'] }[dialect];
        expect(records(edges).map((r) => [r[source as string], r[target as string], r.label_vi])).toEqual(g.mapEdges((_e, a, s, t) => [s, t, a.labels.vi]));
      }),
      { numRuns: 60 },
    );
  });
});
