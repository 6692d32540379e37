/**
 * The fictional partnership announcement (tests/fixtures/ingest/fictional-partnership.txt) and
 * what a careful reader finds in it: 24 relations, each with the words that state it, the 9 new
 * entities they need (as the reader names and dates them), the name the reader confirms as an
 * alias, the mention the reader marks, and what "hai bên", "văn kiện" … mean. The curator's runs
 * (tests/helpers/curator.ts) read the rules' proposals against this, whatever the rules propose.
 * New entities are named here by ids of the reader's choosing; a run may give them other ids (a
 * proposed one keeps the rules' key), so the graph is compared by their Vietnamese labels.
 */
import { join } from 'node:path';
import type { CuratedKind, CuratedPredicate } from '../../src/ingest/types';
import type { ACTOR_CATEGORIES, DateType } from '../../src/model/vocabulary';
import { REPO_ROOT } from './shipped';

export const PARTNERSHIP_ARTICLE = join(REPO_ROOT, 'tests', 'fixtures', 'ingest', 'fictional-partnership.txt');
export const PARTNERSHIP_TITLE = 'Fictional test article: Norway and Viet Nam set up a maritime partnership';
export const PARTNERSHIP_TITLE_VI = 'Bài hư cấu để kiểm thử: Na Uy và Việt Nam thiết lập Quan hệ Đối tác Hàng hải';

export type GoldEntity = {
  id: string;
  kind: CuratedKind;
  labels: { vi: string; en: string };
  category?: (typeof ACTOR_CATEGORIES)[number];
  dates?: { type: DateType; date: string }[];
  aliases?: string[];
};
/** A relation and the words of the article that state it (each quote must stand in its evidence). */
export type GoldRelation = { source: string; predicate: CuratedPredicate; target: string; quotes: string[] };

const MSC = 'ban-ghi-nho-ve-hop-tac-an-ninh-bien';
const PARTNERSHIP = 'quan-he-doi-tac-hang-hai-na-uy-viet-nam';
const COAST_GUARD = 'canh-sat-bien-viet-nam';
const COASTAL_ADMINISTRATION = 'co-quan-duyen-hai-na-uy';
const CENTRE = 'trung-tam-huan-luyen-tim-kiem-cuu-nan';
const DIALOGUE = 'doi-thoai-hang-hai-na-uy-viet-nam';

export const PARTNERSHIP_ENTITIES: GoldEntity[] = [
  { id: 'oslo', kind: 'place', labels: { vi: 'Oslo', en: 'Oslo' } },
  {
    id: MSC,
    kind: 'agreement',
    labels: { vi: 'Bản ghi nhớ về Hợp tác An ninh Biển', en: 'Memorandum of Understanding on Maritime Security Cooperation' },
    dates: [{ type: 'signed', date: '2025-06-05' }],
    aliases: ['MSC'],
  },
  { id: PARTNERSHIP, kind: 'partnership', labels: { vi: 'Quan hệ Đối tác Hàng hải Na Uy – Việt Nam', en: 'Norway–Viet Nam Maritime Partnership' } },
  { id: COAST_GUARD, kind: 'actor', category: 'body', labels: { vi: 'Cảnh sát biển Việt Nam', en: 'Viet Nam Coast Guard' } },
  { id: COASTAL_ADMINISTRATION, kind: 'actor', category: 'body', labels: { vi: 'Cơ quan Duyên hải Na Uy', en: 'Norwegian Coastal Administration' } },
  { id: CENTRE, kind: 'actor', category: 'organisation', labels: { vi: 'Trung tâm Huấn luyện Tìm kiếm Cứu nạn', en: 'Search and Rescue Training Centre' } },
  { id: 'da-nang', kind: 'place', labels: { vi: 'Đà Nẵng', en: 'Da Nang' } },
  { id: DIALOGUE, kind: 'event', labels: { vi: 'Đối thoại Hàng hải Na Uy – Việt Nam', en: 'Norway–Viet Nam Maritime Dialogue' }, dates: [{ type: 'held', date: '2025-11' }] },
  { id: 'ha-noi', kind: 'place', labels: { vi: 'Hà Nội', en: 'Hanoi' } },
];

const SIGNING = 'tại Oslo, Bộ trưởng Ngoại giao Na Uy và Bộ trưởng Bộ Quốc phòng Việt Nam đã ký Bản ghi nhớ về Hợp tác An ninh Biển (MSC)';
const PARTIES = 'Na Uy và Việt Nam là hai bên của Bản ghi nhớ';
const DOMAINS = 'Theo MSC, hai bên sẽ hợp tác trong các lĩnh vực an ninh hàng hải, tìm kiếm cứu nạn, chống cướp biển và bảo vệ cơ sở hạ tầng dưới nước';
const GROUNDS = 'Văn kiện dựa trên Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS) và luật pháp quốc tế';
const COAST_GUARD_SENTENCE = 'Cảnh sát biển Việt Nam, thuộc Bộ Quốc phòng Việt Nam, sẽ phối hợp với Cơ quan Duyên hải Na Uy';
const DIALOGUE_PARTIES = 'Na Uy và Việt Nam sẽ cùng tham gia Đối thoại Hàng hải Na Uy – Việt Nam';
const ASEAN = 'Na Uy ủng hộ Cấu trúc an ninh khu vực do ASEAN dẫn dắt và vai trò trung tâm của ASEAN';

