/**
 * The strip's colours and names for what its bars are stacked by. Kinds keep the canvas's own
 * colours; predicates (26 in the vocabulary) get a distinct colour each for the largest twelve,
 * and the rest one shared grey, named as such in the key: more hues than that cannot be told apart.
 */
import { KINDS, PREDICATES, type Kind, type Predicate } from '../../model/vocabulary';
import type { StackBy } from '../../query/timeline';
import type { Lang } from '../state/viewState';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf', '#bcbd22', '#7f3c8d'];
export const REST_COLOUR = '#ced4da';

export type GroupStyle = { colour: (group: string) => string; label: (group: string) => string; named: string[]; rest: string[] };

/** `groups` largest first, as the histogram gives them. */
export function groupStyle(stack: StackBy, groups: string[], lang: Lang): GroupStyle {
  if (stack === 'kind') {
    return {
      colour: (g) => KINDS[g as Kind]?.color ?? KINDS.other.color,
      label: (g) => (Object.hasOwn(KINDS, g) ? KINDS[g as Kind][lang] : g),
      named: groups,
      rest: [],
    };
  }
  const index = new Map(groups.map((g, i) => [g, i]));
  return {
    colour: (g) => PALETTE[index.get(g) ?? PALETTE.length] ?? REST_COLOUR,
    label: (g) => (Object.hasOwn(PREDICATES, g) ? PREDICATES[g as Predicate][lang] : g),
    named: groups.slice(0, PALETTE.length),
    rest: groups.slice(PALETTE.length),
  };
}
