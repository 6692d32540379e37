/**
 * Trigger words → predicates, with the kinds each end may have. A rule fires inside one clause
 * of one sentence; ends of the wrong kind are never proposed, whatever the words say.
 * Bump RULES_VERSION when a rule changes, so a review file says which rules made it.
 */
import type { CuratedKind as Kind, CuratedPredicate as Predicate } from './types';
import { COVERS_TRIGGERS } from './wordLists';

export const RULES_VERSION = 1;

/** Whether a rule's trigger stands here (a list item holding one is a clause, not a domain), leaving out some predicates. */
export function isTriggerAt(at: (phrase: string) => boolean, except: Predicate[] = []): boolean {
  return RELATION_RULES.some((rule) => !except.includes(rule.predicate) && rule.triggers.some(at));
}

export type RelationRule = {
  id: string;
  predicate: Predicate;
  /** Folded trigger phrases, longest first. */
  triggers: string[];
  /** The trigger words as a reader sees them, for the review page. */
  words: string;
  sources: Kind[];
  targets: Kind[];
  /** How sure the rule is when its ends are close to the trigger. */
  score: number;
  /** Both ends follow the trigger, joined by "và": "hợp tác … giữa A và B". */
  between?: true;
  /** Words that must come before the trigger in its clause for the rule to apply. */
  after?: string[];
  /** Only the nearest target: "diễn ra tại Brussels (Bỉ)" is held in Brussels, not in Belgium too. */
  nearest?: true;
};

const INSTRUMENTS: Kind[] = ['agreement', 'partnership', 'framework'];
const ANYTHING: Kind[] = ['actor', 'agreement', 'partnership', 'framework', 'event', 'place'];

export const RELATION_RULES: RelationRule[] = [
  { id: 'signs/ky', words: 'ký, ký kết', predicate: 'signs', triggers: ['ky ket', 'ky'], sources: ['actor'], targets: ['agreement', 'partnership'], score: 0.9 },
  { id: 'negotiates/dam-phan', words: 'đàm phán', predicate: 'negotiates', triggers: ['dam phan'], sources: ['actor'], targets: ['agreement'], score: 0.8 },
  { id: 'participates_in/tham-gia', words: 'tham gia', predicate: 'participates_in', triggers: ['tham gia'], sources: ['actor'], targets: ['framework', 'event'], score: 0.8 },
  { id: 'supports/ung-ho', words: 'ủng hộ, hỗ trợ', predicate: 'supports', triggers: ['ung ho', 'ho tro'], sources: ['actor', 'partnership'], targets: ANYTHING, score: 0.7 },
  {
    id: 'covers/linh-vuc',
    words: 'trong (các) lĩnh vực, bao gồm, hợp tác về / trong',
    predicate: 'covers',
    triggers: COVERS_TRIGGERS,
    sources: INSTRUMENTS,
    targets: ['domain'],
    score: 0.75,
  },
  { id: 'grounded_in/dua-tren', words: 'dựa trên, phù hợp với, trên cơ sở, theo', predicate: 'grounded_in', triggers: ['dua tren', 'phu hop voi', 'tren co so', 'theo'], sources: INSTRUMENTS, targets: ['framework'], score: 0.75 },
  { id: 'contributes_to/gop-phan', words: 'góp phần, đóng góp', predicate: 'contributes_to', triggers: ['gop phan', 'dong gop'], sources: [...INSTRUMENTS, 'actor'], targets: ['domain', 'framework'], score: 0.6 },
  {
    id: 'cooperates_with/giua',
    words: 'hợp tác … giữa … và …',
    predicate: 'cooperates_with',
    triggers: ['giua'],
    sources: ['actor'],
    targets: ['actor'],
    score: 0.65,
    between: true,
    after: ['hop tac', 'quan he'],
  },
  { id: 'develops/tang-cuong', words: 'tăng cường', predicate: 'develops', triggers: ['tang cuong'], sources: ['actor'], targets: ['framework'], score: 0.55 },
  { id: 'cooperates_with/hop-tac-voi', words: 'hợp tác với', predicate: 'cooperates_with', triggers: ['hop tac voi'], sources: ['actor'], targets: ['actor'], score: 0.7 },
  { id: 'implements/thuc-thi', words: 'thực thi, thực hiện, triển khai', predicate: 'implements', triggers: ['thuc thi', 'thuc hien', 'trien khai'], sources: ['partnership', 'event'], targets: ['framework', 'partnership'], score: 0.6 },
  { id: 'establishes/thiet-lap', words: 'thiết lập', predicate: 'establishes', triggers: ['thiet lap'], sources: ['actor'], targets: ['event'], score: 0.6 },
  { id: 'chairs/chu-tich', nearest: true, words: 'Chủ tịch', predicate: 'chairs', triggers: ['chu tich'], sources: ['actor'], targets: ['actor'], score: 0.6 },
  { id: 'held_at/dien-ra-tai', nearest: true, words: 'diễn ra tại, tại', predicate: 'held_at', triggers: ['dien ra tai', 'tai'], sources: ['event'], targets: ['place'], score: 0.7 },
  { id: 'signed_at/ben-le', nearest: true, words: 'bên lề', predicate: 'signed_at', triggers: ['ben le'], sources: ['agreement'], targets: ['event'], score: 0.7 },
];
