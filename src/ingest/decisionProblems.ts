/**
 * Why a decision cannot be recorded: as data, written out in either language, so the command
 * line (`--lang`) and the review page say the same thing.
 */
import { KINDS, PREDICATE_KINDS, PREDICATES, type Kind, type Predicate } from '../model/vocabulary';

export type DecisionProblem =
  | { code: 'span-past-end'; start: number; end: number; length: number }
  | { code: 'quote-mismatch'; quote: string; start: number; end: number; there: string }
  | { code: 'target-prefix'; type: string; expected: string }
  | { code: 'proposed-entity'; target: string }
  | { code: 'added-as-other'; target: string; type: string }
  | { code: 'unknown-entity'; entity: string }
  | { code: 'unknown-candidate'; key: string }
  | { code: 'self-loop' }
  | { code: 'kinds'; predicate: Exclude<Predicate, 'related_to'>; source: Kind; target: Kind }
  | { code: 'no-target'; target: string }
  | { code: 'edit-added'; target: string }
  | { code: 'empty-edit' }
  | { code: 'not-editable'; fields: string[]; target: string; allowed: string[] };

const q = (s: string) => `“${s.length > 80 ? `${s.slice(0, 80)}…` : s}”`;
const kindsIn = (kinds: readonly Kind[], lang: 'vi' | 'en', or: string) => {
  const names = kinds.map((k) => (lang === 'vi' ? KINDS[k].vi.toLowerCase() : KINDS[k].en.toLowerCase()));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`;
};

export function describeDecisionProblem(p: DecisionProblem, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  switch (p.code) {
    case 'span-past-end':
      return vi ? `Đoạn ${p.start}–${p.end} vượt quá cuối bài (bài dài ${p.length} ký tự).` : `The span ${p.start}–${p.end} runs past the end of the article (${p.length} characters).`;
    case 'quote-mismatch':
      return vi
        ? `Trích dẫn ${q(p.quote)} không nằm ở ${p.start}–${p.end} (ở đó là ${q(p.there)}).`
        : `The quote ${q(p.quote)} is not at ${p.start}–${p.end} (the text there is ${q(p.there)}).`;
    case 'target-prefix':
      return vi ? `Mục thêm loại “${p.type}” phải có mã bắt đầu bằng “${p.expected}”.` : `An added ${p.type} needs a target starting “${p.expected}”.`;
    case 'proposed-entity':
      return vi ? `${p.target} là một thực thể được đề xuất: hãy sửa nó thay vì thêm lại.` : `${p.target} is a proposed entity: edit it instead.`;
    case 'added-as-other':
      return vi ? `${p.target} đã được thêm dưới dạng khác (${p.type}).` : `${p.target} was already added as a ${p.type}.`;
    case 'unknown-entity':
      return vi ? `Đồ thị không có thực thể “${p.entity}”.` : `There is no entity “${p.entity}” in the graph.`;
    case 'unknown-candidate':
      return vi ? `Bản duyệt này không có thực thể mới “${p.key}”.` : `There is no new entity “${p.key}” in this review.`;
    case 'self-loop':
      return vi ? 'Một quan hệ không thể nối một thực thể với chính nó.' : 'A relation cannot link an entity to itself.';
    case 'kinds': {
      const { sources, targets } = PREDICATE_KINDS[p.predicate];
      return vi
        ? `Quan hệ “${PREDICATES[p.predicate].vi}” nối ${kindsIn(sources, 'vi', 'hoặc')} với ${kindsIn(targets, 'vi', 'hoặc')}, không nối ${KINDS[p.source].vi.toLowerCase()} với ${KINDS[p.target].vi.toLowerCase()}.`
        : `“${PREDICATES[p.predicate].en}” links ${kindsIn(sources, 'en', 'or')} to ${kindsIn(targets, 'en', 'or')}, not ${KINDS[p.source].en.toLowerCase()} to ${KINDS[p.target].en.toLowerCase()}.`;
    }
    case 'no-target':
      return vi ? `Bản duyệt này không có đề xuất “${p.target}”.` : `There is no proposal “${p.target}” in this review.`;
    case 'edit-added':
      return vi
        ? `${p.target} do người duyệt thêm vào: hãy thêm lại với nội dung đã sửa thay vì sửa.`
        : `${p.target} was added by a reviewer: add it again with the changes instead of editing it.`;
    case 'empty-edit':
      return vi ? 'Một lần sửa cần ít nhất một thay đổi.' : 'An edit needs at least one change.';
    case 'not-editable':
      return vi
        ? `Không thể sửa “${p.fields.join('”, “')}” của ${p.target} (chỉ sửa được: ${p.allowed.join(', ')}).`
        : `“${p.fields.join('”, “')}” cannot be edited on ${p.target} (only ${p.allowed.join(', ')}).`;
  }
}
