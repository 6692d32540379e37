/**
 * Two entities in, the shortest path between them out: highlighted on the canvas and written
 * as a chain of labelled relations, each step in its true direction.
 */
import { Fragment, useState } from 'react';
import type { PathResult } from '../../query/paths';
import { useData } from '../data';
import { t, tCount } from '../i18n';
import type { Lang } from '../state/viewState';
import { EntityCombobox } from './EntityCombobox';
import { EntityLink } from './EntityLink';

type Props = {
  lang: Lang;
  ends: [string, string] | null;
  result: PathResult | null;
  onChange: (ends: [string, string] | null) => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
};

/** Each step of a path with the node it arrives at and whether it runs along the edge's direction. */
function steps(graph: ReturnType<typeof useData>['graph'], from: string, edges: string[]) {
  const out: { edge: string; forward: boolean; to: string }[] = [];
  let at = from;
  for (const edge of edges) {
    const [source, target] = graph.extremities(edge);
    const forward = source === at;
    at = forward ? target : source;
    out.push({ edge, forward, to: at });
  }
  return out;
}

function Chain({ from, edges, lang, onSelectNode, onSelectEdge }: { from: string; edges: string[]; lang: Lang; onSelectNode: (id: string) => void; onSelectEdge: (id: string) => void }) {
  const { graph } = useData();
  return (
    <p className="path-chain">
      <EntityLink id={from} lang={lang} onSelect={onSelectNode} />
      {steps(graph, from, edges).map(({ edge, forward, to }) => (
        <Fragment key={edge}>
          {' '}
          <button type="button" className="path-step" onClick={() => onSelectEdge(edge)}>
            {forward ? '—' : '←'} {graph.getEdgeAttribute(edge, 'labels')[lang]} {forward ? '→' : '—'}
          </button>{' '}
          <EntityLink id={to} lang={lang} onSelect={onSelectNode} />
        </Fragment>
      ))}
    </p>
  );
}

export function PathFinder({ lang, ends, result, onChange, onSelectNode, onSelectEdge }: Props) {
  const { graph } = useData();
  // The start chosen so far; it reaches the URL with the end.
  const [from, setFrom] = useState<string | null>(ends?.[0] ?? null);
  const [shownEnds, setShownEnds] = useState(ends);
  if (shownEnds !== ends) {
    setShownEnds(ends);
    setFrom(ends?.[0] ?? null);
  }
  const labelOf = (id: string | null | undefined) => (id ? graph.getNodeAttribute(id, 'labels')[lang] : '');
  return (
    <section className="path-finder" aria-labelledby="path-title">
      <h2 id="path-title">{t(lang, 'pathFinder')}</h2>
      <div className="path-ends">
        <EntityCombobox
          key={`from:${from ?? ''}:${lang}`}
          lang={lang}
          label={t(lang, 'pathFrom')}
          placeholder={from ? labelOf(from) : t(lang, 'pathFrom')}
          className="picker"
          onChoose={(id) => (ends ? onChange([id, ends[1]]) : setFrom(id))}
        />
        <EntityCombobox
          key={`to:${ends?.[1] ?? ''}:${lang}`}
          lang={lang}
          label={t(lang, 'pathTo')}
          placeholder={ends ? labelOf(ends[1]) : t(lang, 'pathTo')}
          className="picker"
          onChoose={(id) => from && onChange([from, id])}
        />
      </div>
      {ends && result && (
        <div className="path-result" aria-live="polite">
          {result.length === null ? (
            <p className="muted">{t(lang, 'noPath')}</p>
          ) : (
            <>
              <p className="muted">{tCount(lang, 'pathLength', result.length)}</p>
              {result.paths[0] && <Chain from={ends[0]} edges={result.paths[0]} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />}
              {result.paths.length > 1 && (
                <details>
                  <summary>{tCount(lang, 'morePaths', result.paths.length - 1)}</summary>
                  {result.paths.slice(1).map((p) => (
                    <Chain key={p.join('|')} from={ends[0]} edges={p} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
                  ))}
                </details>
              )}
            </>
          )}
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {t(lang, 'clearPath')}
          </button>
        </div>
      )}
    </section>
  );
}
