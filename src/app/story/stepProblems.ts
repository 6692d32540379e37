/** What could not be shown of a step, in the reader's language: the part of the step, and what became of it. */
import { FILTER_PARAMS, type ParamProblem } from '../../query/filterParams';
import { PATH_PARAMS } from '../../query/pathParams';
import { excerpt } from '../../io/sanitize';
import { describeNotice, t, type StringKey } from '../i18n';
import type { Lang } from '../state/viewState';

const PARTS: Record<string, StringKey> = { node: 'problemNode', edge: 'problemEdge', article: 'problemArticle', quote: 'problemQuote', camera: 'problemCamera' };

function partOf(param: string): StringKey {
  if ((FILTER_PARAMS as readonly string[]).includes(param)) return 'problemFilter';
  if ((PATH_PARAMS as readonly string[]).includes(param)) return 'problemPath';
  return PARTS[param] ?? 'problemFilter';
}

export function describeStepProblem(lang: Lang, problem: ParamProblem): string {
  if (problem.problem === 'tooLong' || problem.problem === 'beforeFrom') return describeNotice(lang, problem);
  const template = t(lang, problem.problem === 'unknown' ? 'problemUnknown' : 'problemMalformed');
  return template.replace('{what}', t(lang, partOf(problem.param))).replace('{value}', excerpt(problem.value, 60));
}
