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
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../model/graph';
import { unflattenEdge, unflattenNode } from './flatten';
import { ORIGINAL_ID } from './graphml';
import { decodeUtf8 } from './utf8';
import { unsafeXmlReason } from './xml';

export const IMPORT_LIMITS = { bytes: 50 * 1024 * 1024, nodes: 200_000, edges: 1_000_000 };

export class ImportError extends Error {}

export type ImportedGraph = { graph: KnowledgeGraph; format: 'gexf' | 'graphml' | 'json'; needsLayout: boolean };

type Format = ImportedGraph['format'];

function tooMany(what: 'nodes' | 'edges'): ImportError {
  return new ImportError(`more than the ${IMPORT_LIMITS[what]} ${what} the explorer opens`);
}

function sniff(name: string, text: string): Format {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'gexf' || ext === 'graphml' || ext === 'json') return ext;
  const head = text.slice(0, 2000);
  if (/^\s*[{[]/.test(head)) return 'json';
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  throw new ImportError('not a GEXF, GraphML or graphology JSON file (name it .gexf, .graphml or .json)');
}

/**
 * A strict XML 1.0 pass (saxes) before any graph library sees the file: well-formedness with
 * line and column, limits, and every edge naming a node the file declares. (xmldom, under
 * graphology's parsers, silently repairs broken markup, so it cannot be the judge.)
 */
function checkXml(text: string): void {
  const parser = new SaxesParser({ position: true });
  const ids = new Set<string>();
  const edges: { id: string; source: string; target: string; line: number }[] = [];
  const at = () => `line ${parser.line}: `;
  let root: string | null = null;
  parser.on('opentag', (tag) => {
    const name = tag.name.replace(/^.*:/, '');
    root ??= name;
    const get = (attr: string) => tag.attributes[attr] as string | undefined;
    if (name === 'node') {
      const id = get('id');
      if (!id) throw new ImportError(`${at()}a <node> has no id`);
      if (ids.has(id)) throw new ImportError(`${at()}node id "${id}" is used twice`);
      ids.add(id);
      if (ids.size > IMPORT_LIMITS.nodes) throw tooMany('nodes');
    } else if (name === 'edge') {
      const source = get('source');
      const target = get('target');
      if (!source || !target) throw new ImportError(`${at()}an <edge> has no ${source ? 'target' : 'source'}`);
      edges.push({ id: get('id') ?? '', source, target, line: parser.line });
      if (edges.length > IMPORT_LIMITS.edges) throw tooMany('edges');
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = (error as Error).message;
    const where = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
    throw new ImportError(where ? `not well-formed XML at line ${where[1]}, column ${where[2]}: ${where[3]}` : `not well-formed XML: ${message}`);
  }
  if (root !== 'gexf' && root !== 'graphml') throw new ImportError(`the root element is <${root ?? 'nothing'}>, not <gexf> or <graphml>`);
  for (const edge of edges) {
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(edge[end])) {
        throw new ImportError(`line ${edge.line}: edge${edge.id ? ` ${edge.id}` : ''} points to ${end} node "${edge[end]}", which the file does not declare`);
      }
    }
  }
}

function checkJsonStructure(data: unknown): void {
  if (data === null || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new ImportError('the JSON is not a graphology serialization (expected an object with a "nodes" array)');
  }
  const { nodes, edges = [] } = data as { nodes: unknown[]; edges?: unknown };
  if (!Array.isArray(edges)) throw new ImportError('"edges" is not an array');
  if (nodes.length > IMPORT_LIMITS.nodes) throw tooMany('nodes');
  if (edges.length > IMPORT_LIMITS.edges) throw tooMany('edges');
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    const key = (node as { key?: unknown } | null)?.key;
    if (typeof key !== 'string' && typeof key !== 'number') throw new ImportError(`nodes[${i}] has no "key"`);
    if (ids.has(String(key))) throw new ImportError(`nodes[${i}]: key "${key}" is used twice`);
    ids.add(String(key));
  });
  edges.forEach((edge, i) => {
    const e = (edge ?? {}) as { source?: unknown; target?: unknown };
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(String(e[end]))) throw new ImportError(`edges[${i}]: ${end} "${String(e[end])}" is not a node of the file`);
    }
  });
}

function parseJson(text: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`not valid JSON: ${(error as Error).message}`);
  }
  checkJsonStructure(data);
  const options = (data as { options?: Record<string, unknown> }).options ?? {};
  const graph = new Graph({ multi: true, allowSelfLoops: options.allowSelfLoops !== false, type: 'mixed' });
  try {
    graph.import(data as Parameters<Graph['import']>[0]);
  } catch (error) {
    throw new ImportError(`the graph could not be built: ${(error as Error).message}`);
  }
  return graph;
}

/** Into our model: flat columns unflattened, ids restored, undirected edges kept as written. */
function toKnowledgeGraph(source: Graph): { graph: KnowledgeGraph; needsLayout: boolean } {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ name: String(source.getAttribute('name') ?? 'Imported graph'), sourceDates: {} });
  const keyOf = new Map<string, string>();
  let needsLayout = false;
  source.forEachNode((node, raw) => {
    const key = typeof raw[ORIGINAL_ID] === 'string' ? (raw[ORIGINAL_ID] as string) : node;
    keyOf.set(node, key);
    const attrs: NodeAttributes = unflattenNode(key, raw);
    if (!Number.isFinite(attrs.x) || !Number.isFinite(attrs.y)) needsLayout = true;
    graph.addNode(key, attrs);
  });
  source.forEachEdge((edge, raw, s, t) => {
    const key = typeof raw[ORIGINAL_ID] === 'string' ? (raw[ORIGINAL_ID] as string) : edge;
    const attrs: EdgeAttributes = unflattenEdge(raw);
    const from = keyOf.get(s) as string;
    const to = keyOf.get(t) as string;
    if (graph.hasEdge(key)) graph.addDirectedEdge(from, to, attrs);
    else graph.addDirectedEdgeWithKey(key, from, to, attrs);
  });
  return { graph, needsLayout };
}

export function readGraphFile(name: string, bytes: Uint8Array): ImportedGraph {
  if (bytes.length > IMPORT_LIMITS.bytes) {
    throw new ImportError(`${name}: ${(bytes.length / 1048576).toFixed(1)} MB, more than the ${IMPORT_LIMITS.bytes / 1048576} MB the explorer opens`);
  }
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) throw new ImportError(`${name}: not UTF-8 text (invalid byte at offset ${decoded.badByte}); save it as UTF-8`);
  const text = decoded.text.replace(/^\uFEFF/, '');
  try {
    const format = sniff(name, text);
    let parsed: Graph;
    if (format === 'json') parsed = parseJson(text);
    else {
      const unsafe = unsafeXmlReason(text);
      if (unsafe) throw new ImportError(unsafe);
      checkXml(text);
      try {
        parsed = format === 'gexf' ? gexf.parse(Graph, text, { allowUndeclaredAttributes: true }) : graphml.parse(Graph, text);
      } catch (error) {
        throw new ImportError(`the ${format.toUpperCase()} could not be read: ${(error as Error).message}`);
      }
    }
    return { ...toKnowledgeGraph(parsed), format };
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError(`${name}: ${error.message}`);
    throw error;
  }
}
