/**
 * "Dự buổi lễ có …", "Cùng dự buổi tiếp có …", "Tham dự hội đàm, phía Lào có …", "the ceremony was
 * attended by …": a word for an occasion points back to the last event the article named before it
 * ("Lễ xuất quân do … chủ trì. Dự buổi lễ có …"). Unlike "hai bên", which always means the article's
 * own instrument, these are read where they stand: each is a name of that event for the rules.
 */
import type { Slot } from './constructions';
import { refKey, type EndRef } from './types';
import { phraseFrom, phraseIndex } from './tokenSpans';
import { isCapitalised, type Token } from '../text/tokens';
import { isCompound } from './compounds';

/**
 * Each occasion word, with the words (split by "|") an event's name holds when it is that kind of occasion ("buổi lễ": a "Lễ …"),
 * as written: "lễ" is not the "Lê" of a name, nor "hội" the "hồi" of "Lễ hồi hương".
 */
const OCCASION_WORDS: [string, string][] = [
  ['buoi le', 'lễ'],
  ['buoi tiep', 'tiếp'],
  ['buoi lam viec', 'làm'],
  ['buoi hoi dam', 'hội'],
  ['cuoc hoi dam', 'hội'],
  ['hoi dam', 'hội'],
  ['cuoc gap', 'gặp'],
  ['buoi gap', 'gặp'],
  // "Tham gia chiến dịch có …": the operation named before ("Chiến dịch “Lá chắn Xanh”").
  ['chien dich', 'dịch'],
  // ("held a medal parade …. The ceremony was presided over by …": a parade is a ceremony.)
  ['the ceremony', 'ceremony|parade'],
  // ("… handed over at a ceremony at the shipyard …. The handover was conducted by …": a handover is its ceremony.)
  ['the handover', 'ceremony|handover'],
  // "Hoạt động được tổ chức trong khuôn khổ …": the activity the sentence opens with is the occasion named before.
  ['hoat dong', ''],
  // "Tham gia khóa học còn có …", "Đồng chỉ đạo cuộc diễn tập là …": the course, the exercise named before.
  ['khoa hoc', 'khóa|lớp'],
  ['cuoc dien tap', 'tập'],
  // "Lễ hội do Bộ Quốc phòng Nga … tổ chức", "tham gia lễ hội": the festival named before.
  ['le hoi', 'hội'],
  ['buoi dien tap', 'tập'],
  // "Tham dự phiên tham vấn, về phía Việt Nam có …": the consultations named before.
  ['phien tham van', 'tham'],
  ['the talks', 'talks'],
  ['the call', 'call'],
  ['the reception', 'reception'],
];
const OCCASION_INDEX = phraseIndex(OCCASION_WORDS);
/** Occasion words whose folded form is another word's too, as they must be written. */
const WRITTEN = new Map([['khoa hoc', 'khóa học'], ['le hoi', 'lễ hội']]);

/** Words that name what an occasion is held within (folded): "trong khuôn khổ Hội nghị …", "within the framework of …". */
const FRAMES = ['trong khuon kho', 'within the framework of'].map((p) => p.split(' '));

/**
 * The events named only as what the article's occasion is held within ("… trong khuôn khổ Hội nghị Bộ trưởng Quốc phòng ASEAN
 * mở rộng (ADMM+)"), by their keys: never the occasion a later "Tham dự có …" speaks of, whatever the words name it by after.
 */
function framedEvents(slots: readonly Slot[], tokens: Token[]): Set<string> {
  const framed = new Set<string>();
  for (const s of slots) {
    if (s.kind === 'event' && FRAMES.some((words) => words.every((w, n) => tokens[s.first - words.length + n]?.folded === w))) framed.add(refKey(s.ref));
  }
  return framed;
}

/**
 * The last event named before word `i`, asked for words in the text's order: one walk over the events. With a
 * `head`, the last one whose name holds that word, if any ("Phát biểu tại buổi lễ" is the "Lễ hồi hương" named
 * before, not the search named since).
 */
