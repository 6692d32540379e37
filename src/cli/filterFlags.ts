/** The export command's filter flags: the explorer's URL parameters, as command-line options. */
import type { ParseArgsConfig } from 'node:util';
import type { FilterSpec } from '../query/filterSpec';
import { FILTER_PARAMS, parseFilterParams, type ParamProblem, type RawParams } from '../query/filterParams';
import type { Loaded } from './loadGraph';
import { UsageError } from './args';

export const FILTER_OPTIONS = Object.fromEntries(
  FILTER_PARAMS.map((name) => [name, { type: 'string', multiple: true }]),
) as Record<(typeof FILTER_PARAMS)[number], { type: 'string'; multiple: true }> satisfies NonNullable<ParseArgsConfig['options']>;

export function filterFromFlags(values: Partial<Record<string, unknown>>, loaded: Extract<Loaded, { ok: true }>): FilterSpec {
  const raw: RawParams = {};
  for (const name of FILTER_PARAMS) {
    const value = values[name];
    if (Array.isArray(value)) raw[name] = value.map(String);
  }
  const { spec, problems } = parseFilterParams(raw, loaded.graph, loaded.sources.map((s) => s.id));
  throwFlagProblems(problems);
  return spec;
}

/** Flags the core's parameter readers refused, as one usage error naming each flag and value. */
export function throwFlagProblems(problems: ParamProblem[]): void {
  if (problems.length === 0) return;
  throw new UsageError(
    problems
      .map((p) =>
        p.problem === 'tooLong'
          ? `--${p.param}: ${p.length} ${p.unit}, more than the ${p.limit} a filter takes`
          : p.problem === 'beforeFrom'
            ? `--to: "${p.value}" is earlier than --from "${p.from}"`
            : `--${p.param}: ${p.problem} value "${p.value}"${p.expected ? ` (expected ${p.expected})` : ''}`,
      )
      .join('\n'),
  );
}
