/** One proposal: what it would add, the words it rests on, and the reviewer's buttons. */
import { forwardRef } from 'react';
import { KINDS, PREDICATES } from '../../model/vocabulary';
import { editOf, type Decision, type DecisionEdit } from '../../ingest/review';
import { describeRule } from '../../ingest/ruleLabels';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import { EditForm } from './EditForm';
import type { Item } from './groups';
import { endName } from './names';
import { rt, type ReviewStringKey } from './strings';

type Props = {
  item: Item;
  state: ReviewState;
  lang: Lang;
  decision: Decision | undefined;
  focused: boolean;
  editing: boolean;
  onFocus: () => void;
  onDecide: (action: 'accept' | 'edit' | 'reject', edit?: DecisionEdit) => void;
  onEdit: () => void;
  onCancelEdit: () => void;
};

const STATUS: Record<Decision['action'], ReviewStringKey> = { accept: 'statusAccept', edit: 'statusEdit', reject: 'statusReject', add: 'statusAccept' };

/** A candidate cannot enter the graph without an English label: accepting one without asks for it. */
export function needsEnglish(item: Item, decision: Decision | undefined): boolean {
  return item.type === 'candidate' && !item.candidate.labelEn && !editOf(decision)?.labels?.en && !editOf(decision)?.merge;
}

function Summary({ item, state, lang, decision }: Pick<Props, 'item' | 'state' | 'lang' | 'decision'>) {
  if (item.type === 'reference') {
    const instrument = editOf(decision)?.instrument ?? item.instrument;
    return (
      <p className="summary">
        {rt(lang, 'referenceText')} <strong>{endName(state, instrument, lang)}</strong>
      </p>
    );
  }
  if (item.type === 'candidate') {
    const c = item.candidate;
    const merged = editOf(decision)?.merge;
    return (
      <>
        <p className="summary">
          <span className="new-badge">{rt(lang, 'newEntity')}</span> <span className="kind">{KINDS[editOf(decision)?.kind ?? c.kind][lang]}</span>{' '}
          <strong>{editOf(decision)?.labels?.vi ?? c.label}</strong>
          {c.acronym ? ` (${c.acronym})` : ''}
          {(editOf(decision)?.labels?.en ?? c.labelEn) && <span className="en"> · {editOf(decision)?.labels?.en ?? c.labelEn}</span>}
          {merged && (
            <span className="merged">
              {' '}
              → {rt(lang, 'mergeInto')} {endName(state, { entity: merged }, lang)}
            </span>
          )}
        </p>
        {c.similar.length > 0 && (
          <p className="similar">
            {rt(lang, 'similar')}: {c.similar.map((s) => `${endName(state, { entity: s.entity }, lang)} (${s.score})`).join(', ')}
          </p>
        )}
        <p className="meta">
          {rt(lang, 'rule')}: {describeRule(c.rule, lang)} · {rt(lang, 'score')} {c.score} · {c.mentions.length}×
        </p>
      </>
    );
  }
  const r = item.relation;
  const edit = editOf(decision);
  return (
    <>
      <p className="summary">
        <strong>{endName(state, edit?.source ?? r.source, lang)}</strong> <span className="predicate">{PREDICATES[edit?.predicate ?? r.predicate][lang]}</span>{' '}
        <strong>{endName(state, edit?.target ?? r.target, lang)}</strong>
      </p>
      <blockquote lang="vi">{r.evidence.quote}</blockquote>
      <p className="meta">
        {rt(lang, 'rule')}: {describeRule(r.rule, lang)} · {rt(lang, 'score')} {r.score}
        {r.viaReference && ` · ${rt(lang, 'viaReference')}`}
        {r.existing && ` · ${rt(lang, 'addsEvidence')}`}
      </p>
    </>
  );
}

export const ProposalCard = forwardRef<HTMLLIElement, Props>(function ProposalCard(props, ref) {
  const { item, state, lang, decision, focused, editing, onFocus, onDecide, onEdit, onCancelEdit } = props;
  const status = decision ? rt(lang, STATUS[decision.action]) : rt(lang, 'open');
  const accept = () => (needsEnglish(item, decision) ? onEdit() : onDecide(decision?.action === 'edit' ? 'edit' : 'accept', decision?.action === 'edit' ? decision.edit : undefined));
  return (
    <li
      ref={ref}
      className={`proposal ${item.type} ${decision?.action ?? 'open'}${focused ? ' focused' : ''}`}
      tabIndex={focused ? 0 : -1}
      onFocus={onFocus}
      onClick={onFocus}
      data-target={item.target}
    >
      <Summary item={item} state={state} lang={lang} decision={decision} />
      {editing ? (
        <EditForm item={item} state={state} lang={lang} initial={editOf(decision)} onSave={(edit) => onDecide('edit', edit)} onCancel={onCancelEdit} />
      ) : (
        <div className="actions">
          <button type="button" className="accept" onClick={accept} aria-keyshortcuts="A">
            {item.type === 'reference' ? rt(lang, 'confirm') : rt(lang, 'accept')}
          </button>
          <button type="button" className="edit" onClick={onEdit} aria-keyshortcuts="E">
            {item.type === 'reference' ? rt(lang, 'change') : rt(lang, 'edit')}
          </button>
          {item.type !== 'reference' && (
            <button type="button" className="reject" onClick={() => onDecide('reject')} aria-keyshortcuts="R">
              {rt(lang, 'reject')}
            </button>
          )}
          <span className={`verdict ${decision?.action ?? 'open'}`}>{status}</span>
        </div>
      )}
    </li>
  );
});
