/**
 * Opening a user's file: GEXF, GraphML or graphology JSON, into the explorer's graph model.
 * Everything a hostile or broken file can do is refused with a message that says what and
 * where: too large, not UTF-8, not well-formed, DTD / entity tricks, dangling edges, too many
 * elements. Labels stay plain strings; rendering them as text is the explorer's job.
 */
import Graph, { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { SaxesParser } from 'saxes';
import type { KnowledgeGraph, SerializedKnowledgeGraph } from '../model/graph';
import { locateJsonError } from '../text/jsonError';
import { describeImportProblem, type ImportProblem } from './importProblems';
import { unflattenEdge, unflattenNode } from './flatten';
import { ORIGINAL_ID } from './graphml';
import { excerpt, isUnsafeKey, IssueTally, safeKey, sanitizeEdge, sanitizeNode, type ImportSummary } from './sanitize';
import { decodeUtf8 } from './utf8';
import { unsafeXmlReason } from './xml';

export const IMPORT_LIMITS = { bytes: 256 * 1024 * 1024, nodes: 200_000, edges: 1_000_000 };

/** A refusal: what is wrong (`problem`, worded by each interface in its language) and in which file. */
export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly file?: string,
  ) {
    super(describeImportProblem(problem, 'en', file));
  }
}

export type ImportedData = {
  /** The checked graph as graphology's serialization, for `MultiDirectedGraph.from`. */
  data: SerializedKnowledgeGraph;
  format: 'gexf' | 'graphml' | 'json';
  needsLayout: boolean;
  /** What was dropped or changed to make the file's values safe; empty when nothing was. */
  summary: ImportSummary;
  /** No node named a kind or a colour: the explorer colours the nodes by the communities of their links instead. */
  plain: boolean;
};

export type ImportedGraph = Omit<ImportedData, 'data'> & { graph: KnowledgeGraph };

/** Nodes and edges as they are checked, in order (all nodes before any edge), for a reader that builds as it goes. */
export type GraphPart = Pick<SerializedKnowledgeGraph, 'nodes' | 'edges'>;
const PART_SIZE = 10_000;

/** The steps of a read, reported as each begins (for a progress bar), and its parts as they are ready. */
export type ReadStage = 'parse' | 'build';
export type ReadProgress = { onStage?: (stage: ReadStage) => void; onPart?: (part: GraphPart) => void };

type Format = ImportedGraph['format'];

function tooMany(what: 'nodes' | 'edges'): ImportError {
  return new ImportError({ code: 'tooMany', what, limit: IMPORT_LIMITS[what] });
}

