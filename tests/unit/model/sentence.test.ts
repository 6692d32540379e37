import { describe, expect, it } from 'vitest';
import { asObject, asSubject, relationSentence } from '../../../src/model/sentence';
import { predicatePhrase } from '../../../src/model/vocabulary';
import { loadShipped } from '../../helpers/shipped';

const { graph } = loadShipped();
const sentence = (edge: string, lang: 'vi' | 'en') => {
  const s = relationSentence(graph, edge, lang);
  return `${s.subject} ${s.phrase} ${s.object}`;
};

describe('relation sentences read as a person would write them', () => {
  it.each([
    ['josep-borrell:signs:eu-norway-spd', 'en', 'Josep Borrell signed, on behalf of the EU, the EU–Norway Security and Defence Partnership'],
    ['josep-borrell:signs:eu-norway-spd', 'vi', 'Josep Borrell thay mặt EU ký Thỏa thuận Đối tác An ninh và Quốc phòng EU – Na Uy'],
    ['norway:supports:ukraine', 'en', 'Norway continues, jointly with the EU, to support Ukraine'],
    ['norway:supports:ukraine', 'vi', 'Na Uy cùng EU tiếp tục hỗ trợ Ukraine'],
    ['eu:party_to:ihl', 'vi', 'Liên minh châu Âu cam kết tuân thủ luật nhân đạo quốc tế'],
    ['eu:signs:eu-norway-spd', 'en', 'The European Union signed the EU–Norway Security and Defence Partnership'],
    ['norway:participates_in:eu-defence-initiatives', 'vi', 'Na Uy tham gia các sáng kiến quốc phòng của EU'],
    ['vn-eu-defence-partnership:covers:search-and-rescue', 'en', 'The Viet Nam–EU defence and security cooperation partnership addresses the challenge of search and rescue'],
    ['search-and-rescue:part_of:security-challenges', 'vi', 'Tìm kiếm cứu nạn là một trong các thách thức an ninh truyền thống và phi truyền thống'],
    ['vn-eu-defence-partnership:grounded_in:un-charter', 'vi', 'Quan hệ đối tác hợp tác quốc phòng an ninh Việt Nam – EU phát huy, bảo vệ các nguyên tắc, quyền cơ bản theo Hiến chương Liên Hợp Quốc'],
    ['vn-eu-defence-partnership:grounded_in:international-law', 'en', 'The Viet Nam–EU defence and security cooperation partnership is based on international law'],
    ['security-challenges:concerns_region:asia', 'vi', 'Thách thức an ninh truyền thống và phi truyền thống xuất hiện ở châu Á'],
    ['eu:seeks_to_join:asia-pacific-architectures', 'en', 'The European Union wishes to join the Asia-Pacific regional defence and security architectures'],
    ['vn-eu-defence-partnership:supports:vn-integration-strategy', 'en', "The Viet Nam–EU defence and security cooperation partnership supports the effective implementation of Viet Nam's International Integration Strategy"],
  ] as const)('%s (%s)', (edge, lang, expected) => {
    expect(sentence(edge, lang)).toBe(expected);
  });

  it('keeps a Vietnamese name of a meeting or an exercise capitalised mid-sentence when a later word is (its first word alone is)', () => {
    const event = (vi: string) => ({ labels: { vi, en: vi }, kind: 'event' as const });
    expect(asObject(event('Diễn tập ứng phó sự cố hóa chất Việt Nam – Lào năm 2027'), 'vi')).toBe('Diễn tập ứng phó sự cố hóa chất Việt Nam – Lào năm 2027');
    expect(asObject(event('Diễn tập ứng phó sự cố hóa chất năm 2027'), 'vi')).toBe('diễn tập ứng phó sự cố hóa chất năm 2027');
    expect(asObject(event('Diễn tập cứu hộ ASEAN'), 'vi')).toBe('diễn tập cứu hộ ASEAN');
  });

  it('says who chairs an occasion with "chủ trì", and the chair of an organisation with "làm Chủ tịch"', () => {
    expect(predicatePhrase('chairs', 'event').vi).toBe('chủ trì');
    expect(predicatePhrase('chairs', 'actor').vi).toBe('làm Chủ tịch');
  });

  it('gives "the" to a state whose English name takes it, and none to one whose name does not', () => {
    const state = (en: string) => ({ labels: { vi: en, en }, kind: 'actor' as const, category: 'state' as const });
    expect(asSubject(state('Arab Republic of Egypt'), 'en')).toBe('The Arab Republic of Egypt');
    expect(asObject(state('United Kingdom'), 'en')).toBe('the United Kingdom');
    expect(asObject(state('Philippines'), 'en')).toBe('the Philippines');
    expect(asObject(state('Norway'), 'en')).toBe('Norway');
    expect(asSubject(state('Viet Nam'), 'en')).toBe('Viet Nam');
  });
  it('never puts a capitalised plural marker or a doubled word inside a sentence', () => {
    const problems: string[] = [];
    graph.forEachEdge((edge) => {
      for (const lang of ['vi', 'en'] as const) {
        const text = sentence(edge, lang);
        const inside = text.slice(1);
        if (/\s(Các|Những|Search|The)\s/u.test(inside)) problems.push(text);
        if (/(?<!\p{L})(\p{L}+) \1(?!\p{L})/u.test(text)) problems.push(text);
      }
    });
    expect(problems).toEqual([]);
  });
});
