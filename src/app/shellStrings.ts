/** The words of the page's frame (skip links, landmarks, copy link, the details column) in both languages; i18n.ts spreads them in. */
import type { Lang } from './state/viewState';

export const SHELL_STRINGS = {
  skipLinks: { vi: 'Chuyển nhanh', en: 'Skip links' },
  skipToSearch: { vi: 'Đến ô tìm kiếm', en: 'Skip to search' },
  skipToGraph: { vi: 'Đến đồ thị', en: 'Skip to the graph' },
  skipToDetails: { vi: 'Đến phần chi tiết', en: 'Skip to the details' },
  viewControls: { vi: 'Chú giải, tìm đường nối và bộ lọc', en: 'Legend, path finder and filters' },
  backToChanges: { vi: 'Quay lại danh sách thay đổi', en: 'Back to what changed' },
  copyLink: { vi: 'Sao chép liên kết', en: 'Copy link' },
  copyLinkHelp: {
    vi: 'Sao chép địa chỉ của khung nhìn này: mở liên kết sẽ thấy lại đúng như vậy',
    en: 'Copy the address of this view: the link reopens it as it is',
  },
  linkCopied: { vi: 'Đã sao chép liên kết', en: 'Link copied' },
  copyLinkByHand: { vi: 'Không tự sao chép được; hãy sao chép liên kết này:', en: 'Could not copy it; copy this link:' },
} as const satisfies Record<string, Record<Lang, string>>;
