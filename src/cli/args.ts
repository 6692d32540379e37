/** Command-line parsing: strict, so an unknown flag or a missing value is a usage error (exit 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Usage: npm run kg -- <command> [options]

Commands:
  validate                 check graph-data; list every error as "file: path: message"
  stats [--json]           counts by kind, predicate and source; connected components
  build [--out FILE]       validate, lay out and write the explorer's graph bundle
                           (default graph-data/dist/graph.json)
  export --format json --out FILE
                           write the graph in graphology's serialization format
  schema                   regenerate the JSON Schemas in graph-data/schema/

Common options:
  --data DIR               the graph-data folder to read (default: graph-data)
  -h, --help               show this help`;

export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
