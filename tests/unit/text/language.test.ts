import { describe, expect, it } from 'vitest';
import { aliasLanguage, articleLanguage } from '../../../src/text/language';

describe('the language of an alias', () => {
  it.each([
    ['Vương quốc Na Uy', 'vi'],
    ['Liên minh Châu Âu', 'vi'],
    ['Đại diện cấp cao', 'vi'],
    ['U-crai-na', 'vi'],
    ['Norwegian embassies', 'en'],
    ['rules-based order', 'en'],
    ['EU', null],
    ['HR/VP', null],
    ['UNSC', null],
  ] as const)('%s → %s', (alias, lang) => {
    expect(aliasLanguage(alias)).toBe(lang);
  });
});

describe('the language of an article', () => {
  it.each([
    ['Bộ trưởng Quốc phòng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Nga Andrei Belousov tại Hà Nội.', 'vi'],
    // English copy of the Vietnamese press keeps the names' diacritics.
    ['HÀ NỘI — Defence Minister Phan Văn Giang held talks with Russian Defence Minister Andrei Belousov in Hà Nội on Wednesday.', 'en'],
    ['The EU and Norway signed a Security and Defence Partnership in Brussels.', 'en'],
    ['Hà Nội', 'vi'],
    // A long list of names and a few words of grammar: read by those words, whatever the share of names.
    [`${Array.from({ length: 200 }, () => 'Nhật Bản, Úc, Ấn Độ').join(', ')} và Việt Nam đã ký Tuyên bố chung.`, 'vi'],
    [`${Array.from({ length: 200 }, () => 'Nhật Bản, Úc, Ấn Độ').join(', ')} and Viet Nam signed the Joint Statement.`, 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(articleLanguage(text)).toBe(lang);
  });
});
