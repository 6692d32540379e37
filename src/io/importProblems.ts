/**
 * Why a file cannot be opened, as data: the reader says what and where, and each interface words
 * it in its own language (the explorer in Vietnamese or English, the command line in English).
 * What a parser itself says (saxes, JSON.parse) is its own English: it is quoted as its words,
 * inside a sentence of the reader's language, never passed off as ours.
 */
import type { Bilingual } from '../model/vocabulary';

type Lang = keyof Bilingual;

export type ImportProblem =
  | { code: 'tooLarge'; megabytes: string; limit: number }
  | { code: 'notUtf8'; offset: number }
  | { code: 'notGraphFile' }
  | { code: 'tooMany'; what: 'nodes' | 'edges'; limit: number }
  | { code: 'doctype'; line: number }
  | { code: 'encoding'; encoding: string }
  | { code: 'prefixed'; line: number; tag: string; local: string; format: string }
  | { code: 'notFormatElement'; line: number; tag: string; format: string }
  | { code: 'nodeWithoutId'; line: number }
  | { code: 'nodeIdTwice'; line: number; id: string }
  | { code: 'edgeWithoutEnd'; line: number; end: 'source' | 'target' }
  | { code: 'notWellFormed'; line?: number; column?: number; detail: string }
  | { code: 'wrongRoot'; root: string; format: string }
  | { code: 'danglingXmlEdge'; line: number; edge?: string; end: 'source' | 'target'; node: string }
  | { code: 'notGraphologyJson' }
  | { code: 'edgesNotArray' }
  | { code: 'notObject'; list: 'nodes' | 'edges'; index: number }
  | { code: 'attributesNotObject'; list: 'nodes' | 'edges'; index: number }
  | { code: 'nodeWithoutKey'; index: number }
  | { code: 'keyTwice'; index: number; key: string }
  | { code: 'danglingJsonEdge'; index: number; end: 'source' | 'target'; node: string }
  | { code: 'notJson'; line?: number; column?: number; detail: string }
  | { code: 'unreadable'; format: string; detail: string };

type Wording = { [C in ImportProblem['code']]: Record<Lang, (p: Extract<ImportProblem, { code: C }>) => string> };

const at = (lang: Lang, line?: number, column?: number): string => {
  if (line === undefined) return '';
  if (lang === 'vi') return column === undefined ? ` ở dòng ${line}` : ` ở dòng ${line}, cột ${column}`;
  return column === undefined ? ` at line ${line}` : ` at line ${line}, column ${column}`;
};
const END = { vi: { source: 'nguồn', target: 'đích' }, en: { source: 'source', target: 'target' } } as const;
const WHAT = { vi: { nodes: 'nút', edges: 'cạnh' }, en: { nodes: 'nodes', edges: 'edges' } } as const;

