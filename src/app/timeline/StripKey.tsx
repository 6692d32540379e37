/** The strip's key: how a date is drawn (stated, inferred, a span, an article, an entity's event) and what the colours are. */
import { t } from '../i18n';
import type { Lang } from '../state/viewState';
import { REST_COLOUR, type GroupStyle } from './groupColours';
import { otherGroups, tooManyEvents } from './strings';
import { eventsDrawn } from './stripGeometry';

export function StripKey({ lang, style, events }: { lang: Lang; style: GroupStyle; events: number }) {
  return (
    <>
      <ul className="timeline-key plain" aria-hidden="true">
        <li><span className="timeline-swatch stated" /> {t(lang, 'statedDate')}</li>
        <li><span className="timeline-swatch inferred" /> {t(lang, 'inferredDateKey')}</li>
        <li><span className="timeline-swatch span" /> {t(lang, 'spanKey')}</li>
        <li><span className="timeline-swatch mark" /> {t(lang, 'articleKey')}</li>
        {events > 0 && <li><span className="timeline-swatch event" /> {!eventsDrawn(events) ? tooManyEvents(lang, events) : t(lang, 'eventKey')}</li>}
      </ul>
      <ul className="timeline-key timeline-groups plain" aria-label={t(lang, 'groupKey')}>
        {style.named.map((g) => (
          <li key={g}>
            <span className="timeline-swatch group" style={{ background: style.colour(g) }} /> {style.label(g)}
          </li>
        ))}
        {style.rest.length > 0 && (
          <li title={style.rest.map(style.label).join(', ')}>
            <span className="timeline-swatch group" style={{ background: REST_COLOUR }} /> {otherGroups(lang, style.rest.length)}
          </li>
        )}
      </ul>
    </>
  );
}