function eventsBefore(slots: readonly Slot[], tokens: Token[]): (i: number, head?: string, notCeremony?: boolean) => Slot | undefined {
  const framed = framedEvents(slots, tokens);
  const events = slots.filter((s) => s.kind === 'event' && !s.viaReference && !framed.has(refKey(s.ref)));
  let e = -1;
  return (i, head, notCeremony) => {
    while (e + 1 < events.length && events[e + 1]!.last < i) e++;
    // ("Lễ khai mạc diễn ra … . Tham gia với tư cách quan sát viên có …": those who observe or teach came to the patrol or the
    // course, not to its ceremony named since.)
    if (notCeremony) {
      for (let k = e; k >= Math.max(0, e - RECENT_EVENTS); k--) if (tokens[events[k]!.first]!.text.toLowerCase() !== 'lễ') return events[k];
      return undefined;
    }
    // The few events named last: an article of thousands of events is not searched back to its start for each word.
    for (let k = e; head && k >= Math.max(0, e - RECENT_EVENTS); k--) {
      const event = events[k]!;
      for (let t = event.first; t <= event.last; t++) if (head.split('|').includes(tokens[t]!.text.toLowerCase())) return event;
    }
    // "… đã tiếp bà X, nhân dịp bà có chuyến công tác tại Việt Nam. Cùng dự có …": the occasion of the reception is not
    // where those who came sat; the event before it is, if the article named one.
    if (e > 0 && onOccasionOf(tokens, events[e]!) && !onOccasionOf(tokens, events[e - 1]!)) return events[e - 1];
    return events[e];
  };
}

/** Whether an event is named as the occasion of another: "nhân chuyến thăm …", "nhân dịp bà có chuyến công tác …" (folded). */
function onOccasionOf(tokens: Token[], event: Slot): boolean {
  for (let k = event.first - 1; k >= Math.max(0, event.first - 4); k--) {
    if (tokens[k]!.folded === 'nhan') return k === event.first - 1 || tokens[k + 1]!.folded === 'dip';
  }
  return false;
}

const RECENT_EVENTS = 8;

/** What opens a sentence before its first word. */
const ACTIVITY_OPENS = /(?:^|[.!?]\s|\n)$/;
/** Words after a sentence's opening "Hoạt động" that say something of the activity (as written). */
const ACTIVITY_SAID = new Set(['được', 'này', 'diễn', 'nhằm', 'là', 'góp', 'thể']);

/** Slots for the occasion words no name covers, each standing for the last event named before it, if any. */
export function occasionSlots(text: string, tokens: Token[], taken: boolean[], slots: readonly Slot[]): Slot[] {
  const eventBefore = eventsBefore(slots, tokens);
  const out: Slot[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const found = phraseFrom(OCCASION_INDEX, text, tokens, i);
    if (!found) continue;
    const last = i + found.words.length - 1;
    // (As written: "khoa học", science, is no course.)
    const written = WRITTEN.get(found.phrase);
    if (written && text.slice(tokens[i]!.start, tokens[last]!.end).toLowerCase() !== written) continue;
    // ("Hoạt động" only opening its sentence, before what is said of it: elsewhere it is any activity, or the verb "operate".)
    if (found.phrase === 'hoat dong' && !(ACTIVITY_OPENS.test(text.slice(Math.max(0, tokens[i]!.start - 2), tokens[i]!.start)) && tokens[i]!.text === 'Hoạt' && ACTIVITY_SAID.has(tokens[last + 1]?.text ?? ''))) continue;
    const event = eventBefore(i, found.value);
    if (event && !taken.slice(i, last + 1).includes(true)) out.push({ first: i, last, ref: event.ref, kind: 'event', viaReference: false });
    i = last;
  }
  return out;
}

/**
 * Occasions named by their common word after "Tham gia"/"Tham dự" and before "có" (written, lower case), and teaching it
 * ("Tham gia giảng dạy có …": those who teach the course named before).
 */
const ATTENDED_OCCASIONS = new Set(['giảng dạy', 'tham vấn', 'hội nghị', 'hội thảo', 'đối thoại', 'hội đàm', 'diễn tập', 'buổi làm việc', 'lễ khai mạc', 'lễ bế mạc', 'lễ ký', 'lễ đón', 'lễ xuất quân', 'lễ tiễn', 'tuần tra', 'khóa học', 'khóa huấn luyện']);

