/** The relations table's words in both languages; i18n.ts spreads them into the interface strings. */
export const TABLE_STRINGS = {
  relationsTable: { vi: 'Bảng quan hệ', en: 'Relations table' },
  colSource: { vi: 'Từ', en: 'From' },
  colRelation: { vi: 'Quan hệ', en: 'Relation' },
  colTarget: { vi: 'Đến', en: 'To' },
  colDate: { vi: 'Thời gian', en: 'Date' },
  colArticle: { vi: 'Bài báo', en: 'Article' },
  colQuote: { vi: 'Trích dẫn', en: 'Quote' },
  filterColumn: { vi: 'Lọc cột', en: 'Filter column' },
  sortBy: { vi: 'Sắp xếp theo', en: 'Sort by' },
  downloadCsv: { vi: 'Tải CSV', en: 'Download CSV' },
  downloadCsvHelp: { vi: 'Tải đúng các dòng đang hiện, theo thứ tự này (UTF-8, mở được bằng Excel)', en: 'Download exactly the rows shown, in this order (UTF-8, opens in Excel)' },
  closeTable: { vi: 'Đóng bảng', en: 'Close the table' },
  clearTableFilters: { vi: 'Xóa lọc cột', en: 'Clear column filters' },
} as const;
