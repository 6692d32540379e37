/** Preview what the accepted proposals add to the graph, then write them (only when nothing stands in the way). */
import { useState } from 'react';
import type { ApplyPlan } from '../../ingest/apply';
import { describeIssue } from '../../ingest/issues';
import type { Lang } from '../state/viewState';
import { planApply, writeApply } from './api';
import { rt } from './strings';

type Props = { id: string; lang: Lang; version: number; onWritten: () => void };

export function ApplyPanel({ id, lang, version, onWritten }: Props) {
  const [preview, setPreview] = useState<{ plan: ApplyPlan; invalid: string[]; version: number } | null>(null);
  const [written, setWritten] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = preview && preview.version === version ? preview : null;
  const empty = current && current.plan.entities.length + current.plan.relations.length + current.plan.evidence.length + current.plan.aliases.length === 0;
  const blocked = !current || empty || current.plan.problems.length > 0 || current.invalid.length > 0;

  const load = () => {
    setError(null);
    setWritten(false);
    planApply(id).then((p) => setPreview({ ...p, version }), (e: Error) => setError(e.message));
  };
  const write = () => {
    setError(null);
    writeApply(id).then(
      () => {
        setWritten(true);
        setPreview(null);
        onWritten();
      },
      (e: Error) => setError(e.message),
    );
  };

  return (
    <section className="apply-panel" aria-labelledby="apply-title">
      <h2 id="apply-title">{rt(lang, 'applyTitle')}</h2>
      <button type="button" onClick={load}>
        {rt(lang, 'preview')}
      </button>
      {current && (
        <div className="plan" role="status">
          {empty ? (
            <p>{rt(lang, 'nothingToApply')}</p>
          ) : (
            <>
              <p>
                {rt(lang, 'willAdd')}: {current.plan.entities.length} {rt(lang, 'entitiesCount')}, {current.plan.relations.length} {rt(lang, 'relationsCount')},{' '}
                {current.plan.evidence.length} {rt(lang, 'evidenceCount')}, {current.plan.aliases.length} {rt(lang, 'aliasesCount')}.
              </p>
              <ul className="plan-items">
                {current.plan.entities.map((e) => (
                  <li key={`e-${e.id}`}>
                    + {e.labels[lang]} <code>{e.id}</code>
                  </li>
                ))}
                {current.plan.relations.map((r) => (
                  <li key={`r-${r.source}-${r.predicate}-${r.target}`}>
                    + <code>{r.source}</code> {r.labels[lang]} <code>{r.target}</code>
                  </li>
                ))}
                {current.plan.evidence.map((e) => (
                  <li key={`v-${e.relation}-${e.evidence.start}`}>
                    + <code>{e.relation}</code> “{e.evidence.quote}”
                  </li>
                ))}
              </ul>
            </>
          )}
          {current.plan.skipped.length > 0 && (
            <>
              <p>{rt(lang, 'waiting')}</p>
              <ul>
                {current.plan.skipped.map((s) => (
                  <li key={describeIssue(s, 'en')}>{describeIssue(s, lang)}</li>
                ))}
              </ul>
            </>
          )}
          {current.plan.problems.length > 0 && (
            <div className="problems" role="alert">
              <p>{rt(lang, 'firstSettle')}</p>
              <ul>
                {current.plan.problems.map((p) => (
                  <li key={describeIssue(p, 'en')}>{describeIssue(p, lang)}</li>
                ))}
              </ul>
            </div>
          )}
          {current.invalid.length > 0 && (
            <div className="problems" role="alert">
              <p>{rt(lang, 'invalid')}</p>
              <ul>
                {current.invalid.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" className="primary" onClick={write} disabled={blocked}>
            {rt(lang, 'write')}
          </button>
        </div>
      )}
      {written && (
        <p className="written" role="status">
          {rt(lang, 'written')} <a href={`./?lang=${lang}&source=${id}`}>{rt(lang, 'explorer')}</a>
        </p>
      )}
      {error && (
        <p className="problems" role="alert">
          {rt(lang, 'failed')}: {error}
        </p>
      )}
    </section>
  );
}
