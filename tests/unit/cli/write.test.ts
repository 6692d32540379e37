import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWriteError } from '../../../src/cli/writeFiles';
import { runKg } from '../../helpers/cli';
import { GRAPH_DATA } from '../../helpers/shipped';

const scratch = () => mkdtempSync(join(tmpdir(), 'kg-write-'));
const exportTo = (...args: string[]) => runKg('export', '--data', GRAPH_DATA, ...args);

describe('kg when a file cannot be written', () => {
  it('names the path and the cause in one line, exit 3, when the output is a folder', () => {
    const dir = scratch();
    const result = exportTo('--format', 'json', '--out', dir);
    expect(result.code).toBe(3);
    expect(result.err).toBe(`kg: cannot write ${dir}: it is a folder`);
  });

  it('says so when the folder cannot be created because a file is in the way', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes'), 'x');
    const out = join(dir, 'notes', 'sub', 'graph.json');
    const result = exportTo('--format', 'json', '--out', out);
    expect(result.code).toBe(3);
    expect(result.err).toBe(`kg: cannot write ${out}: a part of its folder path is a file, not a folder`);
  });

  it('says the disk is full (writing to /dev/full)', () => {
    const result = exportTo('--format', 'gexf', '--out', '/dev/full');
    expect(result.code).toBe(3);
    expect(result.err).toBe('kg: cannot write /dev/full: the disk is full');
  });

  it('leaves nothing behind when one of several files fails: no half export, no temporary file', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'partnerships-en-edges.csv'));
    const result = exportTo('--format', 'csv', '--out-dir', dir);
    expect(result.code).toBe(3);
    expect(readdirSync(dir)).toEqual(['partnerships-en-edges.csv']);
  });

  it('replaces an existing file only once the new one is whole', () => {
    const dir = scratch();
    const out = join(dir, 'graph.json');
    writeFileSync(out, 'old');
    expect(exportTo('--format', 'json', '--out', out).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('nodes');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('words the causes a person can act on', () => {
    expect(describeWriteError(Object.assign(new Error('EACCES: permission denied, open …'), { code: 'EACCES' }))).toBe('permission denied');
    expect(describeWriteError(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe('the file system is read-only');
    expect(describeWriteError(new Error('first line\n    at stack'))).toBe('first line');
  });
});

describe('kg export with an empty result', () => {
  it('says on stderr that the filters keep nothing, and still writes a valid empty graph', () => {
    const out = join(scratch(), 'empty.json');
    const result = exportTo('--format', 'json', '--out', out, '--text', 'zzzz-no-such-name');
    expect(result.code).toBe(0);
    expect(result.err).toBe('kg export: the filters keep no nodes; the export is an empty graph');
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes).toEqual([]);
  });
});
