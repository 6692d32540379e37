import { describe, expect, it } from 'vitest';
import { aliasLanguage } from '../../../src/text/language';

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
