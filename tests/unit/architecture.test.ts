/**
 * The layering the folder names promise: imports point down (app/cli → io/query/layout/ingest →
 * model → text), the core uses no DOM library and no Node built-ins, and no module imports
 * itself through a circle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shipped';

const SRC = join(REPO_ROOT, 'src');
const ALLOWED: Record<string, string[]> = {
  text: ['text'],
  model: ['model', 'text'],
  query: ['query', 'model', 'text'],
  layout: ['layout', 'model', 'text'],
  io: ['io', 'model', 'text'],
  ingest: ['ingest', 'model', 'text'],
  cli: ['cli', 'ingest', 'io', 'query', 'layout', 'model', 'text'],
  app: ['app', 'ingest', 'io', 'query', 'layout', 'model', 'text'],
};
const CORE = ['text', 'model', 'query', 'layout', 'io', 'ingest'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const modules = files(SRC);
const layerOf = (file: string) => relative(SRC, file).split('/')[0] as string;
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => (m[1] ?? m[2]) as string);

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => modules.includes(f)) ?? null;
}

describe('architecture', () => {
  it('reads the real import graph (so the checks below are not vacuous)', () => {
    const local = modules.flatMap((f) => importsOf(f).filter((s) => resolveLocal(f, s) !== null));
    expect(modules.length).toBeGreaterThan(40);
    expect(local.length).toBeGreaterThan(100);
  });

  it('imports point down the layers', () => {
    const wrong = modules.flatMap((file) =>
      importsOf(file).flatMap((spec) => {
        const target = resolveLocal(file, spec);
        if (!target) return [];
        return ALLOWED[layerOf(file)]?.includes(layerOf(target)) ? [] : [`${relative(SRC, file)} → ${relative(SRC, target)}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps the core free of React, the DOM libraries and Node built-ins', () => {
    const wrong = modules
      .filter((file) => CORE.includes(layerOf(file)))
      .flatMap((file) => importsOf(file).filter((spec) => /^(react|react-dom|sigma|@react-sigma|node:|fs$|path$)/.test(spec)).map((spec) => `${relative(SRC, file)} imports ${spec}`));
    expect(wrong).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(modules.map((f) => [f, importsOf(f).map((s) => resolveLocal(f, s)).filter((t): t is string => t !== null)]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    modules.forEach((f) => visit(f, []));
    expect(cycles).toEqual([]);
  });

  it('keeps the proposer out of the review page (its rules, word lists and tagger made the page\'s chunk 4 MB)', () => {
    const graph = new Map(modules.map((f) => [f, importsOf(f).map((s) => resolveLocal(f, s)).filter((t): t is string => t !== null)]));
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      (graph.get(file) ?? []).forEach(walk);
    };
    walk(join(SRC, 'app', 'review', 'ReviewApp.tsx'));
    expect(reached.size).toBeGreaterThan(10);
    expect([...reached].map((f) => relative(SRC, f)).filter((f) => ['ingest/propose.ts', 'ingest/candidates.ts', 'ingest/constructions.ts', 'ingest/english.ts'].includes(f))).toEqual([]);
  });
});
