/** The profile's words in both languages; i18n.ts spreads them into the interface strings. */
export const PROFILE_STRINGS = {
  profilePartners: { vi: 'Hợp tác với', en: 'Cooperates with' },
  profileInstruments: { vi: 'Tham gia các thỏa thuận và quan hệ đối tác', en: 'Under agreements and partnerships' },
  profileDomains: { vi: 'Hợp tác về', en: 'Cooperates on' },
  profileFrameworks: { vi: 'Dựa trên các khuôn khổ', en: 'Resting on the frameworks' },
  profileActors: { vi: 'Những bên hợp tác về lĩnh vực này', en: 'Who cooperates on it' },
  profileCoveredBy: { vi: 'Các thỏa thuận và quan hệ đối tác bao gồm lĩnh vực này', en: 'Agreements and partnerships that cover it' },
  profileDomainFrameworks: { vi: 'Khuôn khổ được viện dẫn', en: 'Frameworks it invokes' },
  profileInvokedBy: { vi: 'Được viện dẫn trong các thỏa thuận và quan hệ đối tác', en: 'Invoked by agreements and partnerships' },
  profileFrameworkActors: { vi: 'Các bên tham gia trực tiếp', en: 'Who takes part in it directly' },
  profileFrameworkDomains: { vi: 'Các lĩnh vực dựa trên khuôn khổ này', en: 'Domains that rest on it' },
  profileThrough: { vi: 'qua', en: 'through' },
  profileEvidence: { vi: 'Bằng chứng', en: 'Evidence' },
  allRelations: { vi: 'Tất cả quan hệ', en: 'All relations' },
  outgoingRelations: { vi: 'Quan hệ từ thực thể này đến thực thể khác', en: 'Relations from this entity to others' },
  incomingRelations: { vi: 'Quan hệ từ thực thể khác đến thực thể này', en: 'Relations from others to this entity' },
} as const;
