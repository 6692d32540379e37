import { relationSentenceText } from '../../model/sentence';
import { applyFilter } from '../../query/filter';
import { isEmptyFilter } from '../../query/filterSpec';
import { parsePathParams, type RawPathParams } from '../../query/pathParams';
import { kShortestPaths, MAX_PATHS, type FoundPath } from '../../query/paths';
import type { KnowledgeGraph } from '../../model/graph';
import { parseWithPositionals, UsageError } from '../args';
import { requireEntity } from '../entityId';
import { FILTER_OPTIONS, filterFromFlags, throwFlagProblems } from '../filterFlags';
import { formatPaths } from '../formatPaths';
import type { CliLang } from '../formatProfile';
import { DATA_OPTION, loadOrReport, type Command } from '../io';

const OPTIONS = {
  ...DATA_OPTION,
  ...FILTER_OPTIONS,
  k: { type: 'string' },
  avoid: { type: 'string', multiple: true },
  'avoid-kind': { type: 'string', multiple: true },
  'via-kind': { type: 'string', multiple: true },
  directed: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'en' },
  json: { type: 'boolean', default: false },
} as const;

/** A path as data: each hop's relations with their sentence in the chosen language and their quotes. */
function pathJson(graph: KnowledgeGraph, path: FoundPath, lang: CliLang) {
  return {
    length: path.hops.length,
    nodes: path.nodes,
    hops: path.hops.map((hop) => ({
      from: hop.from,
      to: hop.to,
      relations: hop.edges.map((edge) => {
        const attrs = graph.getEdgeAttributes(edge);
        return {
          id: edge,
          source: graph.source(edge),
          predicate: attrs.predicate,
          target: graph.target(edge),
          sentence: relationSentenceText(graph, edge, lang),
          ...(attrs.inferred ? { inferred: attrs.inferred[lang] } : {}),
          evidence: attrs.evidence,
        };
      }),
    })),
  };
}

export const pathCommand: Command = {
  usage: `  path FROM TO [--k N] [--avoid ID] [--avoid-kind K] [--via-kind K] [--directed]
       [--lang vi|en] [--json] [filters]
                           up to k (1-${MAX_PATHS}, default 5) shortest paths between two
                           entities, each relation as a sentence with its quotes;
                           --via-kind agreement,partnership passes only through those`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(args, OPTIONS, ['FROM', 'TO']);
    if (positionals.length !== 2) throw new UsageError(`path takes two entity ids, FROM and TO (got ${positionals.length})`);
    const lang = values.lang as CliLang;
    if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en (got ${values.lang})`);
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const { graph } = loaded;
    const [from, to] = positionals.map((id) => requireEntity(graph, id, 'path')) as [string, string];
    if (from === to) throw new UsageError(`path: FROM and TO are the same entity ("${from}")`);
    const raw: RawPathParams = { path: [`${from},${to}`], avoid: values.avoid, 'avoid-kind': values['avoid-kind'], 'via-kind': values['via-kind'] };
    if (values.k !== undefined) raw.k = [values.k];
    if (values.directed) raw.directed = ['1'];
    const parsed = parsePathParams(raw, graph);
    throwFlagProblems(parsed.problems);
    const { options } = parsed.path as NonNullable<typeof parsed.path>;
    const filter = filterFromFlags(values, loaded);
    const filtered = !isEmptyFilter(filter);
    const paths = kShortestPaths(graph, from, to, options, filtered ? applyFilter(graph, filter) : null);
    if (values.json) io.out(JSON.stringify({ from, to, options, filtered, paths: paths.map((p) => pathJson(graph, p, lang)) }, null, 2));
    else io.out(formatPaths(graph, { from, to, options, filtered }, paths, lang));
    return 0;
  },
};