const WORDING: Wording = {
  tooLarge: {
    en: (p) => `${p.megabytes} MB, more than the ${p.limit} MB the explorer opens`,
    vi: (p) => `tệp nặng ${p.megabytes.replace('.', ',')} MB, quá mức ${p.limit} MB mà chương trình mở được`,
  },
  notUtf8: {
    en: (p) => `not UTF-8 text (invalid byte at offset ${p.offset}); save it as UTF-8`,
    vi: (p) => `tệp không phải văn bản UTF-8 (byte không hợp lệ ở vị trí ${p.offset}); hãy lưu lại dưới dạng UTF-8`,
  },
  notGraphFile: {
    en: () => 'not a GEXF, GraphML or graphology JSON file (name it .gexf, .graphml or .json)',
    vi: () => 'không phải tệp GEXF, GraphML hay JSON của graphology (hãy đặt đuôi .gexf, .graphml hoặc .json)',
  },
  tooMany: {
    en: (p) => `more than the ${p.limit} ${WHAT.en[p.what]} the explorer opens`,
    vi: (p) => `có hơn ${p.limit.toLocaleString('vi-VN')} ${WHAT.vi[p.what]}, quá mức chương trình mở được`,
  },
  doctype: {
    en: (p) => `line ${p.line}: DOCTYPE and ENTITY declarations are not allowed (they can expand without limit or reach outside the file)`,
    vi: (p) => `dòng ${p.line}: không cho phép khai báo DOCTYPE và ENTITY (chúng có thể nở ra vô hạn hoặc đọc ra ngoài tệp)`,
  },
  encoding: {
    en: (p) => `line 1: the file declares encoding "${p.encoding}"; save it as UTF-8`,
    vi: (p) => `dòng 1: tệp khai báo bảng mã “${p.encoding}”; hãy lưu lại dưới dạng UTF-8`,
  },
  prefixed: {
    en: (p) => `line ${p.line}: the elements carry a namespace prefix (<${p.tag}>); the explorer reads ${p.format} written in its default namespace (<${p.local} xmlns="…">) — save the file without prefixes`,
    vi: (p) => `dòng ${p.line}: các phần tử mang tiền tố không gian tên (<${p.tag}>); chương trình đọc ${p.format} viết trong không gian tên mặc định (<${p.local} xmlns="…">) — hãy lưu tệp không có tiền tố`,
  },
  notFormatElement: {
    en: (p) => `line ${p.line}: <${p.tag}> is not a ${p.format} element`,
    vi: (p) => `dòng ${p.line}: <${p.tag}> không phải là phần tử của ${p.format}`,
  },
  nodeWithoutId: { en: (p) => `line ${p.line}: a <node> has no id`, vi: (p) => `dòng ${p.line}: một <node> không có id` },
  nodeIdTwice: { en: (p) => `line ${p.line}: node id "${p.id}" is used twice`, vi: (p) => `dòng ${p.line}: id nút “${p.id}” bị dùng hai lần` },
  edgeWithoutEnd: {
    en: (p) => `line ${p.line}: an <edge> has no ${p.end}`,
    vi: (p) => `dòng ${p.line}: một <edge> không có nút ${END.vi[p.end]}`,
  },
  notWellFormed: {
    en: (p) => (p.line === undefined ? `not well-formed XML: ${p.detail}` : `not well-formed XML${at('en', p.line, p.column)}: ${p.detail}`),
    vi: (p) => `XML không đúng cú pháp${at('vi', p.line, p.column)} (trình đọc XML báo: “${p.detail}”)`,
  },
  wrongRoot: {
    en: (p) => `the root element is <${p.root}>, not <${p.format}>`,
    vi: (p) => `phần tử gốc là <${p.root}>, không phải <${p.format}>`,
  },
  danglingXmlEdge: {
    en: (p) => `line ${p.line}: edge${p.edge ? ` ${p.edge}` : ''} points to ${p.end} node "${p.node}", which the file does not declare`,
    vi: (p) => `dòng ${p.line}: cạnh${p.edge ? ` ${p.edge}` : ''} trỏ tới nút ${END.vi[p.end]} “${p.node}”, nút mà tệp không khai báo`,
  },
  notGraphologyJson: {
    en: () => 'the JSON is not a graphology serialization (expected an object with a "nodes" array)',
    vi: () => 'tệp JSON không theo định dạng của graphology (cần một đối tượng có mảng "nodes")',
  },
  edgesNotArray: { en: () => '"edges" is not an array', vi: () => '"edges" không phải là một mảng' },
  notObject: { en: (p) => `${p.list}[${p.index}] is not an object`, vi: (p) => `${p.list}[${p.index}] không phải là một đối tượng` },
  attributesNotObject: {
    en: (p) => `${p.list}[${p.index}]: "attributes" is not an object`,
    vi: (p) => `${p.list}[${p.index}]: "attributes" không phải là một đối tượng`,
  },
  nodeWithoutKey: { en: (p) => `nodes[${p.index}] has no "key"`, vi: (p) => `nodes[${p.index}] không có "key"` },
  keyTwice: { en: (p) => `nodes[${p.index}]: key "${p.key}" is used twice`, vi: (p) => `nodes[${p.index}]: khóa “${p.key}” bị dùng hai lần` },
  danglingJsonEdge: {
    en: (p) => `edges[${p.index}]: ${p.end} "${p.node}" is not a node of the file`,
    vi: (p) => `edges[${p.index}]: nút ${END.vi[p.end]} “${p.node}” không có trong tệp`,
  },
  notJson: {
    en: (p) => `not valid JSON at ${p.line === undefined ? p.detail : `line ${p.line}, column ${p.column}: ${p.detail}`}`,
    vi: (p) => `JSON không hợp lệ${at('vi', p.line, p.column)} (trình đọc JSON báo: “${p.detail}”)`,
  },
  unreadable: {
    en: (p) => `the ${p.format} could not be read: ${p.detail}`,
    vi: (p) => `không đọc được tệp ${p.format} (thư viện đọc tệp báo: “${p.detail}”)`,
  },
};

/** The problem in one language; the file's name first, as in "broken.json: not valid JSON at line 4, column 3: …". */
export function describeImportProblem(problem: ImportProblem, lang: Lang, file?: string): string {
  const sentence = (WORDING[problem.code][lang] as (p: ImportProblem) => string)(problem);
  return file === undefined ? sentence : `${file}: ${sentence}`;
}
