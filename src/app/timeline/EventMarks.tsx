/**
 * The entities' dated events on the strip (signed, entered into force, held…): a diamond on its
 * day, or a bar over the year or month when only that is known; inferred dates outlined. Hover
 * or focus names the entity and the event; a click (or Enter) selects the entity.
 */
import type { KeyboardEvent } from 'react';
import { DATE_TYPES, type DateType } from '../../model/vocabulary';
import type { EntityEvent, Histogram } from '../../query/timeline';
import { useData } from '../data';
import { formatDate } from '../i18n';
import type { Lang } from '../state/viewState';
import { eventTitle } from './strings';
import { assignLanes, binPosition, EVENT_LANE, EVENT_LANES, EVENT_Y } from './stripGeometry';

/** Ochre: apart from every kind's colour (the "event" kind's pink would read as that kind). */
const COLOUR = '#9c6f00';
const DIAMOND = 4;

export type Tip = { x: number; y: number; text: string };

type Props = {
  lang: Lang;
  events: EntityEvent[];
  keys: string[];
  unit: Histogram['unit'];
  x: (bins: number) => number;
  onSelect: (entity: string) => void;
  onTip: (tip: Tip | null) => void;
};

export function EventMarks({ lang, events, keys, unit, x, onSelect, onTip }: Props) {
  const { graph } = useData();
  const placed = events.map((event) => {
    const from = x(binPosition(event.first, keys, unit));
    const to = event.precision === 'day' ? from : Math.max(from + 6, x(binPosition(event.last, keys, unit) + 1 / 31));
    return { event, from: event.precision === 'day' ? from - DIAMOND : from, to: event.precision === 'day' ? from + DIAMOND : to };
  });
  const lanes = assignLanes(placed, EVENT_LANES);
  return (
    <g className="timeline-events">
      {placed.map(({ event, from, to }, i) => {
        const name = graph.hasNode(event.entity) ? graph.getNodeAttribute(event.entity, 'labels')[lang] : event.entity;
        const what = Object.hasOwn(DATE_TYPES, event.type) ? DATE_TYPES[event.type as DateType][lang] : event.type;
        const text = eventTitle(lang, name, what, formatDate(event.date, lang), event.inferred);
        const y = EVENT_Y + (lanes[i] ?? 0) * EVENT_LANE;
        const show = () => onTip({ x: (from + to) / 2, y, text });
        const select = () => onSelect(event.entity);
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          select();
        };
        const fill = event.inferred ? '#fff' : COLOUR;
        const mid = y + EVENT_LANE / 2 - 0.5;
        return (
          <g
            key={`${event.entity}:${event.type}:${event.date}`}
            className="timeline-event"
            role="button"
            tabIndex={0}
            aria-label={text}
            data-entity={event.entity}
            onPointerDown={(e) => e.stopPropagation()}
            onClick={select}
            onKeyDown={onKey}
            onPointerEnter={show}
            onPointerLeave={() => onTip(null)}
            onFocus={show}
            onBlur={() => onTip(null)}
          >
            <rect x={from - 2} y={y - 1} width={to - from + 4} height={EVENT_LANE} fill="transparent" />
            {event.precision === 'day' ? (
              <path d={`M${from + DIAMOND} ${mid - DIAMOND + 1}l${DIAMOND - 1} ${DIAMOND - 1}l${1 - DIAMOND} ${DIAMOND - 1}l${1 - DIAMOND} ${1 - DIAMOND}z`} fill={fill} stroke={COLOUR} strokeWidth={1.2} />
            ) : (
              <rect x={from} y={y + 0.5} width={to - from} height={EVENT_LANE - 2} rx={2} fill={fill} stroke={COLOUR} strokeWidth={1} strokeDasharray={event.inferred ? '2 1.5' : undefined} />
            )}
          </g>
        );
      })}
    </g>
  );
}
