/** Kinds with their colours and counts; a click hides or shows a kind, Alt+click shows only it. */
import { useMemo } from 'react';
import { KIND_IDS, KINDS, type Kind } from '../../model/vocabulary';
import { useData } from '../data';
import { t } from '../i18n';
import { formatCount } from '../displayText';
import type { Lang } from '../state/viewState';

/** `kept` is the kind filter: empty keeps every kind. */
type Props = { lang: Lang; kept: Kind[]; onChange: (kept: Kind[]) => void };

export function Legend({ lang, kept, onChange }: Props) {
  const { graph } = useData();
  const counts = useMemo(() => {
    const byKind = new Map<string, number>();
    graph.forEachNode((_n, attrs) => byKind.set(attrs.kind, (byKind.get(attrs.kind) ?? 0) + 1));
    return byKind;
  }, [graph]);
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
              <span className="count">{formatCount(lang, counts.get(kind) ?? 0)}</span>
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
    </section>
  );
}
