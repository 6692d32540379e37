/**
 * `kg ingest` against hostile input: files that are not articles (too large, a pipe, a device,
 * invisible characters only, broken UTF-8) and metadata that the validator would refuse. Each is
 * refused with a message saying what and where, and nothing is written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from '../../helpers/cli';
import { FIXTURE_ARTICLE, fixtureText, graphDataCopy } from '../../helpers/ingest';

const scratch = () => mkdtempSync(join(tmpdir(), 'kg-input-'));
function articleFile(content: string | Uint8Array): string {
  const path = join(scratch(), 'article.txt');
  writeFileSync(path, content);
  return path;
}
const listing = (dir: string) => [...readdirSync(join(dir, 'sources')), ...(existsSync(join(dir, 'review')) ? readdirSync(join(dir, 'review')) : [])].sort();

/** Runs ingest on a fresh copy of graph-data and checks that nothing was written there. */
function ingestRefused(args: string[]) {
  const dir = graphDataCopy();
  const before = listing(dir);
  const result = runKg('ingest', ...args, '--data', dir);
  expect(listing(dir)).toEqual(before);
  return result;
}

const MB = 1024 * 1024;

describe('kg ingest reads only an article', () => {
  it('refuses a file over 1 MB, reading no more than it needs to say so', () => {
    const result = ingestRefused([articleFile(new Uint8Array(MB + 1).fill(0x61)), '--id', 'x', '--title-en', 'X']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/article\.txt: the article is larger than 1 MB \(1,048,576 bytes\): split it into several articles/);
  });

  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const fifo = join(scratch(), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const result = ingestRefused([fifo, '--id', 'x', '--title-en', 'X']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/pipe\.txt: not a regular file \(a pipe, a device or a socket\): save the article as a file and ingest that/);
  });

  it('refuses a device such as /dev/zero instead of reading it for ever', () => {
    const result = ingestRefused(['/dev/zero', '--id', 'x', '--title-en', 'X']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/\/dev\/zero: not a regular file/);
  });

  it('refuses a folder, and follows a link to a real file', () => {
    expect(ingestRefused([scratch(), '--id', 'x', '--title-en', 'X']).err).toMatch(/is a folder, not a text file/);
    const link = join(scratch(), 'link.txt');
    symlinkSync(FIXTURE_ARTICLE, link);
    expect(runKg('ingest', link, '--id', 'x', '--dry-run', '--data', graphDataCopy()).code).toBe(0);
  });

  it.each([
    ['zero-width spaces and joiners', '\u200b\u200c\u200d\u2060\n\u200b'],
    ['byte-order marks', '\ufeff\ufeff\ufeff'],
    ['soft hyphens, direction marks and a tag', '\u00ad\u200e\u200f\u202e\u{e0041}'],
    ['Hangul fillers and a blank Braille cell', '\u3164\u115f\u2800'],
    ['combining marks with nothing to combine with', '\u0301\u0303\n'],
    ['control characters and spaces', '\u0001\u0007\t \u00a0\u3000\r\n'],
  ])('refuses an article of %s: nothing in it can be read', (_name, content) => {
    const result = ingestRefused([articleFile(content), '--id', 'x', '--title-en', 'X']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/article\.txt: the file is empty, or holds only spaces and invisible characters/);
  });

  it('says when a file is UTF-16 (as Windows Notepad saves "Unicode"), with or without its byte-order mark', () => {
    const utf16 = (text: string, bom: number[]) => new Uint8Array([...bom, ...Buffer.from(text, 'utf16le')]);
    for (const bytes of [utf16('Việt Nam và EU ký kết.', [0xff, 0xfe]), utf16('Viet Nam va EU.', [])]) {
      const result = ingestRefused([articleFile(bytes), '--id', 'x', '--title-en', 'X']);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/article\.txt: this looks like UTF-16 text, not UTF-8: save it as UTF-8 and try again/);
    }
  });

  it('refuses a graph-data or review file given by mistake (JSON), and a web page saved whole (HTML), saying what each is', () => {
    const json = ingestRefused([articleFile('{\n  "id": "eu-norway-spd",\n  "title": {"en": "EU and Norway"}\n}\n'), '--id', 'x', '--title-en', 'X']);
    expect(json.code).toBe(1);
    expect(json.err).toMatch(/article\.txt: this is JSON data \(an object\), not an article's text: ingest the article itself, saved as plain text/);
    const page = ingestRefused([articleFile('<!DOCTYPE html>\n<html lang="vi"><head><title>Tin</title></head><body><p>Hà Nội …</p></body></html>\n'), '--id', 'x', '--title-en', 'X']);
    expect(page.code).toBe(1);
    expect(page.err).toMatch(/article\.txt: this is a web page \(HTML\), not an article's text/);
  });

  it('reads an article that opens with a bracket as an article', () => {
    const dir = graphDataCopy();
    const result = runKg('ingest', articleFile('[BÀI VIẾT HƯ CẤU – chỉ dùng để thử nghiệm]\nHà Nội, ngày 12/6/2025 — Bộ trưởng Quốc phòng Việt Nam đã tiếp Đại sứ Ba Lan.\n'), '--id', 'bracket-test', '--title-en', 'X', '--dry-run', '--data', dir);
    expect(result.code).toBe(0);
  });

  it('refuses a file with NUL characters in it: a binary file, not an article', () => {
    const result = ingestRefused([articleFile(new Uint8Array([...new TextEncoder().encode('Việt Nam và EU'), 0, 0, 0x41])), '--id', 'x', '--title-en', 'X']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/article\.txt: the byte at offset 17 is NUL \(U\+0000\): this is a binary file, not an article/);
  });

  it.each([
    ['an overlong form', [0xe0, 0x80, 0x80]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a character cut short', [0xe1, 0xbb]],
  ])('names the byte offset of %s', (_name, bytes) => {
    const prefix = new TextEncoder().encode('Việt Nam và EU ');
    const result = ingestRefused([articleFile(new Uint8Array([...prefix, ...bytes, 0x20, 0x41])), '--id', 'x', '--title-en', 'X']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`not UTF-8 text: the byte at offset ${prefix.length} begins no complete UTF-8 character`));
  });
});

