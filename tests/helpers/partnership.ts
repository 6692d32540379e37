/**
 * The fictional partnership announcement (tests/fixtures/ingest/fictional-partnership.txt) and
 * the 24 relations a careful reader finds in it, as "source predicate target" with the ids the
 * curator's runs give the new entities (the rules' keys; the coast guard is added by the reviewer).
 */
import { join } from 'node:path';
import { REPO_ROOT } from './shipped';

export const PARTNERSHIP_ARTICLE = join(REPO_ROOT, 'tests', 'fixtures', 'ingest', 'fictional-partnership.txt');
export const PARTNERSHIP_TITLE = 'Fictional test article: Norway and Viet Nam set up a maritime partnership';
export const PARTNERSHIP_TITLE_VI = 'Bài hư cấu để kiểm thử: Na Uy và Việt Nam thiết lập Quan hệ Đối tác Hàng hải';

const MSC = 'ban-ghi-nho-ve-hop-tac-an-ninh-bien';
const CENTRE = 'trung-tam-huan-luyen-tim-kiem-cuu-nan';
const DIALOGUE = 'doi-thoai-hang-hai-na-uy-viet-nam';
const COAST_GUARD = 'viet-nam-coast-guard';

export const PARTNERSHIP_GOLD = [
  `vn-defence-minister signs ${MSC}`,
  `norway-foreign-minister signs ${MSC}`,
  `${MSC} signed_at oslo`,
  `${MSC} establishes quan-he-doi-tac-hang-hai-na-uy-viet-nam`,
  `norway party_to ${MSC}`,
  `vietnam party_to ${MSC}`,
  `${MSC} covers maritime-security`,
  `${MSC} covers search-and-rescue`,
  `${MSC} covers counter-piracy`,
  `${MSC} covers undersea-infrastructure-protection`,
  `${MSC} grounded_in unclos`,
  `${MSC} grounded_in international-law`,
  `${MSC} references wps-agenda`,
  `${COAST_GUARD} part_of vn-ministry-of-defence`,
  `${COAST_GUARD} cooperates_with co-quan-duyen-hai-na-uy`,
  `${MSC} establishes ${CENTRE}`,
  `${CENTRE} located_in da-nang`,
  `${CENTRE} contributes_to capacity-building`,
  'norway supports asean-led-architecture',
  'norway supports asean',
  `vietnam participates_in ${DIALOGUE}`,
  `norway participates_in ${DIALOGUE}`,
  `${DIALOGUE} held_at ha-noi`,
  `eu supports ${MSC}`,
];

/** The relations the rules miss, as a curator adds them: ends as review keys ("entity:…", "candidate:…"). */
export const PARTNERSHIP_ADDED: Record<string, [string, string, string]> = {
  'memorandum signed at Oslo': [`candidate:${MSC}`, 'signed_at', 'candidate:oslo'],
  'memorandum establishes the partnership': [`candidate:${MSC}`, 'establishes', 'candidate:quan-he-doi-tac-hang-hai-na-uy-viet-nam'],
  'Norway party to the memorandum': ['entity:norway', 'party_to', `candidate:${MSC}`],
  'Viet Nam party to the memorandum': ['entity:vietnam', 'party_to', `candidate:${MSC}`],
  'coast guard part of the ministry': [`candidate:${COAST_GUARD}`, 'part_of', 'entity:vn-ministry-of-defence'],
  'coast guard cooperates with the coastal administration': [`candidate:${COAST_GUARD}`, 'cooperates_with', 'candidate:co-quan-duyen-hai-na-uy'],
  'memorandum establishes the centre': [`candidate:${MSC}`, 'establishes', `candidate:${CENTRE}`],
  'centre located in Da Nang': [`candidate:${CENTRE}`, 'located_in', 'candidate:da-nang'],
  'EU supports the memorandum': ['entity:eu', 'supports', `candidate:${MSC}`],
};