export const PARTNERSHIP_RELATIONS: GoldRelation[] = [
  { source: 'vn-defence-minister', predicate: 'signs', target: MSC, quotes: ['Bộ trưởng Bộ Quốc phòng Việt Nam đã ký Bản ghi nhớ về Hợp tác An ninh Biển'] },
  { source: 'norway-foreign-minister', predicate: 'signs', target: MSC, quotes: [SIGNING.slice('tại Oslo, '.length)] },
  { source: MSC, predicate: 'signed_at', target: 'oslo', quotes: [SIGNING] },
  { source: MSC, predicate: 'establishes', target: PARTNERSHIP, quotes: ['Bản ghi nhớ về Hợp tác An ninh Biển (MSC), chính thức thiết lập Quan hệ Đối tác Hàng hải Na Uy – Việt Nam'] },
  { source: 'norway', predicate: 'party_to', target: MSC, quotes: [PARTIES] },
  { source: 'vietnam', predicate: 'party_to', target: MSC, quotes: [PARTIES] },
  // Maritime security is stated twice: among the memorandum's domains, and as its focus in the EU's words.
  { source: MSC, predicate: 'covers', target: 'maritime-security', quotes: [DOMAINS, 'an ninh hàng hải là lĩnh vực trọng tâm'] },
  { source: MSC, predicate: 'covers', target: 'search-and-rescue', quotes: [DOMAINS] },
  { source: MSC, predicate: 'covers', target: 'counter-piracy', quotes: [DOMAINS] },
  { source: MSC, predicate: 'covers', target: 'undersea-infrastructure-protection', quotes: [DOMAINS] },
  { source: MSC, predicate: 'grounded_in', target: 'unclos', quotes: ['Văn kiện dựa trên Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS)'] },
  { source: MSC, predicate: 'grounded_in', target: 'international-law', quotes: [GROUNDS] },
  { source: MSC, predicate: 'references', target: 'wps-agenda', quotes: [`${GROUNDS}, đồng thời đề cập đến Chương trình nghị sự về Phụ nữ, Hòa bình và An ninh`] },
  { source: COAST_GUARD, predicate: 'part_of', target: 'vn-ministry-of-defence', quotes: ['Cảnh sát biển Việt Nam, thuộc Bộ Quốc phòng Việt Nam'] },
  { source: COAST_GUARD, predicate: 'cooperates_with', target: COASTAL_ADMINISTRATION, quotes: [COAST_GUARD_SENTENCE] },
  { source: MSC, predicate: 'establishes', target: CENTRE, quotes: ['Bản ghi nhớ cũng thành lập Trung tâm Huấn luyện Tìm kiếm Cứu nạn'] },
  { source: CENTRE, predicate: 'located_in', target: 'da-nang', quotes: ['Trung tâm Huấn luyện Tìm kiếm Cứu nạn đặt tại Đà Nẵng'] },
  { source: CENTRE, predicate: 'contributes_to', target: 'capacity-building', quotes: ['Trung tâm sẽ góp phần xây dựng năng lực'] },
  { source: 'norway', predicate: 'supports', target: 'asean-led-architecture', quotes: ['Na Uy ủng hộ Cấu trúc an ninh khu vực do ASEAN dẫn dắt'] },
  { source: 'norway', predicate: 'supports', target: 'asean', quotes: [ASEAN] },
  { source: 'vietnam', predicate: 'participates_in', target: DIALOGUE, quotes: [DIALOGUE_PARTIES] },
  { source: 'norway', predicate: 'participates_in', target: DIALOGUE, quotes: [DIALOGUE_PARTIES] },
  { source: DIALOGUE, predicate: 'held_at', target: 'ha-noi', quotes: ['Đối thoại Hàng hải Na Uy – Việt Nam thường niên, lần đầu diễn ra tại Hà Nội'] },
  { source: 'eu', predicate: 'supports', target: MSC, quotes: ['Liên minh châu Âu (EU) hoan nghênh Bản ghi nhớ'] },
];

/** The 24 relations as "source predicate target". */
export const PARTNERSHIP_GOLD = PARTNERSHIP_RELATIONS.map((r) => `${r.source} ${r.predicate} ${r.target}`);

/** What "hai bên", "thỏa thuận", "văn kiện" … mean in this article. */
export const PARTNERSHIP_REFERENCE = MSC;

/** A name the reader confirms as another name of a known entity. */
export const PARTNERSHIP_ALIASES = [{ entity: 'norway-foreign-minister', alias: 'Ngoại trưởng Na Uy' }];

/** Words that name an entity where the rules saw none ("Bản ghi nhớ" in the EU's sentence: the memorandum), by occurrence from 0. */
export const PARTNERSHIP_MENTIONS = [{ entity: MSC, quote: 'Bản ghi nhớ', occurrence: 3 }];