/** How observers and guests take part, as written: "Tham gia với tư cách quan sát viên có …". */
const AS_OBSERVERS = ['với tư cách quan sát viên', 'với tư cách khách mời'].map((words) => words.split(' '));

/**
 * "Tham dự có …", "Cùng dự có …", "Tham gia có …", "Dự lễ có …", "Dự và trao học bổng có …": a sentence that opens by saying who attended, without
 * naming the occasion, speaks of the last event named before it. The words from after "dự" to "có"
 * stand for that event, so that the rule "[Tham dự|Dự] {T} {S+}" reads the list after them.
 */
export function attendanceSlots(text: string, tokens: Token[], taken: boolean[], slots: readonly Slot[]): Slot[] {
  const eventBefore = eventsBefore(slots, tokens);
  const out: Slot[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opens = i === 0 || /[.!?\n]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    if (!opens) continue;
    const written = (k: number) => tokens[k]?.text.toLowerCase();
    // "Học viên đến từ Cục …, Quân khu 7, …": the trainees of the course named before, by the bodies they came from.
    if (written(i) === 'học' && written(i + 1) === 'viên' && written(i + 2) === 'đến' && written(i + 3) === 'từ' && !taken.slice(i, i + 4).includes(true)) {
      const course = eventBefore(i, 'khóa|lớp');
      if (course) out.push({ first: i + 2, last: i + 3, ref: course.ref, kind: 'event', viaReference: false });
      continue;
    }
    // "Cùng dự có …", "Cùng tham dự có …".
    const at = written(i) === 'cùng' ? i + 1 : i;
    // ("Tham gia có 35 cán bộ, thuyền viên của …": those who took part, as those who attended.)
    const from = written(at) === 'tham' && (written(at + 1) === 'dự' || written(at + 1) === 'gia') ? at + 2 : written(at) === 'dự' ? at + 1 : -1;
    if (from < 0) continue;
    // "Tham gia với tư cách quan sát viên có …": those who came as observers.
    const observers = AS_OBSERVERS.find((words) => tokens.slice(from, from + words.length).every((t, n) => t.text.toLowerCase() === words[n]));
    const observersCo = from + (observers?.length ?? 0);
    if (observers && written(observersCo) === 'có' && !taken.slice(from, observersCo + 1).includes(true)) {
      const event = eventBefore(i, undefined, true);
      if (event) out.push({ first: from, last: observersCo, ref: event.ref, kind: 'event', viaReference: false });
      continue;
    }
    // "có" right after "dự", or after "và" and a few words: "Dự và trao học bổng có".
    let co = from;
    while (co < from + 5 && co < tokens.length && written(co) !== 'có') co++;
    // "Dự lễ có …": the ceremony named before; "Tham gia tham vấn có …": the occasion by its common word.
    const between = tokens.slice(from, co).map((t) => t.text.toLowerCase()).join(' ');
    // (Only where nothing reads those words already: "Tham dự Hội nghị có …" names the meeting.)
    const occasion = ATTENDED_OCCASIONS.has(between) && !slots.some((s) => s.first <= co && s.last >= from);
    const ceremony = (written(from) === 'lễ' && co === from + 1) || occasion;
    // "Tham gia đoàn Việt Nam có …": who came in a delegation came to the occasion; "có" alone stands for it, the delegation's state being a name of its own.
    // (A delegation by its state or as "đoàn đại biểu", "đoàn công tác"; not "Tham gia đoàn kiểm tra có …", a team of another kind.)
    const delegationWords = tokens.slice(from + 1, co);
    const delegates = delegationWords.length > 0 && (/^\p{Lu}/u.test(delegationWords[0]!.text) || ['đại biểu', 'công tác'].includes(delegationWords.slice(0, 2).map((t) => t.text.toLowerCase()).join(' ')));
    const delegation = written(co) === 'có' && written(from) === 'đoàn' && co - from <= 4 && delegates && !taken[co];
    if (!delegation && (written(co) !== 'có' || (co > from && written(from) !== 'và' && !ceremony) || taken.slice(from, co + 1).includes(true))) continue;
    // ("Dự lễ có …": the ceremony named before, not the mission its troops leave for; "Tham gia giảng dạy có …": the course.)
    const teaching = between === 'giảng dạy';
    // ("Lễ khai mạc … . Diễn tập do … tổ chức. Tham gia có hơn 1.500 quân nhân …": those who take part, the exercise, not its ceremony.)
    const takingPart = written(at + 1) === 'gia' && co === from;
    const event = eventBefore(i, written(from) === 'lễ' ? 'lễ' : undefined, teaching || takingPart);
    if (event) out.push({ first: delegation ? co : from, last: co, ref: event.ref, kind: 'event', viaReference: false });
  }
  return out;
}

