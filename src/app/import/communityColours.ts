/**
 * Colours for the communities of a plain file (no kinds, no colours of its own): one each for the
 * largest, told apart at a glance; every smaller community shares a grey.
 */
import type { Communities } from '../../layout/communities';

export const COMMUNITY_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf', '#bcbd22', '#8c564b'];
export const OTHER_COMMUNITIES = '#adb5bd';

/** What the legend lists: each coloured community by its best-connected node, and how many nodes the grey ones hold. */
export type CommunityLegend = { groups: { hub: string; size: number; color: string }[]; others: { communities: number; nodes: number } };

export function communityLegend(communities: Communities): CommunityLegend {
  const coloured = communities.list.slice(0, COMMUNITY_PALETTE.length);
  const rest = communities.list.slice(COMMUNITY_PALETTE.length);
  return {
    groups: coloured.map((c, i) => ({ ...c, color: COMMUNITY_PALETTE[i] as string })),
    others: { communities: rest.length, nodes: rest.reduce((n, c) => n + c.size, 0) },
  };
}

export function communityColour(index: number): string {
  return COMMUNITY_PALETTE[index] ?? OTHER_COMMUNITIES;
}
