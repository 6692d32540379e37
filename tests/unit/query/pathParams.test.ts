import { describe, expect, it } from 'vitest';
import { parsePathParams, pathToParams, type PathView, type RawPathParams } from '../../../src/query/pathParams';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const parse = (raw: RawPathParams) => parsePathParams(raw, graph);

describe('the path finder’s parameters', () => {
  it('round-trips a question with every option, and writes nothing for the defaults', () => {
    const path: PathView = {
      ends: ['vietnam', 'strategic-compass'],
      options: { k: 3, avoid: ['eu', 'asean'], avoidKinds: ['event'], viaKinds: ['agreement', 'partnership'], directed: true },
      chosen: 2,
    };
    const params = pathToParams(path);
    expect(params).toEqual([
      ['path', 'vietnam,strategic-compass'],
      ['k', '3'],
      ['avoid', 'eu,asean'],
      ['avoid-kind', 'event'],
      ['via-kind', 'agreement,partnership'],
      ['directed', '1'],
      ['chosen', '3'],
    ]);
    const raw: RawPathParams = Object.fromEntries(params.map(([k, v]) => [k, [v]]));
    expect(parse(raw)).toEqual({ path, problems: [] });
    expect(pathToParams(parse({ path: ['vietnam,eu'] }).path)).toEqual([['path', 'vietnam,eu']]);
    expect(parse({})).toEqual({ path: null, problems: [] });
  });

  it.each([
    [{ path: ['eu'] }, 'path', 'malformed'],
    [{ path: ['eu,nato'] }, 'path', 'unknown'],
    [{ path: ['eu,norway'], k: ['11'] }, 'k', 'malformed'],
    [{ path: ['eu,norway'], k: ['0'] }, 'k', 'malformed'],
    [{ path: ['eu,norway'], avoid: ['nato'] }, 'avoid', 'unknown'],
    [{ path: ['eu,norway'], 'via-kind': ['country'] }, 'via-kind', 'unknown'],
    [{ path: ['eu,norway'], 'avoid-kind': ['country'] }, 'avoid-kind', 'unknown'],
    [{ path: ['eu,norway'], directed: ['yes'] }, 'directed', 'malformed'],
    [{ path: ['eu,norway'], k: ['3'], chosen: ['4'] }, 'chosen', 'malformed'],
  ] as [RawPathParams, string, string][])('reports %j as a problem with %s, keeping the rest', (raw, param, problem) => {
    const parsed = parse(raw);
    expect(parsed.problems).toEqual([expect.objectContaining({ param, problem })]);
    if (raw.path?.[0] === 'eu,norway') expect(parsed.path?.ends).toEqual(['eu', 'norway']);
  });
});