function sniff(name: string, text: string): Format {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'gexf' || ext === 'graphml' || ext === 'json') return ext;
  const head = text.slice(0, 2000);
  if (/^\s*[{[]/.test(head)) return 'json';
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  throw new ImportError({ code: 'notGraphFile' });
}

/** The elements each format defines; one in the format's namespace but not listed is refused. */
const VOCABULARY: Record<'gexf' | 'graphml', Set<string>> = {
  gexf: new Set(['gexf', 'meta', 'creator', 'description', 'keywords', 'graph', 'attributes', 'attribute', 'default', 'options', 'nodes', 'node', 'edges', 'edge', 'attvalues', 'attvalue', 'spells', 'spell', 'parents', 'parent', 'color', 'position', 'size', 'shape', 'thickness']),
  graphml: new Set(['graphml', 'key', 'default', 'graph', 'node', 'edge', 'data', 'desc', 'port', 'locator']),
};
/** Inside these, anything goes: yEd and others put their own markup there. */
const FREE_CONTENT = new Set(['data', 'desc', 'default', 'attvalue', 'description', 'creator', 'keywords']);

/**
 * A strict XML 1.0 pass (saxes) before any graph library sees the file: well-formedness with
 * line and column, namespaces, the format's own elements, limits, and every edge naming a
 * node the file declares. (xmldom, under graphology's parsers, silently repairs broken
 * markup, so it cannot be the judge.)
 */
function checkXml(text: string, format: 'gexf' | 'graphml'): void {
  const parser = new SaxesParser({ position: true, xmlns: true });
  const ids = new Set<string>();
  const edges: { id: string; source: string; target: string; line: number }[] = [];
  const label = format === 'gexf' ? 'GEXF' : 'GraphML';
  let root: { local: string; uri: string } | null = null;
  let freeDepth = 0;
  parser.on('opentag', (tag) => {
    const name = tag.local ?? tag.name;
    if (!root) {
      root = { local: name, uri: tag.uri ?? '' };
      if ((name === 'gexf' || name === 'graphml') && tag.prefix) {
        throw new ImportError({ code: 'prefixed', line: parser.line, tag: tag.name, local: name, format: label });
      }
      return;
    }
    if (freeDepth > 0) {
      freeDepth += 1;
      return;
    }
    if ((tag.uri ?? '') !== root.uri) return;
    if (!VOCABULARY[format].has(name)) throw new ImportError({ code: 'notFormatElement', line: parser.line, tag: excerpt(tag.name), format: label });
    if (FREE_CONTENT.has(name)) freeDepth = 1;
    const get = (attr: string) => tag.attributes[attr]?.value;
    if (name === 'node') {
      const id = get('id');
      if (!id) throw new ImportError({ code: 'nodeWithoutId', line: parser.line });
      if (ids.has(id)) throw new ImportError({ code: 'nodeIdTwice', line: parser.line, id: excerpt(id) });
      ids.add(id);
      if (ids.size > IMPORT_LIMITS.nodes) throw tooMany('nodes');
    } else if (name === 'edge') {
      const source = get('source');
      const target = get('target');
      if (!source || !target) throw new ImportError({ code: 'edgeWithoutEnd', line: parser.line, end: source ? 'target' : 'source' });
      edges.push({ id: get('id') ?? '', source, target, line: parser.line });
      if (edges.length > IMPORT_LIMITS.edges) throw tooMany('edges');
    }
  });
  parser.on('closetag', () => {
    if (freeDepth > 0) freeDepth -= 1;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = (error as Error).message;
    const where = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
    throw new ImportError(where ? { code: 'notWellFormed', line: Number(where[1]), column: Number(where[2]), detail: where[3] ?? '' } : { code: 'notWellFormed', detail: message });
  }
  const rootName = (root as { local: string } | null)?.local;
  if (rootName !== format) throw new ImportError({ code: 'wrongRoot', root: excerpt(rootName ?? 'nothing'), format });
  for (const edge of edges) {
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(edge[end])) {
        throw new ImportError({ code: 'danglingXmlEdge', line: edge.line, ...(edge.id ? { edge: excerpt(edge.id) } : {}), end, node: excerpt(edge[end]) });
      }
    }
  }
}

type RawElement = { key?: unknown; source?: unknown; target?: unknown; attributes?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The graphology serialization's shape, element by element, each problem named with its place. */
function checkJsonStructure(data: unknown): { nodes: RawElement[]; edges: RawElement[]; name: unknown } {
  if (!isRecord(data) || !Array.isArray(data.nodes)) {
    throw new ImportError({ code: 'notGraphologyJson' });
  }
  const { nodes, edges = [], attributes } = data;
  if (!Array.isArray(edges)) throw new ImportError({ code: 'edgesNotArray' });
  if (nodes.length > IMPORT_LIMITS.nodes) throw tooMany('nodes');
  if (edges.length > IMPORT_LIMITS.edges) throw tooMany('edges');
  const ids = new Set<string>();
  const checkAttributes = (element: RawElement, list: 'nodes' | 'edges', index: number) => {
    if (element.attributes !== undefined && !isRecord(element.attributes)) throw new ImportError({ code: 'attributesNotObject', list, index });
  };
  nodes.forEach((node: unknown, i) => {
    if (!isRecord(node)) throw new ImportError({ code: 'notObject', list: 'nodes', index: i });
    const key = node.key;
    if (typeof key !== 'string' && typeof key !== 'number') throw new ImportError({ code: 'nodeWithoutKey', index: i });
    if (ids.has(String(key))) throw new ImportError({ code: 'keyTwice', index: i, key: excerpt(key) });
    ids.add(String(key));
    checkAttributes(node, 'nodes', i);
  });
  edges.forEach((edge: unknown, i) => {
    if (!isRecord(edge)) throw new ImportError({ code: 'notObject', list: 'edges', index: i });
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(String(edge[end]))) throw new ImportError({ code: 'danglingJsonEdge', index: i, end, node: excerpt(edge[end]) });
    }
    checkAttributes(edge, 'edges', i);
  });
  return { nodes: nodes as RawElement[], edges: edges as RawElement[], name: isRecord(attributes) ? attributes.name : undefined };
}

