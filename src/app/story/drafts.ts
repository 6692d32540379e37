/**
 * The stories a person makes in the explorer, kept in this browser (localStorage) until they
 * are shared as a link, a story file for graph-data, or an offline file. A draft may be
 * unfinished (a step without a caption yet); `draftProblems` says what stands in the way.
 */
import { useCallback, useState } from 'react';
import type { Story } from '../../query/story';
import { foldForSearch } from '../../text/fold';

export type Draft = { key: string; story: Story };

const STORAGE_KEY = 'kg:story-drafts';
const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readDrafts(): Draft[] {
  try {
    const json: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(json)) return [];
    // Captions may still be empty in a draft: only the shape is checked here.
    return json.filter((d): d is Draft => typeof d?.key === 'string' && typeof d?.story?.id === 'string' && Array.isArray(d.story.steps));
  } catch {
    return [];
  }
}

/** The drafts, and a setter that keeps them in the browser's storage (a full or private storage only loses persistence). */
export function useDrafts(): [Draft[], (next: Draft[]) => void] {
  const [drafts, setDrafts] = useState(readDrafts);
  const save = useCallback((next: Draft[]) => {
    setDrafts(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage refused: the drafts stay for this visit.
    }
  }, []);
  return [drafts, save];
}

/** A story id from a title: "Two partnerships, one EU" → "two-partnerships-one-eu". */
export function storyIdFrom(title: string): string {
  const words = foldForSearch(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'story';
}

export function newDraft(): Draft {
  return { key: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, story: { id: 'story', title: { vi: '', en: '' }, steps: [] } };
}

export type DraftProblem = { key: 'needTitle' | 'needSteps' | 'badStoryId' } | { key: 'needCaption'; step: number };

/** What must be mended before the draft is presented or shared; empty when it is a valid story. */
export function draftProblems(story: Story): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!story.title.vi.trim() && !story.title.en.trim()) problems.push({ key: 'needTitle' });
  if (!STORY_ID.test(story.id)) problems.push({ key: 'badStoryId' });
  if (story.steps.length === 0) problems.push({ key: 'needSteps' });
  story.steps.forEach((step, i) => {
    if (!step.caption.vi.trim() && !step.caption.en.trim()) problems.push({ key: 'needCaption', step: i + 1 });
  });
  return problems;
}
