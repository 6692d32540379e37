import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILTER_PARAMS } from '../../../src/query/filterParams';
import { emptyFilter } from '../../../src/query/filterSpec';
import { pathBetween } from '../../../src/query/pathParams';
import { storySchema, type Story } from '../../../src/query/story';
import { checkStoryFiles } from '../../../src/query/storyCheck';
import { resolveStep, stepSpecOf, type StepData, type StepView } from '../../../src/query/storyStep';
import { GRAPH_DATA, loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const data: StepData = { graph, sourceIds: sources.map((s) => s.id), sourceLength: (id) => sources.find((s) => s.id === id)?.text.length };
const STORY_FILE = join(GRAPH_DATA, 'stories', 'two-partnerships.json');
const shipped = () => JSON.parse(readFileSync(STORY_FILE, 'utf8')) as Story;
const file = (name: string, json: unknown) => ({ path: `graph-data/stories/${name}`, content: typeof json === 'string' ? json : JSON.stringify(json) });

describe('the story in graph-data', () => {
  it('validates against the graph: five steps about the two articles, each with both captions', () => {
    const { stories, errors } = checkStoryFiles([file('two-partnerships.json', readFileSync(STORY_FILE, 'utf8'))], data);
    expect(errors).toEqual([]);
    const [story] = stories;
    expect(story?.steps).toHaveLength(5);
    for (const step of story?.steps ?? []) {
      expect(step.caption.vi.trim()).not.toBe('');
      expect(step.caption.en.trim()).not.toBe('');
      expect(resolveStep(step.view, data).problems).toEqual([]);
    }
    const quoted = story?.steps.flatMap((s) => (s.view.article?.start !== undefined ? [s.view.article.source] : []));
    expect(new Set(quoted)).toEqual(new Set(['eu-norway-spd', 'vn-eu-defence-meeting']));
  });
});

describe('a step against the graph', () => {
  it('comes back as the view it was taken from', () => {
    const views: StepView[] = [
      { selection: null, article: null, filter: emptyFilter(), dim: false, path: null, camera: null },
      {
        selection: { type: 'edge', id: 'norway:signs:eu-norway-spd' },
        article: { source: 'eu-norway-spd', start: 279, end: 375 },
        filter: { ...emptyFilter(), actors: ['norway', 'eu'], actorHops: 2, direction: 'out', kinds: ['actor', 'agreement'], from: '2019', keepUndated: false, text: 'an ninh' },
        dim: true,
        path: { ...pathBetween('vietnam', 'strategic-compass'), options: { k: 3, avoid: ['asean'], avoidKinds: ['event'], viaKinds: [], directed: true }, chosen: 2 },
        camera: { x: 0.4, y: 0.6, ratio: 0.5 },
      },
      { selection: { type: 'node', id: 'cyber-security' }, article: { source: 'vn-eu-defence-meeting' }, filter: { ...emptyFilter(), domains: ['cyber-security'], domainHops: 1 }, dim: false, path: null, camera: null },
    ];
    for (const view of views) {
      const spec = stepSpecOf(view);
      expect(storySchema.shape.steps.element.shape.view.safeParse(spec).success).toBe(true);
      expect(resolveStep(spec, data)).toEqual({ view, problems: [] });
    }
    expect(stepSpecOf(views[0] as StepView)).toEqual({});
  });

  it('opens without what the graph no longer has, naming each part left out', () => {
    const { view, problems } = resolveStep(
      {
        node: 'nato',
        filter: { actor: ['norway', 'warsaw-pact'], hops: 9 },
        path: { from: 'vietnam', to: 'strategic-compass', avoid: ['nato'], 'via-kind': ['alliance'] },
        article: { source: 'eu-norway-spd', start: 10, end: 99999 },
        camera: { x: 0, y: 0, ratio: 0 },
      },
      data,
    );
    expect(problems.map((p) => [p.param, p.value, p.problem])).toEqual([
      ['node', 'nato', 'unknown'],
      ['actor', 'warsaw-pact', 'unknown'],
      ['hops', '9', 'malformed'],
      ['avoid', 'nato', 'unknown'],
      ['via-kind', 'alliance', 'unknown'],
      ['quote', '10-99999', 'malformed'],
      ['camera', '0,0,0', 'malformed'],
    ]);
    expect(view.selection).toBeNull();
    expect(view.filter.actors).toEqual(['norway']);
    expect(view.path?.ends).toEqual(['vietnam', 'strategic-compass']);
    expect(view.article).toEqual({ source: 'eu-norway-spd' });
    expect(view.camera).toBeNull();
    expect(resolveStep({ path: { from: 'vietnam', to: 'nato' }, article: { source: 'gone' } }, data).problems.map((p) => p.param)).toEqual(['path', 'article']);
  });
});

describe('the story schema and the validator', () => {
  it('names the filter by the URL’s and kg export’s parameters', () => {
    const filter = storySchema.shape.steps.element.shape.view.shape.filter.unwrap();
    expect(Object.keys(filter.shape).sort()).toEqual([...FILTER_PARAMS].sort());
  });

  it('takes a caption in one language (the step then says so) but not a step without one', () => {
    const story = shipped();
    const oneLanguage = { ...story, steps: [{ caption: { vi: 'Chỉ có tiếng Việt.', en: '' }, view: {} }] };
    expect(storySchema.safeParse(oneLanguage).success).toBe(true);
    const none = { ...story, steps: [{ caption: { vi: ' ', en: '' }, view: {} }] };
    expect(storySchema.safeParse(none).error?.issues[0]?.message).toBe('a caption needs words in at least one language');
  });

  it('lists every problem of every story file as file: path: message', () => {
    const story = shipped();
    const broken = { ...story, steps: [story.steps[0], { ...story.steps[1], view: { node: 'nato', filter: { source: ['gone'] } } }] };
    const { stories, errors } = checkStoryFiles(
      [
        file('two-partnerships.json', story),
        file('renamed.json', { ...story, id: 'other' }),
        file('broken.json', { ...broken, id: 'broken' }),
        file('bad-json.json', '{"id": '),
        file('nfd.json', { ...story, id: 'nfd', title: { vi: 'Việt Nam'.normalize('NFD'), en: 'Viet Nam' } }),
        file('extra.json', { ...story, id: 'extra', colour: 'red' }),
      ],
      data,
    );
    expect(stories.map((s) => s.id)).toEqual(['two-partnerships']);
    expect(errors.map((e) => `${e.file}: ${e.path}: ${e.message}`)).toEqual([
      'graph-data/stories/renamed.json: id: story id "other" does not match its file name (expected other.json)',
      'graph-data/stories/broken.json: steps[1].view.node: "nato" is not in the graph',
      'graph-data/stories/broken.json: steps[1].view.filter.source: "gone" is not in the graph (expected one of eu-norway-spd, vn-eu-defence-meeting)',
      expect.stringMatching(/^graph-data\/stories\/bad-json\.json: : invalid JSON at line 1, column \d+/),
      'graph-data/stories/nfd.json: title.vi: text is not in Unicode NFC form',
      expect.stringMatching(/^graph-data\/stories\/extra\.json: : .*colour/),
    ]);
  });
});
