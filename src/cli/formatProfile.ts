/** Plain-text rendering of a profile for the terminal: each item, the instruments it comes through, and its quotes. */
import type { KnowledgeGraph } from '../model/graph';
import { KINDS } from '../model/vocabulary';
import type { Profile, ProfileItem } from '../query/profile';

export type CliLang = 'vi' | 'en';

const HEADINGS = {
  partners: { vi: 'Đối tác', en: 'Partners' },
  instruments: { vi: 'Thỏa thuận và quan hệ đối tác', en: 'Agreements and partnerships' },
  domains: { vi: 'Lĩnh vực hợp tác', en: 'Cooperation domains' },
  frameworks: { vi: 'Khuôn khổ làm nền tảng', en: 'Frameworks it rests on' },
  actors: { vi: 'Chủ thể hợp tác', en: 'Who cooperates on it' },
  through: { vi: 'qua', en: 'through' },
  none: { vi: '(không có)', en: '(none)' },
} as const;

function itemLines(graph: KnowledgeGraph, item: ProfileItem, lang: CliLang): string[] {
  const label = (id: string) => graph.getNodeAttribute(id, 'labels')[lang];
  const via = item.via.length > 0 ? ` — ${HEADINGS.through[lang]} ${item.via.map(label).join('; ')}` : '';
  const quotes = item.edges.flatMap((edge) =>
    graph.getEdgeAttribute(edge, 'evidence').map((e) => `      “${e.quote}” [${e.source} ${e.start}–${e.end}]`),
  );
  return [`  ${label(item.id)}${via}`, ...new Set(quotes)];
}

export function formatProfile(graph: KnowledgeGraph, profile: Profile, lang: CliLang): string {
  const attrs = graph.getNodeAttributes(profile.id);
  const sections: [keyof typeof HEADINGS, ProfileItem[]][] =
    profile.type === 'actor'
      ? [['partners', profile.partners], ['instruments', profile.instruments], ['domains', profile.domains], ['frameworks', profile.frameworks]]
      : [['actors', profile.actors], ['instruments', profile.instruments], ['frameworks', profile.frameworks]];
  const lines = [`${attrs.labels[lang]} (${KINDS[attrs.kind][lang]}, ${profile.id})`];
  for (const [key, items] of sections) {
    lines.push('', `${HEADINGS[key][lang]} (${items.length})`);
    if (items.length === 0) lines.push(`  ${HEADINGS.none[lang]}`);
    items.forEach((item) => lines.push(...itemLines(graph, item, lang)));
  }
  return lines.join('\n');
}
