/** The entities chosen in a picker, each removable. */
import { useData } from '../data';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

type Props = { ids: string[]; lang: Lang; onRemove: (id: string) => void };

export function EntityChips({ ids, lang, onRemove }: Props) {
  const { graph } = useData();
  if (ids.length === 0) return null;
  return (
    <ul className="chips plain">
      {ids.map((id) => {
        const attrs = graph.getNodeAttributes(id);
        return (
          <li key={id} className="chip" style={{ borderColor: attrs.color }}>
            {attrs.labels[lang]}
            <button type="button" onClick={() => onRemove(id)} aria-label={`${t(lang, 'remove')}: ${attrs.labels[lang]}`}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