describe('kg ingest checks the metadata as the validator will, before writing anything', () => {
  const refused = (flags: string[], message: RegExp) => {
    const result = ingestRefused([FIXTURE_ARTICLE, '--id', 'x', ...flags]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.split('\n').filter((line) => line.startsWith('kg:'))).toHaveLength(1);
  };

  it('an empty or blank title', () => {
    refused(['--title-en', 'X', '--title-vi', ''], /kg: --title-vi: must not be empty/);
    refused(['--title-en', '   '], /kg: --title-en: must not be empty/);
    refused(['--title-en', '\u200b\u2060'], /kg: --title-en: must not be empty/);
  });

  it('a title too long to be a title', () => {
    refused(['--title-en', 'x'.repeat(100_000)], /kg: --title-en: text of 100000 characters, more than the 5000 a field may hold/);
  });

  it('an empty publisher or date', () => {
    refused(['--title-en', 'X', '--publisher', ''], /kg: --publisher: must not be empty/);
    refused(['--title-en', 'X', '--date', ''], /kg: --date must be YYYY, YYYY-MM or YYYY-MM-DD \(got ""\)/);
  });

  it('an id the validator refuses', () => {
    const result = ingestRefused([FIXTURE_ARTICLE, '--id', 'constructor', '--title-en', 'X']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/kg: --id: "constructor" cannot be an id/);
    const long = ingestRefused([FIXTURE_ARTICLE, '--id', 'a'.repeat(101), '--title-en', 'X']);
    expect(long.code).toBe(2);
    expect(long.err).toMatch(/kg: --id: must be at most 100 characters/);
  });

  it('a Vietnamese title taken from a first line of invisible characters skips to the first line that reads', () => {
    const dir = graphDataCopy();
    const result = runKg('ingest', articleFile(`\u200b\u2060\n${fixtureText()}`), '--id', 'x', '--title-en', 'X', '--data', dir);
    expect(result.code).toBe(0);
    expect(runKg('validate', '--data', dir).code).toBe(0);
  });

  it('titles typed in decomposed form (as some keyboards send them) are stored composed, and validate', () => {
    const dir = graphDataCopy();
    const result = runKg('ingest', FIXTURE_ARTICLE, '--id', 'x', '--title-en', ' Japan and Viet Nam ', '--title-vi', 'Nhật Bản và Việt Nam'.normalize('NFD'), '--data', dir);
    expect(result.code).toBe(0);
    expect(runKg('validate', '--data', dir).code).toBe(0);
  });
});
