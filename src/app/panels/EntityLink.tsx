/** A node's name as a link that selects it (and flies the camera to it). */
import { useData } from '../data';
import type { Lang } from '../state/viewState';

/** `text`: the label as it reads inside a sentence ("the European Union", "các sáng kiến…"); the plain label otherwise. */
type Props = { id: string; lang: Lang; onSelect: (id: string) => void; text?: string };

export function EntityLink({ id, lang, onSelect, text }: Props) {
  const { graph } = useData();
  const attrs = graph.getNodeAttributes(id);
  return (
    <button type="button" className="entity-link" onClick={() => onSelect(id)} style={{ borderColor: attrs.color }}>
      {text ?? attrs.labels[lang]}
    </button>
  );
}
