/**
 * Why an apply cannot go ahead, or what waits: as data, written out in either language by
 * `describeIssue`, so the command line and the review page say the same thing.
 */
import type { Bilingual, Kind, Predicate } from '../model/vocabulary';
import { describeDecisionProblem } from './decisionProblems';

export type ApplyIssue =
  | { code: 'merge-target-missing'; label: string; entity: string }
  | { code: 'id-taken'; label: string; id: string }
  | { code: 'needs-english'; label: string }
  | { code: 'reference-unconfirmed'; quote: string; instrument: string }
  | { code: 'ends-undecided'; names: string[] }
  | { code: 'self-loop'; entity: Bilingual }
  | { code: 'kinds'; predicate: Exclude<Predicate, 'related_to'>; source: Bilingual; target: Bilingual; sourceKind: Kind; targetKind: Kind }
  | { code: 'changed-after-apply'; label: string; id: string };

const q = (s: string) => `“${s}”`;
const list = (names: string[], and: string) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`);

export function describeIssue(issue: ApplyIssue, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  switch (issue.code) {
    case 'merge-target-missing':
      return vi
        ? `${q(issue.label)} được gộp vào "${issue.entity}", nhưng đồ thị không có thực thể này.`
        : `${q(issue.label)} is merged into "${issue.entity}", which is not in the graph.`;
    case 'id-taken':
      return vi
        ? `${q(issue.label)} sẽ mang mã "${issue.id}", nhưng mã này đã thuộc về một thực thể khác: hãy gộp vào thực thể đó hoặc chọn mã khác.`
        : `${q(issue.label)} would get the id "${issue.id}", which another entity already has: merge it into that entity or choose another id.`;
    case 'needs-english':
      return vi ? `${q(issue.label)} cần có tên tiếng Anh trước khi đưa vào đồ thị.` : `${q(issue.label)} needs an English label before it can enter the graph.`;
    case 'reference-unconfirmed':
      return vi
        ? `Quan hệ ở đoạn ${q(issue.quote)} dùng một cụm từ thay cho văn kiện hoặc sự kiện chính (“hai bên”, “thỏa thuận”…) để nối tới ${issue.instrument}: hãy xác nhận trước cụm từ đó chỉ điều gì.`
        : `The relation at ${q(issue.quote)} reaches ${issue.instrument} through a reference (“hai bên”, “thỏa thuận” …): confirm what the reference means first.`;
    case 'ends-undecided': {
      const names = issue.names.map(q);
      return vi
        ? `Một quan hệ dùng ${list(names, 'và')}, nhưng ${names.length > 1 ? 'các thực thể này' : 'thực thể này'} chưa được chấp nhận hay gộp: hãy quyết định trước, hoặc bác bỏ quan hệ.`
        : `A relation uses ${list(names, 'and')}, which ${names.length > 1 ? 'are' : 'is'} not accepted or merged yet: decide on ${names.length > 1 ? 'them' : 'it'}, or reject the relation.`;
    }
    case 'self-loop':
      return vi ? `Một quan hệ sẽ nối ${q(issue.entity.vi)} với chính nó: hãy sửa hai đầu hoặc bác bỏ quan hệ.` : `A relation would link ${q(issue.entity.en)} to itself: edit its ends or reject it.`;
    case 'kinds': {
      const mismatch = describeDecisionProblem({ code: 'kinds', predicate: issue.predicate, source: issue.sourceKind, target: issue.targetKind }, lang);
      return vi ? `Quan hệ “${issue.source.vi} → ${issue.target.vi}”: ${mismatch}` : `The relation “${issue.source.en} → ${issue.target.en}”: ${mismatch}`;
    }
    case 'changed-after-apply':
      return vi
        ? `${q(issue.label)} đã được ghi vào đồ thị ở lần áp dụng trước với mã "${issue.id}"; các thay đổi sau đó về tên hay loại không được ghi lại — hãy sửa trực tiếp trong entities.json.`
        : `${q(issue.label)} was written to the graph by an earlier apply, as "${issue.id}"; later changes to its names or kind are not written — change them in entities.json.`;
  }
}
