/**
 * The story being presented, in the URL: `story=ID` (a story of graph-data) or `story-data=…`
 * (a story carried whole in the link, as made in the explorer), and `step=N`, counted from 1.
 * Read back like every parameter: a value that does not fit is dropped with a notice.
 */
import type { ParamProblem } from '../../query/filterParams';

export type StoryRef = { id: string } | { data: string };
/** `step` counts from 0. */
export type StoryShown = { ref: StoryRef; step: number };

/** Longer than any story a person writes in the explorer (about 60 steps with long captions), and under what servers accept in a URL. */
export const MAX_STORY_DATA = 60_000;
const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STORY_DATA = /^[A-Za-z0-9_-]+$/;

export const STORY_PARAMS = ['story', 'story-data', 'step'] as const;

export function parseStoryParams(params: URLSearchParams): { story: StoryShown | null; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const id = params.get('story');
  const data = params.get('story-data');
  let ref: StoryRef | null = null;
  if (id !== null) {
    if (STORY_ID.test(id)) ref = { id };
    else problems.push({ param: 'story', value: id, problem: 'malformed', expected: 'a story id such as two-partnerships' });
  }
  if (data !== null && !ref) {
    if (data.length <= MAX_STORY_DATA && STORY_DATA.test(data)) ref = { data };
    else problems.push({ param: 'story-data', value: data, problem: 'malformed', expected: 'a story as the explorer writes it into a link' });
  }
  let step = 0;
  const stepText = params.get('step');
  if (stepText !== null) {
    const n = Number(stepText);
    if (ref && Number.isInteger(n) && n >= 1) step = n - 1;
    else problems.push({ param: 'step', value: stepText, problem: 'malformed', expected: 'a step number, from 1, with a story' });
  }
  return { story: ref ? { ref, step } : null, problems };
}

export function storyToParams(story: StoryShown | null): [string, string][] {
  if (!story) return [];
  const ref: [string, string] = 'id' in story.ref ? ['story', story.ref.id] : ['story-data', story.ref.data];
  return [ref, ['step', String(story.step + 1)]];
}
