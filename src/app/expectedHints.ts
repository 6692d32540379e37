/**
 * What a URL parameter expects, in Vietnamese. The readers in src/query word it in English for
 * the command line too; the explorer's Vietnamese notices say the same from this table. The
 * values a parameter takes (both, kind, YYYY-MM …) are code and stay as they are.
 * A hint not listed here is left out rather than shown in English (a test reads every reader's hints).
 */
const HINTS: [RegExp, string][] = [
  [/^an entity id of the graph$/, 'mã của một thực thể trong đồ thị'],
  [/^two entity ids of the graph$/, 'mã của hai thực thể trong đồ thị'],
  [/^two entity ids: FROM,TO$/, 'mã của hai thực thể, dạng FROM,TO'],
  [/^two article ids of the graph$/, 'mã của hai bài viết trong đồ thị'],
  [/^a whole number from (\d+) to (\d+)$/, 'một số nguyên từ $1 đến $2'],
  [/^an ISO date: YYYY, YYYY-MM or YYYY-MM-DD$/, 'một ngày dạng ISO: YYYY, YYYY-MM hoặc YYYY-MM-DD'],
  [/^(\S+) or (\S+)$/, '$1 hoặc $2'],
  [/^in, out or both$/, 'in, out hoặc both'],
  [/^column:words, column one of (.+)$/, 'cột:từ khóa, với cột là một trong $1'],
  [/^one of (.+)$/, 'một trong $1'],
  [/^x,y,ratio with the ratio from (\S+) to (\S+)$/, 'x,y,ratio, với ratio từ $1 đến $2'],
  [/^a story id such as (\S+)$/, 'mã của một câu chuyện, ví dụ $1'],
  [/^a story as the explorer writes it into a link$/, 'một câu chuyện đúng như trình khám phá ghi vào liên kết'],
  [/^a step number, from 1, with a story$/, 'số thứ tự của một bước, từ 1, đi kèm một câu chuyện'],
  [/^a start and an end within the article's (\d+) characters$/, 'vị trí đầu và cuối nằm trong $1 ký tự của bài viết'],
  [
    /^FROM\.\.TO: two ISO dates \(YYYY, YYYY-MM or YYYY-MM-DD\), the earlier first, or two different article ids$/,
    'FROM..TO: hai ngày dạng ISO (YYYY, YYYY-MM hoặc YYYY-MM-DD), ngày sớm hơn viết trước, hoặc mã của hai bài viết khác nhau',
  ],
];

export function expectedInVietnamese(expected: string): string | null {
  for (const [pattern, vi] of HINTS) if (pattern.test(expected)) return expected.replace(pattern, vi);
  return null;
}
