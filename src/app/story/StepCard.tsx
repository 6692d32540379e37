/** One step of a story being made: what its view shows, its two captions, and what can be done with it. */
import type { StepViewSpec, StoryStep } from '../../query/story';
import { useData } from '../data';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

type Props = {
  lang: Lang;
  index: number;
  count: number;
  step: StoryStep;
  onChange: (step: StoryStep) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  onShow: () => void;
  onReplace: () => void;
  /** Null while the story is not ready to present. */
  onPresent: (() => void) | null;
};

/** "Selected: Norway · filtered · quote open": what a step's view holds, in a line. */
function useViewSummary(view: StepViewSpec, lang: Lang): string {
  const { graph } = useData();
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'labels')[lang] : id);
  const parts: string[] = [];
  if (view.node) parts.push(`${t(lang, 'viewSelected')}: ${label(view.node)}`);
  if (view.edge) {
    const [source = '', target = ''] = graph.hasEdge(view.edge) ? graph.extremities(view.edge) : view.edge.split(':').filter((_, i) => i !== 1);
    parts.push(`${t(lang, 'viewSelected')}: ${label(source)} – ${label(target)}`);
  }
  if (view.path) parts.push(`${t(lang, 'viewPath')}: ${label(view.path.from)} – ${label(view.path.to)}`);
  if (view.filter) parts.push(t(lang, 'viewFiltered'));
  if (view.article?.start !== undefined) parts.push(t(lang, 'viewQuote'));
  return parts.join(' · ') || t(lang, 'viewWhole');
}

export function StepCard({ lang, index, count, step, onChange, onMove, onDelete, onShow, onReplace, onPresent }: Props) {
  const summary = useViewSummary(step.view, lang);
  const setCaption = (which: Lang, value: string) => onChange({ ...step, caption: { ...step.caption, [which]: value } });
  return (
    <li className="step-card">
      <div className="step-card-head">
        <strong>{t(lang, 'stepLabel').replace('{n}', String(index + 1))}</strong>
        <span className="step-tools">
          <button type="button" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={t(lang, 'moveUp')} title={t(lang, 'moveUp')}>
            ▲
          </button>
          <button type="button" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={t(lang, 'moveDown')} title={t(lang, 'moveDown')}>
            ▼
          </button>
          <button type="button" onClick={onDelete} aria-label={t(lang, 'deleteStep')} title={t(lang, 'deleteStep')}>
            ✕
          </button>
        </span>
      </div>
      <p className="step-summary muted">{summary}</p>
      <label className="field">
        <span>{t(lang, 'captionVi')}</span>
        <textarea lang="vi" rows={3} value={step.caption.vi} onChange={(e) => setCaption('vi', e.target.value)} />
      </label>
      <label className="field">
        <span>{t(lang, 'captionEn')}</span>
        <textarea lang="en" rows={3} value={step.caption.en} onChange={(e) => setCaption('en', e.target.value)} />
      </label>
      <div className="step-actions">
        <button type="button" className="link-button" onClick={onShow}>
          {t(lang, 'showStep')}
        </button>
        <button type="button" className="link-button" onClick={onReplace}>
          {t(lang, 'replaceStep')}
        </button>
        {onPresent && (
          <button type="button" className="link-button" onClick={onPresent}>
            {t(lang, 'presentFromHere')}
          </button>
        )}
      </div>
    </li>
  );
}
