/**
 * Names that stand in for another that acts. An office acts through the person who holds it: "Bộ trưởng Bộ Quốc phòng
 * tiếp Đại sứ Nhật Bản …. Đại tướng Trần Minh Khôi, … Bộ trưởng Bộ Quốc phòng Việt Nam đã tiếp Đại sứ … Yamada Kenji".
 * A ministry named after its department's comma says whose department it is: "Cục An toàn thông tin, Bộ Khoa học và
 * Công nghệ, chủ trì …"; so does a brigade after its company's ("Đại đội 3, Tiểu đoàn 1, Lữ đoàn 147 đã tham gia …").
 * Where the article names the one who acts doing the same thing, the stand-in's own relation says nothing more, and
 * readers record the actor's only.
 */
import { refKey, type RelationProposal } from './types';
import { addTo } from '../model/collections';

const ACTIONS = new Set(['participates_in', 'chairs', 'signs', 'leads']);
/** "Cục …, Bộ …", "Đại đội 3, Tiểu đoàn 1, …", "The Department of …, Ministry of …": a department or a unit, then what it is in. */
export const PART_THEN_WHOLE = /^(?:Cục|Tổng cục|Vụ|Văn phòng|Viện|Trung tâm|Ban|Phân đội|Đại đội|Tiểu đoàn|Trung đoàn|Lữ đoàn|Đội|(?:The )?(?:Department|Directorate|Office|Bureau|Division))\s[^,]*,\s*(?:Bộ|Tiểu đoàn|Trung đoàn|Lữ đoàn|Sư đoàn|Quân khu|Quân đoàn|Vùng|(?:the )?Ministry)\s/u;

export function withoutStandInsActing(relations: RelationProposal[]): RelationProposal[] {
  const done = new Set(relations.filter((r) => ACTIONS.has(r.predicate)).map((r) => `${refKey(r.source)}|${r.predicate}|${refKey(r.target)}`));
  // Who acts for each stand-in: an office's holders anywhere in the article; a ministry's department (a unit's part) in the same sentence.
  const holders = new Map<string, string[]>();
  for (const r of relations) if (r.predicate === 'holds_role') addTo(holders, refKey(r.target), refKey(r.source));
  const departments = new Map<string, string[]>();
  for (const r of relations) if (r.rule === 'part_of/comma' && PART_THEN_WHOLE.test(r.evidence.quote)) addTo(departments, `${refKey(r.target)}|${r.sentence}`, refKey(r.source));
  const doneBy = (r: RelationProposal, actors: string[] | undefined) => (actors ?? []).some((actor) => done.has(`${actor}|${r.predicate}|${refKey(r.target)}`));
  return relations.filter((r) => !ACTIONS.has(r.predicate) || !(doneBy(r, holders.get(refKey(r.source))) || doneBy(r, departments.get(`${refKey(r.source)}|${r.sentence}`))));
}
