/**
 * The validator's part for stories (graph-data/stories/ID.json): each file read as strict
 * UTF-8 NFC JSON, checked against the story schema, its id matching its file name, and every
 * step's view resolved against the graph. In graph-data a step that names something the
 * graph does not have is an error, so a story is mended in the same change that renames or
 * removes what it shows; a story opened from elsewhere still opens, with a notice on that step.
 */
import { check, readJson, type RawFile, type Report, type ValidationError } from '../model/validate';
import { FILTER_PARAMS, type ParamProblem } from './filterParams';
import { PATH_PARAMS } from './pathParams';
import { storySchema, type Story } from './story';
import { resolveStep, type StepData } from './storyStep';

/** Where in a step's view a problem lies, as a path inside the story file. */
function problemPath(step: number, problem: ParamProblem): string {
  const at = `steps[${step}].view`;
  const { param } = problem;
  if ((FILTER_PARAMS as readonly string[]).includes(param)) return `${at}.filter.${param}`;
  if (param === 'path') return `${at}.path`;
  if ((PATH_PARAMS as readonly string[]).includes(param)) return `${at}.path.${param}`;
  if (param === 'article') return `${at}.article.source`;
  if (param === 'quote') return `${at}.article`;
  return `${at}.${param}`;
}

/** A problem in plain English, for the command line. */
export function describeProblem(problem: ParamProblem): string {
  if (problem.problem === 'tooLong') return `${problem.length} ${problem.unit}, more than the ${problem.limit} allowed`;
  if (problem.problem === 'beforeFrom') return `"${problem.value}" is earlier than from ("${problem.from}")`;
  const expected = problem.expected ? ` (expected ${problem.expected})` : '';
  return problem.problem === 'unknown' ? `"${problem.value}" is not in the graph${expected}` : `"${problem.value}" is malformed${expected}`;
}

export function checkStoryFiles(files: RawFile[], data: StepData): { stories: Story[]; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const report: Report = (file, path, message) => errors.push({ file, path, message });
  const stories: Story[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const before = errors.length;
    const json = readJson(file, report);
    const story = json === undefined ? undefined : check(json, storySchema, file.path, [], report);
    if (!story) continue;
    if (!file.path.endsWith(`${story.id}.json`)) report(file.path, 'id', `story id "${story.id}" does not match its file name (expected ${story.id}.json)`);
    if (seen.has(story.id)) report(file.path, 'id', `duplicate story id "${story.id}"`);
    seen.add(story.id);
    story.steps.forEach((step, i) => {
      for (const problem of resolveStep(step.view, data).problems) report(file.path, problemPath(i, problem), describeProblem(problem));
    });
    if (errors.length === before) stories.push(story);
  }
  return { stories, errors };
}
