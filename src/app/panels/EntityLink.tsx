/** A node's name as a link that selects it (and flies the camera to it). */
import { useData } from '../data';
import type { Lang } from '../state/viewState';

type Props = { id: string; lang: Lang; onSelect: (id: string) => void };

export function EntityLink({ id, lang, onSelect }: Props) {
  const { graph } = useData();
  const attrs = graph.getNodeAttributes(id);
  return (
    <button type="button" className="entity-link" onClick={() => onSelect(id)} style={{ borderColor: attrs.color }}>
      {attrs.labels[lang]}
    </button>
  );
}