/**
 * "Đại tướng X đã tiếp Đại sứ Y …. Tại buổi tiếp, …": the verb "tiếp" before whom it receives stands for the
 * reception the article names next ("buổi tiếp"), so that the rule reading who met whom
 * makes both its sides. Not "tiếp tục", "trực tiếp", nor an article that names no reception.
 */
export function receptionVerbSlots(text: string, tokens: Token[], taken: boolean[], slots: readonly Slot[]): Slot[] {
  const receptions = slots.filter((s) => s.kind === 'event' && !s.viaReference && tokens.slice(s.first, s.last + 1).some((t) => t.text.toLowerCase() === 'tiếp')).sort((a, b) => a.first - b.first);
  if (receptions.length === 0) return [];
  const out: Slot[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, word, next] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    // ("… đã tiếp ông Pieter van Dijk và đoàn": whom it receives may be addressed as "ông" or "bà" before the name.)
    const addressed = ['ông', 'bà'].includes(next.text) && isCapitalised(tokens[i + 2]?.text ?? '');
    if (taken[i] || word.text !== 'tiếp' || !(isCapitalised(next.text) || addressed) || !/^ +$/.test(text.slice(word.end, next.start))) continue;
    if (isCompound(before.text, word.text) || isCompound(word.text, next.text)) continue;
    // The reception named next ("… đã tiếp Đại sứ …. Tại buổi tiếp, …"): a "tiếp" after it is another day's.
    const reception = receptions.find((r) => r.first > i);
    if (reception) out.push({ first: i, last: i, ref: reception.ref, kind: 'event', viaReference: false });
  }
  return out;
}

/** Words before an event's own head in a reference to it, folded: "cuộc | diễn tập", "the | exercise". */
const REFERENCE_OPENERS = new Set(['cuoc', 'phien', 'buoi', 'dot', 'the', 'this']);

/**
 * "Cuộc diễn tập gồm các nội dung …" after "… đã tiến hành diễn tập trên biển (PASSEX)": a reference to an event by its
 * head is the latest event named before it whose name holds that head, not the article's leading event (the visit the
 * exercise was part of). Only the few events named last are searched, as for an occasion word.
 */
export function eventsByHead(tokens: Token[], slots: readonly Slot[], leading: EndRef | undefined): (first: number, last: number) => Slot | undefined {
  const events = slots.filter((s) => s.kind === 'event' && !s.viaReference).sort((a, b) => a.last - b.last);
  const holds = (event: Slot, head: string[]) => {
    const words = tokens.slice(event.first, event.last + 1).map((t) => t.folded);
    return words.some((_, k) => head.every((w, n) => words[k + n] === w));
  };
  // ("Tại Đối thoại, hai bên điểm lại … kể từ Đối thoại lần thứ 15": the leading event, when its own name holds the head,
  // is what the head means, whatever was named in passing since.)
  // (Asked once for each head: a long article says "the exercise" many times over.)
  const leadingSlots = leading ? events.filter((s) => refKey(s.ref) === refKey(leading)) : [];
  const leadingHolds = new Map<string, boolean>();
  return (first, last) => {
    let from = first;
    while (from < last && REFERENCE_OPENERS.has(tokens[from]!.folded)) from++;
    const head = tokens.slice(from, last + 1).map((t) => t.folded);
    const key = head.join(' ');
    if (!leadingHolds.has(key)) leadingHolds.set(key, leadingSlots.some((s) => holds(s, head)));
    if (leadingHolds.get(key)) return undefined;
    let low = 0;
    let high = events.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (events[mid]!.last < first) low = mid + 1;
      else high = mid;
    }
    for (let e = low - 1; e >= Math.max(0, low - RECENT_EVENTS); e--) if (holds(events[e]!, head)) return events[e];
    return undefined;
  };
}
