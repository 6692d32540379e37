/**
 * `npm run review`: a local server for reviewing ingested articles in the browser. It serves the
 * built app (the page opens the review view at /?review), the graph bundle built afresh from
 * graph-data, and a small JSON API over the same review actions as `kg review` / `kg apply`.
 * It listens on 127.0.0.1 only and accepts writes only from its own page.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { GraphBundle } from '../model/graph';
import { progress, type ReviewSummary } from '../ingest/review';
import { DataError, loadDataset, loadReviewFor, readReview } from './corpusFiles';
import { loadGraph } from './loadGraph';
import { ConflictError, readConsistent } from './store/graphStore';
import { usageErrorOf } from './args';
import { LockError } from './store/lock';
import { decisionInputs, planReview, recordDecisions, undoDecision, writeReview, type Lang } from './reviewActions';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MAX_BODY = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<object> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'the request is larger than 1 MB');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new HttpError(400, 'the request body is not JSON');
  }
  // The page always sends an object; null, a list or a bare value is not a request it made.
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'the request body must be a JSON object, such as {"decisions": […]}');
  return body;
}

export type ReviewServerOptions = { dataDir: string; distDir: string; port: number };

export function reviewState(dataDir: string, id: string) {
  const { review, text, dataset } = loadReviewFor(dataDir, id);
  const meta = dataset.sources.find((s) => s.id === id)!;
  return {
    id,
    title: meta.title,
    date: meta.date ?? null,
    language: meta.language,
    text,
    review,
    progress: progress(review),
    entities: dataset.entities.map((e) => ({ id: e.id, kind: e.kind, ...(e.category ? { category: e.category } : {}), labels: e.labels, aliases: e.aliases })),
  };
}

/** Every review with its progress; one that cannot be read is listed with its problem, not dropped with the rest. */
function listReviews(dataDir: string): ReviewSummary[] {
  const dir = join(dataDir, 'review');
  if (!existsSync(dir)) return [];
  const dataset = loadDataset(dataDir);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name): ReviewSummary[] => {
      const id = name.slice(0, -'.json'.length);
      const source = dataset.sources.find((s) => s.id === id);
      if (!source) return [];
      try {
        const review = readReview(dataDir, id);
        return review ? [{ id, title: source.title, progress: progress(review), applied: (review.applied ?? []).length }] : [];
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        return [{ id, title: source.title, problem: error.lines.join('\n') }];
      }
    });
}

/** `lang`: the page's language (?lang=vi), in which refusals are worded. */
async function api(req: IncomingMessage, path: string, options: ReviewServerOptions, lang: Lang): Promise<unknown> {
  const { dataDir } = options;
  if (path === '/api/reviews' && req.method === 'GET') return listReviews(dataDir);
  const match = /^\/api\/review\/([a-z0-9-]+)(?:\/(decisions|undo|plan|apply))?$/.exec(path);
  if (!match) throw new HttpError(404, `no such API: ${path}`);
  const [, id, action] = match as unknown as [string, string, string | undefined];
  if (!action && req.method === 'GET') return reviewState(dataDir, id);
  if (action === 'plan' && req.method === 'GET') {
    const planned = planReview(dataDir, id);
    return { plan: planned.plan, invalid: planned.invalid };
  }
  if (req.method !== 'POST') throw new HttpError(405, `${req.method} is not allowed here`);
  const body = (await readBody(req)) as { decisions?: unknown };
  if (action === 'decisions') {
    const parsed = decisionInputs.safeParse(body.decisions);
    if (!parsed.success) throw new HttpError(400, parsed.error.issues.map((i) => `decisions[${i.path.join('.')}]: ${i.message}`).join('; '));
    recordDecisions(dataDir, id, parsed.data, lang);
    return reviewState(dataDir, id);
  }
  if (action === 'undo') {
    undoDecision(dataDir, id);
    return reviewState(dataDir, id);
  }
  if (action === 'apply') {
    // The write plans again inside its transaction and refuses (409) what cannot be written.
    return { plan: writeReview(dataDir, id, lang).plan };
  }
  throw new HttpError(404, `no such API: ${path}`);
}

