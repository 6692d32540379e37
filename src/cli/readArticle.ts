/**
 * Reading the article `kg ingest` is given: only a regular file, at most 1 MB, UTF-8 text with
 * something visible in it; anything else is a DataError that says what the file is instead.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { normalizeArticle } from '../text/normalize';
import { decodeUtf8, looksLikeUtf16 } from '../text/utf8';
import { hasVisibleText } from '../text/visible';
import { DataError } from './corpusFiles';

/**
 * The largest article ingest takes: far above any news article (the corpus's are 3–4 kB), and
 * small enough that proposing for it stays a matter of seconds.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is too long',
  ENOTDIR: 'a part of its folder path is a file, not a folder',
  ELOOP: 'too many symbolic links',
};

function cannotRead(path: string, error: unknown): DataError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new DataError([`${path}: ${Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : ((error as Error).message.split('\n')[0] ?? code)}`]);
}

/**
 * The file's bytes, if it is a regular file of at most MAX_ARTICLE_BYTES. Opened without
 * blocking (a named pipe would wait for a writer) and checked before reading (a device such as
 * /dev/zero never ends); no more than one byte past the limit is read.
 */
function readArticleBytes(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new DataError([`${path}: is a folder, not a text file`]);
    if (!stats.isFile()) throw new DataError([`${path}: not a regular file (a pipe, a device or a socket): save the article as a file and ingest that`]);
    const buffer = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_ARTICLE_BYTES) {
      throw new DataError([`${path}: the article is larger than 1 MB (${MAX_ARTICLE_BYTES.toLocaleString('en')} bytes): split it into several articles`]);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof DataError ? error : cannotRead(path, error);
  } finally {
    closeSync(fd);
  }
}

/** The article as the corpus will keep it, or a message saying what is wrong with the file. */
export function readArticle(path: string): string {
  const bytes = readArticleBytes(path);
  if (looksLikeUtf16(bytes)) throw new DataError([`${path}: this looks like UTF-16 text, not UTF-8: save it as UTF-8 and try again`]);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DataError([`${path}: the byte at offset ${nul} is NUL (U+0000): this is a binary file, not an article`]);
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) {
    throw new DataError([`${path}: not UTF-8 text: the byte at offset ${decoded.badByte} begins no complete UTF-8 character (a stray byte, or a character cut short): save the file as UTF-8 and try again`]);
  }
  const text = normalizeArticle(decoded.text);
  if (!hasVisibleText(text)) {
    throw new DataError([`${path}: the file is empty, or holds only spaces and invisible characters (zero-width spaces, byte-order marks, control characters): there is no article to read`]);
  }
  const notArticle = dataOrPage(text);
  if (notArticle) throw new DataError([`${path}: ${notArticle}`]);
  return text;
}

/**
 * What a file that is no article's text is instead: a graph-data or review file given by mistake (JSON), or a web page saved
 * whole (HTML), whose markup would be read as the article's words.
 */
function dataOrPage(text: string): string | undefined {
  const start = text.trimStart();
  if (/^[{[]/.test(start)) {
    try {
      const value: unknown = JSON.parse(text);
      return `this is JSON data (${Array.isArray(value) ? 'a list' : 'an object'}), not an article's text: ingest the article itself, saved as plain text`;
    } catch {
      // An article may open with a bracket ("[BÀI VIẾT HƯ CẤU …]"): it is read as one.
    }
  }
  if (/^(?:<!doctype html|<html[\s>])/i.test(start)) return "this is a web page (HTML), not an article's text: save the article's text as plain text (copy it from the page, or use the browser's reader view) and ingest that";
  return undefined;
}
