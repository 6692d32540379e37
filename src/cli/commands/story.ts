import { parseWithPositionals, UsageError } from '../args';
import { formatStory, formatStoryList } from '../formatStory';
import type { CliLang } from '../formatProfile';
import { DATA_OPTION, loadOrReport, type Command } from '../io';
import { loadStories, loadStoriesOrReport, stepData, storiesDir } from '../stories';
import { resolveStep } from '../../query/storyStep';

const OPTIONS = { ...DATA_OPTION, lang: { type: 'string', default: 'en' }, json: { type: 'boolean', default: false } } as const;

export const story: Command = {
  usage: `  story list | show ID | validate [--lang vi|en] [--json]
                           the stories in graph-data/stories/: list them, print one
                           step by step (caption, what it shows, its quote), or check
                           them against the graph`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(args, OPTIONS, ['list|show|validate', 'ID']);
    const [action, id] = positionals;
    const lang = values.lang as CliLang;
    if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en (got ${values.lang})`);
    if (action !== 'list' && action !== 'show' && action !== 'validate') {
      throw new UsageError(action ? `story: unknown action "${action}" (expected list, show ID or validate)` : 'story needs an action: list, show ID or validate');
    }
    if (action === 'show' && !id) throw new UsageError('story show needs a story id (kg story list shows them)');
    if (action !== 'show' && id) throw new UsageError(`story ${action} takes no id (got "${id}")`);
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const data = stepData(loaded.graph, loaded.sources);

    if (action === 'validate') {
      const stories = loadStoriesOrReport(values.data, loaded.graph, loaded.sources, io);
      if (!stories) return 1;
      io.out(`${storiesDir(values.data)}: ${stories.length === 1 ? '1 story, valid' : `${stories.length} stories, all valid`}`);
      return 0;
    }
    // Listing and showing work on the stories that pass; the others are named on stderr.
    const { stories, errors } = loadStories(values.data, loaded.graph, loaded.sources);
    errors.forEach((line) => io.err(line));
    if (action === 'list') {
      if (values.json) io.out(JSON.stringify(stories.map((s) => ({ id: s.id, title: s.title, steps: s.steps.length })), null, 2));
      else if (stories.length === 0) io.err(`no stories in ${storiesDir(values.data)}`);
      else io.out(formatStoryList(stories, lang));
      return 0;
    }
    const found = stories.find((s) => s.id === id);
    if (!found) throw new UsageError(`story: no story "${id}" in ${storiesDir(values.data)}${stories.length > 0 ? ` (there are: ${stories.map((s) => s.id).join(', ')})` : ''}`);
    if (values.json) io.out(JSON.stringify({ ...found, steps: found.steps.map((step) => ({ ...step, shown: resolveStep(step.view, data).view })) }, null, 2));
    else io.out(formatStory(found, data, loaded.sources, lang));
    return 0;
  },
};
