/**
 * The stories that travel with the corpus (graph-data/stories/, written beside the graph by
 * `kg build`), fetched once, when a story is opened or the list is shown.
 */
import { STORIES_FILE, storySchema, type Story } from '../../query/story';

let shipped: Promise<Story[]> | null = null;

export function shippedStories(): Promise<Story[]> {
  shipped ??= fetch(`./${STORIES_FILE}`)
    .then((response) => {
      if (!response.ok) throw new Error(`${STORIES_FILE}: HTTP ${response.status}`);
      return response.json() as Promise<{ stories?: unknown }>;
    })
    .then((json) => (Array.isArray(json.stories) ? json.stories : []).flatMap((s) => {
      // `kg build` checked them; a hand-edited file must still not break the page.
      const parsed = storySchema.safeParse(s);
      return parsed.success ? [parsed.data] : [];
    }))
    .catch((error: unknown) => {
      shipped = null;
      throw error;
    });
  return shipped;
}
