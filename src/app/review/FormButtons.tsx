/** A review form's two buttons: the one that saves (disabled until the form can be saved) and Cancel. */
import type { Lang } from '../state/viewState';
import { rt } from './strings';

export function FormButtons({ lang, label, disabled = false, onCancel }: { lang: Lang; label: string; disabled?: boolean; onCancel: () => void }) {
  return (
    <div className="edit-buttons">
      <button type="submit" className="primary" disabled={disabled}>
        {label}
      </button>
      <button type="button" onClick={onCancel}>
        {rt(lang, 'cancel')}
      </button>
    </div>
  );
}
