import { join } from 'node:path';
import { applyFilter } from '../../query/filter';
import { keptSubgraph } from '../../query/subgraph';
import { EXPORT_FORMAT_IDS, exportGraph, type ExportFormat } from '../../io/formats';
import { DEFAULT_BASE } from '../../io/turtle';
import { parseCommand, UsageError } from '../args';
import { FILTER_OPTIONS, filterFromFlags } from '../filterFlags';
import { DATA_OPTION, loadOrReport, type Command } from '../io';
import { writeFiles } from '../writeFiles';

/** Where an export goes: one file (--out), or a folder for CSV's two files (--out-dir). */
function exportTarget(format: ExportFormat, out: string | undefined, outDir: string | undefined) {
  if (format === 'csv') {
    if (!outDir) throw new UsageError('--format csv writes two files: give --out-dir DIR');
    return { dir: outDir, base: 'graph' };
  }
  if (!out) throw new UsageError('--out FILE is required');
  return { file: out, base: 'graph' };
}

export const exportCommand: Command = {
  usage: `  export --format F --out FILE [filters]
                           write the graph, or the filtered subgraph; F is one of
                           gexf, graphml, json, cypher, ttl; or csv with --out-dir DIR
                           (nodes and edges files); --base IRI sets where Turtle's
                           IRIs live (default https://kg.invalid/)`,
  run(args, io) {
    const { values } = parseCommand(args, {
      ...DATA_OPTION,
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
    if (subgraph.order === 0) io.err('kg export: the filters keep no nodes; the export is an empty graph');
    const files = exportGraph(subgraph, format, { fileBase: target.base, iriBase }).map((file) => ({
      path: target.dir ? join(target.dir, file.name) : (target.file as string),
      content: file.content,
    }));
    writeFiles(files);
    for (const { path } of files) io.out(`wrote ${path}`);
    io.out(`${subgraph.order} of ${loaded.graph.order} nodes, ${subgraph.size} of ${loaded.graph.size} edges`);
    return 0;
  },
};
