/**
 * "Bộ trưởng Bộ Quốc phòng tiếp Đại sứ Nhật Bản …. Đại tướng Trần Minh Khôi, … Bộ trưởng Bộ Quốc phòng
 * Việt Nam đã tiếp Đại sứ … Yamada Kenji": an office acts through the person who holds it. Where the
 * article names that person doing the same thing, the office's own relation says nothing more, and
 * readers record the person's only.
 */
import { refKey, type RelationProposal } from './types';
import { addTo } from '../model/collections';

const ACTIONS = new Set(['participates_in', 'chairs', 'signs', 'leads']);

export function withoutOfficesActingForHolders(relations: RelationProposal[]): RelationProposal[] {
  const holders = new Map<string, string[]>();
  for (const r of relations) if (r.predicate === 'holds_role') addTo(holders, refKey(r.target), refKey(r.source));
  const done = new Set(relations.filter((r) => ACTIONS.has(r.predicate)).map((r) => `${refKey(r.source)}|${r.predicate}|${refKey(r.target)}`));
  return relations.filter((r) => !ACTIONS.has(r.predicate) || !(holders.get(refKey(r.source)) ?? []).some((holder) => done.has(`${holder}|${r.predicate}|${refKey(r.target)}`)));
}
