/**
 * The review server against requests its page never sends: another Host (a DNS-rebinding page),
 * broken percent-encoding, bodies that are not a JSON object, a review file it cannot read.
 * Each gets a status and one line that says what is wrong; the server's own errors stay on its
 * terminal, and nothing is recorded.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startReviewServer } from '../../../src/cli/reviewServer';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, graphDataCopy } from '../../helpers/ingest';

type Answer = { status: number; type: string; body: string };

describe('the review server, asked what its page never asks', () => {
  let server: { url: string; close: () => Promise<void> };
  let dataDir: string;
  let port: number;
  beforeAll(async () => {
    dataDir = graphDataCopy();
    runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dataDir);
    const dist = mkdtempSync(join(tmpdir(), 'kg-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    execFileSync('mkfifo', [join(dist, 'pipe.js')]);
    server = await startReviewServer({ dataDir, distDir: dist, port: 0 });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server.close());

  /** A request as any client may send it: its own Host header, any path, any body. */
  function send(method: string, path: string, { host = `127.0.0.1:${port}`, body, type = 'application/json' }: { host?: string; body?: string; type?: string } = {}) {
    return new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path, setHost: false, headers: { host, ...(body === undefined ? {} : { 'content-type': type }) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  const errorOf = (answer: Answer) => (JSON.parse(answer.body) as { error: string }).error;
  const decided = async () => (JSON.parse((await send('GET', '/api/review/fixture')).body) as { progress: { decided: number } }).progress.decided;

  it('answers only to its own name: another Host (a DNS-rebinding page) reads nothing', async () => {
    for (const path of ['/api/reviews', '/api/review/fixture', '/graph.json', '/', '/index.html']) {
      for (const host of ['attacker.example', `attacker.example:${port}`, `127.0.0.1:${port + 1}`, `localhost.attacker.example:${port}`, '']) {
        const answer = await send('GET', path, { host });
        expect(answer.status, `${host} ${path}`).toBe(421);
        expect(errorOf(answer)).toBe(`this server answers only to http://127.0.0.1:${port}/ and http://localhost:${port}/`);
      }
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) expect((await send('GET', '/api/reviews', { host })).status, host).toBe(200);
    const before = await decided();
    const write = await send('POST', '/api/review/fixture/decisions', { host: 'attacker.example', body: JSON.stringify({ decisions: [{ target: '1', action: 'reject' }] }) });
    expect(write.status).toBe(421);
    expect(await decided()).toBe(before);
  });

  it('serves only regular files: a named pipe in the built app is not found, not waited on', async () => {
    expect((await send('GET', '/pipe.js')).status).toBe(404);
    expect((await send('GET', '/api/reviews')).status).toBe(200);
  });

  it('answers broken percent-encoding with 400 and one line', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%ZZ.js', '/%C0%AF']) {
      const answer = await send('GET', path);
      expect(answer.status, path).toBe(400);
      expect(errorOf(answer)).toBe('the path is not valid percent-encoding (RFC 3986)');
    }
  });

  it('answers a body that is not a JSON object with 400 and one line, and records nothing', async () => {
    const before = await decided();
    for (const body of ['null', '[]', '[{"target":"1","action":"accept"}]', '5', '"accept"', 'true']) {
      for (const action of ['decisions', 'undo', 'apply']) {
        const answer = await send('POST', `/api/review/fixture/${action}`, { body });
        expect(answer.status, `${action} ${body}`).toBe(400);
        expect(errorOf(answer)).toBe('the request body must be a JSON object, such as {"decisions": […]}');
      }
    }
    for (const body of ['{"decisions": null}', '{"decisions": "x"}', '{"decisions": [null]}', '{"decisions": [{"target": 5}]}']) {
      const answer = await send('POST', '/api/review/fixture/decisions', { body });
      expect(answer.status, body).toBe(400);
      expect(errorOf(answer)).not.toContain('\n');
    }
    expect((await send('POST', '/api/review/fixture/decisions', { body: '{"decisions": [' })).status).toBe(400);
    expect(await decided()).toBe(before);
  });

  it('answers a request that fails in an unexpected way with 500 and a plain line; the details go to its terminal only', async () => {
    // graph-data whose review folder is a file: reading it fails in a way no check foresees.
    const broken = graphDataCopy();
    writeFileSync(join(broken, 'review'), 'not a folder');
    const other = await startReviewServer({ dataDir: broken, distDir: mkdtempSync(join(tmpdir(), 'kg-dist-')), port: 0 });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const answer = await fetch(new URL('api/reviews', other.url));
      expect(answer.status).toBe(500);
      expect(await answer.json()).toEqual({ error: 'the server could not answer this request: its terminal says why' });
      expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toMatch(/GET \/api\/reviews: Error: ENOTDIR[\s\S]*\n\s+at /);
    } finally {
      stderr.mockRestore();
      await other.close();
    }
  });

  it('answers a review file it cannot read with what is wrong in it, never a stack trace', async () => {
    mkdirSync(join(dataDir, 'review'), { recursive: true });
    writeFileSync(join(dataDir, 'review', 'eu-norway-spd.json'), JSON.stringify({ source: 'eu-norway-spd', proposals: 5 }));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const answer = await send('GET', '/api/review/eu-norway-spd');
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(errorOf(answer)).not.toMatch(/\n\s+at |\.ts:\d+|TypeError|Cannot read/);
    } finally {
      stderr.mockRestore();
    }
  });
});
