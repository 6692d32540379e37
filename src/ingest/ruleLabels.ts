/** Each rule named as a reviewer reads it, in both languages: the words that fired, or what the rule looks for. */
import { RELATION_RULES } from './relationRules';

const NAMED: Record<string, { vi: string; en: string }> = {
  'acronym-definition': { vi: 'tên đầy đủ kèm viết tắt trong ngoặc', en: 'a long name with its abbreviation in brackets' },
  'quoted-name': { vi: 'tên trong ngoặc kép', en: 'a name in quotation marks' },
  'capitalised-run': { vi: 'các âm tiết viết hoa liền nhau', en: 'a run of capitalised syllables' },
  'name-head': { vi: 'tên mở đầu bằng một từ chỉ loại (Hiệp định, Bộ, Chiến lược…)', en: 'a name opened by a head word (Hiệp định, Bộ, Chiến lược …)' },
  'domain-phrase': { vi: 'cụm “an ninh …”', en: 'an “an ninh …” (security) phrase' },
  'domain-list': { vi: 'một mục trong danh sách lĩnh vực', en: 'an item of a list of domains' },
  'belongs_to/owner-in-name': { vi: 'tên nêu chủ sở hữu (“… của EU”)', en: 'the name states its owner (“… của EU”)' },
  'part_of/owner-in-name': { vi: 'tên nêu tổ chức mẹ (“… Na Uy”)', en: 'the name states what it belongs to (“… Na Uy”)' },
  'party_to/giua-in-name': { vi: 'tên nêu các bên (“giữa … và …”)', en: 'the name states its parties (“giữa … và …”)' },
};

export function describeRule(rule: string, lang: 'vi' | 'en'): string {
  const named = NAMED[rule];
  if (named) return named[lang];
  const relationRule = RELATION_RULES.find((r) => r.id === rule);
  if (relationRule) return lang === 'vi' ? `từ khóa “${relationRule.words}”` : `the words “${relationRule.words}”`;
  return rule;
}
