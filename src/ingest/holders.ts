/**
 * "Bộ trưởng Bộ Quốc phòng tiếp Đại sứ Nhật Bản …. Đại tướng Trần Minh Khôi, … Bộ trưởng Bộ Quốc phòng
 * Việt Nam đã tiếp Đại sứ … Yamada Kenji": an office acts through the person who holds it. Where the
 * article names that person doing the same thing, the office's own relation says nothing more, and
 * readers record the person's only.
 *
 * So with a body and the ministry it is in, after its comma ("Cục An toàn thông tin, Bộ Khoa học và Công nghệ, chủ trì
 * …"): the department acts; the ministry named beside it says whose department it is, and does not act too.
 */
import { refKey, type RelationProposal } from './types';
import { addTo } from '../model/collections';

const ACTIONS = new Set(['participates_in', 'chairs', 'signs', 'leads']);

export function withoutOfficesActingForHolders(relations: RelationProposal[]): RelationProposal[] {
  const holders = new Map<string, string[]>();
  for (const r of relations) if (r.predicate === 'holds_role') addTo(holders, refKey(r.target), refKey(r.source));
  const done = new Set(relations.filter((r) => ACTIONS.has(r.predicate)).map((r) => `${refKey(r.source)}|${r.predicate}|${refKey(r.target)}`));
  // The department before each ministry's comma, in the same sentence as the ministry's action.
  const departments = new Map<string, string[]>();
  for (const r of relations) if (r.rule === 'part_of/comma') addTo(departments, `${refKey(r.target)}|${r.sentence}`, refKey(r.source));
  const actsItself = (r: RelationProposal, actors: string[] | undefined) => (actors ?? []).some((actor) => done.has(`${actor}|${r.predicate}|${refKey(r.target)}`));
  return relations.filter((r) => !ACTIONS.has(r.predicate) || !(actsItself(r, holders.get(refKey(r.source))) || actsItself(r, departments.get(`${refKey(r.source)}|${r.sentence}`))));
}
