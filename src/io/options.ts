/** What a user chooses about an export besides its format: shared by every writer. */
import type { Bilingual } from '../model/vocabulary';

/** The language of the label each tool displays; both languages stay as their own columns. */
export type ExportLang = keyof Bilingual;
export const EXPORT_LANGS: ExportLang[] = ['vi', 'en'];

/** CSV shaped for a spreadsheet (default), Gephi's spreadsheet import, or `neo4j-admin database import`. */
export type CsvDialect = 'default' | 'gephi' | 'neo4j';
export const CSV_DIALECTS: CsvDialect[] = ['default', 'gephi', 'neo4j'];

/** GEXF 1.3 for Gephi 0.10 and NetworkX 3; 1.2 ("1.2draft") for NetworkX 2.x and older readers. */
export type GexfVersion = '1.3' | '1.2';
export const GEXF_VERSIONS: GexfVersion[] = ['1.3', '1.2'];
