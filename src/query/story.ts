/**
 * A story: an ordered list of steps, each a view of the graph (what is selected, filtered,
 * which path and which quote are shown, where the camera stands) with a caption in Vietnamese
 * and English. Views hold ids and the filter's and path finder's own parameter names, never
 * words of either language, so one step reads in both. A story file lives in
 * graph-data/stories/ID.json; the same shape travels in a link and in the explorer's drafts.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens, e.g. "two-partnerships"');
const ids = z.array(z.string());
const count = z.number().int();

/** Either language may be empty (the step then says it has no caption in that language), not both. */
const caption = z
  .strictObject({ vi: z.string(), en: z.string() })
  .refine((c) => c.vi.trim() !== '' || c.en.trim() !== '', 'a caption needs words in at least one language')
  .describe('the caption in Vietnamese and in English; one of the two may be empty');

const title = z
  .strictObject({ vi: z.string(), en: z.string() })
  .refine((t) => t.vi.trim() !== '' || t.en.trim() !== '', 'a title needs words in at least one language');

/** The explorer's filter parameters (see the top-level README), by the names the URL and `kg export` use. */
const filter = z
  .strictObject({
    actor: ids.optional(),
    hops: count.optional(),
    direction: z.enum(['in', 'out', 'both']).optional(),
    domain: ids.optional(),
    'domain-hops': count.optional(),
    kind: ids.optional(),
    predicate: ids.optional(),
    source: ids.optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    undated: z.enum(['keep', 'drop']).optional(),
    text: z.string().optional(),
    among: ids.optional(),
  })
  .describe('the filter, with the names of the explorer URL parameters and of `kg export` flags');

const path = z
  .strictObject({
    from: z.string(),
    to: z.string(),
    k: count.optional().describe('how many paths to find (1-10, default 5)'),
    avoid: ids.optional().describe('entities no path may pass through'),
    'avoid-kind': ids.optional().describe('kinds no path may pass through'),
    'via-kind': ids.optional().describe('the only kinds a path may pass through (its ends excepted)'),
    directed: z.boolean().optional().describe('follow relations only along their direction'),
    chosen: count.optional().describe('which of the paths found is drawn, counted from 1'),
  })
  .describe('the path finder: up to k shortest paths between two entities');

export const stepViewSchema = z
  .strictObject({
    node: z.string().optional().describe('the selected entity'),
    edge: z.string().optional().describe('the selected relation, as source:predicate:target'),
    filter: filter.optional(),
    dim: z.boolean().optional().describe('show what the filter leaves out faded instead of hiding it'),
    path: path.optional(),
    article: z
      .strictObject({ source: z.string(), start: count.optional(), end: count.optional() })
      .optional()
      .describe('the open article and the quote highlighted in it (UTF-16 offsets, end exclusive)'),
    camera: z.strictObject({ x: z.number(), y: z.number(), ratio: z.number() }).optional().describe("sigma's camera: centre and zoom ratio"),
  })
  .refine((v) => !(v.node && v.edge), 'select a node or an edge, not both');

export const storyStepSchema = z.strictObject({ caption, view: stepViewSchema });

export const storySchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title,
  steps: z.array(storyStepSchema).min(1, 'a story needs at least one step'),
});

export type StepViewSpec = z.infer<typeof stepViewSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;
export type Caption = StoryStep['caption'];

/** What `kg build` writes beside the graph bundle, and the explorer fetches: `{ "stories": [...] }`. */
export const STORIES_FILE = 'stories.json';
