/** Plain-text rendering of a profile for the terminal: each item, the instruments it comes through, and its quotes. */
import type { KnowledgeGraph } from '../model/graph';
import { asObject } from '../model/sentence';
import { KINDS } from '../model/vocabulary';
import { profileSections, type Profile, type ProfileItem, type SectionKey } from '../query/profile';

export type CliLang = 'vi' | 'en';

const HEADINGS: Record<SectionKey, Record<CliLang, string>> = {
  partners: { vi: 'Đối tác', en: 'Partners' },
  instruments: { vi: 'Thỏa thuận và quan hệ đối tác', en: 'Agreements and partnerships' },
  domains: { vi: 'Lĩnh vực hợp tác', en: 'Cooperation domains' },
  frameworks: { vi: 'Khuôn khổ làm nền tảng', en: 'Frameworks it rests on' },
  actors: { vi: 'Chủ thể hợp tác', en: 'Who cooperates on it' },
  coveredBy: { vi: 'Các thỏa thuận và quan hệ đối tác bao gồm lĩnh vực này', en: 'Agreements and partnerships that cover it' },
  domainFrameworks: { vi: 'Khuôn khổ được viện dẫn', en: 'Frameworks it invokes' },
  invokedBy: { vi: 'Được viện dẫn trong các thỏa thuận và quan hệ đối tác', en: 'Invoked by agreements and partnerships' },
  frameworkActors: { vi: 'Các bên tham gia trực tiếp', en: 'Who takes part in it directly' },
  frameworkDomains: { vi: 'Các lĩnh vực dựa trên khuôn khổ này', en: 'Domains that rest on it' },
};
const WORDS = { through: { vi: 'qua', en: 'through' }, none: { vi: '(không có)', en: '(none)' } } as const;

function itemLines(graph: KnowledgeGraph, item: ProfileItem, lang: CliLang): string[] {
  const label = (id: string) => graph.getNodeAttribute(id, 'labels')[lang];
  const via = item.via.length > 0 ? ` — ${WORDS.through[lang]} ${item.via.map((id) => asObject(graph.getNodeAttributes(id), lang)).join('; ')}` : '';
  const quotes = item.edges.flatMap((edge) =>
    graph.getEdgeAttribute(edge, 'evidence').map((e) => `      “${e.quote}” [${e.source} ${e.start}–${e.end}]`),
  );
  return [`  ${label(item.id)}${via}`, ...new Set(quotes)];
}

export function formatProfile(graph: KnowledgeGraph, profile: Profile, lang: CliLang): string {
  const attrs = graph.getNodeAttributes(profile.id);
  const lines = [`${attrs.labels[lang]} (${KINDS[attrs.kind][lang]}, ${profile.id})`];
  for (const { key, items } of profileSections(profile)) {
    lines.push('', `${HEADINGS[key][lang]} (${items.length})`);
    if (items.length === 0) lines.push(`  ${WORDS.none[lang]}`);
    items.forEach((item) => lines.push(...itemLines(graph, item, lang)));
  }
  return lines.join('\n');
}
