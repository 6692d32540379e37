/** The `kg` command: a thin door onto the core. Exit codes: 0 ok, 1 invalid data, 2 usage. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphBundle } from '../model/graph';
import { graphStats } from '../query/stats';
import { parseCommand, USAGE, UsageError } from './args';
import { loadGraph, type Loaded } from './loadGraph';
import { jsonSchemaFiles } from './schemaFiles';
import { formatStats } from './formatStats';
import { FILTER_OPTIONS, filterFromFlags } from './filterFlags';
import { applyFilter } from '../query/filter';
import { keptSubgraph } from '../query/subgraph';
import { EXPORT_FORMAT_IDS, exportGraph, type ExportFormat } from '../io/formats';
import { DEFAULT_BASE } from '../io/turtle';

export type Io = { out: (line: string) => void; err: (line: string) => void };

const DATA = { data: { type: 'string', default: 'graph-data' } } as const;

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function loadOrReport(dataDir: string, io: Io): Extract<Loaded, { ok: true }> | undefined {
  const loaded = loadGraph(dataDir);
  if (loaded.ok) return loaded;
  loaded.errors.forEach((line) => io.err(line));
  io.err(`${loaded.errors.length} error(s) in ${dataDir}`);
  return undefined;
}

/** Where an export goes: one file (--out), or a folder for CSV's two files (--out-dir). */
function exportTarget(format: ExportFormat, out: string | undefined, outDir: string | undefined) {
  if (format === 'csv') {
    if (!outDir) throw new UsageError('--format csv writes two files: give --out-dir DIR');
    return { dir: outDir, base: 'graph' };
  }
  if (!out) throw new UsageError('--out FILE is required');
  return { file: out, base: 'graph' };
}

function run(command: string, args: string[], io: Io): number {
  switch (command) {
    case 'validate': {
      const { values } = parseCommand(args, DATA);
      const loaded = loadOrReport(values.data, io);
      if (!loaded) return 1;
      io.out(`${values.data} is valid: ${loaded.graph.order} entities, ${loaded.graph.size} relations, ${loaded.sources.length} sources`);
      return 0;
    }
    case 'stats': {
      const { values } = parseCommand(args, { ...DATA, json: { type: 'boolean', default: false } });
      const loaded = loadOrReport(values.data, io);
      if (!loaded) return 1;
      const stats = graphStats(loaded.graph);
      io.out(values.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
      return 0;
    }
    case 'build': {
      const { values } = parseCommand(args, { ...DATA, out: { type: 'string' } });
      const loaded = loadOrReport(values.data, io);
      if (!loaded) return 1;
      const out = values.out ?? join(values.data, 'dist', 'graph.json');
      const bundle: GraphBundle = { graph: loaded.graph.export(), sources: loaded.sources };
      writeFile(out, `${JSON.stringify(bundle)}\n`);
      io.out(`wrote ${out}: ${loaded.graph.order} nodes, ${loaded.graph.size} edges`);
      return 0;
    }
    case 'export': {
      const { values } = parseCommand(args, {
        ...DATA,
        ...FILTER_OPTIONS,
        format: { type: 'string' },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        base: { type: 'string' },
      });
      const format = values.format as ExportFormat;
      if (!EXPORT_FORMAT_IDS.includes(format)) {
        throw new UsageError(`--format must be one of ${EXPORT_FORMAT_IDS.join(', ')} (got ${values.format ?? 'nothing'})`);
      }
      const target = exportTarget(format, values.out, values['out-dir']);
      const loaded = loadOrReport(values.data, io);
      if (!loaded) return 1;
      const spec = filterFromFlags(values, loaded);
      const subgraph = keptSubgraph(loaded.graph, applyFilter(loaded.graph, spec));
      const iriBase = values.base ?? DEFAULT_BASE;
      if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/i.test(iriBase)) {
        throw new UsageError(`--base must be an absolute IRI ending in / or # (got ${iriBase})`);
      }
      for (const file of exportGraph(subgraph, format, { fileBase: target.base, iriBase })) {
        const path = target.dir ? join(target.dir, file.name) : (target.file as string);
        writeFile(path, file.content);
        io.out(`wrote ${path}`);
      }
      io.out(`${subgraph.order} of ${loaded.graph.order} nodes, ${subgraph.size} of ${loaded.graph.size} edges`);
      return 0;
    }
    case 'schema': {
      const { values } = parseCommand(args, DATA);
      for (const [name, content] of Object.entries(jsonSchemaFiles())) writeFile(join(values.data, 'schema', name), content);
      io.out(`wrote the JSON Schemas to ${join(values.data, 'schema')}`);
      return 0;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

export function main(argv: string[], io: Io): number {
  const [command = '', ...args] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    return run(command, args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`kg: ${error.message}`);
    io.err(USAGE);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
