import { join } from 'node:path';
import { applyFilter } from '../../query/filter';
import { exportFileBase } from '../../query/exportName';
import { isEmptyFilter } from '../../query/filterSpec';
import { keptSubgraph } from '../../query/subgraph';
import { exportGraph } from '../../io/formats';
import { CSV_DIALECTS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_LABELS, EXPORT_LANGS, GEXF_VERSIONS, type ExportFormat } from '../../io/options';
import { DEFAULT_BASE } from '../../io/turtle';
import { parseCommand, UsageError } from '../args';
import { FILTER_OPTIONS, filterFromFlags } from '../filterFlags';
import { DATA_OPTION, loadOrReport, type Command, type Io } from '../io';
import { writeFiles } from '../writeFiles';

/** A flag whose value must be one of a few words. */
function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got ${value})`);
  return value as T;
}

/**
 * Where an export goes: one file (--out), or a folder (--out-dir) where the files are named
 * after what was exported; CSV's two files need a folder.
 */
function exportTarget(format: ExportFormat, out: string | undefined, outDir: string | undefined) {
  if (out && outDir) throw new UsageError('give --out FILE or --out-dir DIR, not both');
  if (outDir) return { dir: outDir };
  if (format === 'csv') throw new UsageError('--format csv writes two files: give --out-dir DIR');
  if (!out) throw new UsageError('--out FILE or --out-dir DIR is required');
  return { file: out };
}

function listFormats(io: Io): number {
  for (const id of EXPORT_FORMAT_IDS) io.out(`${id.padEnd(8)} ${EXPORT_FORMAT_LABELS[id].en}`);
  return 0;
}

export const exportCommand: Command = {
  usage: `  export --format F (--out FILE | --out-dir DIR) [options] [filters]
                           write the graph, or the filtered subgraph; F is one of
                           ${EXPORT_FORMAT_IDS.join(', ')};
                           in --out-dir the files are named after the filter and
                           the language, e.g. partnerships-norway-vi.gexf
    --list-formats         what each format is for
    --lang vi|en           the language of the labels tools display (default en);
                           both languages are always kept as their own columns
    --gexf-version 1.3|1.2 1.2 for NetworkX 2.x (default 1.3)
    --csv default|gephi|neo4j
                           CSV headers for spreadsheets, Gephi's spreadsheet import,
                           or neo4j-admin database import (with the command to run)
    --bom                  start CSV files with a byte-order mark (Excel needs it)
    --base IRI             where Turtle's IRIs live (default ${DEFAULT_BASE})`,
  run(args, io) {
    const { values } = parseCommand(args, {
      ...DATA_OPTION,
      ...FILTER_OPTIONS,
      format: { type: 'string' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      lang: { type: 'string' },
      'gexf-version': { type: 'string' },
      csv: { type: 'string' },
      bom: { type: 'boolean' },
      base: { type: 'string' },
      'list-formats': { type: 'boolean' },
    });
    if (values['list-formats']) return listFormats(io);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMAT_IDS.includes(format)) {
      throw new UsageError(`--format must be one of ${EXPORT_FORMAT_IDS.join(', ')} (got ${values.format ?? 'nothing'})`);
    }
    const lang = oneOf('lang', values.lang, EXPORT_LANGS, 'en');
    const gexfVersion = oneOf('gexf-version', values['gexf-version'], GEXF_VERSIONS, '1.3');
    const csv = oneOf('csv', values.csv, CSV_DIALECTS, 'default');
    const iriBase = values.base ?? DEFAULT_BASE;
    if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/i.test(iriBase)) {
      throw new UsageError(`--base must be an absolute IRI ending in / or # (got ${iriBase})`);
    }
    const target = exportTarget(format, values.out, values['out-dir']);
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const spec = filterFromFlags(values, loaded);
    const subgraph = keptSubgraph(loaded.graph, applyFilter(loaded.graph, spec));
    const fileBase = exportFileBase(isEmptyFilter(spec) ? null : spec, lang);
    let files;
    try {
      files = exportGraph(subgraph, format, { fileBase, lang, gexfVersion, csv, bom: values.bom ?? false, iriBase, sources: loaded.sources });
    } catch (error) {
      io.err(`kg export: ${(error as Error).message}`);
      return 1;
    }
    if (subgraph.order === 0) io.err('kg export: the filters keep no nodes; the export is an empty graph');
    const written = files.map((file) => ({ path: target.dir ? join(target.dir, file.name) : (target.file as string), content: file.content }));
    writeFiles(written);
    for (const { path } of written) io.out(`wrote ${path}`);
    io.out(`${subgraph.order} of ${loaded.graph.order} nodes, ${subgraph.size} of ${loaded.graph.size} edges`);
    return 0;
  },
};