/**
 * Only requests addressed to this server by its own name are answered: a page from another
 * site can make its own name resolve to 127.0.0.1 (DNS rebinding), but its requests still carry
 * that name in their Host header.
 */
function checkHost(req: IncomingMessage, port: number): void {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`, ...(port === 80 ? ['127.0.0.1', 'localhost'] : [])];
  if (!own.includes(String(req.headers.host ?? '').toLowerCase())) {
    throw new HttpError(421, `this server answers only to http://127.0.0.1:${port}/ and http://localhost:${port}/`);
  }
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new HttpError(400, 'the path is not valid percent-encoding (RFC 3986)');
  }
}

/** Writes come only from this server's own page: a JSON body and no foreign Origin. */
function checkOrigin(req: IncomingMessage, port: number): void {
  if (req.method === 'GET') return;
  const origin = req.headers.origin;
  const own = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  if (origin !== undefined && !own.includes(origin)) throw new HttpError(403, `writes are accepted only from the review page (${own[0]})`);
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'send JSON (Content-Type: application/json)');
}

function serveFile(res: ServerResponse, options: ReviewServerOptions, path: string): void {
  const root = resolve(options.distDir);
  const file = resolve(root, `.${normalize(decodedPath(path))}`);
  const target = file === root || file.startsWith(root + sep) ? (existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file) : '';
  // Only regular files: a named pipe in the folder would hold the request (and the server) for ever.
  if (!target || !existsSync(target) || !statSync(target).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
  res.end(readFileSync(target));
}

export function startReviewServer(options: ReviewServerOptions) {
  // A write a killed command left halfway is finished or discarded before anything is served.
  readConsistent(options.dataDir, () => undefined);
  const server = createServer((req, res) => {
    const handle = async () => {
      const port = (server.address() as { port: number }).port;
      checkHost(req, port);
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname.startsWith('/api/')) {
        checkOrigin(req, port);
        send(res, 200, await api(req, url.pathname, options, url.searchParams.get('lang') === 'vi' ? 'vi' : 'en'));
      } else if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
      } else if (url.pathname === '/graph.json') {
        // Built afresh from graph-data, so the explorer shows what was just applied.
        const loaded = loadGraph(options.dataDir);
        if (!loaded.ok) throw new DataError(loaded.errors);
        const bundle: GraphBundle = { graph: loaded.graph.export(), sources: loaded.sources };
        send(res, 200, bundle);
      } else serveFile(res, options, url.pathname);
    };
    handle().catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) send(res, error.status, { error: error.message });
      else if (error instanceof DataError) send(res, 409, { error: error.message });
      else if (error instanceof LockError || error instanceof ConflictError) send(res, 409, { error: error.message });
      else {
        // The page gets one plain line; what went wrong, with its stack, is for the terminal that runs the server.
        process.stderr.write(`review: ${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}\n`);
        send(res, 500, { error: 'the server could not answer this request: its terminal says why' });
      }
    });
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let values;
  const options = { data: { type: 'string', default: 'graph-data' }, dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4180' } } as const;
  try {
    ({ values } = parseArgs({ options, strict: true }));
  } catch (error) {
    process.stderr.write(`review: ${usageErrorOf(error, options).message}\nUsage: npm run review -- [--data DIR] [--port N]\n`);
    process.exit(2);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`review: --port must be a number from 0 to 65535 (got ${values.port})\n`);
    process.exit(2);
  }
  if (!existsSync(join(values.dist, 'index.html'))) {
    process.stderr.write(`review: no built app in ${values.dist}/: run npm run build first (npm run review does)\n`);
    process.exit(1);
  }
  startReviewServer({ dataDir: values.data, distDir: values.dist, port }).then(
    ({ url }) => process.stdout.write(`Reviewing ${values.data} at ${url}?review (Ctrl+C to stop)\n`),
    (error: unknown) => {
      process.stderr.write(`review: could not start the server: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
