/**
 * A table (header row first) as one CSV file for spreadsheets: RFC 4180, UTF-8 with a byte-order
 * mark. Without the mark, Excel reads UTF-8 as the system's code page and Vietnamese comes out garbled.
 */
import { csvField } from './csv';

export const UTF8_BOM = '\uFEFF';

export function writeTableCsv(cells: string[][]): string {
  return UTF8_BOM + cells.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
