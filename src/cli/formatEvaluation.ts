/** The leave-one-out figures as a table a curator can read (and paste into the README). */
import type { ArticleEvaluation } from '../ingest/evaluate';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${Math.round((100 * n) / d)}%`);

export function formatEvaluation(rows: ArticleEvaluation[]): string {
  const sum = (f: (r: ArticleEvaluation) => number) => rows.reduce((a, r) => a + f(r), 0);
  const line = (name: string, r: (f: (x: ArticleEvaluation) => number) => number) =>
    `| ${name} | ${r((x) => x.entities.proposed)}/${r((x) => x.entities.curated)} (${pct(r((x) => x.entities.proposed), r((x) => x.entities.curated))}) | ` +
    `${r((x) => x.relations.found)}/${r((x) => x.relations.curated)} (${pct(r((x) => x.relations.found), r((x) => x.relations.curated))}) | ` +
    `${r((x) => x.relations.matching)}/${r((x) => x.relations.proposed)} (${pct(r((x) => x.relations.matching), r((x) => x.relations.proposed))}) | ` +
    `${r((x) => x.candidates.matching)}/${r((x) => x.candidates.proposed)} (${pct(r((x) => x.candidates.matching), r((x) => x.candidates.proposed))}) | ` +
    `${r((x) => x.mentions.matching)}/${r((x) => x.mentions.proposed)} (${pct(r((x) => x.mentions.matching), r((x) => x.mentions.proposed))}) |`;
  return [
    'Leave one article out: propose for it knowing only the other articles, compare with its curation.',
    '',
    '| article left out | curated entities proposed | curated relations proposed | relation precision | candidate precision | known-mention precision |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => line(row.source, (f) => f(row))),
    line('**all**', sum),
    '',
    ...rows.map((r) => `missed in ${r.source}: ${r.entities.missed.join(', ') || 'none'}`),
  ].join('\n');
}