/**
 * A graph under construction, as graphology's serialization: every value checked on its way
 * in, unsafe ids renamed. The import worker hands this to the page, which builds the graph
 * once (building it here too would double the work and the copying).
 */
class Builder {
  readonly tally = new IssueTally();
  private sentNodes = 0;
  private sentEdges = 0;
  needsLayout = false;
  private plain = true;
  private readonly nodes: SerializedKnowledgeGraph['nodes'] = [];
  private readonly edges: SerializedKnowledgeGraph['edges'] = [];
  private readonly nodeKeys = new Set<string>();
  private readonly edgeKeys = new Set<string>();
  private readonly keyOf = new Map<string, string>();
  private readonly name: string;

  constructor(
    name: unknown,
    private readonly onPart?: (part: GraphPart) => void,
  ) {
    this.name = typeof name === 'string' ? name : 'Imported graph';
  }

  /** Hands on what was built since the last part, once it is a part's worth (or at the end). */
  private flush(atEnd = false): void {
    const pending = this.nodes.length - this.sentNodes + this.edges.length - this.sentEdges;
    if (!this.onPart || pending === 0 || (!atEnd && pending < PART_SIZE)) return;
    this.onPart({ nodes: this.nodes.slice(this.sentNodes), edges: this.edges.slice(this.sentEdges) });
    this.sentNodes = this.nodes.length;
    this.sentEdges = this.edges.length;
  }

  addNode(fileId: string, raw: Record<string, unknown>): void {
    const id = typeof raw[ORIGINAL_ID] === 'string' ? (raw[ORIGINAL_ID] as string) : fileId;
    let key = id;
    if (isUnsafeKey(id) || this.nodeKeys.has(id)) {
      key = safeKey(id, (k) => this.nodeKeys.has(k));
      this.tally.add('renamedNodeId', id);
    }
    this.keyOf.set(fileId, key);
    this.nodeKeys.add(key);
    // A position the file gives but that is no number ("NaN", "left") is laid out again, and said so.
    const given = [raw.x, raw.y].filter((v) => v !== undefined && v !== null && v !== '');
    // Named by its id alone: the value itself ("NaN", nothing at all) would read as the explorer's own slip.
    if (given.some((v) => !Number.isFinite(Number(v)))) this.tally.add('badPosition', id);
    const rawKind = rawString(raw.kind ?? raw.type);
    if (rawKind !== undefined || raw.color !== undefined || raw.r !== undefined) this.plain = false;
    const attributes = sanitizeNode(key, unflattenNode(id, raw), rawKind, this.tally);
    if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) this.needsLayout = true;
    this.nodes.push({ key, attributes });
    this.flush();
  }

  addEdge(fileId: string | undefined, fileSource: string, fileTarget: string, raw: Record<string, unknown>): void {
    let key = typeof raw[ORIGINAL_ID] === 'string' ? (raw[ORIGINAL_ID] as string) : fileId;
    const attributes = sanitizeEdge(unflattenEdge(raw), rawString(raw.predicate ?? raw.kind), this.tally);
    const source = this.keyOf.get(fileSource) as string;
    const target = this.keyOf.get(fileTarget) as string;
    // A repeated key loses it (graphology gives the edge a fresh one), as parallel edges may.
    if (key !== undefined && this.edgeKeys.has(key)) key = undefined;
    if (key !== undefined && isUnsafeKey(key)) {
      this.tally.add('renamedEdgeId', key);
      key = safeKey(key, (k) => this.edgeKeys.has(k));
    }
    if (key === undefined) this.edges.push({ source, target, attributes });
    else {
      this.edgeKeys.add(key);
      this.edges.push({ key, source, target, attributes });
    }
    this.flush();
  }

  result(format: Format): ImportedData {
    this.flush(true);
    const data: SerializedKnowledgeGraph = {
      attributes: { name: this.name, sourceDates: {} },
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: this.nodes,
      edges: this.edges,
    };
    return { data, format, needsLayout: this.needsLayout, summary: this.tally.summary(), plain: this.plain && this.nodes.length > 0 };
  }
}

