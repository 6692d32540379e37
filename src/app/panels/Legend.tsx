/**
 * Kinds with their colours and counts; a click hides or shows a kind, Alt+click shows only it. A
 * plain file's nodes are coloured by community instead: those are listed, each named after its
 * best-connected node, which a click selects.
 */
import { useMemo } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { KIND_IDS, KINDS, type Kind } from '../../model/vocabulary';
import { useData } from '../data';
import { smallerCommunities, t } from '../i18n';
import { DISPLAY_LENGTH, formatCount, shortText } from '../displayText';
import { OTHER_COMMUNITIES, type CommunityLegend } from '../import/communityColours';
import type { Lang } from '../state/viewState';

/** `kept` is the kind filter: empty keeps every kind; `visible`, the nodes the filters show (null: all of them). */
type Props = { lang: Lang; kept: Kind[]; visible: ReadonlySet<string> | null; onChange: (kept: Kind[]) => void; onSelectNode: (id: string) => void };

function CommunityList({ lang, legend, onSelectNode }: { lang: Lang; legend: CommunityLegend; onSelectNode: (id: string) => void }) {
  const { graph } = useData();
  return (
    <section aria-labelledby="communities-title">
      <h3 id="communities-title" className="legend-subtitle">{t(lang, 'communities')}</h3>
      <ul className="plain">
        {legend.groups.map((group) => (
          <li key={group.hub} className="legend-item">
            <button type="button" onClick={() => onSelectNode(group.hub)} title={t(lang, 'communityHub')}>
              <span className="swatch" style={{ background: group.color }} aria-hidden="true" />
              <span className="legend-label">{shortText(graph.getNodeAttribute(group.hub, 'labels')[lang], DISPLAY_LENGTH.list)}</span>
              <span className="count">{formatCount(lang, group.size)}</span>
            </button>
          </li>
        ))}
        {legend.others.communities > 0 && (
          <li className="legend-item">
            <span className="legend-rest">
              <span className="swatch" style={{ background: OTHER_COMMUNITIES }} aria-hidden="true" />
              <span className="legend-label">{smallerCommunities(lang, legend.others.communities)}</span>
              <span className="count">{formatCount(lang, legend.others.nodes)}</span>
            </span>
          </li>
        )}
      </ul>
      <p className="hint">{t(lang, 'communitiesHelp')}</p>
    </section>
  );
}

/** How many of `nodes` each kind has. */
function countKinds(graph: KnowledgeGraph, nodes: Iterable<string>): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const node of nodes) {
    const kind = graph.getNodeAttribute(node, 'kind');
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  return byKind;
}

export function Legend({ lang, kept, visible, onChange, onSelectNode }: Props) {
  const { graph, communities } = useData();
  const counts = useMemo(() => countKinds(graph, graph.nodes()), [graph]);
  // Under a filter, each kind says how many of its nodes are shown, so that the legend agrees with the canvas.
  const shownCounts = useMemo(() => (visible ? countKinds(graph, visible) : null), [graph, visible]);
  const kinds = KIND_IDS.filter((k) => counts.has(k));
  const hidden = kept.length === 0 ? [] : kinds.filter((k) => !kept.includes(k));
  const setHidden = (next: Kind[]) => onChange(next.length === 0 ? [] : kinds.filter((k) => !next.includes(k)));
  const toggle = (kind: Kind) => {
    if (hidden.includes(kind)) setHidden(hidden.filter((k) => k !== kind));
    else if (hidden.length < kinds.length - 1) setHidden([...hidden, kind]); // never hide every kind
  };
  const only = (kind: Kind) => onChange([kind]);

  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t(lang, 'legend')}</h2>
      <ul className="plain">
        {kinds.map((kind) => (
          <li key={kind} className={hidden.includes(kind) ? 'legend-item off' : 'legend-item'}>
            <button
              type="button"
              aria-pressed={!hidden.includes(kind)}
              onClick={(e) => (e.altKey ? only(kind) : toggle(kind))}
              data-kind={kind}
            >
              <span className="swatch" style={{ background: KINDS[kind].color }} aria-hidden="true" />
              <span className="legend-label">{KINDS[kind][lang]}</span>
              {shownCounts && !hidden.includes(kind) ? (
                <span className="count" title={t(lang, 'legendShownOf')}>
                  {formatCount(lang, shownCounts.get(kind) ?? 0)} / {formatCount(lang, counts.get(kind) ?? 0)}
                </span>
              ) : (
                <span className="count">{formatCount(lang, counts.get(kind) ?? 0)}</span>
              )}
            </button>
            <button type="button" className="only" onClick={() => only(kind)} title={`${t(lang, 'showOnly')}: ${KINDS[kind][lang]}`} aria-label={`${t(lang, 'showOnly')}: ${KINDS[kind][lang]}`}>
              ◉
            </button>
          </li>
        ))}
      </ul>
      {hidden.length > 0 && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          {t(lang, 'showAll')}
        </button>
      )}
      <p className="hint">{t(lang, 'legendHelp')}</p>
      {communities && <CommunityList lang={lang} legend={communities} onSelectNode={onSelectNode} />}
    </section>
  );
}
