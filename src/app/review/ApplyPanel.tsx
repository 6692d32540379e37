/**
 * Preview what the decisions add to the graph, read out in the reviewer's language (names and
 * relation sentences, never ids), then write them when nothing stands in the way. Apply can run
 * again: after a write the panel stays, and a preview with nothing new says so.
 */
import { useState } from 'react';
import type { ApplyPlan } from '../../ingest/apply';
import { describeIssue } from '../../ingest/issues';
import type { Entity, Relation } from '../../model/schema';
import { asObject, asSubject } from '../../model/sentence';
import { KINDS, predicatePhrase, type Kind } from '../../model/vocabulary';
import type { Lang } from '../state/viewState';
import { planApply, writeApply, type ReviewState } from './api';
import { failureText, planSummary, rt } from './strings';

/** `onWritten` reloads the review; a preview asked before it lands would belong to the review as it was. */
type Props = { state: ReviewState; lang: Lang; version: number; onWritten: () => Promise<unknown> };

const isEmpty = (p: ApplyPlan) => p.entities.length + p.relations.length + p.evidence.length + p.aliases.length + p.mentions.length === 0;
const counts = (p: ApplyPlan) => ({ entities: p.entities.length, relations: p.relations.length, evidence: p.evidence.length, aliases: p.aliases.length, mentions: p.mentions.length });
const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Names the plan's ids: the graph's entities and those the plan creates. */
export function planNames(state: ReviewState, plan: ApplyPlan) {
  const known = new Map<string, { labels: Entity['labels']; kind: Kind; category?: string }>(state.entities.map((e) => [e.id, e]));
  for (const e of plan.entities) known.set(e.id, e);
  const end = (id: string) => known.get(id) ?? { labels: { vi: id, en: id }, kind: 'other' as const };
  const created = new Set(plan.entities.map((e) => e.id));
  // A new name with no label in the page's language yet keeps the article's writing, as on the cards: no "Second …
  // Dialogue" opening a Vietnamese sentence, no "The đối thoại …" an English one.
  const say = (id: string, lang: Lang, as: typeof asSubject) => {
    const e = end(id);
    return created.has(id) && state.language !== lang && e.labels.vi === e.labels.en ? e.labels[lang] : as(e, lang);
  };
  const sentence = (r: Pick<Relation, 'source' | 'predicate' | 'target'>, lang: Lang) => `${say(r.source, lang, asSubject)} ${predicatePhrase(r.predicate, end(r.target).kind)[lang]} ${say(r.target, lang, asObject)}`;
  return { name: (id: string, lang: Lang) => end(id).labels[lang], sentence };
}

export function ApplyPanel({ state, lang, version, onWritten }: Props) {
  const [preview, setPreview] = useState<{ plan: ApplyPlan; invalid: string[]; version: number } | null>(null);
  const [written, setWritten] = useState<ApplyPlan | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [reloading, setReloading] = useState(false);
  const current = preview && preview.version === version ? preview : null;
  const empty = current !== null && isEmpty(current.plan);
  const blocked = !current || empty || current.plan.problems.length > 0 || current.invalid.length > 0;
  const appliedBefore = (state.review.applied ?? []).length > 0;

  const load = () => {
    setError(null);
    setWritten(null);
    planApply(state.id).then((p) => setPreview({ ...p, version }), setError);
  };
  const write = () => {
    setError(null);
    writeApply(state.id, lang).then(
      (plan) => {
        setWritten(plan);
        setPreview(null);
        setReloading(true);
        void onWritten().finally(() => setReloading(false));
      },
      setError,
    );
  };
  const names = current && planNames(state, current.plan);

  return (
    <section className="apply-panel" aria-labelledby="apply-title">
      <h2 id="apply-title">{rt(lang, 'applyTitle')}</h2>
      <button type="button" onClick={load} disabled={reloading}>
        {current || written ? rt(lang, 'previewAgain') : rt(lang, 'preview')}
      </button>
      {current && names && (
        <div className="plan" role="status">
          {empty ? (
            <p>{appliedBefore ? rt(lang, 'nothingNew') : rt(lang, 'nothingToApply')}</p>
          ) : (
            <>
              <p>{planSummary(lang, counts(current.plan))}</p>
              <ul className="plan-items">
                {current.plan.entities.map((e) => (
                  <li key={`e-${e.id}`}>
                    + <strong>{e.labels[lang]}</strong> <span className="muted">({KINDS[e.kind][lang]})</span>
                  </li>
                ))}
                {current.plan.relations.map((r) => (
                  <li key={`r-${r.source}-${r.predicate}-${r.target}`}>
                    + {names.sentence(r, lang)} <q lang={state.language}>{clip(r.evidence[0]?.quote ?? '')}</q>
                  </li>
                ))}
                {current.plan.evidence.map((e) => {
                  const [source = '', predicate = '', target = ''] = e.relation.split(':');
                  return (
                    <li key={`v-${e.relation}-${e.evidence.start}`}>
                      + {names.sentence({ source, predicate: predicate as Relation['predicate'], target }, lang)}: <q lang={state.language}>{clip(e.evidence.quote)}</q>
                    </li>
                  );
                })}
                {current.plan.aliases.map((a) => (
                  <li key={`a-${a.entity}-${a.alias}`}>
                    + <q lang={state.language}>{a.alias}</q> {rt(lang, 'aliasOf')} {names.name(a.entity, lang)}
                  </li>
                ))}
                {current.plan.mentions.map((m) => (
                  <li key={`m-${m.entity}-${m.evidence.start}`}>
                    + {names.name(m.entity, lang)} {rt(lang, 'alsoNamed')}: <q lang={state.language}>{clip(m.evidence.quote)}</q>
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
          {!empty && (
            <button type="button" className="primary" onClick={write} disabled={blocked}>
              {rt(lang, 'write')}
            </button>
          )}
        </div>
      )}
      {written && (
        <p className="written" role="status">
          {isEmpty(written) ? rt(lang, 'nothingNew') : `${rt(lang, 'written')} ${planSummary(lang, counts(written), true)}`}{' '}
          <a href={`./?lang=${lang}&source=${state.id}`}>{rt(lang, 'explorer')}</a>
        </p>
      )}
      {error && (
        <p className="problems" role="alert">
          {failureText(lang, error)}
        </p>
      )}
    </section>
  );
}
