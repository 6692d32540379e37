/** The path finder's words in both languages; i18n.ts spreads them into the interface strings. */
export const PATH_STRINGS = {
  pathOptions: { vi: 'Tùy chọn', en: 'Options' },
  pathCount: { vi: 'Số đường nối cần tìm', en: 'Paths to find' },
  pathDirected: { vi: 'Chỉ đi theo chiều của quan hệ', en: 'Follow the direction of relations' },
  pathInstruments: { vi: 'Chỉ đi qua thỏa thuận và quan hệ đối tác', en: 'Only through agreements and partnerships' },
  pathAvoid: { vi: 'Tránh', en: 'Avoid' },
  pathAvoidEntity: { vi: 'Tránh một thực thể…', en: 'Avoid an entity…' },
  pathAvoidKinds: { vi: 'Tránh các loại', en: 'Avoid kinds' },
  pathSwap: { vi: 'Đổi chiều', en: 'Swap the ends' },
  pathSameEnds: { vi: 'Điểm đầu và điểm cuối là cùng một thực thể.', en: 'Both ends are the same entity.' },
} as const;