const rawString = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));

/** Straight from the parsed JSON into our model's serialization, element by element. */
function readJson(text: string, { onStage, onPart }: ReadProgress): ImportedData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError({ code: 'notJson', ...locateJsonError(text, error) });
  }
  const { nodes, edges, name } = checkJsonStructure(data);
  onStage?.('build');
  const builder = new Builder(name, onPart);
  for (const node of nodes) builder.addNode(String(node.key), (node.attributes ?? {}) as Record<string, unknown>);
  for (const edge of edges) {
    const key = edge.key === undefined || edge.key === null ? undefined : String(edge.key);
    builder.addEdge(key, String(edge.source), String(edge.target), (edge.attributes ?? {}) as Record<string, unknown>);
  }
  return builder.result('json');
}

/** From the XML readers' graph into our model: flat columns unflattened, ids restored. */
function fromParsedXml(source: Graph, format: Format, onPart?: (part: GraphPart) => void): ImportedData {
  const builder = new Builder(source.getAttribute('name'), onPart);
  source.forEachNode((node, raw) => builder.addNode(node, raw));
  source.forEachEdge((edge, raw, s, t) => builder.addEdge(edge, s, t, raw));
  return builder.result(format);
}

/** A file's graph, checked value by value. */
export function readGraphFile(name: string, bytes: Uint8Array, progress: ReadProgress = {}): ImportedGraph {
  const { data, ...rest } = readGraphData(name, bytes, progress);
  return { graph: MultiDirectedGraph.from(data), ...rest };
}

/** The same, as a serialization: what the import worker sends to the page. */
export function readGraphData(name: string, bytes: Uint8Array, progress: ReadProgress = {}): ImportedData {
  if (bytes.length > IMPORT_LIMITS.bytes) {
    throw new ImportError({ code: 'tooLarge', megabytes: (bytes.length / 1048576).toFixed(1), limit: IMPORT_LIMITS.bytes / 1048576 }, name);
  }
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) throw new ImportError({ code: 'notUtf8', offset: decoded.badByte }, name);
  const text = decoded.text.replace(/^\uFEFF/, '');
  try {
    const format = sniff(name, text);
    progress.onStage?.('parse');
    if (format === 'json') return readJson(text, progress);
    const unsafe = unsafeXmlReason(text);
    if (unsafe) throw new ImportError(unsafe);
    checkXml(text, format);
    progress.onStage?.('build');
    let parsed: Graph;
    try {
      parsed = format === 'gexf' ? gexf.parse(Graph, text, { allowUndeclaredAttributes: true }) : graphml.parse(Graph, text);
    } catch (error) {
      throw new ImportError({ code: 'unreadable', format: format.toUpperCase(), detail: (error as Error).message });
    }
    return fromParsedXml(parsed, format, progress.onPart);
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError(error.problem, name);
    throw error;
  }
}
