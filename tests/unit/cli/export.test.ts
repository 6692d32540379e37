/** `kg export` options for the tools: the label language, GEXF's version, named files, the format list. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { GRAPH_DATA } from '../../helpers/shipped';

const tmp = () => mkdtempSync(join(tmpdir(), 'kg-export-'));

describe('kg export --lang, --gexf-version, --out-dir, --list-formats', () => {
  it('labels what tools display in the chosen language and names the file after the filter and language', () => {
    const dir = tmp();
    const result = runKg('export', '--format', 'gexf', '--out-dir', dir, '--data', GRAPH_DATA, '--actor', 'norway', '--hops', '2', '--lang', 'vi', '--gexf-version', '1.2');
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['partnerships-norway-2hops-vi.gexf']);
    const text = readFileSync(join(dir, 'partnerships-norway-2hops-vi.gexf'), 'utf8');
    expect(text).toContain('<node id="norway" label="Na Uy">');
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft"');
  });

  it('lists the formats with what each is for', () => {
    const result = runKg('export', '--list-formats');
    expect(result.code).toBe(0);
    expect(result.out.split('\n').filter(Boolean).map((line) => line.split(/\s+/)[0])).toEqual(['gexf', 'graphml', 'cyjs', 'json', 'csv', 'cypher', 'ttl']);
    expect(result.out).toMatch(/^graphml\s+GraphML \(Gephi, Cytoscape, yEd, NetworkX, igraph\)$/m);
  });
});
