/**
 * What the strip draws under its brush: the stacked bars (inferred dates hatched), the spans of
 * relations dated less precisely than the bars, the axis, and the articles' marks.
 */
import type { ArticleMark, Histogram } from '../../query/timeline';
import { useData } from '../data';
import { formatDate } from '../i18n';
import type { Lang } from '../state/viewState';
import type { GroupStyle } from './groupColours';
import { articleTitle, binBreakdown, binTitle, spanTitle } from './strings';
import { AXIS_Y, BAR_HEIGHT, BAR_TOP, binPosition, MARK_Y, SPAN_Y } from './stripGeometry';

const MIN_BAR = 2;
const LABEL_WIDTH = 40;

type Props = { lang: Lang; histogram: Histogram; style: GroupStyle; keys: string[]; marks: ArticleMark[]; x: (bins: number) => number; binWidth: number };

export function StripLayers({ lang, histogram, style, keys, marks, x, binWidth }: Props) {
  const colourOf = style.colour;
  const { sources } = useData();
  const count = keys.length;
  const labelEvery = Math.max(1, Math.ceil(LABEL_WIDTH / Math.max(binWidth, 1)));
  const scale = (n: number) => (n === 0 ? 0 : Math.max(MIN_BAR, (n / Math.max(histogram.maxBin, 1)) * BAR_HEIGHT));
  const dateText = (key: string) => formatDate(key, lang);
  return (
    <>
            <defs>
              {histogram.groups.map((g) => (
                <pattern key={g} id={`hatch-${g}`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="4" height="4" fill="#fff" />
                  <rect width="2" height="4" fill={colourOf(g)} />
                </pattern>
              ))}
            </defs>
            {histogram.bins.map((bin, i) => {
              let top = BAR_TOP + BAR_HEIGHT;
              const segments = histogram.groups.flatMap((g) =>
                (['stated', 'inferred'] as const).flatMap((how) => {
                  const n = bin[how][g] ?? 0;
                  if (n === 0) return [];
                  const h = scale(n);
                  top -= h;
                  return [<rect key={`${g}-${how}`} x={x(i) + 1} y={top} width={Math.max(binWidth - 2, 1)} height={h} fill={how === 'stated' ? colourOf(g) : `url(#hatch-${g})`} stroke={how === 'inferred' ? colourOf(g) : 'none'} strokeWidth={0.5} />];
                }),
              );
              const inferred = Object.values(bin.inferred).reduce((a, b) => a + b, 0);
              const parts = histogram.groups.flatMap((g) => {
                const count = (bin.stated[g] ?? 0) + (bin.inferred[g] ?? 0);
                return count > 0 ? [{ label: style.label(g), count }] : [];
              });
              return (
                <g key={bin.key} className="timeline-bin">
                  <title>{bin.total > 0 ? `${binTitle(lang, dateText(bin.key), bin.total, inferred)}\n${binBreakdown(lang, parts)}` : binTitle(lang, dateText(bin.key), 0, 0)}</title>
                  <rect x={x(i)} y={BAR_TOP} width={binWidth} height={BAR_HEIGHT} fill="transparent" />
                  {segments}
                </g>
              );
            })}
            <line x1={x(0)} x2={x(count)} y1={BAR_TOP + BAR_HEIGHT + 0.5} y2={BAR_TOP + BAR_HEIGHT + 0.5} stroke="#adb5bd" />
            {histogram.spans.map((span, i) => {
              const [from, to] = [binPosition(span.first, keys, histogram.unit), binPosition(span.last, keys, histogram.unit) + 1 / 31];
              return (
                <line key={`${span.date}-${span.group}-${span.inferred}`} className="timeline-span" x1={x(from)} x2={x(Math.min(to, count))} y1={SPAN_Y + (i % 3) * 4} y2={SPAN_Y + (i % 3) * 4} stroke={colourOf(span.group)} strokeWidth={3} strokeDasharray={span.inferred ? '3 2' : undefined}>
                  <title>{spanTitle(lang, dateText(span.date), span.count, span.inferred)}</title>
                </line>
              );
            })}
            {keys.map((key, i) =>
              i % labelEvery === 0 ? (
                <text key={key} x={x(i) + binWidth / 2} y={AXIS_Y} textAnchor="middle" className="timeline-axis">
                  {histogram.unit === 'year' ? key : dateText(key)}
                </text>
              ) : null,
            )}
            {marks.map((mark) => {
              const from = x(binPosition(mark.first, keys, histogram.unit));
              const to = Math.max(from + 6, x(binPosition(mark.last, keys, histogram.unit) + 1 / 31));
              const title = sources.get(mark.id)?.title[lang] ?? mark.id;
              return (
                <g key={mark.id} className="timeline-mark">
                  <title>{articleTitle(lang, title, dateText(mark.date), mark.inferred)}</title>
                  <rect x={from} y={MARK_Y} width={to - from} height={8} rx={1} fill={mark.inferred ? '#fff' : '#343a40'} stroke="#343a40" strokeDasharray={mark.inferred ? '2 1.5' : undefined} />
                </g>
              );
            })}
    </>
  );
}
