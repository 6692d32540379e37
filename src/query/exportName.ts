/**
 * File names that say what was exported: the filter's terms and the language, so that
 * `partnerships-norway-2hops-vi.gexf` and `partnerships-en.gexf` sit side by side in a
 * Downloads folder without a person having to open them to tell them apart.
 */
import { foldForSearch } from '../text/fold';
import { emptyFilter, type FilterSpec } from './filterSpec';

const STEM = 'partnerships';
/** Long enough for two actors and a date range; longer names are cut at a word. */
const MAX_LENGTH = 80;

/** ASCII, lower case, dashes: safe on every file system and in a URL. */
function slug(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function describe(spec: FilterSpec): string[] {
  const defaults = emptyFilter();
  const parts: string[] = [];
  if (spec.among.length > 0) parts.push('among', ...spec.among);
  if (spec.text.trim()) parts.push('text', spec.text);
  if (spec.actors.length > 0) {
    parts.push(...spec.actors);
    if (spec.actorHops !== defaults.actorHops) parts.push(`${spec.actorHops}hops`);
    if (spec.direction !== defaults.direction) parts.push(spec.direction);
  }
  if (spec.domains.length > 0) {
    parts.push(...spec.domains);
    if (spec.domainHops !== defaults.domainHops) parts.push(`${spec.domainHops}hops`);
  }
  if (spec.kinds.length > 0) parts.push(...spec.kinds);
  if (spec.predicates.length > 0) parts.push(...spec.predicates);
  if (spec.sources.length > 0) parts.push(...spec.sources);
  if (spec.from !== undefined) parts.push(`from ${spec.from}`);
  if (spec.to !== undefined) parts.push(`to ${spec.to}`);
  if (!spec.keepUndated) parts.push('dated');
  return parts;
}

/** `partnerships[-what the filter keeps]-<lang>`; a null or empty filter is the whole graph. */
export function exportFileBase(spec: FilterSpec | null, lang: string): string {
  const terms = (spec ? describe(spec) : []).map(slug).filter(Boolean);
  let middle = terms.join('-');
  if (middle.length > MAX_LENGTH) {
    const cut = middle.lastIndexOf('-', MAX_LENGTH);
    middle = `${middle.slice(0, cut > 0 ? cut : MAX_LENGTH)}-etc`;
  }
  return [STEM, middle, slug(lang)].filter(Boolean).join('-');
}

/** `partnerships-changes-<from>-<to>-<lang>`: what a "what changed" view exports, named by its two moments. */
export function changesFileBase(moments: { from: string; to: string }, lang: string): string {
  return [STEM, 'changes', slug(moments.from), slug(moments.to), slug(lang)].filter(Boolean).join('-');
}
