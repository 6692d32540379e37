import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftProblems, storyIdFrom } from '../../../src/app/story/drafts';
import { storyHtml, type OfflineStory } from '../../../src/app/story/offlineHtml';
import { decodeStory, encodeStory } from '../../../src/app/story/storyLink';
import { MAX_STORY_DATA, parseStoryParams, storyToParams } from '../../../src/app/story/storyParams';
import type { Story } from '../../../src/query/story';
import { GRAPH_DATA } from '../../helpers/shipped';

const shipped = JSON.parse(readFileSync(join(GRAPH_DATA, 'stories', 'two-partnerships.json'), 'utf8')) as Story;

describe('a story in the URL', () => {
  it('names a story of the corpus or carries one, with its step counted from 1', () => {
    expect(parseStoryParams(new URLSearchParams('story=two-partnerships&step=3'))).toEqual({ story: { ref: { id: 'two-partnerships' }, step: 2 }, problems: [] });
    expect(storyToParams({ ref: { data: 'abc_-' }, step: 0 })).toEqual([['story-data', 'abc_-'], ['step', '1']]);
    expect(parseStoryParams(new URLSearchParams('story-data=abc_-'))).toEqual({ story: { ref: { data: 'abc_-' }, step: 0 }, problems: [] });
  });

  it.each([
    ['an id with spaces', 'story=Two Partnerships', 'story'],
    ['data that is not base64url', 'story-data=not+base64url', 'story-data'],
    ['data longer than any story', `story-data=${'a'.repeat(MAX_STORY_DATA + 1)}`, 'story-data'],
    ['step 0', 'story=two-partnerships&step=0', 'step'],
    ['a step in words', 'story=two-partnerships&step=two', 'step'],
    ['a step without a story', 'step=2', 'step'],
  ])('drops %s with a notice', (_what, query, param) => {
    expect(parseStoryParams(new URLSearchParams(query)).problems).toEqual([expect.objectContaining({ param, problem: 'malformed' })]);
  });

  it('carries a whole story in a link, and refuses a damaged one', async () => {
    const data = await encodeStory(shipped);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(data.length).toBeLessThan(JSON.stringify(shipped).length * 0.75);
    expect(await decodeStory(data)).toEqual(shipped);
    expect(await decodeStory(data.slice(0, -8))).toBeNull();
    expect(await decodeStory('bm90IGEgc3Rvcnk')).toBeNull();
    const noSteps = await encodeStory({ ...shipped, steps: [] });
    expect(await decodeStory(noSteps)).toBeNull();
  });
});

describe('a draft', () => {
  it('takes its file name from its title, in plain ASCII', () => {
    expect(storyIdFrom('Hai quan hệ đối tác của EU')).toBe('hai-quan-he-doi-tac-cua-eu');
    expect(storyIdFrom('Two partnerships, one EU!')).toBe('two-partnerships-one-eu');
    expect(storyIdFrom('—')).toBe('story');
  });

  it('says what stands between it and a story', () => {
    expect(draftProblems(shipped)).toEqual([]);
    const draft: Story = { id: 'Bad Id', title: { vi: '', en: ' ' }, steps: [{ caption: { vi: '', en: '' }, view: {} }, { caption: { vi: 'Có', en: '' }, view: {} }] };
    expect(draftProblems(draft)).toEqual([{ key: 'needTitle' }, { key: 'badStoryId' }, { key: 'needCaption', step: 1 }]);
    expect(draftProblems({ ...draft, steps: [] })).toContainEqual({ key: 'needSteps' });
  });
});

describe('the offline file', () => {
  const story: OfflineStory = {
    title: { vi: 'Tiêu đề', en: 'Title' },
    lang: 'vi',
    ui: {
      vi: { stepOf: 'Bước {i}/{n}', previous: 'Trước', next: 'Sau', noCaption: '-', noticeTitle: '-', keys: '-', note: '-', language: 'Ngôn ngữ' },
      en: { stepOf: 'Step {i} of {n}', previous: 'Previous', next: 'Next', noCaption: '-', noticeTitle: '-', keys: '-', note: '-', language: 'Language' },
    },
    steps: [{ caption: { vi: '</script><script>alert(1)</script>', en: 'A & B' }, image: { vi: 'data:image/png;base64,AAAA', en: 'data:image/png;base64,AAAA' }, evidence: { vi: [], en: [] }, notices: { vi: [], en: [] } }],
  };

  it('allows nothing from outside itself, and keeps every caption as data', () => {
    const html = storyHtml(story);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:;`);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
    const data = /<script type="application\/json" id="story-data">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(data)).toEqual(story);
    expect(html).not.toMatch(/\b(src|href)="(?!data:)/);
  });
});
