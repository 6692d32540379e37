/**
 * Two entities in, up to k shortest paths between them out: the chosen one highlighted on the
 * canvas and written as sentences, each with its quotes; the others listed, one click away.
 * Options: how many paths, follow relation direction or not, only through agreements and
 * partnerships, avoid entities or kinds.
 */
import { useState } from 'react';
import type { Evidence } from '../../model/schema';
import { KIND_IDS, KINDS, type Kind } from '../../model/vocabulary';
import { INSTRUMENT_KINDS, pathBetween, type PathView } from '../../query/pathParams';
import { MAX_PATHS, type FoundPath, type PathOptions } from '../../query/paths';
import { pathSummary } from '../../query/pathText';
import { useData } from '../data';
import { t, tCount } from '../i18n';
import type { Lang } from '../state/viewState';
import { EntityChips } from './EntityChips';
import { EntityCombobox } from './EntityCombobox';
import { EvidenceList } from './EvidenceList';
import { RelationLine } from './RelationLine';

type Props = {
  lang: Lang;
  path: PathView | null;
  /** The paths found for `path` (null: no question asked yet). */
  found: FoundPath[] | null;
  onChange: (path: PathView | null) => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onShowEvidence: (evidence: Evidence) => void;
};

const sameKinds = (a: Kind[], b: Kind[]) => a.length === b.length && a.every((k) => b.includes(k));

/** The chosen path as sentences, each relation in its own direction, each with its quotes. */
function PathSentences({ path, lang, onSelectNode, onSelectEdge, onShowEvidence }: { path: FoundPath } & Omit<Props, 'path' | 'found' | 'onChange'>) {
  const { graph } = useData();
  return (
    <ol className="path-sentences">
      {path.hops.flatMap((hop) =>
        hop.edges.map((edge) => (
          <li key={edge}>
            <RelationLine edge={edge} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
            <EvidenceList evidence={graph.getEdgeAttribute(edge, 'evidence')} lang={lang} onShow={onShowEvidence} />
          </li>
        )),
      )}
    </ol>
  );
}

function PathOptionsForm({ lang, options, onChange }: { lang: Lang; options: PathOptions; onChange: (options: PathOptions) => void }) {
  const set = (patch: Partial<PathOptions>) => onChange({ ...options, ...patch });
  const active = Number(options.directed) + Number(options.viaKinds.length > 0) + options.avoid.length + options.avoidKinds.length;
  return (
    <details className="path-options">
      <summary>
        {t(lang, 'pathOptions')}
        {active > 0 && ` (${active})`}
      </summary>
      <label className="path-count">
        {t(lang, 'pathCount')}{' '}
        <select value={options.k} onChange={(e) => set({ k: Number(e.target.value) })}>
          {Array.from({ length: MAX_PATHS }, (_, i) => (
            <option key={i} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={options.directed} onChange={(e) => set({ directed: e.target.checked })} />
        <span>{t(lang, 'pathDirected')}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={sameKinds(options.viaKinds, INSTRUMENT_KINDS)}
          onChange={(e) => set({ viaKinds: e.target.checked ? INSTRUMENT_KINDS : [] })}
        />
        <span>{t(lang, 'pathInstruments')}</span>
      </label>
      <fieldset>
        <legend>{t(lang, 'pathAvoid')}</legend>
        <EntityChips ids={options.avoid} lang={lang} onRemove={(id) => set({ avoid: options.avoid.filter((a) => a !== id) })} />
        <EntityCombobox
          lang={lang}
          label={t(lang, 'pathAvoidEntity')}
          placeholder={t(lang, 'pathAvoidEntity')}
          className="picker"
          clearOnChoose
          onChoose={(id) => !options.avoid.includes(id) && set({ avoid: [...options.avoid, id] })}
        />
        <div className="path-avoid-kinds" role="group" aria-label={t(lang, 'pathAvoidKinds')}>
          {KIND_IDS.filter((k) => k !== 'other').map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={options.avoidKinds.includes(kind)}
                onChange={(e) => set({ avoidKinds: e.target.checked ? [...options.avoidKinds, kind] : options.avoidKinds.filter((k) => k !== kind) })}
              />
              <span>{KINDS[kind][lang]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}

export function PathFinder({ lang, path, found, onChange, onSelectNode, onSelectEdge, onShowEvidence }: Props) {
  const { graph } = useData();
  const ends = path?.ends ?? null;
  // The start chosen so far; it reaches the URL with the end.
  const [from, setFrom] = useState<string | null>(ends?.[0] ?? null);
  const [shownEnds, setShownEnds] = useState(ends);
  if (shownEnds !== ends) {
    setShownEnds(ends);
    setFrom(ends?.[0] ?? null);
  }
  const labelOf = (id: string | null | undefined) => (id ? graph.getNodeAttribute(id, 'labels')[lang] : '');
  const ask = (a: string, b: string) => onChange(path ? { ...path, ends: [a, b], chosen: 0 } : pathBetween(a, b));
  const chosen = path && found ? found[Math.min(path.chosen, found.length - 1)] : undefined;
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
          onChoose={(id) => (ends ? ask(id, ends[1]) : setFrom(id))}
        />
        <EntityCombobox
          key={`to:${ends?.[1] ?? ''}:${lang}`}
          lang={lang}
          label={t(lang, 'pathTo')}
          placeholder={ends ? labelOf(ends[1]) : t(lang, 'pathTo')}
          className="picker"
          onChoose={(id) => from && ask(from, id)}
        />
        {ends && (
          <button type="button" className="link-button path-swap" onClick={() => ask(ends[1], ends[0])}>
            ⇅ {t(lang, 'pathSwap')}
          </button>
        )}
      </div>
      {path && <PathOptionsForm lang={lang} options={path.options} onChange={(options) => onChange({ ...path, options, chosen: 0 })} />}
      {path && found && (
        <div className="path-result" aria-live="polite">
          {path.ends[0] === path.ends[1] ? (
            <p className="muted">{t(lang, 'pathSameEnds')}</p>
          ) : found.length === 0 ? (
            <p className="muted">{t(lang, 'noPath')}</p>
          ) : (
            <>
              <p className="muted">{tCount(lang, 'pathsFound', found.length)}</p>
              <ol className="path-list">
                {found.map((p, i) => (
                  <li key={p.nodes.join('|')}>
                    <button type="button" aria-pressed={p === chosen} onClick={() => onChange({ ...path, chosen: i })}>
                      {pathSummary(graph, p, lang)}
                    </button>
                  </li>
                ))}
              </ol>
              {chosen && <PathSentences path={chosen} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} onShowEvidence={onShowEvidence} />}
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
